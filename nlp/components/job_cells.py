"""The lines around a job's dates, and the cells they make when a name wraps over them.

Below a date line, the lines up to the next dates; above it, those since a heading or the
job before. A duration alone on a line ("3 года 2 месяца", as hh.kz prints it under the dates)
is no cell and is left out; a title line that dates a later post ("Помощник прокурора, с 2014
года — старший помощник прокурора") is a cell, not the next job's dates. A PDF wraps a long
cell onto the next lines: a title's tail led by a preposition ("менеджер по работе" over "с
клиентами"), an employer's genitive tail ("…Министерства финансов" over "Республики
Казахстан"), or any line after one that cannot end (``cells.goes_on``). ``job_lines`` decides
which cell is the post and which the employer.
"""

import re

from nlp.components.cells import goes_on
from nlp.components.dates import has_point
from nlp.components.job_names import reads_as_title, split_line
from nlp.components.organizations import organization_start
from nlp.components.patterns import lazy
from nlp.components.period_notes import dates_later_post, dates_other_name
from nlp.components.sections import heading_label
from nlp.components.title_words import looks_like_title

# How long a job lasted, alone on a line, bracketed after its dates or after LinkedIn's dot
# ("7 лет 3 месяца", "(3 years 11 months)", "7 жыл 3 ай", "Jan 2019 - Present · 7 yrs 11 mos").
DURATION = lazy(
    r"\s*(?:·\s*)?\(?(?:\s*\d+\s*(?:год\w*|лет|мес\w*\.?|г\.|жыл|ай|years?|months?|yrs?|mos?)(?!\w))+\)?",
    re.IGNORECASE,
)
# How a job is held, after LinkedIn's dot on its employer's line ("Kcell JSC · Full-time",
# "Комитет по статистике … · Полная занятость"): no part of the name. The job's text keeps it,
# where ``internships`` reads "· Internship".
_EMPLOYMENT_TYPE = lazy(
    r"\s+·\s*(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship"
    r"|apprenticeship|seasonal|temporary|(?:полная|частичная)\s+занятость|самозанятость"
    r"|фриланс|контракт|стажировка|сезонная\s+работа|временная\s+работа)\s*$",
    re.IGNORECASE,
)
# An employer's name wrapped before its genitive tail ("…Министерства финансов" / "Республики
# Казахстан"): a capitalised line that still belongs to the name above.
_NAME_TAIL = lazy(
    r"(?:Республики|Министерства|Комитета|Агентства|Департамента|Акимата|Аппарата)(?!\w)"
)
# A unit named last on a line, its name wrapped below in lower case ("заместитель директора
# Департамента" over "стратегического планирования").
_UNIT_LAST = lazy(
    r"(?:управления|отдела|департамента|сектора|комитета|службы|центра)\s*$", re.IGNORECASE
)
_LINE = lazy(r"[^\n]*\n?")
# The lower-case preposition or conjunction that leads a title's wrapped tail ("с клиентами").
_PREPOSITION_LED = lazy(r"(?:с|со|по|и|при|для|of|and|for|және)\s")
# The unit a Russian post heads or serves, or the head a deputy serves, in the genitive,
# wrapped below the post's first words ("Руководитель" over "управления Комитета
# государственных доходов, …", "Заместитель" over "руководителя департамента").
_UNIT_LED = lazy(
    r"(?:управления|отдела|департамента|сектора|комитета|аппарата|службы|филиала|дирекции"
    r"|центра|бюро|группы|подразделения|руководителя|начальника|директора|акима)(?!\w)"
)


def lines_after(text: str, pos: int, stop: int, count: int = 2) -> list[tuple[int, str]]:
    """Up to ``count`` following non-empty lines without dates, with their offsets."""
    found: list[tuple[int, str]] = []
    for match in _LINE.finditer(text, pos, stop):
        line = match.group().rstrip("\n")
        if not line.strip():
            if found:
                break
            continue
        if len(found) == count or _dated(line):
            break
        if DURATION.match(line):
            continue
        found.append((match.start(), line))
    return found


def _dated(line: str) -> bool:
    """True when ``line`` holds a job's dates: a date that is not a later post's in a title
    nor an employer's other name's."""
    return has_point(line) and not dates_later_post(line) and not dates_other_name(line)


def wrapped(lines: list[tuple[int, str]]) -> int:
    """How many of ``lines`` make one cell: the first and those that continue it (after a
    line that goes on, starting lower-case without naming a position: a Kazakh title below
    its employer, "бас маманы", is a cell of its own, or an employer's genitive tail), after a
    post's first words, the unit it heads ("Заместитель" over "руководителя департамента"),
    after a unit's word alone, which names no employer ("департамент" over "директоры"), and
    after an employer named alone, a line that opens a bracket: its other or former name, or
    the body above it ("(аппарат Верховного Суда РК) по Южно-Казахстанской области")."""
    count = 1
    while count < len(lines):
        previous, line = lines[count - 1][1].rstrip(), lines[count][1].lstrip()
        lower = line[:1].islower() and not reads_as_title(line)
        name = organization_start(previous) is not None  # "…агенттігінің" over "Ұлттық …"
        note = line.startswith("(") and not looks_like_title(previous)
        tail = name and (_NAME_TAIL.match(line) or note)
        bare_unit = previous[:1].islower() and " " not in previous
        bare_unit = bare_unit and organization_start(previous) == 0 and line[:1].islower()
        unit = _UNIT_LED.match(line) and reads_as_title(previous)  # "Заместитель" / "руководителя"
        if previous.endswith((".", ";")) or not (
            lower or tail or bare_unit or unit or goes_on(previous, name)
        ):
            break
        count += 1
    return count


def date_line_cell(
    text: str, line: tuple[int, str], line_end: int, stop: int
) -> list[tuple[int, str]]:
    """The text after the dates and the lines that a PDF wrapped it onto: any after a line that
    cannot end; else a name's genitive tail ("Комитет по статистике" over "Министерства
    национальной экономики РК, эксперт"), a short tail led by a preposition ("менеджер по
    работе" over "с клиентами") or the unit a post heads ("Руководитель" over "управления
    Комитета …"), never a line of duties."""
    lines = [line, *lines_after(text, line_end + 1, stop, 3)]
    if goes_on(line[1].rstrip()):
        return lines[: wrapped(lines)]
    count = 1
    while count < len(lines) and _continues_name(lines[count][1], lines[count - 1][1]):
        count += 1
    return lines[: wrapped(lines[:count])]


def _continues_name(line: str, previous: str) -> bool:
    """True when ``line`` can only go on a name or a title wrapped above it: a name's genitive
    tail, a short tail led by a preposition, the unit a post wrapped above it heads, the
    lower-case name of a unit named last above it, or a post's last word alone."""
    line = line.strip()
    short = len(line.split()) <= 4 and not line.endswith((".", ";", ":"))
    unit = _UNIT_LED.match(line) and reads_as_title(previous.strip())
    unit_name = short and line[:1].islower() and _UNIT_LAST.search(previous)
    # a post's lower-case tail that names its employer, a justified paragraph's next line
    # ("главный специалист отдела регистрации нормативных" / "правовых актов РГУ «…»"), when
    # the line above names none ("Главный специалист, Акимат района" ends its cell)
    employer = line[:1].islower() and not previous.rstrip().endswith((".", ";", ":", ","))
    employer = employer and organization_start(line) is not None
    employer = employer and split_line(previous)[1] is None
    # a post's last word wrapped alone below it ("Инженер-жерге" / "орналастырушы")
    last_word = line.isalpha() and line.islower() and reads_as_title(previous.strip())
    last_word = last_word and split_line(previous)[1] is None
    return bool(
        last_word
        or _NAME_TAIL.match(line)
        or (short and _PREPOSITION_LED.match(line))
        or unit
        or unit_name
        or employer
    )


def joined_cell(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The text of a cell wrapped over ``lines`` and its end offset."""
    offset, last = lines[-1]
    return " ".join(line.strip() for _, line in lines), offset + len(last.rstrip())


_LINK = lazy(r"[ \t]*(?:https?://|www\.)\S+[ \t]*")


def _lines_above(text: str, bound: int, line_start: int, count: int = 6) -> list[tuple[int, str]]:
    """Up to ``count`` non-empty lines from ``bound`` to a period's line, with their offsets;
    none above a heading or a date, durations and links alone left out (a job site prints its
    link to the CV at a page break: "https://www.indeed.com/r/…" between a post and its
    employer)."""
    found: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]*\n?", text[bound:line_start]):
        line = match.group().rstrip("\n")
        if heading_label(line) or _dated(line):
            found = []
        elif line.strip() and not (DURATION.match(line) or _LINK.fullmatch(line)):
            found.append((bound + match.start(), line))
    return found[-count:]


def cells_above(text: str, bound: int, line_start: int) -> list[tuple[int, str]]:
    """The cells from ``bound`` to a period's line, each a line or a name wrapped over lines,
    with their offsets; an employer's line without the employment type after LinkedIn's dot."""
    lines = _lines_above(text, bound, line_start)
    cells: list[tuple[int, str]] = []
    while lines:
        count = wrapped(lines)
        cells.append((lines[0][0], _EMPLOYMENT_TYPE.sub("", joined_cell(lines[:count])[0])))
        lines = lines[count:]
    return cells
