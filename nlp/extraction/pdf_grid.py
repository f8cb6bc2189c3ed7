"""Tables of three or more columns on a PDF page (dates | post | workplace, № | dates | post |
workplace, dates | department | post | workplace, dates | post | workplace | city), read a
row at a time with each row's cells in column order, as the DOCX reader writes a table row.

A row starts at a line whose first piece is dated (after a row number, "1"), with text right
of it within a line and a half. The columns start where the rows' pieces do, past the x bands
they leave free between them, and a table runs over the lines that cross none of those bands:
the header above the first row, the wrapped lines around each row, and nothing past a gap
of more than a line and a half above the first row or below the last one.

A cell that wraps stands at the top of its row (Word's default), is centred on it (fpdf2's
default, Word's "Center" cell alignment) or stands at its bottom: then a one-line cell sits
between or below the wrapped lines beside it, and the first of them stands above the row's
dates. Each row is keyed by its first cell (its dates, over as many lines as they wrap), and
the pieces of every other column are dealt to the rows so that each cell stands level with
its key's top, middle or bottom, whichever fits the table best."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import pairwise

from nlp.extraction.pdf_columns import MIN_CELL_GAP, OPEN_END, dated
from nlp.extraction.pdf_geometry import Rect, box, merged, rows

# A row number in the first column of a table ("1", "2.").
_ROW_NUMBER = re.compile(r"\s*\d{1,3}\.?\s*")
# A table reads as one when it has this many columns; two are a date column and its entries.
MIN_COLUMNS = 3
# Lines further apart than this many line heights are not lines of one table row or header.
_LINE_GAP = 1.5

Cells = list[list[Rect]]  # each cell's pieces, in column order


def table_rows(
    rects: list[Rect], text_of: Callable[[Rect], str], *, strict: bool = False
) -> list[list[Rect]] | None:
    """Return the page's lines, each a box or a table row's cells in column order, or None
    when the page holds no table of two rows and three columns or more.

    With ``strict``, a table needs a header row (a line of a piece in each column with no
    date) or a date in every row from its first dated one: a sidebar may hold a small dated
    table of its own, the main column beside it, but more of the sidebar follows it.
    ``rects`` are the page's pieces sorted top to bottom; ``text_of`` reads a box.
    """
    lines = [[rects[index] for index in line] for line in rows(rects)]
    starts = _row_starts(lines, text_of)
    if len(starts) < 2:
        return None
    columns = _column_starts(lines[starts[0] : starts[-1] + 1], [lines[at] for at in starts])
    if len(columns) < MIN_COLUMNS:
        return None
    spans = _spans(lines, starts, [_fits(line, columns) for line in lines])
    if not spans:
        return None
    tables = [_table(_pieces(lines[low:high]), columns, text_of) for low, high in spans]
    if strict and not all(_dated(table, text_of) for table in tables):
        if not any(_header(lines[at], columns, text_of) for at in _within(spans)):
            return None
    read: list[list[Rect]] = []
    at = 0
    for (low, high), table in zip(spans, tables, strict=True):
        read += [[box(line)] for line in lines[at:low]]
        read += [[box(cell) for cell in row if cell] for row in table] or [
            [box(line)] for line in lines[low:high]
        ]
        at = high
    return read + [[box(line)] for line in lines[at:]]


def _pieces(lines: list[list[Rect]]) -> list[Rect]:
    """Return the pieces of the lines, in order."""
    return [rect for line in lines for rect in line]


def _dated(table: list[Cells], text_of: Callable[[Rect], str]) -> bool:
    """True when every row of a table from its first dated one is dated."""
    keyed = [_dated_key(row[0], text_of) for row in table]
    first = next((at for at, dated_row in enumerate(keyed) if dated_row), None)
    return first is not None and all(keyed[first:])


def _within(spans: list[tuple[int, int]]) -> list[int]:
    """Return the lines the spans hold."""
    return [at for low, high in spans for at in range(low, high)]


def _header(line: list[Rect], columns: list[float], text_of: Callable[[Rect], str]) -> bool:
    """True when a line holds a piece in each column and no date: a table's header row."""
    taken = {_column(rect, columns) for rect in line}
    return len(taken) == len(line) == len(columns) and not any(dated(text_of(r)) for r in line)


def _row_starts(lines: list[list[Rect]], text_of: Callable[[Rect], str]) -> list[int]:
    """Return the lines that start a row: the first piece is dated (or a row number before a
    dated piece) and text stands right of it within a line and a half (centred cells stand
    between the lines of a wrapped date)."""
    starts = []
    for at, line in enumerate(lines):
        first = line[0]
        nearby = (rect for near in lines[max(at - 1, 0) : at + 2] for rect in near)
        if not any(rect[0] >= first[2] and _near_rows(first, rect) for rect in nearby):
            continue
        text = text_of(first)
        numbered = _ROW_NUMBER.fullmatch(text) and len(line) > 1 and dated(text_of(line[1]))
        if numbered or dated(text):
            starts.append(at)
    return starts


def _near_rows(upper: Rect, lower: Rect) -> bool:
    """True when two pieces stand within a line and a half of each other, up or down."""
    height = (upper[3] - upper[1]) * _LINE_GAP
    return lower[3] >= upper[1] - height and lower[1] <= upper[3] + height


def _column_starts(lines: list[list[Rect]], rowed: list[list[Rect]]) -> list[float]:
    """Return where each column starts: the x bands of the rows' first lines (``rowed``), and
    of the ``lines`` between them that cross no gap between those bands (a workplace cell that
    wraps around its row's dates, never on their line)."""
    pad = MIN_CELL_GAP / 2
    bands = merged((rect[0] - pad, rect[2] + pad) for line in rowed for rect in line)
    inside = [rect for line in lines for rect in line if _columns_crossed(rect, bands) <= 1]
    spans = merged((rect[0] - pad, rect[2] + pad) for rect in inside)
    return [low + pad for low, _ in merged(bands + spans)]


def _columns_crossed(rect: Rect, bands: list[tuple[float, float]]) -> int:
    """Count the bands a piece overlaps."""
    return sum(rect[0] < high and rect[2] > low for low, high in bands)


def _column(rect: Rect, starts: list[float]) -> int:
    """Return the column a piece starts in; -1 left of the table."""
    return sum(start <= rect[0] + MIN_CELL_GAP / 2 for start in starts) - 1


def _fits(line: list[Rect], starts: list[float]) -> bool:
    """True when every piece of a line stands inside one column."""
    for rect in line:
        column = _column(rect, starts)
        if column < 0 or column + 1 < len(starts) and rect[2] > starts[column + 1]:
            return False
    return True


def _spans(
    lines: list[list[Rect]],
    starts: list[int],
    fits: list[bool],
) -> list[tuple[int, int]]:
    """Return the tables as spans of lines: from each row that starts outside a table, the
    lines above it right over one another (a header), and those below it down to a line that
    crosses a column, past the last row no further than a gap between lines."""
    spans: list[tuple[int, int]] = []
    for start in starts:
        if spans and start < spans[-1][1] or not fits[start]:
            continue
        low, floor = start, spans[-1][1] if spans else 0
        while low > floor and fits[low - 1] and _near(lines[low - 1], lines[low]):
            low -= 1
        high = start + 1
        while high < len(lines) and fits[high]:
            later = next((at for at in starts if at >= high), None)
            if not _near(lines[high - 1], lines[high]) and (
                later is None or not all(fits[high:later])
            ):
                break
            high += 1
        spans.append((low, high))
    return spans


def _near(upper: list[Rect], lower: list[Rect]) -> bool:
    """True when ``lower`` stands no more than a line and a half below ``upper``."""
    above, below = box(upper), box(lower)
    return above[1] - below[3] <= (above[3] - above[1]) * _LINE_GAP


def _table(pieces: list[Rect], starts: list[float], text_of: Callable[[Rect], str]) -> list[Cells]:
    """Return a table's rows, each its cells in column order: the rows keyed by the first
    column, the other pieces dealt to them top-aligned, centred or bottom-aligned, whichever
    fits best (in that order when they fit alike); no rows without a first column.

    A header's labels seldom wrap: dealt to the header, the lines of a first row centred or
    aligned to its bottom would fit a top-aligned table as well as they fit their own. And a
    cell's lines follow one another at the table's line spacing: two lines further apart
    are in two rows.
    """
    columns = [
        [rect for rect in pieces if _column(rect, starts) == at] for at in range(len(starts))
    ]
    keys = _keys(columns[0], text_of)
    if not keys:
        return []  # no piece in the first column: the lines are read as they stand
    gaps = [gap for column in columns[1:] for gap in _gaps(column) if gap > 0]
    leading = min(gaps, default=0.0)
    heads = next((at for at, key in enumerate(keys) if _dated_key(key, text_of)), len(keys))
    best: tuple[float, list[Cells]] | None = None
    for deal, level in _ALIGNMENTS:
        table: list[Cells] = [[key] + [[] for _ in columns[1:]] for key in keys]
        for at, column in enumerate(columns[1:], start=1):
            deal(column, keys, [row[at] for row in table])
        cost = sum(_offset(cell, row[0], level) for row in table for cell in row[1:] if cell)
        cost += sum(_overhang(cell, row[0]) for row in table[:heads] for cell in row[1:] if cell)
        cost += sum(_spread(cell, leading) for row in table for cell in row[1:])
        if best is None or cost < best[0]:
            best = (cost, table)
    return best[1] if best else []


def _keys(first: list[Rect], text_of: Callable[[Rect], str]) -> list[list[Rect]]:
    """Return the first column's cells: a piece right under a dated cell goes on it when the
    date wraps (after a dash, or in lower case: "желтоқсан", "по настоящее время"); any other
    piece starts a cell, so a heading right under the table ("Образование") is no date's."""
    keys: list[list[Rect]] = []
    for rect in first:
        text = text_of(rect)
        above = text_of(keys[-1][-1]) if keys and _near(keys[-1], [rect]) else ""
        wraps = OPEN_END.search(above) or text[:1].islower() and not dated(text)
        if above and dated(text_of(keys[-1][0])) and wraps:
            keys[-1].append(rect)
        else:
            keys.append([rect])
    return keys


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


def _dated_key(key: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when a first-column cell is dated or a row number, not a header's label."""
    text = text_of(key[0])
    return dated(text) or _ROW_NUMBER.fullmatch(text) is not None


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


def _offset(cell: list[Rect], key: list[Rect], level: Callable[[Rect], float]) -> float:
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
_ALIGNMENTS: tuple[tuple[Callable[[list[Rect], list[list[Rect]], Cells], None],
                         Callable[[Rect], float]], ...] = (
    (_deal_top, lambda rect: rect[3]),
    (_deal_centred, _middle),
    (_deal_bottom, lambda rect: rect[1]),
)  # fmt: skip
