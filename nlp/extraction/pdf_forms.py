"""Forms on a PDF page: a table of two columns (label | value) whose every cell is enclosed by
drawn rules, read a row at a time, the label cell then the value cell.

A personal-data form ("Фамилия, имя, отчество | Кенжебаев Тимур Аскарович", "Образование,
наименование учебного заведения, ... | Павлодарский государственный университет ...") has no
dates to start its rows, so pdf_grid.py does not take it for a table and PDFium reads it line
by line across the page: where both cells of a row wrap, the label's lines and the value's
interleave ("наименование Павлодарский государственный университет им. С."). Where the rules
drawn around its cells (Word's cell borders, fpdf2's cell rectangles) show the grid, each
cell's pieces are known, and a row is read as the DOCX reader writes one: its cells parted by
a tab, each cell's wrapped lines joined. Only a table of two rows or more, in which some cell
wraps, and whose lines the page reads as plain lines (not as a table's rows already) is read
so: a form of one-line rows reads right across the page as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from nlp.extraction.pdf_columns import dated
from nlp.extraction.pdf_geometry import Rect, box, rows
from nlp.extraction.pdf_rules import Rule, drawn_rules

# A path no wider than this (points) is a vertical line; a wider box has two vertical edges.
_THIN = 2.0
# How far (points) a piece may stand over the rule that encloses it.
_OVER = 1.0
# Edges closer than this (points) are one rule: the right of a cell and the left of the next.
_SAME_RULE = 2.5
# Past this many pieces times path boxes a page's cells are not sought: each piece looks at
# every rule (a CV's page: a few hundred pieces, a few dozen paths;
# the "Послужной список" form of pass LO, 880).
MAX_WORK = 100_000
Edge = tuple[float, float, float]  # x, bottom, top
Cell = tuple[float, float, float, float]  # left, bottom, right, top: the rules around it
Line = list[Rect] | tuple[Rect]


class FormRow(tuple):
    """A form's row, its cells' boxes: each cell is read on one line, the value's lines joined
    however they wrap ("английский" / "– A1" is no list item)."""


def vertical_edges(boxes: list[Rect]) -> list[Edge]:
    """Return the vertical edges of the page's paths: a thin path's middle, or a box's left
    and right, each with the height it runs over."""
    found: list[Edge] = []
    for left, bottom, right, top in boxes:
        if right - left <= _THIN:
            found.append(((left + right) / 2, bottom, top))
        elif top - bottom > _THIN:
            found += [(left, bottom, top), (right, bottom, top)]
    return found


def with_forms(
    lines: list[Line],
    rects: list[Rect],
    text_of: Callable[[Rect], str],
    paths: Callable[[], list[Rect]],
) -> list[Line]:
    """Return the page's lines with each form's lines read a row at a time (FormRow), the
    label cell and the value cell, unless a label is dated (a dated table is pdf_grid.py's);
    ``lines`` are the lines to read in turn (pdf_layout.py), ``rects`` the page's pieces,
    ``text_of`` reads a box, ``paths`` draws the page's path boxes (pdf_rules.path_boxes).
    A page with no two pieces side by side, within a line of each other (a value centred on
    its label's two lines), holds no form and its drawings are not read; nor are the cells of
    a page of too many pieces and paths (MAX_WORK) sought."""
    if not any(_beside(upper, lower) for upper, lower in pairwise(rects)):
        return lines
    boxes = paths()
    if not boxes or len(boxes) * len(rects) > MAX_WORK:
        return lines
    for table in _tables(rects, drawn_rules(boxes), vertical_edges(boxes)):
        if not any(dated(text_of(piece)) for row in table for piece in row[0]):
            lines = _replaced(lines, [[box(cell) for cell in row] for row in table])
    return lines


def _beside(upper: Rect, lower: Rect) -> bool:
    """True when the next piece down starts within a line of a piece and stands beside it."""
    return lower[3] >= upper[1] - (upper[3] - upper[1]) and (
        lower[0] > upper[2] or lower[2] < upper[0]
    )


def _replaced(lines: list[Line], table: list[list[Rect]]) -> list[Line]:
    """Return the lines with those inside a form's rows (each its cells' boxes, top to bottom)
    replaced by the rows, or the lines as they were unless each of those is a plain line."""
    outer = box([cell for row in table for cell in row])
    inside = [at for at, line in enumerate(lines) if _within(box(list(line)), outer)]
    if not inside or inside != list(range(inside[0], inside[-1] + 1)):
        return lines
    if not all(isinstance(lines[at], list) and len(lines[at]) == 1 for at in inside):
        return lines
    read: list[Line] = [FormRow(row) for row in table]
    return lines[: inside[0]] + read + lines[inside[-1] + 1 :]


def _within(inner: Rect, outer: Rect) -> bool:
    """True when a box stands inside another, within a rule's width."""
    return (
        inner[0] >= outer[0] - _OVER
        and inner[1] >= outer[1] - _OVER
        and inner[2] <= outer[2] + _OVER
        and inner[3] <= outer[3] + _OVER
    )


def _tables(
    rects: list[Rect], rules: list[Rule], edges: list[Edge]
) -> list[list[list[list[Rect]]]]:
    """Return the page's forms, each its rows top to bottom, each row its cells left to right,
    each cell its pieces: runs of two rows or more whose cells the same two columns' rules
    enclose, one row's bottom rule the next one's top, some cell of more than one line."""
    cells: dict[Cell, list[Rect]] = {}
    for rect in rects:
        cell = _cell(rect, rules, edges)
        if cell is not None:
            cells.setdefault(cell, []).append(rect)
    by_row: dict[tuple[float, float], list[Cell]] = {}
    for cell in cells:
        by_row.setdefault((cell[3], cell[1]), []).append(cell)
    tables: list[list[list[Cell]]] = []
    for (top, _), row in sorted(by_row.items(), reverse=True):
        row.sort()
        last = tables[-1][-1] if tables else None
        if last and _same(_columns(last), _columns(row)) and abs(last[0][1] - top) <= _SAME_RULE:
            tables[-1].append(row)
        else:
            tables.append([row])
    return [
        [[cells[cell] for cell in row] for row in table]
        for table in tables
        if len(table) > 1
        and all(len(_columns(row)) == 3 for row in table)
        and any(len(rows(cells[cell])) > 1 for row in table for cell in row)
    ]


def _columns(row: list[Cell]) -> list[float]:
    """Return the x of the rules around a row's cells, left to right, the right of a cell and
    the left of the next one rule (fpdf2 draws each cell's own rectangle over its neighbour's)."""
    found: list[float] = []
    for x in sorted(x for cell in row for x in (cell[0], cell[2])):
        if not found or x - found[-1] > _SAME_RULE:
            found.append(x)
    return found


def _same(upper: list[float], lower: list[float]) -> bool:
    """True when two rows' rules stand at the same x, within a rule's width."""
    return len(upper) == len(lower) and all(
        abs(a - b) <= _SAME_RULE for a, b in zip(upper, lower, strict=True)
    )


def _cell(rect: Rect, rules: list[Rule], edges: list[Edge]) -> Cell | None:
    """Return the nearest rules left, below, right and above a piece, each running past its
    middle, or None unless rules stand on all four sides."""
    middle_x, middle_y = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    across = [height for low, height, high in rules if low <= middle_x <= high]
    down = [x for x, low, high in edges if low <= middle_y <= high]
    left = [x for x in down if x <= rect[0] + _OVER]
    right = [x for x in down if x >= rect[2] - _OVER]
    below = [height for height in across if height <= rect[1] + _OVER]
    above = [height for height in across if height >= rect[3] - _OVER]
    if not (left and right and below and above):
        return None
    return (round(max(left)), round(max(below)), round(min(right)), round(min(above)))
