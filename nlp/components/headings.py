"""What a section heading is: the heading tables in Kazakh, Russian and English, and the label
of a header line.

A header is a short line ("ОПЫТ РАБОТЫ", "2. Білімі:", "Work experience", "S K I L L S")
whose text, once numbering, bullets, case, letter spacing and a trailing colon are removed,
is a known heading; an inline header ("Навыки: Python, SQL", a table row "Образование<TAB>
КазНУ" as DOCX tables are extracted, or hh.kz's "Опыт работы — 15 лет 3 месяца") counts too,
however long its content. Two headings joined by "/", ",", "и", "және" or brackets ("Білімі /
Образование", "Повышение квалификации, курсы", "Образование (Білімі)") are one header, named
by the first. A form's heading may carry a note in brackets ("9. Выполняемая работа с начала
трудовой деятельности (включая учебу …)").

hh.kz prints a label and its value side by side; a PDF joins them with a space ("Знание языков
Казахский — Родной", "Обо мне Ответственный…"). Such a line is a header only where
:func:`joined_label` is asked, outside the experience section.

Kazakh headings are listed once, in Cyrillic, with the possessive of a plural added
("Дағдылары" beside "Дағдылар"); their spellings in the Latin alphabet of 2021 ("Jūmys
täjıribesı", "Bılımı") are derived from them, and a heading is looked up with its Kazakh
Latin letters folded, so that the plain-keyboard forms ("Bilimi", "Daghdylar", "Engbek joly")
match too, in any case ("BILIMI", "JŪMYS TÄJİRİBESİ"), and so do those of the alphabet of
2018 with its acute letters ("Daǵdylar", "Tilderdi bilýi").
"""

import functools
import re

from nlp.components.patterns import lazy

LABELS: tuple[str, ...] = (
    "education",
    "experience",
    "skills",
    "languages",
    "certificates",
    "courses",
    "personal",
    "summary",
    "other",
)

_HEADINGS: dict[str, str] = {
    "education": """образование; сведения об образовании; основное образование; образование и
        квалификация; education; academic background; educational background; education and
        qualifications; academic qualifications; qualifications""",
    "experience": """опыт работы; опыт; трудовая деятельность; профессиональный опыт; трудовой опыт;
        места работы; послужной список; стаж работы; трудовой стаж; сведения о трудовой
        деятельности; выполняемая работа с начала трудовой деятельности; work experience;
        professional experience; experience; employment history; work history; career
        history; employment; relevant experience; career; опыт работы в государственных
        органах; опыт работы и стаж; воинская служба; военная служба; military service""",
    "skills": """навыки; ключевые навыки; профессиональные навыки; технические навыки; компьютерные
        навыки; навыки работы с пк; владение компьютером; владение пк; цифровые навыки;
        навыки и умения; навыки и компетенции; профессиональные навыки и компетенции;
        компетенции; ключевые компетенции; информационные технологии; владение программами;
        skills; key skills; top skills; technical skills; computer skills; it skills; digital
        skills; core competencies; competencies; technical proficiency; skills and competencies;
        professional skills; skill set; skillset; technical skill set; technical skillset;
        professional skill set; компьютерная грамотность; computer literacy""",
    "languages": """знание языков; владение языками; языки; иностранные языки; языковые навыки;
        знание иностранных языков; уровень владения языками; languages; language skills;
        language proficiency; foreign languages""",
    "certificates": """сертификаты; сертификация; сертификаты и лицензии; сертификаты и курсы;
        электронные сертификаты; тесты; экзамены; certifications; certificates; certification;
        licenses and certifications; licences and certifications; certifications and licenses;
        licenses & certifications; лицензии и сертификаты""",
    "courses": """курсы; курсы повышения квалификации; повышение квалификации; дополнительное
        образование; тренинги; обучение и тренинги; курсы и тренинги; семинары и тренинги;
        курсы и сертификаты; стажировки и курсы; trainings; training; courses; internships
        and courses; professional development;
        additional education; courses and trainings; continuing education; переподготовка;
        профессиональная переподготовка; retraining""",
    "personal": """личные данные; личная информация; контактная информация; контакты; персональные
        данные; контактные данные; personal information; personal details; personal data;
        contact information; contact details; contacts; contact""",
    "summary": """о себе; обо мне; цель; краткая информация; профиль; общая информация;
        профессиональный профиль; личные качества; желаемая должность; желаемая должность и
        зарплата; summary; professional summary; objective; career objective; profile; about
        me; personal statement; career summary""",
    "other": """дополнительная информация; достижения; награды; хобби; интересы; рекомендации;
        публикации; проекты; волонтерство; additional information; achievements; awards;
        hobbies; interests; references; publications; projects; volunteering; volunteer
        experience; links; honors and awards; honors-awards; areas of interest; научные
        публикации; научные труды; список научных трудов; список публикаций; публикации и
        научные труды; участие в проектах; проектная деятельность; волонтерская деятельность;
        общественная деятельность; research; research and publications; selected publications;
        participation in projects; gap year; career break; дополнительно; дополнительные
        сведения; прочее; additional; additional info; memberships; membership; professional
        memberships; affiliations; professional affiliations; членство; членство в
        организациях; членство в профессиональных организациях""",
}

_KAZAKH_HEADINGS: dict[str, str] = {
    "education": """білімі; білім; білімі туралы мәліметтер; білім туралы мәліметтер; білім беру""",
    "experience": """еңбек тәжірибесі; жұмыс тәжірибесі; еңбек жолы; еңбек қызметі; кәсіби
        тәжірибе; тәжірибе; қызмет тізімі; еңбек өтілі; жұмыс орындары; жұмыс істеген
        орындары; әскери қызмет""",
    "skills": """дағдылар; кәсіби дағдылар; негізгі дағдылар; компьютерлік дағдылар; цифрлық
        дағдылар; техникалық дағдылар; құзыреттер; компьютерді меңгеру; компьютерді меңгеруі;
        компьютерлік сауаттылық; компьютерлік сауаттылығы""",
    "languages": """тілдерді білу; тіл білуі; тілдер; шет тілдері; тілдерді меңгеру; тіл білу;
        тілдерді білу деңгейі; тілдерді меңгеруі; тілдерді білуі""",
    "certificates": """сертификаттар; куәліктер; сертификаттар мен курстар; электрондық
        сертификаттар; тесттер; емтихандар; лицензиялар мен сертификаттар""",
    "courses": """біліктілікті арттыру; біліктілікті арттыру курстары; курстар; қосымша білім;
        қайта даярлау;
        тренингтер; курстар мен тренингтер; тағылымдама және курстар; тағылымдамалар мен
        курстар""",
    "personal": """жеке мәліметтер; жеке деректер; жеке ақпарат; байланыс; байланыс ақпараты;
        байланыс деректері""",
    "summary": """өзім туралы; мақсат; мансаптық мақсат; жеке қасиеттер; қалаған лауазымы;
        қалаған лауазымы және жалақысы""",
    "other": """қосымша; қосымша ақпарат; қосымша мәліметтер; жетістіктер; марапаттар;
        қызығушылықтар; жобалар; жарияланымдар; ғылыми жарияланымдар; ғылыми еңбектер;
        ғылыми еңбектер тізімі; жобаларға қатысу; еріктілік; волонтерлік қызмет; қоғамдық қызмет;
        мүшелік; ұйымдарға мүшелік""",
}

# Cyrillic Kazakh -> the Latin alphabet of 2021; its letters -> their plain-keyboard forms.
_TO_LATIN = str.maketrans(
    dict(
        zip(
            "аәбвгғдежзийкқлмнңоөпрстуұүфхһчшыіэ",
            "aäbvgğdejziikqlmnñoöprstuūüfhhçşyıe",
            strict=True,
        )
    )
    | {"ё": "io", "ц": "ts", "щ": "şş", "ю": "iu", "я": "ia", "ъ": "", "ь": ""}
)
# Headings that also head a part of a job's description.
_WITHIN_JOB_PHRASES = """достижения; основные достижения; проекты; жетістіктер; негізгі жетістіктер;
    жобалар; achievements; key achievements; projects"""
# The acute letters of the alphabet of 2018 ("Daǵdylar", "Bilimi", "Eńbek joly") fold the same
# way, "ý" (у) to "u"; a combining dot or acute is dropped.
_FOLD = str.maketrans("äğñöūüışçáóúǵńý", "agnouuiscaougnu", "\u0307\u0301")
_DIGRAPH = lazy(r"(?<=[sgc])h|(?<=n)g")
_PLURAL = lazy(r"(?<=[лдт])[ае]р$")


def _phrases(table: dict[str, str]) -> dict[str, str]:
    """Each phrase of a "label: phrase; phrase" table, spaces collapsed, with its label."""
    return {
        " ".join(phrase.split()): label
        for label, phrases in table.items()
        for phrase in phrases.split(";")
    }


def _kazakh_forms(phrase: str) -> tuple[str, ...]:
    """A Kazakh heading and, when it ends in a plural ("дағдылар"), its possessive."""
    plural = _PLURAL.search(phrase)
    if plural is None:
        return (phrase,)
    return (phrase, phrase + ("ы" if plural.group() == "ар" else "і"))


def _fold(text: str) -> str:
    """Kazakh Latin letters as a plain keyboard types them ("dağdylar", "daghdylar": "dagdylar";
    "eñbek", "engbek": "enbek")."""
    return _DIGRAPH.sub("", text.translate(_FOLD))


_KAZAKH = {
    form: label
    for phrase, label in _phrases(_KAZAKH_HEADINGS).items()
    for form in _kazakh_forms(phrase)
}
HEADINGS: dict[str, str] = (
    _phrases(_HEADINGS)
    | _KAZAKH
    | {phrase.translate(_TO_LATIN): label for phrase, label in _KAZAKH.items()}
)
_FOLDED = {_fold(phrase): label for phrase, label in HEADINGS.items()}
_WITHIN_JOB = frozenset(
    _fold(form)
    for phrase in _WITHIN_JOB_PHRASES.split(";")
    for form in (" ".join(phrase.split()), " ".join(phrase.split()).translate(_TO_LATIN))
)
_LONGEST = max(len(h.split()) for h in HEADINGS)
# Headings that, on a form's first line, are the document's title.
_TITLES = frozenset({"послужной список", "қызмет тізімі"})

_NUMBERING = lazy(r"^(?:[\d]{1,2}[.)]|[IVX]{1,4}[.)]|[-•*#▪●■–—>§]+)\s*")
_INLINE = lazy(r"^([^:：\t]{2,60})(?:[:：]|\t)\s*\S")
# "Опыт работы — 15 лет 3 месяца": the heading before the first dash.
_DASHED = lazy(r"^([^:：\t—–]{2,60}?)\s+[—–-]\s*\S")
# The value of a label printed beside it opens with a capital, a digit or a quote.
_CYRILLIC = lazy(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_VALUE = lazy(r"[^\W\d_a-zа-яёәғқңөұүһі]|\d|[«\"+]")
_SPACED = lazy(r"^\w(?: \w)+(?:\s{2,}\w(?: \w)+)*$")
_JOINT = lazy(r"\s(?:and|и|және|jane|мен|бен|пен|men|ben|pen)\s|[(),]")


def normalise(text: str) -> str:
    """Lower-case a candidate heading and drop numbering, bullets, colons and spacing."""
    text = _NUMBERING.sub("", text.strip())
    if _SPACED.match(text):
        text = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text))
    text = text.strip().rstrip(":：.").strip().lower().replace("ё", "е")
    text = text.replace("&", " and ").replace("/", " and ")
    return _fold(" ".join(re.sub(r"[«»\"*_|]", " ", text).split()))


def label_of(candidate: str) -> str | None:
    """Label of a heading, or of headings joined into one ("Курстар / Курсы"): the first's."""
    text = normalise(candidate)
    label = _FOLDED.get(text)
    if label:
        return label
    labels = [_FOLDED.get(part.strip()) for part in _JOINT.split(text) if part.strip()]
    return labels[0] if len(labels) > 1 and all(labels) else None


@functools.lru_cache(maxsize=4096)
def heading_label(line: str) -> str | None:
    """Label of a header line ("ОПЫТ РАБОТЫ:" -> "experience"), or None for an ordinary line."""
    stripped = line.strip()
    if not stripped:
        return None
    label = label_of(stripped) if len(stripped) <= 80 else None
    if label:
        return label
    note = stripped.rfind("(")
    if 0 < note <= 80 and stripped.rstrip(":. ").endswith(")"):
        label = label_of(stripped[:note])
        if label:
            return label
    for inline in (_INLINE.match(stripped), _DASHED.match(stripped)):
        if inline and len(inline.group(1).split()) <= 2 * _LONGEST + 1:
            label = label_of(inline.group(1))
            if label:
                return label
    return None


def joined_label(line: str) -> str | None:
    """Label of a heading printed beside its value, as a PDF of hh.kz joins them ("Знание
    языков Казахский — Родной" -> "languages"), the longest heading first; hh.kz writes its
    labels in Russian or Kazakh, so a Latin one ("Languages Java, SQL") is no heading."""
    words = line.split()
    for size in range(min(_LONGEST, len(words) - 1), 0, -1):
        if _VALUE.match(words[size]) and _CYRILLIC.search(words[0]):
            label = label_of(" ".join(words[:size]))
            if label:
                return label
    return None


def is_title(line: str) -> bool:
    """True for a heading that, on a form's first line, is the document's title."""
    return normalise(line) in _TITLES


def within_job(line: str) -> bool:
    """Whether a heading also names a part of one job ("Достижения:", "Projects") and so,
    under a post in the experience section, does not end that section."""
    return normalise(line.partition(":")[0]) in _WITHIN_JOB
