"""The title and employer of one job, read around its dates.

On the date line: the text after the dates, once a duration is dropped
("2015 – 2019 Главный специалист, АО «Казахтелеком»", "05.2018 – 07.2020 (2 years 3 months)
Analyst at Kaspi Bank"), else the text before them; ``job_names`` splits it into the two.

With nothing beside the dates, the lines below them: one cell naming both, else two cells in
either order; a cell may wrap over lines, and a place under an employer is left out (hh.kz
prints the employer, "Астана, astana.gov.kz", then the post). When a place with its country
follows the dates ("Astana, Kazakhstan"), the post and its employer are above them, as
LinkedIn prints a job; a place on the date line itself is Europass's, and the job is below
("CHIEF EXPERT – MINISTRY OF FINANCE", then its unit, "Budget Policy Department", which does
not replace the state body as the employer). A section whose first job is named on the line
right above its dates, with duty bullets or the next job below them ("Head of Division,
Ministry of National Economy" over "June 2017 - Present | Astana"), is read that way for every
job, so that no job's line is given to the job above it. Labelled lines ("Должность: …",
"Организация: …", as enbek.kz exports a résumé) are read by ``job_labels``.
"""

import re
from itertools import islice

from nlp.components.cells import goes_on
from nlp.components.dates import Period, has_point
from nlp.components.job_labels import is_period_label, labelled_job
from nlp.components.job_names import clean, reads_as_title, split_line
from nlp.components.job_places import is_location, is_place, is_town_cell
from nlp.components.organizations import is_public_service, organization_start
from nlp.components.sections import heading_label
from nlp.components.title_words import looks_like_title
from nlp.types import Experience

# How long a job lasted, alone on a line or bracketed after its dates ("7 лет 3 месяца",
# "(3 years 11 months)", "7 жыл 3 ай").
_DURATION = re.compile(
    r"\s*\(?(?:\s*\d+\s*(?:год\w*|лет|мес\w*\.?|г\.|жыл|ай|years?|months?|yrs?|mos?)(?!\w))+\)?",
    re.IGNORECASE,
)
_BULLET = re.compile(r"\s*[-–—•*▪●·]\s")
# An employer's name wrapped before its genitive tail ("…Министерства финансов" / "Республики
# Казахстан"): a capitalised line that still belongs to the name above.
_NAME_TAIL = re.compile(
    r"(?:Республики|Министерства|Комитета|Агентства|Департамента|Акимата|Аппарата)(?!\w)"
)

# The lower-case preposition or conjunction that leads a title's wrapped tail ("с клиентами").
_LINE = re.compile(r"[^\n]*\n?")
_PREPOSITION_LED = re.compile(r"(?:с|со|по|и|при|для|of|and|for|және)\s")


def _lines_after(text: str, pos: int, stop: int, count: int = 2) -> list[tuple[int, str]]:
    """Up to ``count`` following non-empty lines without dates, with their offsets."""
    found: list[tuple[int, str]] = []
    for match in _LINE.finditer(text, pos, stop):
        line = match.group().rstrip("\n")
        if not line.strip():
            if found:
                break
            continue
        if has_point(line) or len(found) == count:
            break
        if _DURATION.match(line):
            continue
        found.append((match.start(), line))
    return found


def _wrapped(lines: list[tuple[int, str]]) -> int:
    """How many of ``lines`` make one cell: the first and those that continue it (after a
    line that goes on, starting lower-case without naming a position: a Kazakh title below
    its employer, "бас маманы", is a cell of its own, or an employer's genitive tail), and
    after a unit's word alone, which names no employer ("департамент" over "директоры")."""
    count = 1
    while count < len(lines):
        previous, line = lines[count - 1][1].rstrip(), lines[count][1].lstrip()
        lower = line[:1].islower() and not reads_as_title(line)
        tail = _NAME_TAIL.match(line) and organization_start(previous) is not None
        bare_unit = previous[:1].islower() and " " not in previous
        bare_unit = bare_unit and organization_start(previous) == 0 and line[:1].islower()
        name = organization_start(previous) is not None  # "…агенттігінің" over "Ұлттық …"
        if previous.endswith((".", ";")) or not (
            lower or tail or bare_unit or goes_on(previous, name)
        ):
            break
        count += 1
    return count


def _date_line_cell(
    text: str, line: tuple[int, str], line_end: int, stop: int
) -> list[tuple[int, str]]:
    """The text after the dates and the lines that a PDF wrapped it onto: any after a line that
    cannot end; else a name's genitive tail ("Комитет по статистике" over "Министерства
    национальной экономики РК, эксперт") or a short tail led by a preposition ("менеджер по
    работе" over "с клиентами"), never a line of duties."""
    lines = [line, *_lines_after(text, line_end + 1, stop, 3)]
    if goes_on(line[1].rstrip()):
        return lines[: _wrapped(lines)]
    count = 1
    while count < len(lines) and _continues_name(lines[count][1]):
        count += 1
    return lines[: _wrapped(lines[:count])]


def _continues_name(line: str) -> bool:
    """True when ``line`` can only go on a name or a title wrapped above it."""
    line = line.strip()
    short = len(line.split()) <= 4 and not line.endswith((".", ";", ":"))
    return bool(_NAME_TAIL.match(line) or (short and _PREPOSITION_LED.match(line)))


def _joined_cell(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The text of a cell wrapped over ``lines`` and its end offset."""
    offset, last = lines[-1]
    return " ".join(line.strip() for _, line in lines), offset + len(last.rstrip())


def _below(
    lines: list[tuple[int, str]], first: int, last: int
) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and span from the lines below a date line: one cell naming both,
    else two cells in either order; a place under an employer is left out (hh.kz prints the
    employer, "Астана, astana.gov.kz", then the post) and a duty bullet is never a cell."""
    if not lines:
        return None, None, first, last
    cell = _wrapped(lines)
    top, end = _joined_cell(lines[:cell])
    title, org = split_line(top)
    rest = lines[cell:]
    following = rest[1][1] if len(rest) > 1 else None
    if rest and not reads_as_title(top) and is_place(rest[0][1], following):
        rest = rest[1:]
    if (cell > 1 and title and org) or not rest or _BULLET.match(rest[0][1]):
        return title, org, first, end
    bottom, bottom_end = _joined_cell(rest[: _wrapped(rest)])
    if reads_as_title(bottom) and not reads_as_title(top):
        return clean(bottom), clean(top), first, bottom_end
    employer = organization_start(top) is None or reads_as_title(top)
    if employer and organization_start(bottom) is not None and not _is_unit_of(org, bottom):
        return clean(top), clean(bottom), first, bottom_end
    return title, org, first, end


def _is_unit_of(organization: str | None, line: str) -> bool:
    """True when ``line`` names a unit of the state body ``organization`` rather than another
    employer ("Budget Policy Department" under "Chief Expert – Ministry of Finance")."""
    return is_public_service(organization) and not is_public_service(line)


def _lines_above(text: str, bound: int, line_start: int, count: int = 6) -> list[tuple[int, str]]:
    """Up to ``count`` non-empty lines from ``bound`` to a period's line, with their offsets;
    none above a heading or a date, durations left out."""
    found: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]*\n?", text[bound:line_start]):
        line = match.group().rstrip("\n")
        if heading_label(line) or has_point(line):
            found = []
        elif line.strip() and not _DURATION.match(line):
            found.append((bound + match.start(), line))
    return found[-count:]


def _cells_above(text: str, bound: int, line_start: int) -> list[tuple[int, str]]:
    """The cells from ``bound`` to a period's line, each a line or a name wrapped over lines,
    with their offsets."""
    lines = _lines_above(text, bound, line_start)
    cells: list[tuple[int, str]] = []
    while lines:
        count = _wrapped(lines)
        cells.append((lines[0][0], _joined_cell(lines[:count])[0]))
        lines = lines[count:]
    return cells


def _is_name(cell: str) -> bool:
    """True when a cell can name a post or an employer: not a place, a duty bullet or a
    sentence of a job's description."""
    words = len(cell.split())
    sentence = cell.rstrip().endswith((".", ";", "!")) and words > 3
    return not (sentence or words > 20 or _BULLET.match(cell) or is_place(cell))


def _above(
    text: str, bound: int, line_start: int, previous: str | None
) -> tuple[str | None, str | None, int] | None:
    """Title, organisation and where they start, from the lines above a date line, as LinkedIn
    prints a job (company, title, dates, place); a title right after the job before is a
    second post with that job's employer (``previous``). None when no title is above."""
    cells = _cells_above(text, bound, line_start)
    if not cells or not _is_name(cells[-1][1]):
        return None
    start, title = cells[-1]
    if len(cells) > 1 and _is_name(cells[-2][1]):
        start, org = cells[-2]
        if reads_as_title(org) and not reads_as_title(title):
            title, org = org, title
        return clean(title), clean(org), start
    if previous:
        return clean(title), previous, start
    return *split_line(title), start


def _names_job(cell: str) -> bool:
    """True when a cell names a post or an employer, not a place, a duty or a sentence."""
    return _is_name(cell) and (looks_like_title(cell) or organization_start(cell) is not None)


def _job_below(text: str, lines: list[tuple[int, str]], stop: int) -> bool:
    """True when the lines below a date line name its job: a post or an employer that is not
    right above the next dates, alone or over a post (the next job's, when jobs are printed
    above them)."""
    if not lines or _BULLET.match(lines[0][1]):
        return False
    cell, end = _joined_cell(lines[: _wrapped(lines)])
    following = [match.group() for match in islice(re.finditer(r"\S[^\n]*", text[end:stop]), 2)]
    if following and has_point(following[0]):
        return False
    above_next = len(following) == 2 and has_point(following[1]) and _names_job(following[0])
    return _names_job(cell) and not above_next


def _read_above(text: str, job: Experience) -> bool:
    """True when ``job`` was read from the lines above its dates: its span starts on a line
    without a date."""
    line_end = text.find("\n", job.span[0], job.span[1])
    return not has_point(text[job.span[0] : job.span[1] if line_end < 0 else line_end])


def _stated_above(
    text: str, line_start: int, region: tuple[int, int], previous: Experience | None, below: list
) -> tuple[str | None, str | None, int] | None:
    """Title, organisation and where they start, from the line right above a date line
    ("Head of Division, Ministry of National Economy" over "June 2017 - Present"), when the
    section prints its jobs so: the first job has such a line and nothing below its dates names
    it (duty bullets, or the next job's line); the jobs after it follow the first, and one
    without a name above has none rather than the next job's. A title alone there may have its
    employer on the line above it, as LinkedIn prints a job without its place ("KPMG
    Kazakhstan" over "Senior Consultant"). None in other sections."""
    if previous is not None and not _read_above(text, previous):
        return None
    if previous is None and _job_below(text, below, region[1]):
        return None
    cells = _cells_above(text, previous.span[1] if previous else region[0], line_start)
    if cells and _names_job(cells[-1][1]):
        title, org = split_line(cells[-1][1])
        if org is None and len(cells) > 1 and _is_employer_cell(cells[-2][1]):
            return title, clean(cells[-2][1]), cells[-2][0]
        return title, org, cells[-1][0]
    return None if previous is None else (None, None, line_start)


def _is_employer_cell(cell: str) -> bool:
    """True when a cell over a title names its employer: an organisation, or a short name of
    capitalised words ("KPMG Kazakhstan", "EY"), not a title or a sentence of duties."""
    if not _is_name(cell) or reads_as_title(cell):
        return False
    named = len(cell.split()) <= 4 and all(word[:1].isupper() for word in cell.split())
    return named or organization_start(cell) is not None


def describe(
    text: str, period: Period, region: tuple[int, int], previous: Experience | None
) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and the evidence span of one period; ``previous`` is the period
    read before it in the same region."""
    first, last = period.span
    stop = region[1]
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = stop if line_end < 0 or line_end > stop else line_end
    after, before = text[last:line_end], text[line_start:first]
    duration = _DURATION.match(after)
    after = after[duration.end() :] if duration else after
    below = _lines_after(text, line_end + 1, stop, 1) if line_end < stop else []
    if is_location(after) or is_town_cell(after, bool(below) and _names_job(below[0][1])):
        after = ""
    before = "" if is_period_label(before) else before
    if not clean(after) and not clean(before):
        bound = previous.span[1] if previous else region[0]
        if labelled := labelled_job(text, (line_start, line_end), (bound, stop)):
            return labelled
    if clean(after):
        end = line_end - (len(after) - len(after.rstrip()))
        if line_end < stop:
            after, end = _joined_cell(_date_line_cell(text, (last, after), line_end, stop))
        title, org = split_line(after)
        if title is None and clean(before):
            title, first = clean(before), line_start + len(before) - len(before.lstrip())
        return title, org, first, end
    if clean(before):
        title, org = split_line(before)
        return title, org, line_start + len(before) - len(before.lstrip()), last
    lines = _lines_after(text, line_end + 1, stop, 6) if line_end < stop else []
    date_end = line_end - (len(after) - len(after.rstrip()))
    if lines and is_location(lines[0][1]):
        # A location right below the dates: the post and its employer are above them.
        bound = previous.span[1] if previous else region[0]
        found = _above(text, bound, line_start, previous.organization if previous else None)
        if found:
            return *found, date_end
        lines = lines[1:]
    stated = _stated_above(text, line_start, region, previous, lines)
    if stated:
        return *stated, date_end
    return _below(lines, first, last)
