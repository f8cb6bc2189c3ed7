"""Education entries whose lines stand between blank lines, as job sites' exports print them
("M.S. in …", blank, the school, blank, the dates): one entry each, not a degree without its
school and a school without its degree; and the field after the short English degrees."""

import pytest

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import make_docx


def _entries(text: str, lang: str = "auto") -> list[tuple]:
    """(level, field, institution, year) of each education entry ``read_cv`` finds."""
    return [(e.level, e.field, e.institution, e.year) for e in read_cv(text, lang).education]


INDEED = (
    "Software Engineer\n\nEDUCATION\n\nM.S. in Computer Engineering\n\n"
    "Texas A&M University -  Kingsville, TX\n\n1994\n\n"
    "B.Tech in Electronics & Communications Engineering\n\nNagarjuna University\n\n"
    "July 1988 to April 1992\n\nSKILLS\n\nJava (10+ years), SQL (5 years)\n"
)
RUSSIAN = (
    "Бекова Айгерим\n\nОБРАЗОВАНИЕ\n\nМагистр по специальности «Государственное управление»\n\n"
    "Академия государственного управления при Президенте Республики Казахстан\n\n2015\n\n"
    "Бакалавр экономики\n\nКазНУ им. аль-Фараби\n\n2012\n\nНАВЫКИ\n\nExcel, 1С\n"
)


def test_an_exported_english_entry_keeps_its_degree_school_and_dates_together():
    assert _entries(INDEED) == [
        ("master", "Computer Engineering", "Texas A&M University", 1994),
        ("bachelor", "Electronics & Communications Engineering", "Nagarjuna University", 1992),
    ]


def test_a_russian_entry_between_blank_lines_is_one_entry():
    assert _entries(RUSSIAN) == [
        (
            "master",
            "Государственное управление",
            "Академия государственного управления при Президенте Республики Казахстан",
            2015,
        ),
        ("bachelor", "экономика", "КазНУ им. аль-Фараби", 2012),
    ]


def test_the_evidence_of_a_spaced_entry_spans_its_lines_in_the_text():
    first = read_cv(INDEED, "en").education[0]
    evidence = INDEED[first.start : first.end]
    assert evidence.startswith("M.S. in Computer Engineering")
    assert evidence.endswith("1994")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the school first, the dates last
            "KIMEP University\n\nBachelor of Economics\n\n2010\n\n"
            "Nazarbayev University\n\nMaster of Public Policy\n\n2014",
            [
                ("bachelor", "Economics", "KIMEP University", 2010),
                ("master", "Public Policy", "Nazarbayev University", 2014),
            ],
        ),
        (
            # the dates first
            "2006 – 2010\n\nKIMEP University, Economics, bachelor\n\n2010 – 2012\n\n"
            "Nazarbayev University, Master of Public Policy",
            [
                ("bachelor", "Economics", "KIMEP University", 2010),
                ("master", "Public Policy", "Nazarbayev University", 2012),
            ],
        ),
        (
            # a course's school, then a degree with its own school: not one entry
            "Software Product Management\n\nProduct School -  New York, NY\n\n"
            "Bachelor of Computer Science in Computer Science Engineering\n\nAnna University",
            [
                (None, "Product School", None),
                ("bachelor", "Anna University", None),
            ],
        ),
    ],
)
def test_spaced_entries_are_told_apart_whatever_comes_first(body, expected):
    found = _entries(f"John Smith\n\nEDUCATION\n\n{body}\n\nSKILLS\n\nExcel\n", "en")
    if len(expected[0]) == 3:  # level, school and year only
        found = [(level, school, year) for level, _, school, year in found]
    assert found == expected


def test_a_blank_line_still_ends_an_entry_in_a_single_spaced_list():
    text = "EDUCATION\n\nBachelor of Economics\n2010\n\nKIMEP University\n\nSKILLS\n\nExcel\n"
    # single-spaced lines: the blank line is the author's, and the school stands alone
    assert _entries(text, "en") == [
        ("bachelor", "Economics", None, 2010),
        (None, None, "KIMEP University", None),
    ]


def test_a_word_document_with_empty_paragraphs_between_lines_reads_as_one_entry_each():
    lines = ["Бекова Айгерим", "ОБРАЗОВАНИЕ", "Магистр по специальности «Финансы»"]
    lines += ["Университет Нархоз", "2016", "Бакалавр экономики", "КазНУ им. аль-Фараби", "2014"]
    paragraphs = [item for line in lines for item in (line, "")]
    extraction = extract_bytes(make_docx(paragraphs))
    assert extraction.status == "ok"
    assert _entries(extraction.text) == [
        ("master", "Финансы", "Университет Нархоз", 2016),
        ("bachelor", "экономика", "КазНУ им. аль-Фараби", 2014),
    ]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("M.S. in Computer Engineering, Texas A&M University, 1994", "Computer Engineering"),
        ("B.S. in Electrical Engineering, Purdue University, 2001", "Electrical Engineering"),
        ("BE in Mechanical Engineering, Anna University, 2009", "Mechanical Engineering"),
        ("B.Tech in Information Technology, Anna University, 2005", "Information Technology"),
        ("M.Phil in Economics, University of Cambridge, 2012", "Economics"),
    ],
)
def test_a_short_english_degree_before_in_names_the_field(line, field):
    assert _entries(f"EDUCATION\n{line}\n", "en")[0][1] == field


def test_me_in_a_sentence_is_no_degree_cue():
    text = "EDUCATION\nB.E., Anna University, 2009. The course helps me in broadening my skills\n"
    assert _entries(text, "en")[0][1] != "broadening my skills"


def test_a_field_in_a_flattened_cv_ends_at_a_run_of_blanks():
    text = (
        "John Smith  john@example.com    EDUCATION  Bachelor of Science in Physical Education"
        "  Coaching and officiating certification    2017  ABC University"
    )
    assert _entries(text, "en")[0][1] == "Physical Education"
