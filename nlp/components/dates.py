"""Date grammar of CVs in Kazakh, Russian and English: points in time and the periods they form.

A *point* is a month and year ("09.2015", "марта 2018 г.", "2019 ж. қыркүйек", "Jan 2020"),
a year alone ("2016", "2018 гг.") or "to date" ("по настоящее время", "қазіргі уақытқа
дейін", "Present"). Two points joined by a dash or "по"/"to"/"till" make a period; one point
after "с"/"since" or before "бастап" makes an open period that lasts to date.
"""

import re
from dataclasses import dataclass

from nlp.components.patterns import guarded

_MONTHS: tuple[tuple[int, str], ...] = (
    (1, r"январ[а-яё]*|янв|jan(?:uary)?|қаңтар\w*"),
    (2, r"феврал[а-яё]*|фев|feb(?:ruary)?|ақпан\w*"),
    (3, r"март[а-яё]*|мар|mar(?:ch)?|наурыз\w*"),
    (4, r"апрел[а-яё]*|апр|apr(?:il)?|сәуір\w*"),
    (5, r"ма[йяею]|may|мамыр\w*"),
    (6, r"июн[а-яё]*|jun[e]?|маусым\w*"),
    (7, r"июл[а-яё]*|jul[y]?|шілде\w*"),
    (8, r"август[а-яё]*|авг|aug(?:ust)?|тамыз\w*"),
    (9, r"сентябр[а-яё]*|сент?|sep(?:t(?:ember)?)?|қыркүйе\w*"),
    (10, r"октябр[а-яё]*|окт|oct(?:ober)?|қазан\w*"),
    (11, r"ноябр[а-яё]*|ноя|nov(?:ember)?|қараша\w*"),
    (12, r"декабр[а-яё]*|дек|dec(?:ember)?|желтоқсан\w*"),
)
_MONTH_RES = tuple((n, re.compile(rf"(?:{p})\.?", re.IGNORECASE)) for n, p in _MONTHS)
_KK_MONTHS = "|".join(p.split("|")[-1] for _, p in _MONTHS)
MONTH = r"(?:" + "|".join(f"(?:{p})" for _, p in _MONTHS) + r")(?!\w)\.?"
YEAR = r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)"
_YEAR_SUFFIX = r"(?:\s*(?:гг?\.?(?!\w)|год[аху]?|ж\.|жж\.|жыл\w*|y\.))?"
PRESENT = (
    r"(?:по\s+)?настоящее\s+время|н\.\s?в\.?|наст\.\s*вр\.?|сей\s+день|текущее\s+время"
    r"|present|current(?:ly)?|now|date|ongoing|today"
    r"|(?:қазіргі|осы)\s+(?:уақыт|кез)\w*(?:\s+дейін)?|бүгінге\s+дейін|қазірге\s+дейін|қазір"
)
_POINT = guarded(
    re.compile(
        rf"(?P<full>(?<![\d.])(?P<fd>[0-3]?\d)\s?[./]\s?(?P<fm>[01]?\d)\s?[./]\s?(?P<fy>{YEAR}))"
        rf"|(?P<num>(?<![\d.])(?P<nm>0?[1-9]|1[0-2])\s?[./]\s?(?P<ny>{YEAR}))"
        rf"|(?P<kk>(?P<ky>{YEAR})\s*(?:ж\.|жыл\w*)?\s*(?P<km>(?:{_KK_MONTHS})))"
        rf"|(?P<name>(?<!\w)(?P<mm>{MONTH})\s*(?:\d{{1,2}},?\s*)?(?P<my>{YEAR}){_YEAR_SUFFIX})"
        rf"|(?P<year>(?P<yy>{YEAR}){_YEAR_SUFFIX})"
        rf"|(?P<now>(?<!\w)(?:{PRESENT})(?!\w))",
        re.IGNORECASE,
    )
)
_DIGIT = re.compile(r"\d")
_PRESENT = guarded(re.compile(rf"(?<!\w)(?:{PRESENT})(?!\w)", re.IGNORECASE))
_SEP = re.compile(
    r"\s*(?:[-–—‑−]{1,2}\s*(?:по|до|to|till|until|through)?|по|до|to|till|until|through)\s*",
    re.IGNORECASE,
)
_OPEN_BEFORE = guarded(re.compile(r"(?<!\w)(?:с|со|since|from)\s*$", re.IGNORECASE))
_FROM_BEFORE = re.compile(r"(?<!\w)(?:с|со|from)\s*$", re.IGNORECASE)
_OPEN_AFTER = re.compile(r"\s*(?:бастап|onwards?)(?!\w)", re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"\s*дейін(?!\w)", re.IGNORECASE)
_ABLATIVE = guarded(re.compile(r"(?:дан|ден|тан|тен|нан|нен)\s*$", re.IGNORECASE))


@dataclass(frozen=True, slots=True)
class Point:
    """A point in time found in text; ``month`` is None for a year alone."""

    start: int
    end: int
    year: int | None
    month: int | None
    present: bool = False


@dataclass(frozen=True, slots=True)
class Period:
    """A period: ``start``/``end`` "YYYY-MM" (``end`` None means to date) and its span."""

    start: str
    end: str | None
    span: tuple[int, int]


def month_number(word: str) -> int | None:
    """The month (1-12) that a month name in kk/ru/en, in any inflected form, denotes."""
    for number, pattern in _MONTH_RES:
        if pattern.fullmatch(word.strip()):
            return number
    return None


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
    if g["kk"]:
        return Point(start, end, int(g["ky"]), month_number(g["km"]))
    if g["name"]:
        return Point(start, end, int(g["my"]), month_number(g["mm"]))
    return Point(start, end, int(g["yy"]), None)


def find_points(text: str, start: int = 0, end: int | None = None) -> list[Point]:
    """Every date point in ``text[start:end]``, in order, offsets into ``text``."""
    end = len(text) if end is None else end
    return [_point(m) for m in _POINT.finditer(text, start, end)]


def has_point(text: str) -> bool:
    """Whether ``text`` holds any date point (cheaper than building the points).

    Every point but "to date" holds a year, so a text without a digit needs only that check.
    """
    if _DIGIT.search(text) is None:
        return _PRESENT.search(text) is not None
    return _POINT.search(text) is not None


def _month(point: Point, is_end: bool) -> str:
    """ "YYYY-MM" of a point; a year alone starts in January and ends in December."""
    month = point.month or (12 if is_end else 1)
    return f"{point.year:04d}-{month:02d}"


def _joined(text: str, left: Point, right: Point, line_start: int) -> bool:
    """True when the text between two points joins them into one period."""
    gap = text[left.end : right.start]
    if len(gap) > 12 or gap.count("\n") > 1:
        return False
    if _SEP.fullmatch(gap):
        return True
    ablative = _ABLATIVE.search(text[left.start : left.end])
    opened = _FROM_BEFORE.search(text, max(line_start, left.start - 12), left.start)
    return bool((ablative or opened) and gap.strip(" \t") == "")


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Every period in ``text[start:end]``: closed ranges and open "since ..." forms."""
    points = find_points(text, start, end)
    periods: list[Period] = []
    index = 0
    while index < len(points):
        left = points[index]
        index += 1
        if left.present:
            continue
        line_start = text.rfind("\n", 0, left.start) + 1
        before = _OPEN_BEFORE.search(text, max(line_start, left.start - 12), left.start)
        first = before.start() if before else left.start
        if index < len(points) and _joined(text, left, points[index], line_start):
            right = points[index]
            index += 1
            if not right.present and right.year < left.year:
                continue
            tail = _UNTIL_AFTER.match(text, right.end)
            last = tail.end() if tail else right.end
            finish = None if right.present else _month(right, True)
            periods.append(Period(_month(left, False), finish, (first, last)))
            continue
        after = _OPEN_AFTER.match(text, left.end)
        if before or after:
            last = after.end() if after else left.end
            periods.append(Period(_month(left, False), None, (first, last)))
    return periods
