"""Personal data in job-site exports: the sex and age of an hh.kz header, a LinkedIn profile
address and the name it spells, and Europass's bracketed phone and "Email address" label."""

import pytest

from nlp.components.personal_data import extract_personal_data
from nlp.profile import read_cv
from tests.nlp.test_personal_data import _found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Мужчина, 37 лет, родился 14 мая 1989",
            [("sex", "Мужчина"), ("birth_date", "37 лет"), ("sex", "родился")],
        ),
        (
            "Женщина, 31 год, родилась 2 марта 1995",
            [("sex", "Женщина"), ("birth_date", "31 год"), ("sex", "родилась")],
        ),
        ("Женщина, 29 лет", [("sex", "Женщина"), ("birth_date", "29 лет")]),
        ("Ер, 33 жас, 1993 жылғы 5 қазанда туған", [("sex", "Ер"), ("birth_date", "33 жас")]),
        ("Әйел, 29 жас", [("sex", "Әйел"), ("birth_date", "29 жас")]),
        (
            "Male, 37 years old, born on 14 May 1989",
            [("sex", "Male"), ("birth_date", "37 years old")],
        ),
        ("Пол: мужской", [("sex", "мужской")]),
        ("Жынысы: әйел", [("sex", "әйел")]),
        ("Gender: female", [("sex", "female")]),
    ],
)
def test_the_sex_and_age_of_an_hh_header_are_personal_data(line, expected):
    found = _found(f"Нурланов Ерлан Маратович\n{line}\n+7 (701) 234-56-78\n")
    assert all(item in found for item in expected)


def test_nothing_but_commas_of_an_hh_header_line_is_left_uncovered():
    text = "Нурланов Ерлан Маратович\nМужчина, 37 лет, родился 14 мая 1989\n"
    covered = {i for p in extract_personal_data(text) for i in range(p.start, p.end)}
    shown = [ch for i, ch in enumerate(text) if i not in covered]
    assert "".join(shown).split() == [",", ","]


LINKEDIN = (
    "Contact\nmadina.zhaksylykova@gmail.com\n"
    "www.linkedin.com/in/madina-zhaksylykova-3b2a1 (LinkedIn)\n"
    "Top Skills\nPublic Policy\nProject Management\nLanguages\nEnglish (Full Professional)\n"
    "Certifications\nGoogle Data Analytics\nMadina Zhaksylykova\n"
    "Deputy Director, Department of Digitalization\nAstana, Kazakhstan\nSummary\n"
)


def test_a_linkedin_profile_address_and_the_name_it_spells_are_personal_data():
    found = _found(LINKEDIN)
    assert ("link", "www.linkedin.com/in/madina-zhaksylykova-3b2a1") in found
    assert [value for kind, value in found if kind == "name"] == ["Madina Zhaksylykova"]


def test_a_sidebar_line_that_does_not_spell_the_profile_address_is_no_name():
    text = LINKEDIN.replace("madina-zhaksylykova-3b2a1", "arman-tulegenov")
    assert "name" not in {kind for kind, _ in _found(text)}


def test_a_phone_with_the_country_code_in_brackets():
    assert _found("Phone number: (+7) 7012345678 (Mobile)") == [("phone", "(+7) 7012345678")]
    assert "phone" not in {kind for kind, _ in _found("Срок: (+7) 30.06.2015 - 30.06.2019")}


def test_the_email_address_label_gives_an_email_and_no_address():
    text = "Email address: a.bekova@mail.kz\nAddress: Mangilik El avenue 55, Astana"
    assert _found(text) == [
        ("email", "a.bekova@mail.kz"),
        ("address", "Mangilik El avenue 55, Astana"),
    ]
    assert _found("Адрес: a.bekova@mail.kz") == [("email", "a.bekova@mail.kz")]


def test_a_whole_europass_cv_hides_the_bracketed_phone_and_reads_the_email_once():
    text = (
        "europass\nAigerim Bekova\nDate of birth: 14/05/1994 Nationality: Kazakh\n"
        "Phone number: (+7) 7012345678 (Mobile) Email address: a.bekova@mail.kz\n"
        "Address: Mangilik El avenue 55, 010000, Astana, Kazakhstan (Home)\n"
        "WORK EXPERIENCE\n01/09/2019 – CURRENT Astana, Kazakhstan\n"
        "CHIEF EXPERT – MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN\n"
    )
    found = [(p.kind, text[p.start : p.end]) for p in read_cv(text).personal_data]
    assert ("phone", "(+7) 7012345678") in found
    assert [kind for kind, value in found if value == "a.bekova@mail.kz"] == ["email"]
