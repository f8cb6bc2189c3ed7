"""CV section segmentation by header lines in Kazakh, Russian and English.

A header is a short line ("ОПЫТ РАБОТЫ", "2. Білімі:", "Work experience", "S K I L L S")
whose text, once numbering, bullets, case, letter spacing and a trailing colon are removed,
is a known heading; an inline header ("Навыки: Python, SQL", or a table row "Образование<TAB>
КазНУ" as DOCX tables are extracted) counts too, however long its content. Two headings joined
by "/", "и", "және" or brackets ("Білімі / Образование", "Курсы и повышение квалификации",
"Образование (Білімі)") are one header, named by the first. A section runs from its header to
the next one; the text before the first header (name, contacts) is the "personal" section.

Official forms add three rules. A form's title on the first line ("ПОСЛУЖНОЙ СПИСОК") names
the document, not a section. A heading may carry a note in brackets ("9. Выполняемая работа с
начала трудовой деятельности (включая учебу …)"). An inline header that is form item N
("3. Образование<TAB>высшее", "8. Сертификаты: CAP (2011)") covers only its line when the
next line is item N+1: the items after it go back to the section it interrupted.

Kazakh headings are listed once, in Cyrillic, with the possessive of a plural added
("Дағдылары" beside "Дағдылар"); their spellings in the Latin alphabet of 2021 ("Jūmys
täjıribesı", "Bılımı") are derived from them, and a heading is looked up with its Kazakh
Latin letters folded, so that the plain-keyboard forms ("Bilimi", "Daghdylar", "Engbek joly")
match too, in any case ("BILIMI", "JŪMYS TÄJİRİBESİ").
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.language import detect_sections
from nlp.types import Section

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
        органах; опыт работы и стаж""",
    "skills": """навыки; ключевые навыки; профессиональные навыки; технические навыки; компьютерные
        навыки; навыки работы с пк; владение компьютером; владение пк; цифровые навыки;
        навыки и умения; навыки и компетенции; профессиональные навыки и компетенции;
        компетенции; ключевые компетенции; информационные технологии; владение программами;
        skills; key skills; technical skills; computer skills; it skills; digital skills; core
        competencies; competencies; technical proficiency; skills and competencies;
        professional skills; skill set; skillset; technical skill set; technical skillset;
        professional skill set""",
    "languages": """знание языков; владение языками; языки; иностранные языки; языковые навыки;
        знание иностранных языков; уровень владения языками; languages; language skills;
        language proficiency; foreign languages""",
    "certificates": """сертификаты; сертификация; сертификаты и лицензии; сертификаты и курсы;
        certifications; certificates; certification; licenses and certifications; licences
        and certifications; certifications and licenses""",
    "courses": """курсы; курсы повышения квалификации; повышение квалификации; дополнительное
        образование; тренинги; обучение и тренинги; курсы и тренинги; семинары и тренинги;
        курсы и сертификаты; trainings; training; courses; professional development;
        additional education; courses and trainings; continuing education""",
    "personal": """личные данные; личная информация; контактная информация; контакты; персональные
        данные; контактные данные; personal information; personal details; personal data;
        contact information; contact details; contacts; contact""",
    "summary": """о себе; обо мне; цель; краткая информация; профиль; общая информация;
        профессиональный профиль; личные качества; summary; professional summary; objective;
        career objective; profile; about me; personal statement; career summary""",
    "other": """дополнительная информация; достижения; награды; хобби; интересы; рекомендации;
        публикации; проекты; волонтерство; additional information; achievements; awards;
        hobbies; interests; references; publications; projects; volunteering; volunteer
        experience; links; honors and awards; areas of interest""",
}

_KAZAKH_HEADINGS: dict[str, str] = {
    "education": """білімі; білім; білімі туралы мәліметтер; білім туралы мәліметтер; білім беру""",
    "experience": """еңбек тәжірибесі; жұмыс тәжірибесі; еңбек жолы; еңбек қызметі; кәсіби
        тәжірибе; тәжірибе; қызмет тізімі; еңбек өтілі; жұмыс орындары; жұмыс істеген
        орындары""",
    "skills": """дағдылар; кәсіби дағдылар; негізгі дағдылар; компьютерлік дағдылар; цифрлық
        дағдылар; техникалық дағдылар; құзыреттер; компьютерді меңгеру""",
    "languages": """тілдерді білу; тіл білуі; тілдер; шет тілдері; тілдерді меңгеру; тіл білу;
        тілдерді білу деңгейі; тілдерді меңгеруі; тілдерді білуі""",
    "certificates": """сертификаттар; куәліктер; сертификаттар мен курстар""",
    "courses": """біліктілікті арттыру; біліктілікті арттыру курстары; курстар; қосымша білім;
        тренингтер; курстар мен тренингтер""",
    "personal": """жеке мәліметтер; жеке деректер; жеке ақпарат; байланыс; байланыс ақпараты;
        байланыс деректері""",
    "summary": """өзім туралы; мақсат; мансаптық мақсат; жеке қасиеттер""",
    "other": """қосымша ақпарат; қосымша мәліметтер; жетістіктер; марапаттар; қызығушылықтар;
        жобалар; жарияланымдар""",
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
_FOLD = str.maketrans("äğñöūüışç", "agnouuisc", "\u0307")
_DIGRAPH = re.compile(r"(?<=[sgc])h|(?<=n)g")
_PLURAL = re.compile(r"(?<=[лдт])[ае]р$")


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

_LINE = re.compile(r"[^\n]+")
_NUMBERING = re.compile(r"^(?:[\d]{1,2}[.)]|[IVX]{1,4}[.)]|[-•*#▪●■–—>§]+)\s*")
_INLINE = re.compile(r"^([^:：\t]{2,60})(?:[:：]|\t)\s*\S")
_SPACED = re.compile(r"^\w(?: \w)+(?:\s{2,}\w(?: \w)+)*$")
_JOINT = re.compile(r"\s(?:and|и|және|jane|мен|бен|пен|men|ben|pen)\s|[()]")
_ITEM = re.compile(r"\s*(\d{1,2})[.)]\s")


def _normalise(text: str) -> str:
    """Lower-case a candidate heading and drop numbering, bullets, colons and spacing."""
    text = _NUMBERING.sub("", text.strip())
    if _SPACED.match(text):
        text = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text))
    text = text.strip().rstrip(":：.").strip().lower().replace("ё", "е")
    text = text.replace("&", " and ").replace("/", " and ")
    return _fold(" ".join(re.sub(r"[«»\"*_|]", " ", text).split()))


def _label(candidate: str) -> str | None:
    """Label of a heading, or of headings joined into one ("Курстар / Курсы"): the first's."""
    text = _normalise(candidate)
    label = _FOLDED.get(text)
    if label:
        return label
    labels = [_FOLDED.get(part.strip()) for part in _JOINT.split(text) if part.strip()]
    return labels[0] if len(labels) > 1 and all(labels) else None


def heading_label(line: str) -> str | None:
    """Label of a header line ("ОПЫТ РАБОТЫ:" -> "experience"), or None for an ordinary line."""
    stripped = line.strip()
    if not stripped:
        return None
    label = _label(stripped) if len(stripped) <= 80 else None
    if label:
        return label
    note = stripped.rfind("(")
    if 0 < note <= 80 and stripped.rstrip(":. ").endswith(")"):
        label = _label(stripped[:note])
        if label:
            return label
    inline = _INLINE.match(stripped)
    if inline and len(inline.group(1).split()) <= 2 * _LONGEST + 1:
        return _label(inline.group(1))
    return None


def _within_job(line: str) -> bool:
    """Whether a heading also names a part of one job ("Достижения:", "Projects") and so,
    under a post in the experience section, does not end that section."""
    return _normalise(line.partition(":")[0]) in _WITHIN_JOB


def body_start(text: str, start: int) -> int:
    """Where the content of the section starting at ``start`` begins: after its heading's
    colon when both share a line ("Образование: КазНУ, 2012"), else at ``start``."""
    line_end = text.find("\n", start)
    head, colon, _ = text[start : len(text) if line_end < 0 else line_end].partition(":")
    return start + len(head) + 1 if colon and _label(head) else start


def _next_item(line: str, following: str) -> bool:
    """Whether ``line`` is an inline header numbered N and ``following`` is item N+1 of the
    same form ("3. Образование<TAB>высшее", then "4. Ученая степень<TAB>нет")."""
    number, next_number = _ITEM.match(line), _ITEM.match(following)
    if not (number and next_number and int(next_number[1]) == int(number[1]) + 1):
        return False
    return len(line.strip()) > 80 or not _label(line.strip())


def _start(match: re.Match) -> int:
    """Where a line's text starts, after its indentation."""
    return match.start() + len(match.group()) - len(match.group().lstrip())


def find_sections(text: str) -> tuple[Section, ...]:
    """Split a CV text into sections by its header lines; () when it has no header."""
    headers: list[tuple[int, str]] = []
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    for index, match in enumerate(lines):
        line = match.group()
        label = heading_label(line)
        if label and headers and headers[-1][1] == "experience" and _within_job(line):
            continue
        if not label or (index == 0 and _normalise(line) in _TITLES):
            continue
        resumed = headers[-1][1] if headers else "personal"
        headers.append((_start(match), label))
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following
            and _next_item(line, following.group())
            and not heading_label(following.group())
        ):
            headers.append((_start(following), resumed))
    if not headers:
        return ()
    bounds: list[tuple[int, str]] = []
    if text[: headers[0][0]].strip():
        bounds.append((0, "personal"))
    bounds.extend(headers)
    sections = []
    for index, (start, label) in enumerate(bounds):
        end = bounds[index + 1][0] if index + 1 < len(bounds) else len(text)
        end = start + len(text[start:end].rstrip())
        start = start + len(text[start:end]) - len(text[start:end].lstrip())
        sections.append(Section(name=label, start=start, end=end))
    return tuple(sections)


_TEXT_KEY = "recruit_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it token by token on every access
    (about 0.1 ms for a two-page CV), and every component reads it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Give ``doc`` the text it was made from, so :func:`doc_text` need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def sections_for(text: str) -> tuple[Section, ...]:
    """The sections of ``text``, each with the language it is written in."""
    return detect_sections(text, find_sections(text))


if not Doc.has_extension("sections"):
    Doc.set_extension("sections", default=None)


class SectionSegmenter:
    """Pipeline component: finds the sections and sets ``doc.spans["sections"]``."""

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.sections`` and one span per section labelled with its name."""
        sections = sections_for(doc_text(doc))
        spans = []
        for section in sections:
            span = doc.char_span(
                section.start, section.end, label=section.name, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans["sections"] = spans
        doc._.sections = sections
        return doc


@Language.factory("recruit_sections", default_config={})
def make_sections(nlp: Language, name: str) -> SectionSegmenter:
    """Build the section segmenter; it needs no data beyond the heading list above."""
    return SectionSegmenter()
