"""CV section segmentation: headers in Kazakh, Russian and English, and the spaCy component."""

from pathlib import Path

import pytest

from nlp.components.headings import HEADINGS, LABELS, heading_label
from nlp.components.sections import find_sections, sections_for
from nlp.pipeline import get_pipeline
from nlp.profile import read_cv

RU_CV = """Сапарова Айгерим Маратовна
+7 701 123 45 67, aigerim@mail.kz

1. ОПЫТ РАБОТЫ:
09.2019 – по настоящее время  Главный специалист, Акимат г. Астаны

2. Образование
Евразийский национальный университет, бакалавр, 2015

Технические навыки: Python, SQL, Power BI

ЗНАНИЕ ЯЗЫКОВ
Казахский – свободно, английский – B2

Курсы повышения квалификации
Цифровая трансформация, 2022
"""

KK_CV = """Жұмабеков Ерлан

Жеке мәліметтер
Туған күні: 01.02.1990

ЕҢБЕК ТӘЖІРИБЕСІ
2018–2023 Бас маман, Астана қаласының әкімдігі

Білімі:
Әл-Фараби атындағы Қазақ ұлттық университеті, 2012

Дағдылар
Excel, 1С, ЕСЭДО

Тілдерді білу
Қазақ тілі – ана тілі

Біліктілікті арттыру
Сертификаттар
"""

EN_CV = """Daniyar Akhmetov
Objective
To lead digital public services.

Professional Experience
2020 - present  Data Analyst, Kazakhtelecom JSC

EDUCATION
Nazarbayev University, MSc, 2019

Skills & Competencies
SQL, Tableau

Certifications
CCNA (2023)

Trainings
ITIL Foundation
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (RU_CV, ["personal", "experience", "education", "skills", "languages", "courses"]),
        (
            KK_CV,
            [
                "personal",
                "personal",
                "experience",
                "education",
                "skills",
                "languages",
                "courses",
                "certificates",
            ],
        ),
        (
            EN_CV,
            ["personal", "summary", "experience", "education", "skills", "certificates", "courses"],
        ),
    ],
)
def test_sections_are_found_in_kazakh_russian_and_english_cvs(text, names):
    sections = find_sections(text)
    assert [s.name for s in sections] == names
    for section in sections:
        assert text[section.start : section.end].strip() == text[section.start : section.end]


def test_section_starts_at_its_header_and_ends_before_the_next():
    sections = {s.name: s for s in find_sections(RU_CV)}
    education = RU_CV[sections["education"].start : sections["education"].end]
    assert education == "2. Образование\nЕвразийский национальный университет, бакалавр, 2015"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("ОПЫТ  РАБОТЫ", "experience"),
        ("III. Work Experience:", "experience"),
        ("• Компьютерные навыки", "skills"),
        ("Знание языков:", "languages"),
        ("О себе", "summary"),
        ("Personal information", "personal"),
        ("Навыки: Python, SQL", "skills"),
        ("Образование\tКазНУ им. аль-Фараби, 2015", "education"),
        ("О П Ы Т  Р А Б О Т Ы", "experience"),
        ("S K I L L S", "skills"),
        ("Опыт работы с Python и SQL в течение пяти лет", None),
        ("Образование высшее, экономическое", None),
        ("Курсы и повышение квалификации:", "courses"),
        ("Курстар және сертификаттар", "courses"),
        ("Сертификаттар және курстар", "certificates"),
        ("Тілдерді меңгеруі:", "languages"),
        ("Білімі / Образование", "education"),
        ("Жұмыс тәжірибесі / Опыт работы", "experience"),
        ("Образование (Білімі)", "education"),
        ("Education / Образование", "education"),
        ("Тілдер / Языки:", "languages"),
        ("Білімі / Образование: бакалавр, КазНУ, 2012", "education"),
        ("Опыт работы с 1С", None),
        ("Опыт работы с 1С и ЕСЭДО", None),
        ("Образование и наука", None),
        ("РЕЗЮМЕ / ТҮЙІНДЕМЕ", None),
        ("Дата рождения / Туған күні: 08.06.1991", None),
        ("", None),
    ],
)
def test_header_lines_are_recognised_and_ordinary_lines_are_not(line, label):
    assert heading_label(line) == label


def test_cv_without_headers_has_no_sections():
    assert find_sections("Иван Петров\nPython, SQL\n2019–2023 аналитик") == ()


def test_sections_carry_the_language_they_are_written_in():
    text = KK_CV + "\nОпыт работы\n2015–2018 ведущий специалист отдела информатизации акимата"
    languages = {s.name: s.language for s in sections_for(text)}
    assert languages["education"] == "kk"
    assert [s.language for s in sections_for(text)][-1] == "ru"


@pytest.mark.parametrize(("lang", "text"), [("ru", RU_CV), ("kk", KK_CV), ("en", EN_CV)])
def test_component_sets_section_spans_and_extension(lang, text):
    doc = get_pipeline(lang)(text)
    spans = doc.spans["sections"]
    assert [s.label_ for s in spans] == [s.name for s in doc._.sections]
    assert {s.label_ for s in spans} >= {"experience", "education", "skills"}
    for span, section in zip(spans, doc._.sections, strict=True):
        assert span.start_char == section.start
        assert span.end_char == section.end


def test_component_leaves_empty_sections_when_no_header():
    doc = get_pipeline("en")("Python, SQL and Tableau for five years")
    assert list(doc.spans["sections"]) == []
    assert doc._.sections == ()


def test_every_heading_maps_to_an_agreed_label():
    assert set(HEADINGS.values()) == set(LABELS)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Jūmys täjıribesı", "experience"),
        ("JŪMYS TÄJIRIBESI:", "experience"),
        ("Eñbek joly", "experience"),
        ("Enbek qyzmeti", "experience"),
        ("Еңбек қызметі", "experience"),
        ("2. Bılımı", "education"),
        ("Bilim", "education"),
        ("Dağdylar", "skills"),
        ("Daghdylar: Python, SQL", "skills"),
        ("Käsıbi dağdylar", "skills"),
        ("Kompiuterlık dağdylar", "skills"),
        ("Дағдылары: Excel, 1С", "skills"),
        ("Tılder", "languages"),
        ("Tıl bılu", "languages"),
        ("Tilderi", "languages"),
        ("Sertifikattar", "certificates"),
        ("Kurstar", "courses"),
        ("Bıliktılıktı arttyru", "courses"),
        ("J Ū M Y S  T Ä J I R I B E S I", "experience"),
        ("Jūmys täjıribesı 5 jyl memlekettık qyzmette", None),
        ("Bılımı joğary, ekonomikalyq", None),
    ],
)
def test_latin_kazakh_headers_and_their_keyboard_spellings_are_recognised(line, label):
    assert heading_label(line) == label


def test_latin_kazakh_cv_is_split_into_its_sections():
    text = (
        "Aiğerım Nūrlanova\n\nEñbek joly\n2016–2019 Bas maman, Astana qalasy äkımdıgı\n\n"
        "Bılımı:\nEuraziia ūlttyq universitetı, 2016\n\nKompiuterlık dağdylar\nExcel, SQL\n\n"
        "Tıl bılu\nQazaq tılı — ana tılı\n\nKurstar\nTsifrlyq transformatsiia, 2022\n"
    )
    sections = sections_for(text)
    assert [s.name for s in sections] == [
        "personal",
        "experience",
        "education",
        "skills",
        "languages",
        "courses",
    ]
    assert {s.language for s in sections} == {"kk"}


def test_every_heading_read_as_a_line_keeps_its_own_label():
    """Folding "ğ", "sh", "ı", ... together never makes two headings of different labels meet."""
    assert {phrase: heading_label(phrase) for phrase in HEADINGS} == HEADINGS


def _names(text: str) -> list[str]:
    """Section names of a CV as ``read_cv`` reports them."""
    return [s.name for s in read_cv(text).sections]


BILINGUAL_CV = """Байжанов Тимур Канатович
Тел.: +7 (700) 400 50 60

Білімі / Образование
2008–2012 — Казахский агротехнический университет им. С. Сейфуллина, бакалавр

Жұмыс тәжірибесі / Опыт работы
Июль 2016 – ноябрь 2019 — главный специалист, ГУ «Управление цифровизации Акмолинской области»

Тілдер / Языки
Қазақ тілі – ана тілі; русский – свободно

Курстар / Курсы
2017 — «Проектное управление в государственном секторе», Академия госуправления

SKILLS
Excel, Power BI, SQL
"""


def test_bilingual_headings_open_the_section_both_halves_name():
    assert _names(BILINGUAL_CV) == [
        "personal",
        "education",
        "experience",
        "languages",
        "courses",
        "skills",
    ]
    profile = read_cv(BILINGUAL_CV)
    assert [e.level for e in profile.education] == ["bachelor"]
    assert [(e.start, e.end) for e in profile.experience] == [("2016-07", "2019-11")]


def test_kazakh_headings_with_a_possessive_or_two_names():
    text = (
        "Омарова Айгерім\n\nТілдерді меңгеруі:\nқазақ тілі, орыс тілі\n\n"
        "Курстар және сертификаттар\n2022 ж. – «Деректерді талдау», Astana Hub\n"
    )
    assert _names(text) == ["personal", "languages", "courses"]
    assert [(c.year, c.kind) for c in read_cv(text).certifications] == [(2022, "course")]
    assert [lang.code for lang in read_cv(text).languages] == ["kk", "ru"]


def test_a_heading_with_long_content_on_its_line_opens_its_section():
    text = (
        "Иванов Иван\n\nОпыт работы\n2013–2020 главный специалист, Министерство финансов РК\n"
        "Образование: Евразийский национальный университет им. Л.Н. Гумилева, специальность "
        "«Информатика», 2008–2012\n"
        "Владение языками: казахский – свободно, русский – свободно, английский – базовый (A2), "
        "турецкий – начальный,\nнемецкий, китайский\n"
    )
    sections = read_cv(text).sections
    assert [s.name for s in sections] == ["personal", "experience", "education", "languages"]
    assert text[sections[3].start :].startswith("Владение языками: казахский – свободно")
    profile = read_cv(text)
    assert profile.experience_years == 8.0
    assert [(e.field, e.year) for e in profile.education] == [("Информатика", 2012)]
    assert {lang.code for lang in profile.languages} == {"kk", "ru", "en", "tr", "de", "zh"}


def test_short_inline_education_is_read_from_its_line():
    text = "Иванов Иван\n\nОбразование: бакалавр, КазНУ, 2012\n\nНавыки: Excel, SQL\n"
    (education,) = read_cv(text).education
    assert (education.level, education.institution, education.year) == ("bachelor", "КазНУ", 2012)


def test_ordinary_lines_that_start_like_headings_stay_in_their_section():
    text = (
        "Иванов Иван\n\nО себе\nОбразование в сфере госуправления помогло мне в работе.\n\n"
        "Навыки\nОпыт работы с 1С и ЕСЭДО\nОпыт работы с 1С\nExcel, Power BI\n"
    )
    assert _names(text) == ["personal", "summary", "skills"]


@pytest.mark.parametrize(
    "heading", ["Образование (Білімі)", "Education / Образование", "БІЛІМІ / ОБРАЗОВАНИЕ:"]
)
def test_education_under_a_bilingual_heading_is_read_from_its_section(heading):
    text = (
        f"Серікбаев Данияр\n\n{heading}\nЕвразийский национальный университет, "
        "специальность «Информатика», 2008–2012\n\nНавыки\nExcel, SQL\n"
    )
    assert _names(text)[-2:] == ["education", "skills"]
    assert [(e.field, e.year) for e in read_cv(text).education] == [("Информатика", 2012)]


JOB_PARTS = {
    "ru": """Иванов Иван
Опыт работы
09.2015 – 08.2018 Главный специалист, Акимат города Астаны
Достижения: внедрил учёт обращений граждан через e-Otinish и сократил сроки ответа на треть.
09.2018 – 08.2020 Эксперт, Министерство финансов РК
Проекты
Автоматизация отчётности в Power BI.
09.2020 – 08.2022 Аналитик, ТОО «Dara»
Образование
Бакалавр, КазНУ, 2015
Достижения
Почётная грамота акима города, 2019
""",
    "kk": """Иван Иванов
Жұмыс тәжірибесі
09.2015 – 08.2018 Бас маман, Астана қаласының әкімдігі
Жетістіктер: e-Otinish арқылы азаматтардың өтініштерін есепке алуды енгіздім.
09.2018 – 08.2020 Сарапшы, Қаржы министрлігі
09.2020 – 08.2022 Талдаушы, «Dara» ЖШС
Білімі
Бакалавр, ҚазҰУ, 2015
""",
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_achievements_under_a_post_do_not_end_the_experience_section(lang):
    profile = read_cv(JOB_PARTS[lang])
    assert [(e.start, e.end) for e in profile.experience] == [
        ("2015-09", "2018-08"),
        ("2018-09", "2020-08"),
        ("2020-09", "2022-08"),
    ]
    assert (profile.experience_years, profile.public_service_years) == (7.0, 5.0)
    names = [s.name for s in profile.sections]
    assert names[:3] == ["personal", "experience", "education"]
    assert names[3:] == (["other"] if lang == "ru" else [])


@pytest.mark.parametrize(
    "line",
    [
        "ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ",
        "9. Выполняемая работа с начала трудовой деятельности",
        "10. Выполняемая работа с начала трудовой деятельности (включая учебу в высших и средних "
        "специальных учебных заведениях, военную службу, работу по совместительству)",
        "Сведения о трудовой деятельности:",
        "Еңбек қызметі",
        "ЕҢБЕК ЖОЛЫ",
        "10. Жұмыс істеген орындары",
    ],
)
def test_official_form_headings_of_the_work_table(line):
    assert heading_label(line) == "experience"


@pytest.mark.parametrize("line", ["Опыт работы с 1С (три года)", "Образование и наука (2019)"])
def test_a_bracket_after_an_ordinary_line_makes_no_heading(line):
    assert heading_label(line) is None


@pytest.mark.parametrize("title", ["ПОСЛУЖНОЙ СПИСОК", "Қызмет тізімі"])
def test_a_service_record_title_on_the_first_line_is_no_section(title):
    text = (
        f"{title}\nФИО: Абенов Ерлан\nОбразование: высшее\nТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ\n2008–2011 учитель"
    )
    assert [s.name for s in find_sections(text)] == ["personal", "education", "experience"]


def test_a_service_record_heading_below_the_name_still_opens_the_work_section():
    text = "Абенов Ерлан\nОбразование: высшее\nПослужной список\n2008–2011 учитель"
    assert [s.name for s in find_sections(text)] == ["personal", "education", "experience"]


FORM_ITEMS = """ЛИЧНЫЙ ЛИСТОК ПО УЧЕТУ КАДРОВ
1. Фамилия\tСейтказиева
2. Год рождения\t1985
3. Образование\tвысшее
4. Ученая степень, ученое звание\tнет
5. Какими иностранными языками владеете\tанглийский
6. Сертификаты: профессиональный бухгалтер CAP (2011)
7. Пребывание за границей\tнет
8. Трудовая деятельность
09.2006\t08.2008\tБухгалтер, ТОО «Астана-Аудит»
"""


def _texts(text: str) -> list[tuple[str, str]]:
    """(name, first line) of every section."""
    return [(s.name, text[s.start : s.end].split("\n")[0]) for s in find_sections(text)]


def test_an_inline_form_item_followed_by_the_next_item_covers_only_its_line():
    sections = find_sections(FORM_ITEMS)
    assert [(s.name, FORM_ITEMS[s.start : s.end]) for s in sections[1:5]] == [
        ("education", "3. Образование\tвысшее"),
        (
            "personal",
            "4. Ученая степень, ученое звание\tнет\n5. Какими иностранными языками "
            "владеете\tанглийский",
        ),
        ("certificates", "6. Сертификаты: профессиональный бухгалтер CAP (2011)"),
        ("personal", "7. Пребывание за границей\tнет"),
    ]
    assert _texts(FORM_ITEMS)[-1] == ("experience", "8. Трудовая деятельность")


@pytest.mark.parametrize(
    "text",
    [
        "Иванов Иван\nОбразование: высшее\nОкончил: КазНУ, 2008\n4. Академия госуправления, 2017",
        "Иванов Иван\n2. Образование: высшее\nКазНУ, 2008\n3. Академия госуправления, 2017",
        "Иванов Иван\n2. Образование: высшее\n1. КазНУ, 2008\n2. Академия госуправления, 2017",
        "Иванов Иван\nОбразование: высшее\n1. КазНУ, 2008\n2. Академия госуправления, 2017",
    ],
)
def test_an_inline_heading_keeps_the_lines_under_it_unless_the_next_form_item_follows(text):
    assert _texts(text)[1:] == [("education", text.split("\n")[1])]
    assert find_sections(text)[-1].end == len(text)


HH_LINKEDIN = Path(__file__).parent / "data" / "hh_linkedin"


@pytest.mark.parametrize(
    ("cv", "names"),
    [
        (
            "hh_ru_1",
            "personal summary experience education courses certificates certificates skills "
            "languages skills other summary",
        ),
        (
            "hh_kk",
            "personal summary experience education courses skills languages skills other summary",
        ),
        (
            "hh_ru_docx",
            "personal summary experience education courses skills languages skills other summary",
        ),
        (
            "linkedin_en",
            "personal skills languages certificates other personal summary experience education",
        ),
        (
            "linkedin_mixed",
            "personal skills languages certificates personal summary experience education",
        ),
    ],
)
def test_hh_and_linkedin_cvs_are_split_into_their_sections(cv, names):
    """hh.kz: "Повышение квалификации, курсы", "Тесты, экзамены", "Опыт работы —15 лет …",
    labels beside their values; LinkedIn: its sidebar, then the name, headline and location."""
    text = (HH_LINKEDIN / f"{cv}.txt").read_text(encoding="utf-8")
    assert [s.name for s in find_sections(text)] == names.split()


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Повышение квалификации, курсы", "courses"),
        ("Біліктілікті арттыру, курстар", "courses"),
        ("Тесты, экзамены", "certificates"),
        ("Электрондық сертификаттар", "certificates"),
        ("Желаемая должность и зарплата", "summary"),
        ("Қалаған лауазымы және жалақысы", "summary"),
        ("Жұмыс тәжірибесі — 8 жыл 1 ай", "experience"),
        ("Top Skills", "skills"),
        ("Honors-Awards", "other"),
        ("Казахский — C1 — Продвинутый", None),
        ("Навыки, которые я развиваю", None),
    ],
)
def test_hh_and_linkedin_headings(line, label):
    assert heading_label(line) == label


def test_a_label_beside_its_value_opens_a_section_only_in_a_block_of_such_rows():
    """hh.kz's "Знание языков Казахский — Родной" under "Ключевые навыки" is a header; an item
    of a certificates list that starts with a heading word ("Курсы «1С»") is not, nor is an
    English "Languages Java, SQL" line of a skills section."""
    text = (
        "Иванов Иван\nСертификаты:\nPMP, 2020\nКурсы «1С:Программист», 2013\n"
        "Skills\nLanguages Java, SQL\nКлючевые навыки\nЗнание языков Казахский — Родной\n"
        "Русский — C2\nНавыки MS Excel 1С: Бухгалтерия\n"
    )
    assert [(s.name, text[s.start : s.end].split("\n")[0]) for s in find_sections(text)] == [
        ("personal", "Иванов Иван"),
        ("certificates", "Сертификаты:"),
        ("skills", "Skills"),
        ("skills", "Ключевые навыки"),
        ("languages", "Знание языков Казахский — Родной"),
        ("skills", "Навыки MS Excel 1С: Бухгалтерия"),
    ]
