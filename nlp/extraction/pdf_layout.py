"""Reading order of a PDF page in two columns, worked out from the boxes of its text pieces.

PDFium reads a page line by line across it, which glues a sidebar line to the main-text line
drawn at the same height ("Контакты 03.2020 – настоящее время"). A page whose pieces leave a
vertical gutter free but for a few full-width lines (a header, a section title, a footer) is
read box by box instead. Every piece falls whole into one box, so no line is cut apart, and a
piece beside a full-width line is read with that line.

A sidebar has its own line spacing: it is read whole, then the main column, a full-width line
ending both. So is a sidebar drawn on the main column's line grid when the main column dates
its own entries ("04.2020 – наст. время" beside "+7 701 555 23 41"): a table dates its rows in
its first column. In a table the left lines are level with right ones (dates beside posts) and the
page reads best row by row, as PDFium reads it; only a left cell holding a period over several
lines ("Сентябрь 2019 —" / "настоящее время" / "7 лет 3 месяца", hh.kz) is read whole, then
the cell beside it (employer, post, duties), so the period is not split by the rows beside it.
A right "column" of short dates, each level with a left line, is no column at all: the dates
are tabbed to the end of their lines ("Head of Unit, Akimat of Shymkent      Sep 2020 – Present",
Word's right tab stop) and the page is read line by line, each date with its line. So is a
left column of dates, each level with the first line of the entry it dates, with headings at
the left margin between them ("2019 – ongoing" beside "Head of Unit, Supreme Audit Chamber",
a cell before a paragraph): each date is read before its entry, each heading where it stands.
A table of three columns whose date cells wrap (dates | post | workplace, the official
"Жеке іс парағы" form) leaves a gutter only before its last column; it is read row by row.
When such a table is drawn line by line across and its post and workplace cells wrap, each row
is read a cell at a time, so that the cells' lines do not interleave; pdf.py joins the cells by
tabs and each cell's lines by a space, as the DOCX reader writes a table row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from nlp.extraction.pdf_geometry import Rect, alone, box, merged, rows

# A gap narrower than this (PDF points, about 4 mm) is a wide space, not a column gutter.
MIN_GUTTER = 12.0
# Two cell margins (fpdf2 and Word draw 1-2 mm each): the least gap between table columns.
MIN_CELL_GAP = 4.0
# Fewer pieces than this on one side of a gutter are stray lines, not a column.
MIN_COLUMN_LINES = 3
FULL, LEFT, RIGHT = "full", "left", "right"
# A period whose end date is on the next line: "Сентябрь 2019 —\r\nнастоящее время".
_OPEN_PERIOD = re.compile(r"[-–—]\s*[\r\n]")
# A piece ending in a dash: the period goes on in the piece below ("01.09.2019 –").
_OPEN_END = re.compile(r"[-–—]\s*$")
# A date at the end of a line holds a year and is short: "Sep 2020 – Present", "2019",
# "01.09.2019 – по настоящее время".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_DATE_CHARS = 40
# A period runs from a date to another or to now: "2009 – 2013", "Sep 2020 – Present".
_RANGE = re.compile(r"\d\s*[-–—]\s*\w")


def reading_boxes(rects: list[Rect], text_of: Callable[[Rect], str]) -> list[list[Rect]] | None:
    """Return the lines to read in turn when the page is in two columns, else None: each line
    is a box, or the cells of a table row read one after another.

    ``rects`` are the page's text pieces sorted top to bottom; ``text_of`` reads a box.
    """
    labels = _labels(rects)
    if labels is None or _line_ends(rects, labels, text_of) or _date_column(rects, labels, text_of):
        return None
    right = [rect for rect, label in zip(rects, labels, strict=True) if label is RIGHT]
    ceiling = max(rect[3] for rect in right)
    left = [
        rect
        for rect, label in zip(rects, labels, strict=True)
        if label is LEFT and rect[1] <= ceiling  # a left line above the right column heads it
    ]
    sidebar = alone(left, right) * 4 >= len(left) and not _third_column(left, right, text_of)
    if sidebar or _dated_right(left, right, text_of):
        return [[part] for part in _sidebar_boxes(rects, labels)]
    boxes = _table_boxes(rects, labels, text_of)
    if boxes is None:
        return _table_rows(rects, labels, text_of)
    return [[part] for part in boxes]


def _dated_right(left: list[Rect], right: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when two or more right pieces are periods ("04.2020 – наст. время") and no left
    date stands level with one: the right column holds entries of its own, however level its
    lines are with the left ones (two columns on one line grid).

    A table dates its rows in its first column; a post or an employer cell holds no period.
    """
    periods = [rect for rect in right if _period(text_of(rect))]
    if len(periods) < 2:
        return False
    dates = [rect for rect in left if _dated(text_of(rect))]
    return alone(periods, dates, centred=False) == len(periods)


def _line_ends(rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]) -> bool:
    """True when every right piece is a short date level with a left line (or centred on two)."""
    left = [rect for rect, label in zip(rects, labels, strict=True) if label is LEFT]
    right = [rect for rect, label in zip(rects, labels, strict=True) if label is RIGHT]
    return not alone(right, left) and all(_dated(text_of(rect)) for rect in right)


def _date_column(rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]) -> bool:
    """True when two or more left pieces are dates, each level with a right line (or centred
    on two), and no other left piece stands level with one. A date that ends in a dash
    ("01.09.2019 –" / "по настоящее время") is a period cell, read whole by _table_boxes.

    Dates drawn in a cell before each entry ("2019 – ongoing" beside "Head of Unit, ...")
    stand level with the entry's first line, and the left pieces between them are headings
    on lines of their own; a sidebar has its own text (contacts, skills) level with lines of
    the main column, and any dates it holds are level by chance only.
    """
    right = [rect for rect, label in zip(rects, labels, strict=True) if label is RIGHT]
    dates, others = [], []
    for rect, label in zip(rects, labels, strict=True):
        if label is LEFT:
            (dates if _dated(text_of(rect)) else others).append(rect)
    level_others = len(others) - alone(others, right, centred=False)
    wrapped = any(_OPEN_END.search(text_of(rect)) for rect in dates)
    return len(dates) >= 2 and not alone(dates, right) and not level_others and not wrapped


def _third_column(left: list[Rect], right: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when the right column is the last of a table: the left side is split again, by a
    gap as narrow as two cell margins, into dates (two or more) and a second column that runs
    as far down as the right one.

    When a date cell wraps ("2016 ж. қаңтар – 2018 ж." / "желтоқсан", the official work
    table: dates | post | workplace) its text fills the cell, so the only gap wide enough for
    a gutter is the one before the workplace column, and the wrapped lines stand level with
    nothing on the right. A sidebar is one column of text, or holds a small table of its own
    (languages and levels) that ends long before the main column does.
    """
    inner = _gutter(left, MIN_CELL_GAP)
    if inner is None or not right:
        return False
    middle = [rect for rect in left if rect[0] >= inner[1]]
    if sum(_dated(text_of(rect)) for rect in left if rect[2] <= inner[0]) < 2:
        return False
    shared = min(_top(middle), _top(right)) - max(_bottom(middle), _bottom(right))
    whole = max(_top(middle), _top(right)) - min(_bottom(middle), _bottom(right))
    return shared * 4 >= whole * 3


def _top(rects: list[Rect]) -> float:
    """The top of the highest piece."""
    return max(rect[3] for rect in rects)


def _bottom(rects: list[Rect]) -> float:
    """The bottom of the lowest piece."""
    return min(rect[1] for rect in rects)


def _period(text: str) -> bool:
    """True when ``text`` is a short piece holding a year and a dash after a digit."""
    return _dated(text) and _RANGE.search(text) is not None


def _dated(text: str) -> bool:
    """True when ``text`` is a short piece holding a year."""
    return len(text.strip()) <= MAX_DATE_CHARS and _YEAR.search(text) is not None


def _labels(rects: list[Rect]) -> list[str] | None:
    """Label each piece left, right or full width when a gutter splits the page, else None."""
    gutter = _gutter(rects)
    if gutter is None:
        return None
    low, high = gutter
    crossing = [rect for rect in rects if rect[2] > low and rect[0] < high]
    rows = merged((rect[1], rect[3]) for rect in crossing)
    labels = [
        FULL
        if rect[2] > low and rect[0] < high or _within(rows, (rect[1] + rect[3]) / 2)
        else LEFT
        if rect[2] <= low
        else RIGHT
        for rect in rects
    ]
    sides = min(labels.count(LEFT), labels.count(RIGHT))
    return labels if sides >= MIN_COLUMN_LINES and len(crossing) < sides else None


def _gutter(rects: list[Rect], width: float = MIN_GUTTER) -> tuple[float, float] | None:
    """Return the x band at least ``width`` wide crossed by the fewest pieces, the widest one.

    A band starts where a piece ends; it needs enough pieces wholly on each side.
    """
    lefts = sorted(rect[0] for rect in rects)
    rights = sorted(rect[2] for rect in rects)
    best, gutter = None, None
    for low in rights:
        on_left = bisect_right(rights, low)
        start = bisect_left(lefts, low + width)
        on_right = len(lefts) - start
        if min(on_left, on_right) < MIN_COLUMN_LINES:
            continue
        key = (len(rects) - on_left - on_right, low - lefts[start])
        if best is None or key < best:
            best, gutter = key, (low, lefts[start])
    return gutter


def _within(spans: list[tuple[float, float]], height: float) -> bool:
    """True when ``height`` lies inside one of the sorted, disjoint spans."""
    at = bisect_right(spans, (height, float("inf"))) - 1
    return at >= 0 and spans[at][1] >= height


def _sidebar_boxes(rects: list[Rect], labels: list[str]) -> list[Rect]:
    """Read each column whole between full-width lines, the left one first."""
    boxes: list[Rect] = []
    left: list[Rect] = []
    right: list[Rect] = []
    row: list[Rect] = []
    for rect, label in zip(rects, labels, strict=True):
        if label is FULL:
            boxes += [box(part) for part in (left, right) if part]
            left, right = [], []
            row.append(rect)
        else:
            if row:
                boxes.append(box(row))
                row = []
            (left if label is LEFT else right).append(rect)
    return boxes + [box(part) for part in (row, left, right) if part]


def _table_boxes(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[Rect] | None:
    """Read rows as they come, and each period cell whole before the cell beside it."""
    keys = _cell_keys(rects, labels, text_of)
    if all(key is None for key in keys):
        return None
    groups: dict[tuple[int, str], list[Rect]] = {}
    cell = -1
    for rect, label, key in zip(rects, labels, keys, strict=True):
        if key is not None:
            cell = key
            groups.setdefault((key, LEFT), [])
            groups.setdefault((key, RIGHT), [])
        groups.setdefault((cell, "row" if key is None else label), []).append(rect)
    return [box(part) for part in groups.values() if part]


def _cell_keys(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[int | None]:
    """Number the pieces of each period cell and of the right cell beside it; None elsewhere.

    A cell reaches down to the next piece that is not in the right column and takes the
    right pieces whose middle is between its top and there.
    """
    keys: list[int | None] = [None] * len(rects)
    for number, block in enumerate(_left_blocks(rects, labels, text_of)):
        if len(block) < 2 or not _OPEN_PERIOD.search(text_of(box([rects[i] for i in block]))):
            continue
        end = next((i for i in range(block[-1] + 1, len(rects)) if labels[i] is not RIGHT), None)
        floor = float("-inf") if end is None else rects[end][3]
        ceiling = rects[block[0]][3]
        for index in block:
            keys[index] = number
        for index, rect in enumerate(rects[:end]):
            if labels[index] is RIGHT and floor < (rect[1] + rect[3]) / 2 < ceiling:
                keys[index] = number
    return keys


def _left_blocks(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[list[int]]:
    """Return the indices of each run of left pieces, each on the next line of the one before.

    A full-width line ends a run.
    """
    blocks: list[list[int]] = []
    last = None
    for index, (rect, label) in enumerate(zip(rects, labels, strict=True)):
        if label is FULL:
            last = None
        if label is not LEFT:
            continue
        if last is not None and _next_line(rects[last], rect, text_of):
            blocks[-1].append(index)
        else:
            blocks.append([index])
        last = index
    return blocks


def _next_line(upper: Rect, lower: Rect, text_of: Callable[[Rect], str]) -> bool:
    """True when ``lower`` is no more than a line below ``upper``, or a line and a half below
    a line ending in a dash ("01.09.2019 –" reaches no lower than its digits, which leaves a
    wider gap over "по настоящее время")."""
    height = upper[3] - upper[1]
    reach = height * 1.5 if _OPEN_END.search(text_of(upper)) else height
    return upper[1] - lower[3] <= reach


def _table_rows(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[list[Rect]] | None:
    """Return the lines of a table of three columns (dates | post | workplace), each row as
    its cells, or None when the page holds no two such rows.

    A row starts at a line dated in the first column with text in another, and takes the
    lines below it, each on the next line, down to the next row or a line across the columns.
    Read across, two cells that wrap interleave their lines ("мұғалімі «№45 гимназия» КММ");
    read a cell at a time, each keeps its own. Any other line is read as it stands.
    """
    columns = _columns(rects, labels)
    if columns is None:
        return None
    lines: list[list[list[Rect]]] = []  # each line's cells, each cell's pieces
    cells: list[list[Rect]] = []  # the cells of the row being read, if any
    above = None
    for line in rows(rects):
        here = [columns[index] for index in line]
        level = box([rects[index] for index in line])
        first = [rects[index] for index, column in zip(line, here, strict=True) if column == 0]
        if -1 in here:
            cells = []
        elif first and _dated(text_of(first[0])) and len(set(here)) > 1:
            cells = [[], [], []]
            lines.append(cells)
        elif cells and above is not None and not _next_line(above, level, text_of):
            cells = []
        if cells:
            for index, column in zip(line, here, strict=True):
                cells[column].append(rects[index])
        else:
            lines.append([[rects[index] for index in line]])
        above = level
    if sum(len(line) > 1 for line in lines) < 2:
        return None
    return [[box(cell) for cell in line if cell] for line in lines]


def _columns(rects: list[Rect], labels: list[str]) -> list[int] | None:
    """Number each piece's table column (0 dates, 1 posts, 2 the right column; -1 across),
    or None when no narrow gap splits the left side in two."""
    inner = _gutter(
        [rect for rect, label in zip(rects, labels, strict=True) if label is LEFT], MIN_CELL_GAP
    )
    if inner is None:
        return None
    return [
        -1 if label is FULL else 2 if label is RIGHT else 0 if rect[2] <= inner[0]
        else 1 if rect[0] >= inner[1] else -1
        for rect, label in zip(rects, labels, strict=True)
    ]  # fmt: skip
