"""Education read from job-site exports: hh.kz and LinkedIn CVs with their page footers, dates
above the degree line, and Europass degree lines."""

import pytest

from nlp.components.education import extract_education
from nlp.profile import read_cv
from tests.nlp.builders import HH_LINKEDIN
from tests.nlp.test_education import _entries, _in_section


@pytest.mark.parametrize(
    ("cv", "entries"),
    [
        (
            "hh_ru_1",
            [
                (
                    "master",
                    "Государственное и местное управление",
                    "Академия государственного управления при Президенте Республики Казахстан",
                    2019,
                ),
                (None, "Финансы", "Евразийский национальный университет им. Л.Н. Гумилева", 2011),
            ],
        ),
        (
            "hh_ru_2",
            [
                (
                    "bachelor",
                    "Информационные системы",
                    "Казахский национальный университет им. аль-Фараби",
                    2016,
                )
            ],
        ),
        (
            "hh_kk",
            [
                (
                    "bachelor",
                    "Есеп және аудит",
                    "М. Әуезов атындағы Оңтүстік Қазақстан университеті",
                    2018,
                )
            ],
        ),
        (
            "hh_ru_docx",
            [
                (
                    "bachelor",
                    "Юриспруденция",
                    "Карагандинский государственный университет им. Е.А. Букетова",
                    2008,
                )
            ],
        ),
        (
            "linkedin_en",
            [
                ("master", "Public Policy", "Nazarbayev University", 2018),
                (
                    "bachelor",
                    "International Relations",
                    "L.N. Gumilyov Eurasian National University",
                    2014,
                ),
            ],
        ),
        (
            "linkedin_mixed",
            [
                ("master", "Finance", "KIMEP University", 2015),
                (
                    "bachelor",
                    "Финансы",
                    "Казахский экономический университет им. Т. Рыскулова",
                    2013,
                ),
            ],
        ),
    ],
)
def test_hh_and_linkedin_education(cv, entries):
    """The entry's own year, not a course's below it or the page footer's; hh.kz's "Faculty,
    Speciality" line gives the field and starts no entry; a course is no entry."""
    text = (HH_LINKEDIN / f"{cv}.txt").read_text(encoding="utf-8")
    found = read_cv(text).education
    assert [(e.level, e.field, e.institution, e.year) for e in found] == entries


def test_a_page_footer_is_no_part_of_an_entry():
    text, sections = _in_section(
        "2011 Евразийский национальный университет, Астана\n"
        "Нурланов Ерлан • Резюме обновлено 20 ноября 2026 в 09:41\n"
    )
    (entry,) = extract_education(text, sections)
    assert entry.year == 2011
    assert "Резюме" not in text[entry.start : entry.end]


def test_dates_over_the_degree_line_belong_to_the_entry_below():
    text, sections = _in_section(
        "2016 – 2018\nАкадемия государственного управления при Президенте РК\n"
        "Магистр государственного управления\n"
        "2009 – 2013\nЕвразийский национальный университет, бакалавр, специальность «Математика»",
        "Образование / Education",
    )
    years = [(e.level, e.year) for e in extract_education(text, sections)]
    assert years == [("master", 2018), ("bachelor", 2013)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("BACHELOR OF ECONOMICS – Al-Farabi Kazakh National University", "Economics"),
        ("MASTER OF PUBLIC POLICY – University College London", "Public policy"),
        ("MASTER OF SCIENCE IN PUBLIC POLICY – University College London", "Public policy"),
    ],
)
def test_the_europass_degree_line_names_the_field_without_the_institution(line, field):
    text, sections = _in_section(f"01/09/2012 – 30/06/2016 Almaty\n{line}", "EDUCATION")
    (entry,) = extract_education(text, sections)
    assert entry.field == field


def test_a_whole_europass_cv_gives_each_degree_its_own_year_and_field():
    text = (
        "Aigerim Bekova\nEmail address: a.bekova@mail.kz\n"
        "WORK EXPERIENCE\n01/09/2019 – CURRENT Astana, Kazakhstan\n"
        "CHIEF EXPERT – MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN\n"
        "EDUCATION AND TRAINING\n15/09/2017 – 30/09/2018 London, United Kingdom\n"
        "MASTER OF SCIENCE IN PUBLIC POLICY – University College London\n"
        "Field(s) of study: Public policy\n01/09/2012 – 30/06/2016 Almaty, Kazakhstan\n"
        "BACHELOR OF ECONOMICS – Al-Farabi Kazakh National University\n"
        "Field(s) of study: Economics Final grade: GPA 3.67 / 4.0\n"
        "LANGUAGE SKILLS\nMother tongue(s): KAZAKH\n"
    )
    assert _entries(text) == [
        ("master", "Public policy", "University College London", 2018),
        ("bachelor", "Economics", "Al-Farabi Kazakh National University", 2016),
    ]


@pytest.mark.parametrize("number", ["1-бет", "Бет 2", "- 1 -", "Страница 1"])
def test_a_page_number_is_no_part_of_an_entry(number):
    # QA pass J: page numbers other than "Page 1 of 2" were read into the entry
    text, sections = _in_section(
        f"2011 Қорқыт Ата атындағы Қызылорда университеті, бакалавр\n{number}\n"
    )
    (entry,) = extract_education(text, sections)
    assert number not in text[entry.start : entry.end]
