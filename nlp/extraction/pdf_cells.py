"""The cells of a PDF table: each column's pieces dealt to the table's rows (pdf_grid.py finds
the rows, the columns and the lines a table runs over).

Each row is keyed by its first cell (its dates, over as many lines as they wrap, pdf_keys.py),
and the pieces of every other column are dealt to the rows so that each cell stands level
with its key's top, middle or bottom, whichever fits the table best: a cell that wraps stands
at the top of its row (Word's default), is centred on it (fpdf2's default, Word's "Center"
cell alignment) or stands at its bottom."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import pairwise

from nlp.extraction.pdf_columns import MIN_CELL_GAP, dated
from nlp.extraction.pdf_geometry import Rect, box
from nlp.extraction.pdf_keys import Level, first_cells, wrapped

# A row number in the first column of a table ("1", "2.").
ROW_NUMBER = re.compile(r"\s*\d{1,3}\.?\s*")

Cells = list[list[Rect]]  # each cell's pieces, in column order
# How a column's pieces are dealt to the rows keyed by the first column's cells.
_Deal = Callable[[list[Rect], list[list[Rect]], Cells], None]


def column(rect: Rect, starts: list[float]) -> int:
    """Return the column a piece starts in; -1 left of the table."""
    return bisect_right(starts, rect[0] + MIN_CELL_GAP / 2) - 1


def by_column(pieces: list[Rect], starts: list[float]) -> Cells:
    """Return the pieces of one row, by column (none left of the table)."""
    cells: Cells = [[] for _ in starts]
    for piece in pieces:
        at = column(piece, starts)
        if at >= 0:
            cells[at].append(piece)
    return cells


def dated_key(key: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when a first-column cell is dated or a row number, not a header's label."""
    if not key:
        return False
    text = text_of(key[0])
    return dated(text) or ROW_NUMBER.fullmatch(text) is not None


def dealt(pieces: list[Rect], starts: list[float], text_of: Callable[[Rect], str]) -> list[Cells]:
    """Return a table's rows, each its cells in column order: the rows keyed by the first
    column, the other pieces dealt to them top-aligned, centred or bottom-aligned, whichever
    fits best (with the fewest undated rows, then in that order, when they fit alike).

    A row whose date cell is empty has no key: the cells that stand apart from every dated
    row start a row of their own (_undated), with an empty first cell, and so do those dealt
    to a heading under the table (the last row's post and employer, centred or at the
    bottom, are not the heading's). An undated row of one line is weighed as a line off its
    row (_lone): a wrapped line of the row beside it fits as well.

    A header's labels seldom wrap: dealt to the header, the lines of a first row centred or
    aligned to its bottom would fit a top-aligned table as well as they fit their own. And a
    cell's lines follow one another at the table's line spacing: two lines further apart
    are in two rows. A date's line on the table's next line may go on the date above it,
    as each alignment has the cells (pdf_keys.wrapped).
    """
    columns = by_column(pieces, starts)
    gaps = [gap for held in columns[1:] for gap in _gaps(held) if gap > 0]
    leading = min(gaps, default=0.0)
    keys, loose = first_cells(columns[0], text_of, leading)
    if not keys:
        return []  # no piece in the first column: the lines are read as they stand
    best: tuple[float, int, list[Cells]] | None = None
    for deal, level in _ALIGNMENTS:
        keyed = wrapped(keys, loose, columns[1:], level)
        last = max(
            (at for at, key in enumerate(keyed) if dated_key(key, text_of)), default=len(keyed)
        )
        rowed = _undated(keyed, columns[1:], leading, deal, last)
        heads = next((at for at, key in enumerate(rowed) if dated_key(key, text_of)), len(rowed))
        table: list[Cells] = [[key] + [[] for _ in columns[1:]] for key in rowed]
        for at, held in enumerate(columns[1:], start=1):
            deal(held, rowed, [row[at] for row in table])
        cost = sum(_offset(cell, row[0], level) for row in table for cell in row[1:] if cell)
        cost += sum(_overhang(cell, row[0]) for row in table[:heads] for cell in row[1:] if cell)
        cost += sum(_spread(cell, leading) for row in table for cell in row[1:])
        cost += sum(_lone(row) for row in table)
        made_up = sum(_mark(row[0]) for row in table)
        if best is None or (cost, made_up) < best[:2]:
            best = (cost, made_up, table)
    return [[[] if _mark(row[0]) else row[0], *row[1:]] for row in best[2]] if best else []


def _undated(
    keys: list[list[Rect]], columns: list[list[Rect]], leading: float, deal: _Deal, last: int
) -> list[list[Rect]]:
    """Return the keys and a mark (_marked) beside each part of a cell, as ``deal``
    gives it, that is no part of the row level with its date: a row whose date cell is empty
    ("ведущий специалист" under a post of one line beside an employer of two), or that is
    dealt to a key past the ``last`` dated one and stands level with none of it. A cell's
    lines at the top or the bottom of a row follow one another at the line spacing (_parts);
    a centred one stands as far above its date as below it (_lopsided). An undated row starts
    below the middle of the last line of the date above it: what stands level with a date's
    wrapped line is in the date's row, rows never overlap."""
    marks: list[list[Rect]] = []
    for held in columns:
        cells: Cells = [[] for _ in keys]
        deal(held, keys, cells)
        for row, (key, cell) in enumerate(zip(keys, cells, strict=True)):
            parts = _lopsided(cell, box(key)) if deal is _deal_centred else _parts(cell, leading)
            level = [part for part in parts if _level(box(part), box(key))][:1]
            if len(parts) > 1 and level or row > last:
                marks += [[_marked(part[0])] for part in parts if part not in level]
    rowed: list[list[Rect]] = []
    for key in sorted(keys + marks, key=lambda key: -box(key)[3]):
        if not rowed or not _mark(key) or key[0][3] < _middle(rowed[-1][-1]):
            rowed.append(key)
    return rowed


def _parts(cell: list[Rect], leading: float) -> list[list[Rect]]:
    """Split a cell's lines where two stand an empty line or more apart."""
    parts: list[list[Rect]] = []
    for rect in cell:
        if parts and parts[-1][-1][1] - rect[3] <= leading + 2 * _slack(rect):
            parts[-1].append(rect)
        else:
            parts.append([rect])
    return parts


def _lopsided(cell: list[Rect], key: Rect) -> list[list[Rect]]:
    """Split off the lines a centred cell holds above its row's date past those below it: a
    centred cell stands as far above the date as below it, so they are a row of their own
    (an undated row between two dated ones)."""
    middle = _middle(key)
    above = sum(_middle(rect) > middle + _slack(rect) for rect in cell)
    below = sum(_middle(rect) < middle - _slack(rect) for rect in cell)
    excess = above - below
    if not cell:
        return []
    return [cell[:excess], cell[excess:]] if 0 < excess < len(cell) else [cell]


def _level(part: Rect, key: Rect) -> bool:
    """True when a part of a cell and a row's date stand at one height, in part at least."""
    return part[1] < key[3] and key[1] < part[3]


def _marked(rect: Rect) -> Rect:
    """Return the mark of an undated row starting at a piece: as high as the piece, its left
    edge a point right of its right edge, which no piece of text has."""
    return (rect[0] + 1, rect[1], rect[0], rect[3])


def _mark(key: list[Rect]) -> bool:
    """True when a key is a mark of an undated row (see _undated)."""
    return bool(key) and key[0][0] > key[0][2]


def _deal_top(column: list[Rect], keys: list[list[Rect]], cells: Cells) -> None:
    """Give each piece to the last row whose key's top is level with it or above it."""
    depths = [-box(key)[3] for key in keys]  # rising, as the keys go down the page
    for rect in column:
        row = bisect_right(depths, _slack(rect) - rect[3]) - 1
        cells[max(row, 0)].append(rect)


def _deal_centred(column: list[Rect], keys: list[list[Rect]], cells: Cells) -> None:
    """Give each row the pieces level with its key's middle and as many above it as below:
    of the pieces between two keys, the upper row takes as many as stand above its middle."""
    at, owed = 0, 0
    for row, key in enumerate(keys):
        middle = _middle(box(key))
        above = []
        while at < len(column) and _middle(column[at]) > middle + _slack(column[at]):
            above.append(column[at])
            at += 1
        if row:
            cells[row - 1] += above[:owed]
            above = above[owed:]
        cells[row] += above
        while at < len(column) and abs(_middle(column[at]) - middle) <= _slack(column[at]):
            cells[row].append(column[at])
            at += 1
        owed = len(above)
    cells[-1] += column[at:]


def _deal_bottom(column: list[Rect], keys: list[list[Rect]], cells: Cells) -> None:
    """Give each piece to the first row whose key's bottom is level with it or below it."""
    depths = [-box(key)[1] for key in keys]  # rising, as the keys go down the page
    for rect in column:
        row = bisect_left(depths, -rect[1] - _slack(rect))
        cells[min(row, len(cells) - 1)].append(rect)


def _lone(row: Cells) -> float:
    """The height of an undated row made of one line: a post and an employer fill two cells
    or two lines, so one line on its own is more likely a line of the row beside it."""
    lines = [rect for cell in row[1:] for rect in cell]
    return lines[0][3] - lines[0][1] if _mark(row[0]) and len(lines) == 1 else 0.0


def _overhang(cell: list[Rect], key: list[Rect]) -> float:
    """How far a cell reaches below its key, past a slack."""
    return max(box(key)[1] - box(cell)[1] - _slack(key[0]), 0.0)


def _gaps(pieces: list[Rect]) -> list[float]:
    """Return the gaps between pieces that follow one another down the page."""
    return [upper[1] - lower[3] for upper, lower in pairwise(pieces)]


def _spread(cell: list[Rect], leading: float) -> float:
    """How much further apart a cell's lines stand than the table's closest lines, past a
    slack."""
    return sum(max(gap - leading - _slack(cell[0]), 0.0) for gap in _gaps(cell))


def _offset(cell: list[Rect], key: list[Rect], level: Level) -> float:
    """How far a cell stands from its key, measured at ``level`` (top, middle or bottom),
    past a slack."""
    return max(abs(level(box(cell)) - level(box(key))) - _slack(key[0]), 0.0)


def _middle(rect: Rect) -> float:
    """The height of a box's middle."""
    return (rect[1] + rect[3]) / 2


def _slack(rect: Rect) -> float:
    """A quarter of a line's height: how far pieces on one line stand apart."""
    return (rect[3] - rect[1]) / 4


# How a table's cells stand in their rows: how to deal a column's pieces to the rows, and the
# height at which a cell is level with its row's first cell.
_ALIGNMENTS: tuple[tuple[_Deal, Level], ...] = (
    (_deal_top, lambda rect: rect[3]),
    (_deal_centred, _middle),
    (_deal_bottom, lambda rect: rect[1]),
)  # fmt: skip
