"""Sections of official forms: work-table headings of the service record and personnel record
sheet, form titles that open no section, and numbered form items."""

import pytest

from nlp.components.headings import heading_label
from nlp.components.sections import find_sections


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
