"""The columns of a PDF page: the gutter that splits it, each text piece's side, and the
short dated pieces (dates and periods) by which columns and tables are told apart; used by
pdf_layout.py and pdf_tables.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from nlp.extraction.pdf_geometry import Rect, merged

# A gap narrower than this (PDF points, about 4 mm) is a wide space, not a column gutter.
MIN_GUTTER = 12.0
# Two cell margins (fpdf2 and Word draw 1-2 mm each): the least gap between table columns.
MIN_CELL_GAP = 4.0
# Fewer pieces than this on one side of a gutter are stray lines, not a column.
MIN_COLUMN_LINES = 3
FULL, LEFT, RIGHT = "full", "left", "right"
# A period whose end date is on the next line: "Сентябрь 2019 —\r\nнастоящее время".
OPEN_PERIOD = re.compile(r"[-–—]\s*[\r\n]")
# A piece ending in a dash: the period goes on in the piece below ("01.09.2019 –").
OPEN_END = re.compile(r"[-–—]\s*$")
# A date at the end of a line holds a year and is short: "Sep 2020 – Present", "2019",
# "01.09.2019 – по настоящее время".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MAX_DATE_CHARS = 40
# A period runs from a date to another or to now: "2009 – 2013", "Sep 2020 – Present", or
# from a month named after its year, the dash spaced ("2015 ж. шілде – 2018 ж. шілде").
_RANGE = re.compile(r"\d\s*[-–—]\s*\w|\w\s+[-–—]\s+\w")


def period(text: str) -> bool:
    """True when ``text`` is a short piece holding a year and a dash after a digit."""
    return dated(text) and _RANGE.search(text) is not None


def dated(text: str) -> bool:
    """True when ``text`` is a short piece holding a year."""
    return len(text.strip()) <= MAX_DATE_CHARS and _YEAR.search(text) is not None


def side_labels(rects: list[Rect]) -> list[str] | None:
    """Label each piece left, right or full width when a gutter splits the page, else None."""
    gutter = find_gutter(rects)
    if gutter is None:
        return None
    low, high = gutter
    crossing = [rect for rect in rects if rect[2] > low and rect[0] < high]
    rows = merged((rect[1], rect[3]) for rect in crossing)
    labels = [
        FULL
        if rect[2] > low and rect[0] < high or within(rows, (rect[1] + rect[3]) / 2)
        else LEFT
        if rect[2] <= low
        else RIGHT
        for rect in rects
    ]
    sides = min(labels.count(LEFT), labels.count(RIGHT))
    return labels if sides >= MIN_COLUMN_LINES and len(crossing) < sides else None


def find_gutter(rects: list[Rect], width: float = MIN_GUTTER) -> tuple[float, float] | None:
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


def within(spans: list[tuple[float, float]], height: float) -> bool:
    """True when ``height`` lies inside one of the sorted, disjoint spans."""
    at = bisect_right(spans, (height, float("inf"))) - 1
    return at >= 0 and spans[at][1] >= height


def next_line(upper: Rect, lower: Rect, text_of: Callable[[Rect], str]) -> bool:
    """True when ``lower`` is no more than a line below ``upper``, or a line and a half below
    a line ending in a dash ("01.09.2019 –" reaches no lower than its digits, which leaves a
    wider gap over "по настоящее время")."""
    height = upper[3] - upper[1]
    reach = height * 1.5 if OPEN_END.search(text_of(upper)) else height
    return upper[1] - lower[3] <= reach
