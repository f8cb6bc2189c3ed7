"""Certificate and course names as an HR officer lists them: without the issuer, the hours or
a leading date, and one item for a course that a PDF wrapped over two lines."""

import pytest

from nlp.profile import read_cv


def _certs(text: str, lang: str = "ru") -> list[tuple[str, int | None]]:
    """(name, year) of each certificate or course ``read_cv`` finds."""
    return [(c.name, c.year) for c in read_cv(text, lang).certifications]


def test_a_course_wrapped_over_two_lines_is_one_course_with_its_year():
    text = (
        "Курсы\nКурсы повышения квалификации «Цифровая трансформация государственного "
        "управления»,\nАкадемия государственного управления при Президенте РК, 72 часа, 2021 г.\n"
    )
    assert _certs(text) == [
        ("Курсы повышения квалификации «Цифровая трансформация государственного управления»", 2021)
    ]


def test_a_kazakh_course_wrapped_over_two_lines_is_one_course():
    text = (
        "Біліктілікті арттыру\n«Мемлекеттік қызмет этикасы» курсы,\n"
        "Мемлекеттік басқару академиясы, 36 сағат, 2022 ж.\n"
    )
    assert _certs(text, "kk") == [("«Мемлекеттік қызмет этикасы» курсы", 2022)]


def test_items_that_each_open_with_a_year_are_not_joined_after_a_comma():
    text = "Курсы\n2020 Государственные закупки,\n2021 Антикоррупционная культура\n"
    assert [year for _, year in _certs(text)] == [2020, 2021]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Cisco CCNA, Cisco, 2019", "Cisco CCNA"),
        ("PMP, PMI, 2020", "PMP"),
        ("CISSP, (ISC)², 2021", "CISSP"),
        ("ISO/IEC 27001 Lead Auditor, PECB, 2022", "ISO/IEC 27001 Lead Auditor"),
        ("CCNA, Cisco Networking Academy, 2019", "CCNA"),
        ("Project Management Professional, PMI", "Project Management Professional"),
    ],
)
def test_the_issuer_after_a_comma_is_no_part_of_the_name(line, name):
    ((found, _),) = _certs(f"Сертификаты\n{line}\n")
    assert found == name


@pytest.mark.parametrize(
    "line",
    [
        "Excel, Word, Oracle",
        "Анализ данных, Python",
        "Cisco",
        "Microsoft Certified: Azure Fundamentals",
    ],
)
def test_a_name_with_a_comma_of_its_own_is_never_cut(line):
    assert _certs(f"Сертификаты\n{line}\n") == [(line, None)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("2019 жылы ақпанда – ACCA DipIFR сертификаты", "kk"),
        ("2019 ж. – ACCA DipIFR сертификаты", "kk"),
        ("февраль 2019 г. – ACCA DipIFR сертификаты", "ru"),
    ],
)
def test_a_leading_date_with_its_month_is_no_part_of_the_name(line, lang):
    heading = "Сертификаттар" if lang == "kk" else "Сертификаты"
    assert _certs(f"{heading}\n{line}\n", lang) == [("ACCA DipIFR сертификаты", 2019)]


def test_a_leading_range_of_years_is_no_part_of_the_name():
    text = "Повышение квалификации\n2018–2019 курсы «Государственное управление»\n"
    assert _certs(text, "ru") == [("курсы «Государственное управление»", 2019)]


def test_a_kazakh_latin_2018_skills_heading_ends_the_certificates():
    text = (
        "Sertıfıkattar\nPower BI Data Analyst Associate (PL-300), 2023\n"
        "Daǵdylar\nExcel, 1C, SQL, Power BI\n"
    )
    profile = read_cv(text, "kk")
    assert [c.name for c in profile.certifications] == ["Power BI Data Analyst Associate (PL-300)"]
    assert {"ms-excel", "sql", "power-bi"} <= {s.id for s in profile.skills}
