"""Sections of whole CVs as ``read_cv`` reports them, and the entries read from them: bilingual
headings, headings with their content on the same line, lines that only start like a heading,
and achievements that stay inside the work section."""

import pytest

from nlp.profile import read_cv


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


def test_publications_projects_and_military_service_are_read_as_a_person_reads_them():
    """A year in a citation or a volunteer project is no job; military service is work."""
    text = (
        "Опыт работы\n2015 – 2020 Главный специалист, Министерство финансов РК\n"
        "Научные публикации\n1. Иванов И.И. Анализ данных // Экономика. – 2020–2021. – Т. 2.\n"
        "Участие в проектах\n2021–2022 Проект «Цифровой акимат» (волонтёр)\n"
        "Воинская служба\n2005 – 2006 срочная служба, в/ч 12345\n"
    )
    profile = read_cv(text, "ru")
    jobs = [(e.start, e.end, e.public_service) for e in profile.experience]
    assert jobs == [("2015-01", "2020-12", True), ("2005-01", "2006-12", False)]
    assert profile.public_service_years == 6.0
