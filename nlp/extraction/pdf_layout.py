"""Reading order of a PDF page in two columns, worked out from the boxes of its text pieces.

PDFium reads a page line by line across it, which glues a sidebar line to the main-text line
drawn at the same height ("Контакты 03.2020 – настоящее время"). A page whose pieces leave a
vertical gutter free but for a few full-width lines (a header, a section title, a footer) is
read box by box instead. Every piece falls whole into one box, so no line is cut apart, and a
piece beside a full-width line is read with that line.

A sidebar has its own line spacing: it is read whole, then the main column, a full-width line
ending both. In a table the left lines are level with right ones (dates beside posts) and the
page reads best row by row, as PDFium reads it; only a left cell holding a period over several
lines ("Сентябрь 2019 —" / "настоящее время" / "7 лет 3 месяца", hh.kz) is read whole, then
the cell beside it (employer, post, duties), so the period is not split by the rows beside it.
A right "column" of short dates, each level with a left line, is no column at all: the dates
are tabbed to the end of their lines ("Head of Unit, Akimat of Shymkent      Sep 2020 – Present",
Word's right tab stop) and the page is read line by line, each date with its line. So is a
left column of dates, each level with the first line of the entry it dates, with headings at
the left margin between them ("2019 – ongoing" beside "Head of Unit, Supreme Audit Chamber",
a cell before a paragraph): each date is read before its entry, each heading where it stands.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import pairwise

Rect = tuple[float, float, float, float]  # left, bottom, right, top

# A gap narrower than this (PDF points, about 4 mm) is a wide space, not a column gutter.
MIN_GUTTER = 12.0
# Fewer pieces than this on one side of a gutter are stray lines, not a column.
MIN_COLUMN_LINES = 3
FULL, LEFT, RIGHT = "full", "left", "right"
# A period whose end date is on the next line: "Сентябрь 2019 —\r\nнастоящее время".
_OPEN_PERIOD = re.compile(r"[-–—]\s*[\r\n]")
# A date at the end of a line holds a year and is short: "Sep 2020 – Present", "2019",
# "01.09.2019 – по настоящее время".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_DATE_CHARS = 40


def reading_boxes(rects: list[Rect], text_of: Callable[[Rect], str]) -> list[Rect] | None:
    """Return the boxes to read in turn when the page is in two columns, else None.

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
    if _alone(left, right) * 4 >= len(left):
        return _sidebar_boxes(rects, labels)
    return _table_boxes(rects, labels, text_of)


def _line_ends(rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]) -> bool:
    """True when every right piece is a short date level with a left line (or centred on two)."""
    left = [rect for rect, label in zip(rects, labels, strict=True) if label is LEFT]
    right = [rect for rect, label in zip(rects, labels, strict=True) if label is RIGHT]
    return not _alone(right, left) and all(_dated(text_of(rect)) for rect in right)


def _date_column(rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]) -> bool:
    """True when two or more left pieces are dates, each level with a right line (or centred
    on two), and no other left piece stands level with one.

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
    level_others = len(others) - _alone(others, right, centred=False)
    return len(dates) >= 2 and not _alone(dates, right) and not level_others


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
    rows = _merged((rect[1], rect[3]) for rect in crossing)
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


def _gutter(rects: list[Rect]) -> tuple[float, float] | None:
    """Return the x band at least MIN_GUTTER wide crossed by the fewest pieces, the widest one.

    A band starts where a piece ends; it needs enough pieces wholly on each side.
    """
    lefts = sorted(rect[0] for rect in rects)
    rights = sorted(rect[2] for rect in rects)
    best, gutter = None, None
    for low in rights:
        on_left = bisect_right(rights, low)
        start = bisect_left(lefts, low + MIN_GUTTER)
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
            boxes += [_box(part) for part in (left, right) if part]
            left, right = [], []
            row.append(rect)
        else:
            if row:
                boxes.append(_box(row))
                row = []
            (left if label is LEFT else right).append(rect)
    return boxes + [_box(part) for part in (row, left, right) if part]


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
    return [_box(part) for part in groups.values() if part]


def _cell_keys(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[int | None]:
    """Number the pieces of each period cell and of the right cell beside it; None elsewhere.

    A cell reaches down to the next piece that is not in the right column and takes the
    right pieces whose middle is between its top and there.
    """
    keys: list[int | None] = [None] * len(rects)
    for number, block in enumerate(_left_blocks(rects, labels)):
        if len(block) < 2 or not _OPEN_PERIOD.search(text_of(_box([rects[i] for i in block]))):
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


def _left_blocks(rects: list[Rect], labels: list[str]) -> list[list[int]]:
    """Return the indices of each run of left pieces no more than a line apart.

    A full-width line ends a run.
    """
    blocks: list[list[int]] = []
    last = None
    for index, (rect, label) in enumerate(zip(rects, labels, strict=True)):
        if label is FULL:
            last = None
        if label is not LEFT:
            continue
        if last is not None and rects[last][1] - rect[3] <= rects[last][3] - rects[last][1]:
            blocks[-1].append(index)
        else:
            blocks.append([index])
        last = index
    return blocks


def _box(rects: list[Rect]) -> Rect:
    """Return the box around the pieces."""
    return (
        min(rect[0] for rect in rects),
        min(rect[1] for rect in rects),
        max(rect[2] for rect in rects),
        max(rect[3] for rect in rects),
    )


def _merged(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the union of intervals as sorted, disjoint intervals."""
    union: list[tuple[float, float]] = []
    for low, high in sorted(spans):
        if union and low <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], high))
        else:
            union.append((low, high))
    return union


def _alone(lines: list[Rect], others: list[Rect], centred: bool = True) -> int:
    """Count the ``lines`` not level with one of ``others``, nor (``centred``) centred between
    two of them.

    A table cell's label is drawn level with the first line of its row, or centred on the
    row; a sidebar has its own line spacing. A line's box is as high as its letters, so
    lines are level when their tops or their bottoms are.
    """
    tops = _marks([rect[3] for rect in others], centred)
    bottoms = _marks([rect[1] for rect in others], centred)
    return sum(
        not (_near(tops, top, top - bottom) or _near(bottoms, bottom, top - bottom))
        for _, bottom, _, top in lines
    )


def _marks(heights: list[float], centred: bool) -> list[float]:
    """Return the heights and (``centred``) the midpoints between neighbouring ones, sorted."""
    heights.sort()
    return sorted(heights + [(low + high) / 2 for low, high in pairwise(heights) if centred])


def _near(marks: list[float], height: float, line: float) -> bool:
    """True when a mark is within an eighth of a line height of ``height``."""
    at = bisect_left(marks, height)
    return any(abs(marks[i] - height) <= line / 8 for i in (at - 1, at) if 0 <= i < len(marks))
