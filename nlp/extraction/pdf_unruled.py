"""Whether rows found on a PDF page without rules drawn between them read as a table (pdf_grid.py
finds the rows and columns, pdf_cells.py and pdf_gaps.py deal the pieces to the rows).

A table of three columns or more reads as one; a table of two needs a header row and a date in
every row. Where a page may hold a CV builder's grid (``strict``: dates | post and employer |
sidebar), rows with neither a header row nor wider gaps between them read as a table only
when they are dated in every row (a heading right under them aside) and their last column
stands on their line grid: a builder dates every entry of its main column as a table dates
its rows, but the sidebar beside it (contacts, education, languages) has a line spacing of
its own, so such a sidebar is read as a column of its own, not as a table's cells.
"""

from __future__ import annotations

from collections.abc import Callable

from nlp.extraction.pdf_cells import Cells, column, dated_key
from nlp.extraction.pdf_geometry import Rect, alone, box

# A table reads as one when it has this many columns; two are a date column and its entries.
MIN_COLUMNS = 3
# Whether a cell stands level with another of its row (_LEVELS).
_Level = Callable[[list[Rect], list[Rect]], bool]


def reads_as_table(
    tables: list[list[Cells]],
    held: list[list[Rect]],
    columns: list[float],
    headed: bool,
    parted: bool,
    text_of: Callable[[Rect], str],
    strict: bool,
) -> bool:
    """True when tables without rules read as tables: three columns or more, or two under a
    header row; with ``strict``, under a header row, ``parted`` by the space between rows
    (pdf_gaps.py: a row may have no dates), or dated in every row (but a heading right under
    it, _headed_below) with its pieces (``held``) on one line grid (_one_grid: no sidebar
    beside a main column)."""
    if len(columns) < MIN_COLUMNS and not (
        headed and all(_dated(table, text_of, to_end=False) for table in tables)
    ):
        return False
    if not strict or headed or parted:
        return True
    dated_rows = all(_dated(_headed_below(table), text_of) for table in tables)
    return dated_rows and all(
        _one_grid(pieces, columns, table) for pieces, table in zip(held, tables, strict=True)
    )


def _one_grid(pieces: list[Rect], columns: list[float], table: list[Cells]) -> bool:
    """True when the last column's lines stand level with those of the columns between it
    and the first (or centred between two), or belong to cells level with one of those in
    their rows of the ``table``, at the top, middle or bottom alike (_aligned): a table's
    rows give its cells one line grid.

    A CV builder's grid (dates | post and employer | sidebar) dates every entry of its main
    column as a table dates its rows, but the sidebar beside it (contacts, education,
    languages) has a line spacing of its own. A table's employer cell of two lines, centred
    on a post of one or at the bottom of its row, has a line level with no post line.
    """
    last = [rect for rect in pieces if column(rect, columns) == len(columns) - 1]
    inner = [rect for rect in pieces if 0 < column(rect, columns) < len(columns) - 1]
    off = min(
        alone([rect for rect in last if rect not in aligned], inner)
        for aligned in (_aligned(table, level) for level in _LEVELS)
    )
    return len(columns) < MIN_COLUMNS or off * 4 < len(last)


def _aligned(table: list[Cells], level: _Level) -> set[Rect]:
    """Return the lines of the rows' last cells that stand ``level`` with a cell between the
    first and the last in their row; a line beside a line at any level (a lower-case line
    and a line of capitals stand level at neither their tops nor their bottoms)."""
    return {
        rect
        for row in table
        if row[-1]
        and any(
            cell
            and (level(row[-1], cell) or len(row[-1]) == len(cell) == 1 and _lined(row[-1], cell))
            for cell in row[1:-1]
        )
        for rect in row[-1]
    }


def _level(upper: Rect, lower: Rect) -> bool:
    """True when two lines stand level: their tops or their bottoms within an eighth of a
    line's height (a line's box is as high as its letters)."""
    line = (upper[3] - upper[1]) / 8
    return abs(upper[3] - lower[3]) <= line or abs(upper[1] - lower[1]) <= line


def _middle(cell: list[Rect]) -> float:
    """Return the height of a cell's middle."""
    low, high = box(cell)[1::2]
    return (low + high) / 2


# How a cell stands level with another of its row: its first lines level (top-aligned), its
# middles (centred) or its last lines (at the bottom).
_LEVELS: tuple[_Level, ...] = (
    lambda cell, other: _level(cell[0], other[0]),
    lambda cell, other: abs(_middle(cell) - _middle(other)) <= (cell[0][3] - cell[0][1]) / 8,
    lambda cell, other: _level(cell[-1], other[-1]),
)


def _lined(cell: list[Rect], other: list[Rect]) -> bool:
    """True when two cells stand level at any of the levels."""
    return any(level(cell, other) for level in _LEVELS)


def _dated(table: list[Cells], text_of: Callable[[Rect], str], *, to_end: bool = True) -> bool:
    """True when every row of a table from its first dated one is dated (up to its last dated
    one unless ``to_end``: a heading right under a table is a row of its own)."""
    keyed = [dated_key(row[0], text_of) for row in table]
    if not any(keyed):
        return False
    last = len(keyed) if to_end else len(keyed) - keyed[::-1].index(True)
    return all(keyed[keyed.index(True) : last])


def _headed_below(table: list[Cells]) -> list[Cells]:
    """Return a table's rows but the last when that is a heading right under the table: one
    line in the first column, nothing beside it ("Образование" under a table of no header)."""
    if table and len(table[-1][0]) == 1 and not any(table[-1][1:]):
        return table[:-1]
    return table
