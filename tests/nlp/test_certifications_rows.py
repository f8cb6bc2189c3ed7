"""Lines of a certificates or courses region that are no item (a heading, a row of computer
skills), and language tests listed as certificates."""

import pytest

from nlp.profile import read_cv


def _items(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(item.name, item.year) for item in read_cv(text, lang).certifications]


def test_a_courses_heading_is_no_certificate():
    text = (
        "ПОВЫШЕНИЕ КВАЛИФИКАЦИИ И СТАЖИРОВКИ\n01.02.2018 – 30.04.2018 научная стажировка, "
        "Университет Висконсин-Мэдисон (США), программа Fulbright\n"
    )
    assert "ПОВЫШЕНИЕ КВАЛИФИКАЦИИ И СТАЖИРОВКИ" not in [name for name, _ in _items(text, "ru")]


@pytest.mark.parametrize(
    ("text", "lang", "items"),
    [
        (
            "Біліктілікті арттыру:\n2019 ж. – «Жергілікті өзін-өзі басқару» курсы, сертификат\n\n"
            "Компьютерлік сауаттылық: MS Word, MS Excel, 1С:Бухгалтерия\n",
            "kk",
            [("«Жергілікті өзін-өзі басқару» курсы, сертификат", 2019)],
        ),
        (
            "Курсы\n2021 – «Государственные закупки», 72 часа\n"
            "Компьютерная грамотность: MS Word, MS Excel\n",
            "ru",
            [("«Государственные закупки»", 2021)],
        ),
        (
            "Courses\nData Analysis with Python, Coursera, 2022\nComputer literacy: MS Office\n",
            "en",
            [("Data Analysis with Python", 2022)],
        ),
    ],
)
def test_a_computer_skills_row_is_no_course(text, lang, items):
    assert _items(text, lang) == items


def test_a_skills_row_naming_a_certificate_stays():
    text = "Курсы\nКомпьютерная грамотность: курсы MS Excel, сертификат, 2020\n"
    assert [year for _, year in _items(text, "ru")] == [2020]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сертификаты\nIELTS 6.5 (2017)\nTOPIK 3 уровень, 2019\n", "ru"),
        ("СЕРТИФИКАТТАР\nIELTS 6.5 (2017)\nTOPIK 3-деңгей, 2019\n", "kk"),
        ("CERTIFICATIONS\nIELTS 6.5 (2017)\nTOPIK level 3, 2019\n", "en"),
        ("CERTIFICATES AND LANGUAGE TESTS\nIELTS 6.5 (2017)\nTOPIK II, level 3 (2019)\n", "en"),
    ],
)
def test_language_tests_in_a_certificates_list_are_certificates(text, lang):
    items = _items(text, lang)
    assert [year for _, year in items] == [2017, 2019]
    assert items[0][0].startswith("IELTS 6.5") and items[1][0].startswith("TOPIK")


def test_the_state_language_row_with_its_test_is_no_certificate():
    text = (
        "Мемлекеттік тілді білуі / Владение государственным языком\tЕркін / свободно "
        "(ҚАЗТЕСТ, C1, 2021)\n"
    )
    assert _items(text, "auto") == []


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("2018 – «Международные перевозки грузов: ИНКОТЕРМС 2010/2020», КАП, 24 ч.", 2018),
        ('2019 – курс "ISO 9001:2015 для госорганов", 16 ч.', 2019),
        ("«Бюджетный кодекс 2025», 2024 г.", 2024),
    ],
)
def test_a_year_inside_a_quoted_name_is_not_the_year_taken(line, year):
    # QA pass H: the course of 2018 on Incoterms 2010/2020 was dated 2020.
    ((_, found),) = _items(f"Курсы повышения квалификации\n{line}\n", "ru")
    assert found == year
