"""Single digits in equal narrow table columns, as a CV's self-assessment grid ("1 2 3 4 5"
over five columns of a centimetre or less) or a row of marks prints them (QA pass B).

Each digit stands in a cell of its own, so PDFium writes a space between two, as it does
between the letters of a word spaced out by CSS or Word; the digits stood evenly apart and
were joined as such a word ("12345"). The HR officer reads a scale or marks, one digit a
cell. Before the fix 4 of these 4 rows read joined, after it none (pdf_spacing.py).
"""

import pytest

from nlp.extract import extract_bytes
from tests.nlp.builders import make_placed_pdf

HEADING = "Профессиональные навыки"
NOTE = "Самооценка по шкале от 1 (начальный уровень) до 5 (эксперт)"
# name: the label, the cells, the columns' width (mm)
ROWS = {
    "self-assessment scale, 6 mm columns": ("Владение ПК", "1 2 3 4 5", 6),
    "self-assessment scale, 8 mm columns": ("Өзін-өзі бағалау", "1 2 3 4 5", 8),
    "marks, 7 mm columns": ("Оценки", "5 4 5 5 4", 7),
    "scale out of ten, 6 mm columns": ("Уровень", "1 2 3 4 5 6 7 8 9 10", 6),
}


@pytest.mark.parametrize("name", ROWS)
def test_digits_in_equal_narrow_columns_are_read_apart(name):
    label, row, width = ROWS[name]
    cells = row.split()
    pieces = [(80 + width * at, 40, cell) for at, cell in enumerate(cells)]
    data = make_placed_pdf([(20, 20, HEADING), (20, 30, NOTE), (20, 40, label), *pieces])
    lines = extract_bytes(data).text.splitlines()
    assert lines[:2] == [HEADING, NOTE]
    assert lines[2].split() == [*label.split(), *cells]
