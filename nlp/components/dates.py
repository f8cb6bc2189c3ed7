"""Date grammar of CVs in Kazakh, Russian and English: points in time and the periods they form.

A *point* is a month and year ("09.2015", "2015-09", "IX.2015", "марта 2018 г.", "2019 ж. қыркүйек",
"Jan 2020", "Oct'19"; a day before the month name is read and dropped: "1 июля 2022 г.",
"2010 ж. 1 қыркүйектен"), a season or quarter ("Summer 2017", "Q3 2018": alone, a period of
its months), a year alone ("2016", "2018 гг.") or "to date" ("по настоящее время",
"қазіргі уақытқа дейін", "Present"). Two points joined by a dash or "по"/"to"/"till" make a
period; one point after "с"/"since" or before "бастап" makes an open period that lasts to
date. A year followed by a dash and two digits ("2018–19", "2018 – 19 гг.") or by a slash and
the next year ("2018/19", "2018/2019 оқу жылы": an academic year) is a period too, when the
end year is plausible. Years named academic ("2012-2013 уч. год", "2018/2019 оқу жылы") run
from September to May. A month with a two-digit year ("10/13 – 06/15", "с 10.13 по н.в.") and a
Roman month parted from its year by a blank ("IX 2015 – VIII 2017") are read only as the ends of
a range. Month names and "to date" in each language are in date_words.py; the points are
joined into periods in date_periods.py.
"""

import functools
import re
from dataclasses import dataclass, replace
from datetime import date

from nlp.components.date_words import (
    DAY,
    KK_MONTHS,
    MONTH,
    PRESENT,
    SEPARATOR,
    month_number,
    season_beside,
)
from nlp.components.patterns import guard_each, guarded, lazy
from nlp.components.ranges import Ranges

YEAR = r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)"
ACADEMIC = r"(?:оқу|oqu)\s+(?:жыл|jyl)\w*|уч(?:ебн\w*|\.)\s*год\w*|academic\s+years?"
YEAR_SUFFIX = (
    r"(?:\s*(?:гг?\.?(?!\w)|год[аху]?|ж\.|жж\.|жыл\w*|y\.|jj?\.|jyl\w*"
    rf"|{ACADEMIC}))?"
)
# "IX.2015": a Roman month before the year, as personnel records write it; in capitals only,
# in Latin letters or the Cyrillic "І" and "Х" of a Kazakh keyboard, and before a blank only in
# a range (_ROMAN_RANGE below: "Часть I 2015", "World War II").
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = (
    "(?-i:"
    + "|".join(
        n.replace("I", "[IІ]").replace("X", "[XХ]") for n in sorted(_ROMAN, key=len, reverse=True)
    )
    + ")"
)
# "Oct'19", "Sept '18", "Mar’21": a month name and a two-digit year after an apostrophe.
_APOSTROPHE_YEAR = r"['’]\s?(?P<ay>\d\d)(?!\d)"
# The forms of a point, each guarded too (patterns.guard_each).
_POINT_PARTS = (
    rf"(?P<full>(?<![\d.])(?P<fd>[0-3]?\d)\s?[./]\s?(?P<fm>[01]?\d)\s?[./]\s?(?P<fy>{YEAR})"
    rf"{YEAR_SUFFIX})",
    rf"(?P<num>(?<![\d.])(?P<nm>0?[1-9]|1[0-2])\s?[./]\s?(?P<ny>{YEAR}){YEAR_SUFFIX})",
    rf"(?P<roman>(?<![\w.])(?P<rm>{_ROMAN_MONTH})[./](?P<ry>{YEAR}){YEAR_SUFFIX})",
    rf"(?P<iso>(?<![\d.])(?<!\d[-/])(?P<iy>{YEAR})(?P<isep>[-./])(?P<im>0[1-9]|1[0-2])"
    r"(?:(?P=isep)(?:[0-2]\d|3[01]))?(?!\d|[-./]\d))",
    rf"(?P<kk>(?P<ky>{YEAR})\s*(?:ж\.|жыл\w*|j\.|jyl\w*)?\s*{DAY}(?P<km>(?:{KK_MONTHS})))",
    rf"(?P<name>(?<!\w){DAY}(?P<mm>{MONTH})\s*(?:\d{{1,2}},?\s*)?(?P<my>{YEAR}){YEAR_SUFFIX})",
    rf"(?P<apos>(?<!\w)(?P<am>{MONTH})\s?{_APOSTROPHE_YEAR})",
    rf"(?P<year>(?P<yy>{YEAR}){YEAR_SUFFIX})",
    rf"(?P<now>(?<!\w)(?:{PRESENT})(?!\w))",
)
# Every point starts with a digit or at a word's start: the guard in front skips the other
# letters of a word at once (same matches, found sooner).
_POINT_START = r"(?:(?=\d)|(?<!\w))"
_POINT = guarded(
    lazy(rf"{_POINT_START}(?:{guard_each(_POINT_PARTS, re.IGNORECASE)})", re.IGNORECASE)
)
# "IX 2015 – VIII 2017", "IX-2015 – VIII-2017": a Roman month parted from its year by a blank
# or a hyphen, read only as the start of a range that ends in a Roman month too or "to date"
# ("Часть I 2015", "Том I" and "XII съезд" are no dates).
_SPACED_ROMAN = (
    rf"(?<![\w.])(?P<{{0}}>(?P<{{0}}m>{_ROMAN_MONTH})[ \t./-](?P<{{0}}y>{YEAR}){YEAR_SUFFIX})"
)
_ROMAN_RANGE = lazy(
    _SPACED_ROMAN.format("a")
    + SEPARATOR
    + rf"(?:{_SPACED_ROMAN.format('b')}|(?<!\w)(?:{PRESENT})(?!\w))",
    re.IGNORECASE,
)
# "10/13 – 06/15", "с 10.13 по 06.15", "с 10/13 по н.в.": months with two-digit years, read only
# as the ends of one range that opens a line or a table cell, after "с"/"from" or not (in prose,
# "Ltd. 08/09-09/09 (2 months)" is a project's); a dotted "10.00 – 12.00" is a clock's.
_MM_YY = r"(?P<{0}m>0[1-9]|1[0-2])(?P<{0}s>[/.])(?P<{0}y>\d\d)(?![\w./])"
_MONTH_YEAR_RANGE = lazy(
    r"(?<![^\n\t])[ \t]*(?:(?:с|со|from)[ \t]+)?"
    + _MM_YY.format("a")
    + SEPARATOR
    + rf"(?:{_MM_YY.format('b')}|(?<!\w)(?:{PRESENT})(?!\w))",
    re.IGNORECASE,
)
_DIGIT = lazy(r"\d")
_A_YEAR = guarded(lazy(rf"{YEAR}|{_APOSTROPHE_YEAR}"))
_PRESENT = guarded(lazy(rf"(?<!\w)(?:{PRESENT})(?!\w)", re.IGNORECASE))


@dataclass(frozen=True, slots=True)
class Point:
    """A point in time found in text; ``month`` is None for a year alone."""

    start: int
    end: int
    year: int | None
    month: int | None
    present: bool = False
    borrowed: bool = False  # a month whose year is the other end's (month_ranges.py)
    last: int | None = None  # the last month of a season or quarter ("Summer 2017": 8)


@dataclass(frozen=True, slots=True)
class Period:
    """A period: ``start``/``end`` "YYYY-MM" (``end`` None means to date) and its span."""

    start: str
    end: str | None
    span: tuple[int, int]
    rough: tuple[bool, bool] = (False, False)  # start, end given as a year alone


def _point(match: re.Match) -> Point:
    """Turn one match of the point grammar into a Point."""
    g = match.groupdict()
    start, end = match.span()
    if g["now"]:
        return Point(start, end, None, None, present=True)
    if g["full"]:
        month = int(g["fm"])
        return Point(start, end, int(g["fy"]), month if 1 <= month <= 12 else None)
    if g["num"]:
        return Point(start, end, int(g["ny"]), int(g["nm"]))
    if g["iso"]:
        return Point(start, end, int(g["iy"]), int(g["im"]))
    if g["roman"]:
        roman = g["rm"].replace("І", "I").replace("Х", "X")
        return Point(start, end, int(g["ry"]), _ROMAN.index(roman) + 1)
    if g["kk"]:
        return Point(start, end, int(g["ky"]), month_number(g["km"]))
    if g["name"]:
        return Point(start, end, int(g["my"]), month_number(g["mm"]))
    if g["apos"]:
        return Point(start, end, _century(int(g["ay"])), month_number(g["am"]))
    return Point(start, end, int(g["yy"]), None)


def _century(short: int) -> int:
    """The full year of a two-digit year: this century unless that is past next year."""
    year = date.today().year // 100 * 100 + short
    return year if year <= date.today().year + 1 else year - 100


def find_points(text: str, start: int = 0, end: int | None = None) -> list[Point]:
    """Every date point in ``text[start:end]``, in order, offsets into ``text``.

    Every point but "to date" holds a year, so the full grammar runs only around the lines
    that hold one (with a line either side: a month name may stand on the line before or
    after), and "to date" is looked for everywhere: most of a CV's lines hold no date.
    """
    end = len(text) if end is None else end
    return list(_points(text, start, end, date.today()))


@functools.lru_cache(maxsize=8)
def _points(text: str, start: int, end: int, today: date) -> tuple[Point, ...]:
    """The points of :func:`find_points`, kept for the last few texts asked about: readers
    ask again for the same line's (the education reader reads a line's dates for the
    institution, then for the field of study); ``today`` is in the key, as two-digit years
    are read against it."""
    found = {}
    for a, b in _windows(text, start, end):
        for point in (_with_season(text, _point(m)) for m in _POINT.finditer(text, a, b)):
            found[point.start] = point
        for point in _spaced_roman_months(text, a, b):
            for inside in range(point.start, point.end):  # its year, read alone
                found.pop(inside, None)
            found[point.start] = point
    for point in _two_digit_years(text, start, end):
        found.setdefault(point.start, point)
    dated = Ranges((p.start, p.end) for p in found.values())
    for m in _PRESENT.finditer(text, start, end):
        if not dated.overlap(m.start(), m.start() + 1):
            found[m.start()] = Point(m.start(), m.end(), None, None, present=True)
    return tuple(found[key] for key in sorted(found))


def _spaced_roman_months(text: str, start: int, end: int) -> list[Point]:
    """The Roman-month ends of each "IX 2015 – VIII 2017" or "IX-2015 – н.в." range in
    ``text[start:end]``."""
    points = []
    for m in _ROMAN_RANGE.finditer(text, start, end):
        for end_ in "ab" if m["bm"] else "a":
            roman = m[f"{end_}m"].replace("І", "I").replace("Х", "X")
            year = int(m[f"{end_}y"])
            points.append(Point(*m.span(end_), year, _ROMAN.index(roman) + 1))
    return points


def _two_digit_years(text: str, start: int, end: int) -> list[Point]:
    """The dated ends of each "10/13 – 06/15" or "10/13 – н.в." range in ``text[start:end]`` (a
    month and a two-digit year), when the range runs forward and ends by this year: "1/2",
    "24/7", a fraction or a clock's "10.00 – 12.00" are no dates."""
    points = []
    for m in _MONTH_YEAR_RANGE.finditer(text, start, end):
        first = Point(m.start("am"), m.end("ay"), _century(int(m["ay"])), int(m["am"]))
        if m["bm"] is None:
            last = _this_month()
        elif m["as"] != m["bs"] or (m["as"] == "." and "00" in (m["ay"], m["by"])):
            continue
        else:
            last = (_century(int(m["by"])), int(m["bm"]))
        if 1950 <= first.year and (first.year, first.month) <= last <= _this_month():
            points.append(first)
            if m["bm"] is not None:
                points.append(Point(m.start("bm"), m.end("by"), *last))
    return points


def _this_month() -> tuple[int, int]:
    """This year and month."""
    today = date.today()
    return today.year, today.month


def _with_season(text: str, point: Point) -> Point:
    """A year alone widened to the season or quarter named beside it ("Summer 2017", "2017
    жылдың жазы"): looked for by the few years alone, not by the grammar at every letter."""
    found = season_beside(text, point.start, point.end) if point.month is None else None
    if found is None or point.year is None:
        return point
    start, end, month, last = found
    return replace(point, start=start, end=end, month=month, last=last)


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges of ``text[start:end]`` to read for points: each line holding a year (or a
    two-digit year after an apostrophe), with the line before and after it, overlapping
    ranges merged."""
    out: list[tuple[int, int]] = []
    for year in _A_YEAR.finditer(text, start, end):
        line = text.rfind("\n", start, year.start())
        before = text.rfind("\n", start, line) if line > start else -1
        after = text.find("\n", year.end(), end)
        last = text.find("\n", after + 1, end) if after >= 0 else -1
        window = (max(start, before + 1), end if last < 0 else last)
        if out and window[0] <= out[-1][1]:
            window = (out.pop()[0], window[1])
        out.append(window)
    return out


def names_present(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names the present ("по настоящее время", "қазіргі уақытқа
    дейін", "present")."""
    return _PRESENT.search(text, start, len(text) if end is None else end) is not None


def has_point(text: str) -> bool:
    """Whether ``text`` holds any date point (cheaper than building the points).

    Every point but "to date" holds a year, so a text without one (a duty naming "1С" or
    "Office 365") needs only that check: the full grammar is slow. A digit is found faster
    than a year, and most lines hold none.
    """
    if _DIGIT.search(text) is None:
        return _PRESENT.search(text) is not None
    if _A_YEAR.search(text) is None:
        return _PRESENT.search(text) is not None or bool(_two_digit_years(text, 0, len(text)))
    return _POINT.search(text) is not None
