"""Months within one year: a month written without a year takes it from the other end.

"ақпан – сәуір 2013 ж.", "Feb – Apr 2013", "2013 ж. ақпаннан сәуірге дейін" and
"2013 г., февраль – апрель" name the year once for both months. A month name with no year of
its own is no date point (dates.py), so these spans had no period. Here each such month,
standing right before or after a dated point, becomes a point of its own that borrows the
year; dates.py then joins the two ends as it joins any others. Across New Year the borrowed
year moves by one ("ноябрь – февраль 2014" starts in November 2013).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from nlp.components.date_words import DAY, MONTH, SEPARATOR, month_number
from nlp.components.patterns import lazy

if TYPE_CHECKING:
    from nlp.components.dates import Point

# A month after a point: past a separator, or past a blank after a Kazakh ablative
# ("2013 ж. ақпаннан сәуірге дейін"); dates.py decides whether the two are joined.
_MONTH_AFTER = lazy(
    rf"(?:{SEPARATOR}|[ \t]+)(?<!\w)(?P<day>{DAY})(?P<month>{MONTH})", re.IGNORECASE
)
_MONTH_BEFORE = lazy(rf"(?<!\w)(?P<month>{MONTH}){SEPARATOR}$", re.IGNORECASE)
# "2013 г., февраль – апрель": two months after a year alone.
_MONTHS_AFTER_YEAR = lazy(
    rf"[,:]?[ \t]*(?<!\w)(?P<first>{MONTH}){SEPARATOR}(?P<month>{MONTH})", re.IGNORECASE
)
_REACH = 24


def with_borrowed_months(text: str, points: list[Point], start: int, end: int) -> list[Point]:
    """``points`` (in order, one per start) and, in order among them, a point for each month
    that borrows a year and meets no other point."""
    found = {point.start: point for point in points}
    starts = [point.start for point in points]
    # The furthest end among the first i + 1 points: a look at every other point per month
    # cost the square of their number (20 s for 200,000 characters of "сентябрь 2015 – май").
    reach = list(itertools.accumulate((point.end for point in points), max))
    for index, point in enumerate(points):
        for month in _borrowed(text, point, start, end):
            met = bisect.bisect_left(starts, month.end)  # the points that start before its end
            first = min(met, index)
            before = first > 0 and reach[first - 1] > month.start
            if not before and all(o.end <= month.start for o in points[index + 1 : met]):
                found[month.start] = month  # the year alone before two months starts the first
    return [found[key] for key in sorted(found)]


def _borrowed(text: str, point: Point, start: int, end: int) -> list[Point]:
    """The months beside ``point`` that take its year."""
    if point.year is None:
        return []
    if point.month is None:
        match = _MONTHS_AFTER_YEAR.match(text, point.end, end)
        if match is None:
            return []
        first = replace(_from(point, match, "first", 0), start=point.start)
        return [first, _from(point, match, "month", 0)]
    months = []
    after = _MONTH_AFTER.match(text, point.end, end)
    if after:
        number = month_number(after["month"])
        month = _from(point, after, "month", int(number < point.month))
        months.append(replace(month, start=after.start("day")))  # "1 ақпаннан 30 сәуірге"
    before = _MONTH_BEFORE.search(text, max(start, point.start - _REACH), point.start)
    if before:
        number = month_number(before["month"])
        months.append(_from(point, before, "month", -int(number > point.month)))
    return months


def _from(point: Point, match: re.Match, group: str, shift: int) -> Point:
    """The month in ``group`` of ``match`` in the year of ``point`` moved by ``shift``."""
    start, end = match.span(group)
    month = month_number(match[group])
    year = point.year + shift
    return replace(point, start=start, end=end, year=year, month=month, borrowed=True, last=None)
