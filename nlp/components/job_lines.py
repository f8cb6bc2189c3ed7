"""The title and employer of one job, read around its dates.

On the date line: the text after the dates, once a duration is dropped
("2015 – 2019 Главный специалист, АО «Казахтелеком»", "05.2018 – 07.2020 (2 years 3 months)
Analyst at Kaspi Bank"), else the text before them; ``job_names`` splits it into the two.

With nothing beside the dates, the lines below them: one cell naming both, else two cells in
either order; a cell may wrap over lines (``job_cells`` reads the lines and joins such a
cell), and a place under an employer is left out (hh.kz prints the employer, "Астана,
astana.gov.kz", then the post). When a place with its country follows the dates ("Astana,
Kazakhstan"), the post and its employer are above them, as LinkedIn prints a job; a place on
the date line itself is Europass's, and the job is below ("CHIEF EXPERT – MINISTRY OF
FINANCE", then its unit, "Budget Policy Department", which does not replace the state body as
the employer). A section whose first job is named on the line right above its dates, with duty
bullets or the next job below them ("Head of Division, Ministry of National Economy" over
"June 2017 - Present | Astana"), is read that way for every job, so that no job's line is
given to the job above it. Labelled lines ("Должность: …", "Организация: …", as enbek.kz
exports a résumé) are read by ``job_labels``, and the periods of a line crowded with dates
(a hostile file) by ``job_crowded``.
"""

import re
from itertools import islice

from nlp.components.dates import Period, has_point
from nlp.components.job_above import title_above, wrapped_before
from nlp.components.job_cells import (
    DURATION,
    cells_above,
    date_line_cell,
    joined_cell,
    lines_after,
    wrapped,
)
from nlp.components.job_crowded import on_crowded_line
from nlp.components.job_employers import (
    BULLET,
    body_below,
    employer_above,
    employer_below,
    employer_part,
    is_employer_cell,
    is_name,
)
from nlp.components.job_labels import is_period_label, labelled_job
from nlp.components.job_names import clean, reads_as_title, split_line, without_duties
from nlp.components.job_places import is_location, is_place, is_town_cell
from nlp.components.organizations import is_public_service, is_unit, organization_start
from nlp.components.patterns import lazy
from nlp.components.title_words import looks_like_title
from nlp.types import Experience

# A note in brackets alone after the dates ("Feb 2020 – Mar 2024 (Chief Expert until Aug
# 2021)", "(по совместительству)"), or how the job was held ("…, қоса атқару бойынша:",
# "— part-time"), names no job: the post and employer are read around it.
_NOTE_ONLY = lazy(
    r"\s*(?:\([^()\n]*\)|[,:;–—-]?\s*(?:по\s+совместительству|қоса\s+атқару\s+бойынша"
    r"|part[- ]time)\s*:?)\s*",
    re.IGNORECASE,
)
# The same, as a label before the post ("— по совместительству: учитель основ права").
_MODE_LABEL = lazy(
    r"[\s,;–—-]*(?:по\s+совместительству|қоса\s+атқару\s+бойынша|part[- ]time)\s*:\s*",
    re.IGNORECASE,
)


def _below(
    lines: list[tuple[int, str]], first: int, last: int
) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and span from the lines below a date line: one cell naming both,
    else two cells in either order; a place under an employer is left out (hh.kz prints the
    employer, "Астана, astana.gov.kz", then the post) and a duty bullet is never a cell."""
    if not lines:
        return None, None, first, last
    cell = wrapped(lines)
    top, end = joined_cell(lines[:cell])
    title, org = split_line(top)
    rest = lines[cell:]
    following = rest[1][1] if len(rest) > 1 else None
    if rest and not reads_as_title(top) and is_place(rest[0][1], following):
        rest = rest[1:]
    if (cell > 1 and title and org) or not rest or BULLET.match(rest[0][1]):
        return title, org, first, end
    bottom, bottom_end = joined_cell(rest[: wrapped(rest)])
    if reads_as_title(bottom) and not reads_as_title(top):
        return clean(without_duties(bottom)), clean(top), first, bottom_end
    employer = organization_start(top) is None or reads_as_title(top)
    if employer and organization_start(bottom) is not None and not _is_unit_of(org, bottom):
        return clean(top), clean(bottom), first, bottom_end
    return title, org, first, end


def _is_unit_of(organization: str | None, line: str) -> bool:
    """True when ``line`` names a unit of the state body ``organization`` rather than another
    employer ("Budget Policy Department" under "Chief Expert – Ministry of Finance")."""
    return is_public_service(organization) and not is_public_service(line)


def _above(
    text: str, bound: int, line_start: int, previous: str | None
) -> tuple[str | None, str | None, int] | None:
    """Title, organisation and where they start, from the lines above a date line, as LinkedIn
    prints a job (company, title, dates, place); a title right after the job before is a
    second post with that job's employer (``previous``). None when no title is above."""
    cells = cells_above(text, bound, line_start)
    if not cells or not is_name(cells[-1][1]):
        return None
    start, title = cells[-1]
    if len(cells) > 1 and is_name(cells[-2][1]):
        start, org = cells[-2]
        if reads_as_title(org) and not reads_as_title(title):
            title, org = org, title
        return clean(title), clean(org), start
    if previous:
        return clean(title), previous, start
    return *split_line(title), start


def _names_job(cell: str) -> bool:
    """True when a cell names a post or an employer, not a place, a duty or a sentence."""
    return is_name(cell) and (looks_like_title(cell) or organization_start(cell) is not None)


def _job_below(text: str, lines: list[tuple[int, str]], stop: int) -> bool:
    """True when the lines below a date line name its job: a post or an employer that is not
    right above the next dates, alone or over a post (the next job's, when jobs are printed
    above them)."""
    if not lines or BULLET.match(lines[0][1]):
        return False
    cell, end = joined_cell(lines[: wrapped(lines)])
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


def _on_date_line(text: str, job: Experience) -> bool:
    """True when ``job`` was named on its date line alone ("Freelance developer, 2019 – 2020"):
    it tells nothing of where the section names its other jobs."""
    return "\n" not in text[job.span[0] : job.span[1]] and not _read_above(text, job)


def _stated_above(
    text: str, line_start: int, region: tuple[int, int], previous: Experience | None, below: list
) -> tuple[str | None, str | None, int] | None:
    """Title, organisation and where they start, from the line right above a date line
    ("Head of Division, Ministry of National Economy" over "June 2017 - Present"), when the
    section prints its jobs so: the first job has such a line and nothing below its dates names
    it (duty bullets, or the next job's line); the jobs after it follow the first, and one
    without a name above has none rather than the next job's. A job named on its date line
    alone is passed over: the job after it is read as a first one. A title alone there may have
    its employer on the line above it, as LinkedIn prints a job without its place ("KPMG
    Kazakhstan" over "Senior Consultant"), and an employer there its post on the line above it
    ("Network Engineer" over "Beeline Kazakhstan"). None in other sections."""
    first = previous is None or _on_date_line(text, previous)
    if not first and not _read_above(text, previous):
        return None
    if first and _job_below(text, below, region[1]):
        return None
    cells = cells_above(text, previous.span[1] if previous else region[0], line_start)
    last = cells[-1][1] if cells else ""
    title, org = split_line(last) if _names_job(last) else (None, None)
    above = cells[-2] if len(cells) > 1 else None
    if above and title is None and reads_as_title(above[1]) and is_employer_cell(last):
        # The post over its employer, as LinkedIn prints them ("Network Engineer" over
        # "Beeline Kazakhstan").
        return clean(above[1]), clean(employer_part(org or last)), above[0]
    if title or org:
        # An employer over the post: what follows the post's comma is part of it ("Team Lead,
        # Customer Support" under "Beeline Kazakhstan (KaR-Tel LLP)"), unless an organisation.
        if title and above and is_employer_cell(above[1]):
            if org is None or organization_start(org) is None:
                return clean(last) if org else title, clean(employer_part(above[1])), above[0]
        return title, org and clean(employer_part(org)), cells[-1][0]
    return None if first else (None, None, line_start)


def describe(
    text: str,
    period: Period,
    region: tuple[int, int],
    previous: Experience | None,
    crowded: bool = False,
) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and the evidence span of one period; ``previous`` is the period
    read before it in the same region; ``crowded`` when its line holds more periods than a
    CV's line does (``job_crowded.CROWDED``)."""
    first, last = period.span
    stop = region[1]
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = stop if line_end < 0 or line_end > stop else line_end
    if crowded:
        return on_crowded_line(text, first, last, (line_start, line_end))
    after, before = _after_dates(text, last, line_end, stop), text[line_start:first]
    before = "" if is_period_label(before) else before
    if not clean(after) and not clean(before):
        bound = previous.span[1] if previous else region[0]
        if labelled := labelled_job(text, (line_start, line_end), (bound, stop)):
            return labelled
    if clean(after):
        beside = (after, before)
        return _named_after(text, (first, last), (line_start, line_end), region, previous, beside)
    if clean(before):
        bound = previous.span[1] if previous else region[0]
        line_start, before = wrapped_before(text, bound, line_start, before)
        start = line_start + len(before) - len(before.lstrip())
        title, org, end = _named_before(text, before, (bound, line_start, last), stop)
        if title is None and org is not None:  # "Data Analyst" over "Kaspi Bank JSC · 2016 – 2018"
            title = title_above(text, bound, line_start)
        return title, org, start, end
    lines = lines_after(text, line_end + 1, stop, 6) if line_end < stop else []
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
    title, org, start, end = _below(lines, first, last)
    if title is None and org is not None:
        bound = previous.span[1] if previous else region[0]
        title = title_above(text, bound, line_start)
    return title, org, start, end


def _named_before(
    text: str, before: str, place: tuple[int, int, int], stop: int
) -> tuple[str | None, str | None, int]:
    """Title, organisation and evidence end of a job named before its dates on their line
    ("Chief Expert, Department of Strategic Planning      Oct 2022 – Present", a CV builder's
    title and dates on one flexbox line): the employer may be on the line below, a state body
    over the unit named with the post, unless the section prints each employer above its
    dates (``place``: where the job before ended, the date line's start, the dates' end)."""
    bound, line_start, last = place
    title, org = split_line(before)
    if org is not None and is_public_service(org) or employer_above(text, bound, line_start):
        return title, org, last
    if org is None:
        below = employer_below(text, last, stop)
        return (title, *below) if below else (title, None, last)
    body = body_below(text, last, stop, is_unit(org))
    if body is None:
        return title, org, last
    tail, org, end = body
    return clean(f"{before.strip()} {tail}"), org, end


def _after_dates(text: str, last: int, line_end: int, stop: int) -> str:
    """The text after the dates on their line, without a duration, a note alone (in brackets
    or how the job was held), a label of that kind, a location or a town cell ("" when nothing
    else is there)."""
    after = text[last:line_end]
    duration = DURATION.match(after)
    after = after[duration.end() :] if duration else after
    after = "" if _NOTE_ONLY.fullmatch(after) else after
    label = _MODE_LABEL.match(after)
    after = after[label.end() :] if label else after
    below = lines_after(text, line_end + 1, stop, 1) if line_end < stop else []
    if is_location(after) or is_town_cell(after, bool(below) and _names_job(below[0][1])):
        after = ""
    return after


def _named_after(
    text: str,
    span: tuple[int, int],
    line: tuple[int, int],
    region: tuple[int, int],
    previous: Experience | None,
    beside: tuple[str, str],
) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and evidence named after the dates (``beside``: the text after and
    before them on their line; a cell may go on below them): a title before the dates when only
    the employer is after them, and an employer on the line below a post unless the section
    prints each employer above its dates."""
    (first, last), (line_start, line_end), stop = span, line, region[1]
    after, before = beside
    end = line_end - (len(after) - len(after.rstrip()))
    if line_end < stop:
        after, end = joined_cell(date_line_cell(text, (last, after), line_end, stop))
    title, org = split_line(after)
    if title is None and clean(before):
        title, first = clean(before), line_start + len(before) - len(before.lstrip())
    bound = previous.span[1] if previous else region[0]
    if clean(before) or title is None or employer_above(text, bound, line_start):
        return title, org, first, end
    if org is None and (found := employer_below(text, end, stop)):
        org, end = found
    elif org is not None and not is_public_service(org):
        if body := body_below(text, end, stop, is_unit(org)):
            tail, org, end = body
            title = clean(f"{after.strip()} {tail}")
    return title, org, first, end
