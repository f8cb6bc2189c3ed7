"""Sections of hh.kz and LinkedIn exports: their own headings, and labels beside their values."""

import pytest

from nlp.components.headings import heading_label
from nlp.components.sections import find_sections
from tests.nlp.builders import HH_LINKEDIN


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
