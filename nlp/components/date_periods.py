"""Periods of CVs from the date points of ``dates``: two points joined by a dash or "по"/"to"/
"till", a table row's start and end cells, an open "since …" or "… бастап", a year with a
short end year ("2018–19"), an academic year (September to May) — see ``dates`` for the whole
grammar.
"""

import re
from dataclasses import replace
from datetime import date

from nlp.components.date_words import PRESENT, SEPARATOR
from nlp.components.dates import ACADEMIC, YEAR, YEAR_SUFFIX, Period, Point, find_points
from nlp.components.month_ranges import with_borrowed_months
from nlp.components.patterns import guarded, lazy

_SEP = lazy(SEPARATOR, re.IGNORECASE)
_OPEN_BEFORE = guarded(lazy(r"(?<!\w)(?:с|со|since|from)\s*$", re.IGNORECASE))
_FROM_BEFORE = lazy(r"(?<!\w)(?:с|со|from)\s*$", re.IGNORECASE)
_OPEN_AFTER = lazy(
    rf"\s*(?:бастап|bastap|onwards?)(?!\w)(?:[\s–—-]*(?:{PRESENT})(?!\w))?", re.IGNORECASE
)
_UNTIL_AFTER = lazy(r"\s*(?:дейін|deiın)(?!\w)", re.IGNORECASE)
# "2015 жылдан бастап 2020 жылға дейін": "бастап" between two points, "дейін" after the second.
_FROM_UNTIL = lazy(r"\s*(?:бастап|bastap)\s*", re.IGNORECASE)
_ABLATIVE = guarded(lazy(r"(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\s*$", re.IGNORECASE))
# "2018–19", "2018/19", "2018/2019": a year, a dash or slash and an end year that ends neither
# a longer number nor an ID ("2018-19/5", "2018-19-20"); a tight hyphen or slash before 01-12
# may be a month ("2016-09", "2016/09").
_SHORT = lazy(
    rf"(?P<year>{YEAR})(?P<sep>\s*[-–—‑−]\s*|/)(?P<yy>(?<=/)\d{{4}}|\d\d)(?![-./,]?\d)"
    rf"(?P<suffix>{YEAR_SUFFIX})(?!\w)",
    re.IGNORECASE,
)
_SHORT_SPAN = 15
_ACADEMIC_IN = lazy(ACADEMIC, re.IGNORECASE)
_ACADEMIC_BEFORE = lazy(rf"(?<!\w)(?:{ACADEMIC})[\s:]*$", re.IGNORECASE)
_NUMERIC = lazy(r"[\d./]+")
_CELL_INDENT = 8  # characters of blanks a table's first cell may open with
_NUMBER_SIGN = lazy(r"(?:№|#|(?<!\w)No\.?)\s*$")
_DIGIT_BEFORE = lazy(r"\d[ \t\-]*$")


def _month(point: Point, is_end: bool) -> str:
    """ "YYYY-MM" of a point; a year alone starts in January and ends in December, a season
    or quarter starts in its first month and ends in its last."""
    month = (point.last if is_end else None) or point.month or (12 if is_end else 1)
    return f"{point.year:04d}-{month:02d}"


def _joined(text: str, left: Point, right: Point, line_start: int) -> bool:
    """True when the text between two points joins them into one period."""
    gap = text[left.end : right.start]
    if len(gap) > 12 or gap.count("\n") > 1:
        return False
    if _SEP.fullmatch(gap):
        return True
    if _FROM_UNTIL.fullmatch(gap) and (right.present or _UNTIL_AFTER.match(text, right.end)):
        return True  # "from X to Y", not "since X" followed by another date
    if gap.strip() == "," and _one_cell(text, left, right):
        return True
    if not gap.strip():
        if right.present and "\n" not in gap:
            return True  # "11.01.2019 по настоящее время": "по" is read with "to date"
        if _cells(text, left, right, gap):
            return True
    ablative = _ABLATIVE.search(text[left.start : left.end])
    opened = _FROM_BEFORE.search(text, max(line_start, left.start - 12), left.start)
    return bool((ablative or opened) and gap.strip(" \t") == "")


def _cells(text: str, left: Point, right: Point, gap: str) -> bool:
    """Whether two dates in order are the start and end cells of a table row: parted by a tab
    ("01.09.2008<TAB>31.08.2011"), by one blank between numeric months ("08.2004 07.2007": a
    PDF table), or each alone on its line (a row read cell by cell)."""
    if not right.present and (right.year, right.month or 12) < (left.year, left.month or 1):
        return False
    if "\n" in gap:
        line_start = text.rfind("\n", 0, left.start) + 1
        line_end = text.find("\n", right.end)
        alone = not text[line_start : left.start].strip()
        return alone and not text[right.end : None if line_end < 0 else line_end].strip(" ")
    if "\t" in gap:
        return True
    return bool(left.month and right.month) and all(
        _NUMERIC.fullmatch(text[p.start : p.end]) for p in (left, right)
    )


def _one_cell(text: str, left: Point, right: Point) -> bool:
    """Whether two dates parted by a comma fill a table's first cell alone, as a DOCX cell of
    two paragraphs ("15.08.2012⏎31.05.2014", read "15.08.2012, 31.05.2014<TAB>…" by the
    extraction): the start and the end of a job in an official service record."""
    line_start = text.rfind("\n", 0, left.start) + 1
    if not text.startswith("\t", right.end) or left.start - line_start > _CELL_INDENT:
        return False  # only blanks may stand before the cell: a long line is not read back
    numeric = all(_NUMERIC.fullmatch(text[p.start : p.end]) for p in (left, right))
    return (numeric or right.present) and not text[line_start : left.start].strip()


def _short_end(text: str, left: Point, line_start: int, end: int) -> tuple[int, int] | None:
    """End year and end offset of a "2018–19" or "2018/2019" period that starts at ``left``,
    else None.

    The end year must be no earlier than the start, at most 15 years later and not past next
    year; a tight hyphen or slash before 01-12 ("2016-09") reads as a month unless that end
    year follows the start within one century.
    """
    match = _SHORT.match(text, left.start, end)
    if match is None or _DIGIT_BEFORE.search(text, line_start, left.start):
        return None
    year, short = int(match["year"]), int(match["yy"])
    finish = short if short >= 1000 else year // 100 * 100 + short
    month_like = match["sep"] in "-/" and short <= 12 and not match["suffix"]
    if finish < year and not month_like:
        finish += 100
    if not 0 <= finish - year <= _SHORT_SPAN or finish > date.today().year + 1:
        return None
    return finish, match.end()


def _closed(text: str, left: Point, right: Point, first: int) -> Period | None:
    """The period from ``left`` to ``right``, None when it runs backwards."""
    if not right.present and right.year < left.year:
        return None
    tail = _UNTIL_AFTER.match(text, right.end)
    last = tail.end() if tail else right.end
    finish = None if right.present else _month(right, True)
    rough = (left.month is None, not right.present and right.month is None)
    return Period(_month(left, False), finish, (first, last), rough)


def _academic(text: str, period: Period, line_start: int) -> Period:
    """``period`` read as academic years when it is named so ("2012-2013 уч. год", "2018/2019
    оқу жылы", "academic year 2012–2013") and both ends are years alone: from September of the
    first year to May of the last."""
    first, last = period.span
    if period.rough != (True, True) or period.end is None or period.end[:4] <= period.start[:4]:
        return period
    named = _ACADEMIC_IN.search(text, first, last) or _ACADEMIC_BEFORE.search(
        text, max(line_start, first - 20), first
    )
    if named is None:
        return period
    return replace(
        period, start=f"{period.start[:4]}-09", end=f"{period.end[:4]}-05", rough=(False, False)
    )


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Every period in ``text[start:end]``: closed ranges and open "since ..." forms."""
    end = len(text) if end is None else end
    points = with_borrowed_months(text, find_points(text, start, end), start, end)
    periods: list[Period] = []
    index = 0
    while index < len(points):
        left = points[index]
        index += 1
        line_start = text.rfind("\n", 0, left.start) + 1
        window = max(line_start, left.start - 12)
        if left.present or _NUMBER_SIGN.search(text, window, left.start):
            continue
        before = _OPEN_BEFORE.search(text, window, left.start)
        first = before.start() if before else left.start
        if index < len(points) and _joined(text, left, points[index], line_start):
            index += 1
            period = _closed(text, left, points[index - 1], first)
            periods.extend([_academic(text, period, line_start)] if period else [])
            continue
        if left.borrowed:
            continue
        short = _short_end(text, left, line_start, end)
        after = _OPEN_AFTER.match(text, left.end)
        if short:
            while index < len(points) and points[index].start < short[1]:
                index += 1
            span = (first, short[1])
            period = Period(f"{left.year:04d}-01", f"{short[0]:04d}-12", span, (True, True))
            periods.append(_academic(text, period, line_start))
        elif before or after:
            last = after.end() if after else left.end
            rough = (left.month is None, False)
            periods.append(Period(_month(left, False), None, (first, last), rough))
        elif left.last:  # "Summer 2017" alone: its own months
            periods.append(Period(_month(left, False), _month(left, True), (first, left.end)))
    return periods
