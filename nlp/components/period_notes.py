"""Periods in a work history that are no job: the date of a rename or of a promotion, a leave,
a career break, time not worked, study, or unpaid work on the side (volunteering, an
open-source project).

"Министерство информации и коммуникаций (с 2019 – Министерство цифрового развития …)" dates
the ministry's new name inside the job, so its "с 2019" is a note, not a new job open to
today. A line that names a maternity or child-care leave or a break in work ("декретный
отпуск с 2018 по 2020", "03.2016 – 08.2016 перерыв в трудовой деятельности") dates time not
worked: HR reads it in the CV text, and it adds nothing to the years of work; so does a line
naming volunteering or an open-source project ("Maintainer, kazakh-nlp open-source library
2016 – now"), which is no employment, a line saying the candidate did not work ("Не работал
(переезд)", "Жұмыс істемеген") or is looking for work ("С сентября 2026 г. в поиске работы",
"2026 жылдан бастап жұмыс іздеудемін", "Open to work since 2026") or preparing for a test or
a competition ("Since Sep 2024: preparing for the civil service legislation test"), and
study listed among the jobs ("«Болашақ» бағдарламасы бойынша оқу"). Only the period nearest
the leave words on their own line is left out, so "09.2016 – 10.2022 Главный эксперт (в том
числе декретный отпуск с 2018 по 2020)" keeps the job and drops the leave; when a period's
line holds nothing but its dates, the line below it says what the period was. Dates inside a
name in «…» name a plan or a work ("Сбор данных для дипломной работы «Бюджет развития города
на 2021–2023 годы»"), not a job.

"Ведущий специалист, с 2015 г. главный специалист" dates a promotion within the job above it:
an open "since" date after a comma in a title (or in a bracket, before a dash and the post:
"Доцент (с 2015 г. — и.о. профессора)"), starting inside the period before it, is no new
job running to today, and the line stays the job's title line (``dates_later_post``). So is
a secondment dated inside a job ("Feb 2020 – Dec 2020: seconded to the project office of the
Ministry …", "прикомандирован к Министерству …", "іссапарға жіберілді"): the candidate stayed
on that employer's staff, so it is part of the job, not a job of its own; and so are the
dates a line repeats in brackets ("Июнь 2020 г. – по н/в (с июня 2020 по н/в)").
"""

import re

from nlp.components.dates import Period, find_points, names_present
from nlp.components.patterns import guarded, lazy
from nlp.components.title_words import looks_like_title

# After the date of a rename: a new name ("– Министерство …", "жылдан бастап – Цифрлық …") or
# a word of renaming; "(с 2019 г.)" or "(since 2019, part-time)" stays a job's own dates.
_RENAME_AFTER = lazy(
    r"\s*(?:[-–—:,]\s*)?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"]|переименова|реорганизова|преобразова|renamed"
    r"|атауы\s+өзгер|қайта\s+ұйымдастыр)"
)
_LEAVE = guarded(
    lazy(
        r"перерыв\w*\s+в\s+(?:работе|трудов\w+\s+(?:деятельности|стаже))|декретн\w*\s+отпуск\w*"
        r"|отпуск\w*\s+по\s+(?:уходу\s+за\s+реб[её]нк\w*|беременности\s+и\s+родам)"
        r"|бала\s+күтім\w*\s+(?:\w+\s+)?демалыс\w*|декреттік\s+демалыс\w*"
        r"|career\s+break|(?:maternity|paternity|parental|child[- ]?care)\s+leave"
        r"|open[- ]source|волонт[её]р\w*|volunteer\w*|ерікті\w*|pro\s+bono"
        r"|не\s+работал[аи]?(?!\w)|жұмыс\s+істеме(?:ген|дім|ді)\w*|did\s+not\s+work"
        r"|в\s+поиске\s+(?:новой\s+)?работы|ищу\s+работу|жұмыс\s+іздеуде\w*"
        r"|looking\s+for\s+(?:a\s+)?(?:new\s+)?(?:job|work|employment)|open\s+to\s+work"
        r"|preparing\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:tests?|exams?|competitions?)(?!\w)"
        r"|(?:готовлюсь|подготовка)\s+к\s+(?:\w+\s+){0,4}?(?:тестировани|экзамен|конкурс)\w*"
        r"|(?:тестілеуге|емтиханға|конкурсқа)\s+дайындал\w*"
        r"|бағдарламасы\s+бойынша\s+оқу\w*|(?:обучение|учёба|учеба)\s+по\s+программе\s+«?болашак"
        r"|(?:full[- ]time\s+)?stud(?:y|ies|ied)\s+under\s+(?:the\s+)?bolashak",
        re.IGNORECASE,
    )
)
_SECONDMENT = guarded(
    lazy(
        r"seconded|secondment|on\s+(?:a\s+)?business\s+trip|командирова\w*|іс-?сапар\w*",
        re.IGNORECASE,
    )
)
_DATE_LINE_REST = lazy(r"[\s,.;:()\-–—г]*")
_TITLE_REACH = 120  # characters before a promotion's comma where its title's words are looked for
_NOTE_REACH = 120  # characters either side of a period where a note on it is looked for
# A title's words and the comma or bracket before its later post's date ("Помощник прокурора,
# с ", "Жүйелік әкімші, ", "Доцент (с ").
_POST_HEAD = lazy(r"\s*[^\W\d][^\d\n]*([,(])\s*(?:(?:с|со|since|from)\s+)?", re.IGNORECASE)
# A name and the bracket that dates its former or new name ("Высшая аудиторская палата (до ",
# "Accounts Committee (until ", "… министрлігі (").
_NAME_BRACKET = lazy(
    r"\s*[^\W\d][^()]*\(\s*(?:(?:до|с|со|until|before|since|from|prior\s+to)\s+)?", re.IGNORECASE
)
_DASH = lazy(r"\s*[-–—:]\s*")
# The Kazakh postposition after a year ("2019 жылға дейін", "2019 жылдан бастап").
_UNTIL_KK = lazy(r"\s*(?:дейін|бастап)")


def work_periods(text: str, periods: list[Period]) -> list[Period]:
    """``periods`` without rename notes, leaves or breaks, secondments and repeated dates."""
    leave = _leave_periods(text, periods)
    kept: list[Period] = []
    for index, period in enumerate(periods):
        if (
            index in leave
            or _is_rename(text, period)
            or _is_quoted(text, period)
            or _is_promotion(text, periods, index)
            or (kept and _is_part_of(text, period, kept[-1]))
        ):
            continue
        kept.append(period)
    return kept


def _is_part_of(text: str, period: Period, job: Period) -> bool:
    """Whether ``period`` lies within the job read before it and dates part of it: the same
    dates again on its line, or a secondment (``_SECONDMENT`` beside the dates)."""
    ends_within = job.end is None or (period.end is not None and period.end <= job.end)
    if period.start < job.start or not ends_within:
        return False
    first, last = period.span
    beside = first - job.span[1] <= _NOTE_REACH and "\n" not in text[job.span[1] : first]
    if beside and (period.start, period.end) == (job.start, job.end):
        return True
    before, after = _beside(text, period.span)
    return _SECONDMENT.search(f"{before}{text[first:last]}{after}") is not None


def _is_promotion(text: str, periods: list[Period], index: int) -> bool:
    """Whether an open "since" date after a comma in a title ("Сарапшы, 2023 жылдан бастап бас
    сарапшы") starts inside the period before it: a promotion within that job."""
    period = periods[index]
    if period.end is not None or index == 0:
        return False
    first, last = period.span
    if names_present(text, first, last):
        return False
    # Read back from the date, not from the line's start: a line of thousands of "с 2015 г.,"
    # would otherwise cost the square of its length.
    at = first
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    mark = text[at - 1 : at]
    if mark not in (",", ";", "(") or (mark == "(" and not _bracketed_post(text, last)):
        return False
    lead = text[max(0, at - _TITLE_REACH) : at - 1].rpartition("\n")[2]
    if not any(ch.isalpha() for ch in lead):
        return False
    before = periods[index - 1]
    return before.start < period.start and (before.end is None or period.start <= before.end)


def _bracketed_post(text: str, last: int) -> bool:
    """Whether a dash and a post follow the date that ends at ``last`` in its bracket ("(с 2015
    г. — и.о. профессора)"), not a note on how the job was held ("(с 2020 г., по
    совместительству)")."""
    dash = _DASH.match(text, last)
    close = text.find(")", last, last + _NOTE_REACH)
    return dash is not None and close > 0 and looks_like_title(text[dash.end() : close])


def dates_later_post(line: str) -> bool:
    """Whether ``line`` is a title line that dates a later post after a comma or in a bracket
    ("Помощник прокурора, с 2014 года — старший помощник прокурора", "Жүйелік әкімші, 2016
    жылдан жетекші инженер", "Доцент (с 2015 г. — и.о. профессора)"): one date, a title's words
    before it and a post after it. Such a line names the job, not a new one's dates."""
    points = find_points(line)
    if len(points) != 1 or points[0].present:
        return False
    point = points[0]
    head = _POST_HEAD.fullmatch(line, 0, point.start)
    if head is None:
        return False
    if head.group(1) == "(":
        return _bracketed_post(line, point.end)
    return looks_like_title(line[point.end :])


def dates_other_name(line: str) -> bool:
    """Whether ``line`` names an employer with the date of its former or new name in brackets
    ("Высшая аудиторская палата РК (до 2022 года — Счётный комитет …", "… (2019 жылға дейін –
    Ақпарат министрлігі)"): one date, and a name after it. Such a line names the job's
    employer, not a new job's dates."""
    points = find_points(line)
    if len(points) != 1 or points[0].present:
        return False
    point = points[0]
    if _NAME_BRACKET.fullmatch(line, 0, point.start) is None:
        return False
    after = _UNTIL_KK.match(line, point.end)
    return _RENAME_AFTER.match(line, after.end() if after else point.end) is not None


def _is_rename(text: str, period: Period) -> bool:
    """Whether an open period opens a bracket and a new name follows it: "(с 2019 – …)"."""
    first, last = period.span
    return (
        period.end is None
        and _after_bracket(text, first)
        and _RENAME_AFTER.match(text, last) is not None
    )


def _beside(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The text of a period's line before and after it, within ``_NOTE_REACH`` characters: a
    line of thousands of dates is not read whole for each."""
    first, last = span
    before = text[max(0, first - _NOTE_REACH) : first].rpartition("\n")[2]
    return before, text[last : last + _NOTE_REACH].partition("\n")[0]


def _is_quoted(text: str, period: Period) -> bool:
    """Whether a period stands inside «…» on its line, within ``_NOTE_REACH`` either side: the
    name of a plan or a work ("«Бюджет развития города на 2021–2023 годы»")."""
    before, after = _beside(text, period.span)
    closes, opens = after.find("»"), after.find("«")
    return before.rfind("«") > before.rfind("»") and closes >= 0 and not 0 <= opens < closes


def _after_bracket(text: str, first: int) -> bool:
    """Whether an opening bracket stands before ``first`` on its line, blanks between. Read
    back from ``first``: a search of the line cost the square of its length on a line of
    thousands of "Jan 2020 – Present"."""
    at = first
    while at > 0 and text[at - 1].isspace() and text[at - 1] != "\n":
        at -= 1
    return text[at - 1 : at] == "("


def _leave_periods(text: str, periods: list[Period]) -> set[int]:
    """Indexes of the periods named as a leave or a break: on each line that names one, the
    period nearest the words."""
    lines: dict[int, list[int]] = {}
    for index, period in enumerate(periods):
        lines.setdefault(text.rfind("\n", 0, period.span[0]) + 1, []).append(index)
    found = set()
    for line_start, indexes in lines.items():
        line_end = text.find("\n", periods[indexes[-1]].span[1])
        line_end = len(text) if line_end < 0 else line_end
        if _dates_only(text, line_start, line_end, [periods[i].span for i in indexes]):
            line_end = _next_line_end(text, line_end)
        for words in _LEAVE.finditer(text, line_start, line_end):
            found.add(min(indexes, key=lambda i: span_distance(periods[i].span, words.span())))
    return found


def _dates_only(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` holds nothing but the given date spans and punctuation."""
    at = start
    for first, last in spans:
        if _DATE_LINE_REST.fullmatch(text, at, first) is None:
            return False
        at = last
    return _DATE_LINE_REST.fullmatch(text, at, end) is not None


def _next_line_end(text: str, line_end: int) -> int:
    """The end of the first line after ``line_end`` that holds more than blanks."""
    at = line_end
    while at < len(text) and text[at] in "\n \t\u00a0":
        at += 1
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def span_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans of text, 0 when they touch or overlap."""
    return max(0, b[0] - a[1], a[0] - b[1])
