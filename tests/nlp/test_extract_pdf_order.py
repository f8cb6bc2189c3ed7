"""A PDF whose text is drawn in another order than it reads (QA pass W): a Canva design places
each block by its coordinates in the order the designer added them, and a browser paints a
floated date before the line it ends. The page is read top to bottom all the same, each
column whole, so the jobs come in the CV's order with their own dates."""

from nlp.extract import extract_bytes
from tests.nlp.builders import make_placed_pdf

NAME = (20, 20, "Сейітқали Ербол Нұрланұлы")
HEADING = (20, 35, "ЖҰМЫС ТӘЖІРИБЕСІ")
NEWER = [
    (20, 45, "Бас маман"),
    (20, 52, "Шымкент қаласы әкімінің аппараты"),
    (20, 59, "2021 – 2026"),
]
OLDER = [(20, 75, "Экономист"), (20, 82, "«ҚазМұнайГаз» ҰК» АҚ"), (20, 89, "2015 – 2018")]


def _lines(pieces) -> list[str]:
    return extract_bytes(make_placed_pdf(pieces)).text.splitlines()


def test_blocks_drawn_oldest_first_and_the_name_last_are_read_top_to_bottom():
    lines = _lines([*OLDER, HEADING, *NEWER, NAME])
    assert lines == [text for *_, text in (NAME, HEADING, *NEWER, *OLDER)]


def test_dates_drawn_before_their_lines_are_read_on_them():
    # a float painted first: each date at the right margin, above an employer's line that
    # runs under it
    employer = "«Ақмола облысы бойынша Мемлекеттік кірістер департаменті» мекемесі"
    dates = [(160, 45, "2019 – қазір"), (160, 65, "2015 – 2018")]
    body = [(20, 45, "Бас маман"), (20, 52, employer), (20, 65, "Жетекші маман")]
    text = "\n".join(_lines([*dates, NAME, HEADING, *body, (20, 72, "Ақмола облыстық мәслихаты")]))
    order = [NAME[2], "2019 – қазір", employer, "2015 – 2018", "Ақмола облыстық мәслихаты"]
    found = [text.find(part) for part in order]
    assert -1 not in found
    assert found == sorted(found)


def test_a_page_drawn_in_reading_order_is_read_as_before():
    lines = _lines([NAME, HEADING, *NEWER, *OLDER])
    assert lines == [text for *_, text in (NAME, HEADING, *NEWER, *OLDER)]


def test_a_post_and_the_dates_floated_right_of_it_read_on_one_line_apart():
    # the floats painted first, as in the test above, were read "2015 – 2018Жетекші маман"
    # (post and dates run together) and "2019 – қазір" / "Бас маман" (two lines) before; HR
    # reads each line left to right
    employer = "«Ақмола облысы бойынша Мемлекеттік кірістер департаменті» мекемесі"
    dates = [(160, 45, "2019 – қазір"), (160, 65, "2015 – 2018")]
    body = [(20, 45, "Бас маман"), (20, 52, employer), (20, 65, "Жетекші маман")]
    lines = _lines([*dates, NAME, HEADING, *body])
    assert "Бас маман 2019 – қазір" in lines
    assert "Жетекші маман 2015 – 2018" in lines
