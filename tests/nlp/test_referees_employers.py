"""A referee named right after the employer, with no comma between them ("Professor, Nazarbayev
University John Smith, +7 …"): the name is hidden, the employer stays, and a university named
after someone ("Университет Кунаева") is still no referee."""

import pytest

from tests.nlp.qa_redaction import words_hidden, words_visible

_TOP = "Aigerim Bekova\nAnalyst\naigerim@example.com\n\nREFERENCES\n"
_PHONE = "+7 701 111 22 33"


@pytest.mark.parametrize(
    ("line", "name", "employer"),
    [
        (f"Professor, Nazarbayev University John Smith, {_PHONE}", "John Smith", "Nazarbayev"),
        (
            "Senior Lecturer, University of Central Asia Aigul Bekova, a.bekova@uca.kz",
            "Aigul Bekova",
            "Central Asia",
        ),
        (f"Manager, Halyk Bank Ivanov Ivan, {_PHONE}", "Ivanov Ivan", "Halyk Bank"),
        # the employer opens the line, a post perhaps before it
        (f"Professor Nazarbayev University John Smith, {_PHONE}", "John Smith", "Nazarbayev"),
        ("Nazarbayev University John Smith", "John Smith", "Nazarbayev"),
    ],
)
def test_a_referee_right_after_the_employer_is_hidden_and_the_employer_is_not(line, name, employer):
    text = f"{_TOP}{line}\n"
    assert words_hidden(text, name)
    assert words_visible(text, employer)


@pytest.mark.parametrize(
    "line",
    [
        f"Dean, Satbayev University, {_PHONE}",
        f"Professor, Nazarbayev University, {_PHONE}",
        f"Декан, Университет Кунаева, {_PHONE}",
    ],
)
def test_an_employer_alone_between_commas_stays_visible(line):
    employer = line.split(", ")[1]
    assert words_visible(f"{_TOP}{line}\n", employer)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (f"Halyk Bank Vice President, {_PHONE}", "Vice President"),
        (f"Halyk Bank Chief Accountant, {_PHONE}", "Chief Accountant"),
        (f"Nazarbayev University Graduate School of Business, {_PHONE}", "Graduate School"),
        ("Kazakh National University Almaty Branch", "Almaty Branch"),
    ],
)
def test_a_post_or_a_unit_after_the_employer_is_no_referee(line, words):
    assert words_visible(f"{_TOP}{line}\n", words)
