"""Geometry of a PDF page's text pieces: boxes around them, and which lines stand level.

Used by pdf_layout.py, pdf_columns.py and pdf_tables.py to tell columns, tables and sidebars
apart.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

Rect = tuple[float, float, float, float]  # left, bottom, right, top


def box(rects: list[Rect]) -> Rect:
    """Return the box around the pieces."""
    return (
        min(rect[0] for rect in rects),
        min(rect[1] for rect in rects),
        max(rect[2] for rect in rects),
        max(rect[3] for rect in rects),
    )


def merged(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the union of intervals as sorted, disjoint intervals."""
    union: list[tuple[float, float]] = []
    for low, high in sorted(spans):
        if union and low <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], high))
        else:
            union.append((low, high))
    return union


def alone(lines: list[Rect], others: list[Rect], centred: bool = True) -> int:
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


def rows(rects: list[Rect]) -> list[list[int]]:
    """Group pieces sorted top to bottom into rows, each a list of indices, left to right.

    A piece whose middle lies within the height of the row above joins that row.
    """
    groups: list[list[int]] = []
    low = high = float("nan")
    for index, (_, bottom, _, top) in enumerate(rects):
        if groups and low <= (bottom + top) / 2 <= high:
            groups[-1].append(index)
            low, high = min(low, bottom), max(high, top)
        else:
            groups.append([index])
            low, high = bottom, top
    return [sorted(group, key=lambda index: rects[index][0]) for group in groups]


def stretches(rects: list[Rect], row: list[int]) -> list[list[int]]:
    """Split a row (indices left to right, as ``rows`` gives them) where a gap wider than the
    row's line height parts its pieces: a post on the left and its dates on the right margin.

    PDFium reads a box's pieces in drawing order and writes no space when it goes back
    leftwards, so a float drawn before its line read "2015 ж. – 2018 ж.Жетекші маман";
    each stretch is read on its own, left to right.
    """
    height = max(rects[index][3] - rects[index][1] for index in row)
    parts = [[row[0]]]
    reach = rects[row[0]][2]
    for index in row[1:]:
        if rects[index][0] - reach > height:
            parts.append([])
        parts[-1].append(index)
        reach = max(reach, rects[index][2])
    return parts


def bottom_up(rects: list[Rect]) -> bool:
    """True when pieces in the order they were drawn climb the page more often than they
    descend (lines written bottom to top, or a page PDFium reads upwards, such as /Rotate 90).
    """
    up = down = 0
    for (_, _, _, before), (_, bottom, _, top) in pairwise(rects):
        step = (top - bottom) / 2
        up += top > before + step
        down += top < before - step
    return up > down


def glyph_by_glyph(pieces: int, chars: int) -> bool:
    """True when PDFium reports a page's text almost glyph by glyph (fewer than two characters
    a piece): Chromium's "Save as PDF" (Skia) places each glyph of a line on its own, where
    reportlab, fpdf2 and Word draw a line or a run as one piece."""
    return pieces * 2 > chars


def words(rects: list[Rect]) -> list[Rect]:
    """Join glyphs drawn one after another along a line into one piece each run of them,
    across word spaces but not across a gap wider than the line's height (a gutter, a table
    cell's padding, a flexbox's free space), so that a page printed glyph by glyph is read
    as one printed run by run is. ``rects`` are in drawing order.
    """
    joined: list[Rect] = []
    for rect in rects:
        if joined and _next_glyph(joined[-1], rect):
            last = joined[-1]
            joined[-1] = (last[0], min(last[1], rect[1]), rect[2], max(last[3], rect[3]))
        else:
            joined.append(rect)
    return joined


def _next_glyph(run: Rect, glyph: Rect) -> bool:
    """True when ``glyph`` goes on ``run`` on its line: it overlaps the run's height by half
    the smaller one and starts after the run's last glyph, at most a line height after it."""
    height = max(run[3] - run[1], glyph[3] - glyph[1])
    overlap = min(run[3], glyph[3]) - max(run[1], glyph[1])
    smaller = min(run[3] - run[1], glyph[3] - glyph[1])
    gap = glyph[0] - run[2]
    return overlap * 2 >= smaller and -height / 2 <= gap <= height


# The width (points) of the strips of a page in which drawn_out_of_order follows the pieces;
# a page wider than this many strips has wider ones.
_STRIP = 12.0
_STRIPS = 24


def drawn_out_of_order(rects: list[Rect]) -> bool:
    """True when a piece is drawn after one that stands a line or more below it in the same
    strip of the page: the drawing order is not the reading order (a Canva design's blocks
    placed by coordinates in the order they were added, a float painted before the line it
    ends, a running header drawn last). ``rects`` are in drawing order; a sidebar drawn before
    the main column, or a table's cells row by row, keep each strip top to bottom, and a
    superscript drawn after its line stands less than a line above it.
    """
    if not rects:
        return False
    width = max(_STRIP, (max(rect[2] for rect in rects) - min(rect[0] for rect in rects)) / _STRIPS)
    lowest: dict[int, float] = {}  # the lowest top drawn so far in each strip
    for left, bottom, right, top in rects:
        strips = range(int(left // width), int(right // width) + 1)
        if any(lowest.get(strip, top) < 2 * bottom - top for strip in strips):
            return True
        for strip in strips:
            lowest[strip] = min(lowest.get(strip, top), top)
    return False
