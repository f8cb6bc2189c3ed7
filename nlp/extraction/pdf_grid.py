"""Tables of three or more columns on a PDF page (dates | post | workplace, № | dates | post |
workplace, dates | department | post | workplace, dates | post | workplace | city), and of two
(dates | "post, workplace") under a header row or parted by drawn rules, read a row at a time
with each row's cells in column order, as the DOCX reader writes a table row.

A row starts at a line whose first piece is dated (after a row number, "1"), with text right
of it, or of the date's next line when the date goes on there, within a line and a half. The
columns start where the rows' pieces do, past the x bands they leave free between them, and
a table runs over the lines that cross none of those bands: the header above the first row,
the wrapped lines around each row, and nothing past a gap of more than a line and a half
above the first row or below the last one.

A table's pieces are dealt to its rows by the rules drawn between them (pdf_rules.py: a row
whose date cell is empty keeps its cells), or else by the wider space left between rows
(pdf_gaps.py: so does a row printed from Word without borders), or else by how its cells
stand in their rows (pdf_cells.py: top-aligned, centred or at the bottom).
Whether rows with no rules between them read as a table at all, and not as a CV builder's
dated main column beside its sidebar, is told by pdf_unruled.py.

A table of two columns with neither a header row nor rules is read as one when the space
between its rows parts them and a row's dates stack (two dates on two lines, or dates
centred on a post over several lines): such a row is read a cell at a time, its dates and
then the post, employer and duties beside them, each on a line of its own; a row whose
dates stand level with the first line beside them is read across, as before."""

from __future__ import annotations

from collections.abc import Callable

from nlp.extraction.pdf_cells import ROW_NUMBER, Cells, column, dealt
from nlp.extraction.pdf_columns import MIN_CELL_GAP, dated
from nlp.extraction.pdf_gaps import gapped
from nlp.extraction.pdf_geometry import Rect, box, merged, rows
from nlp.extraction.pdf_keys import LINE_GAP, NEXT_LINE, goes_on, near
from nlp.extraction.pdf_rules import Rule, ruled_table
from nlp.extraction.pdf_unruled import MIN_COLUMNS, reads_as_table


def table_rows(
    rects: list[Rect],
    text_of: Callable[[Rect], str],
    *,
    strict: bool = False,
    rules: Callable[[], list[Rule]] = list,
) -> list[list[Rect]] | None:
    """Return the page's lines, each a box or a table row's cells in column order, or None
    when the page holds no table of two rows and three columns or more, or of two columns
    under a header row or parted by rules (``rules`` draws the page's, pdf_rules.py).

    With ``strict``, an unruled table needs a header row (a line of a piece in each column
    with no date), rows parted by the space between them or a date in every row from its
    first dated one (pdf_unruled.py): a sidebar may hold a small
    dated table of its own, the main column beside it, but more of the sidebar follows it.
    ``rects`` are the page's pieces sorted top to bottom; ``text_of`` reads a box.
    """
    lines = [[rects[index] for index in line] for line in rows(rects)]
    starts = _row_starts(lines, text_of)
    if len(starts) < 2:
        return None
    columns = _column_starts(lines[starts[0] : starts[-1] + 1], [lines[at] for at in starts])
    spans = _spans(lines, starts, [_fits(line, columns) for line in lines])
    if len(columns) < 2 or not spans:
        return None
    headed = any(_header(lines[at], columns, text_of) for at in _heads(spans, starts))
    drawn = rules()
    held = [_pieces(lines[low:high]) for low, high in spans]
    ruled = [ruled_table(pieces, columns, text_of, drawn) for pieces in held]
    loose = [
        None if table else gapped(pieces, columns, text_of)
        for table, pieces in zip(ruled, held, strict=True)
    ]
    tables = [
        table or spaced or dealt(pieces, columns, text_of)
        for table, spaced, pieces in zip(ruled, loose, held, strict=True)
    ]
    parted = all(loose)
    split = len(columns) < MIN_COLUMNS and not headed and parted
    split = split and any(_stacked(row) for table in tables for row in table)
    facts = (headed, parted, text_of, strict)
    if not (any(ruled) or split or reads_as_table(tables, held, columns, *facts)):
        return None
    read: list[list[Rect]] = []
    at = 0
    for (low, high), table in zip(spans, tables, strict=True):
        read += [[box(line)] for line in lines[at:low]]
        read += _read(table, split) or [[box(line)] for line in lines[low:high]]
        at = high
    return read + [[box(line)] for line in lines[at:]]


def _read(table: list[Cells], split: bool) -> list[list[Rect]]:
    """Return a table's rows, each its cells' boxes; with ``split``, a row whose dates are
    stacked (_stacked) as a line for each cell (its dates, then the post, employer and duties
    beside them, each line kept), any other as one box read line by line across."""
    read = []
    for row in table:
        cells = [box(cell) for cell in row if cell]
        if not split:
            read.append(cells)
        elif _stacked(row):
            read += [[cell] for cell in cells]
        else:
            read.append([box(cells)])
    return read


def _stacked(row: Cells) -> bool:
    """True when a row's date cell is not one line level with the top of the cell beside it
    (two dates on two lines, or dates centred on a post over several lines): read across,
    line by line, the dates would stand among the post's lines."""
    if len(row[0]) > 1:
        return True
    beside = [cell for cell in row[1:] if cell]
    return (
        bool(row[0] and beside)
        and abs(box(row[0])[3] - box(beside[0])[3]) > (row[0][0][3] - row[0][0][1]) / 4
    )


def _pieces(lines: list[list[Rect]]) -> list[Rect]:
    """Return the pieces of the lines, in order."""
    return [rect for line in lines for rect in line]


def _heads(spans: list[tuple[int, int]], starts: list[int]) -> list[int]:
    """Return the lines of each span above its first row: where a header stands."""
    return [at for low, high in spans for at in range(low, next(s for s in starts if s >= low))]


def _header(line: list[Rect], columns: list[float], text_of: Callable[[Rect], str]) -> bool:
    """True when a line holds a piece in each column and no date: a table's header row."""
    taken = {column(rect, columns) for rect in line}
    return len(taken) == len(line) == len(columns) and not any(dated(text_of(r)) for r in line)


def _row_starts(lines: list[list[Rect]], text_of: Callable[[Rect], str]) -> list[int]:
    """Return the lines that start a row: the first piece is dated (or a row number before a
    dated piece) and text stands right of it, or of the next line its date goes on in
    (_wrapped_start), within a line and a half (centred cells stand between the lines of a
    wrapped date)."""
    starts = []
    for at, line in enumerate(lines):
        first = line[0]
        if not (_beside(lines, at, first, first[2]) or _wrapped_start(lines, at, text_of)):
            continue
        text = text_of(first)
        numbered = ROW_NUMBER.fullmatch(text) and len(line) > 1 and dated(text_of(line[1]))
        if numbered or dated(text):
            starts.append(at)
    return starts


def _beside(lines: list[list[Rect]], at: int, piece: Rect, right: float) -> bool:
    """True when text stands right of ``right`` within a line and a half of a piece of line
    ``at``."""
    nearby = (rect for near in lines[max(at - 1, 0) : at + 2] for rect in near)
    return any(rect[0] >= right and _near_rows(piece, rect) for rect in nearby)


def _wrapped_start(lines: list[list[Rect]], at: int, text_of: Callable[[Rect], str]) -> bool:
    """True when the first piece of line ``at`` is a date that goes on in the first piece of
    the next line (pdf_keys.goes_on: "09.2019 –" / "қазіргі", "с 2019 г. по" / "настоящее"),
    which starts where the date does, on the table's next line, with text beside it."""
    if at + 1 == len(lines):
        return False
    first, below = lines[at][0], lines[at + 1][0]
    height = max(first[3] - first[1], below[3] - below[1])
    under = abs(below[0] - first[0]) <= MIN_CELL_GAP and first[1] - below[3] <= height * NEXT_LINE
    if not under or not _beside(lines, at + 1, below, max(first[2], below[2])):
        return False
    date = text_of(first)
    return dated(date) and goes_on([date], text_of(below))


def _near_rows(upper: Rect, lower: Rect) -> bool:
    """True when two pieces stand within a line and a half of each other, up or down."""
    height = (upper[3] - upper[1]) * LINE_GAP
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


def _fits(line: list[Rect], starts: list[float]) -> bool:
    """True when every piece of a line stands inside one column."""
    for rect in line:
        at = column(rect, starts)
        if at < 0 or at + 1 < len(starts) and rect[2] > starts[at + 1]:
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
        while low > floor and fits[low - 1] and near(lines[low - 1], lines[low]):
            low -= 1
        high = start + 1
        while high < len(lines) and fits[high]:
            later = next((at for at in starts if at >= high), None)
            if not near(lines[high - 1], lines[high]) and (
                later is None or not all(fits[high:later])
            ):
                break
            high += 1
        spans.append((low, high))
    return spans
