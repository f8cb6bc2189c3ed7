"""Work experience: date periods with the title and organisation beside them, and total years.

Periods come from the experience section when the CV has one; without sections the whole
text is read and periods whose lines speak of study (degree, faculty, student) are left out,
so that education never counts as work; rename notes, leaves and breaks are left out too
(period_notes.py), and so are a research internship, a student's practice and unpaid or
voluntary work, while an intern's months count as work but not as public service
(internships.py). The title and organisation around each period's
dates are read by ``job_lines``.
"""

import bisect
import re
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.date_periods import find_periods
from nlp.components.dates import Period
from nlp.components.employer_posts import posts_of_employers
from nlp.components.internships import NO_JOB, internship_kinds
from nlp.components.job_crowded import CROWDED
from nlp.components.job_lines import describe
from nlp.components.organizations import is_public_service
from nlp.components.patterns import guarded, lazy
from nlp.components.period_notes import work_periods
from nlp.components.sections import doc_text
from nlp.components.title_words import looks_like_title
from nlp.types import Experience, Section

_NEWLINE = lazy("\n")
_NOT_WORK = ("education", "courses", "certificates", "languages")
_STUDY = guarded(
    lazy(
        r"бакалавр\w*|магистр\w*|студент\w*|специальност\w*|факультет\w*|окончил\w*|выпускни\w*"
        r"|degree|bachelor\w*|master'?s|student|faculty|graduat\w*|мамандығы|түлек\w*|оқыды"
        r"|докторант\w*|аспирант\w*|phd|диплом\w*",
        re.IGNORECASE,
    )
)
_INSTITUTION = guarded(
    lazy(
        r"университет\w*|university|институт\w*|institute|колледж\w*|college|академи\w*|academy"
        r"|школ\w*|school|мектеп\w*|гимнази\w*|лице[йя]\w*",
        re.IGNORECASE,
    )
)


def _regions(text: str, sections: tuple[Section, ...]) -> tuple[list[tuple[int, int]], bool]:
    """Where to look for work periods, and whether lines of study must be filtered out."""
    work = [(s.start, s.end) for s in sections if s.name == "experience"]
    if work:
        return work, False
    if sections:
        return [(s.start, s.end) for s in sections if s.name not in _NOT_WORK], True
    return [(0, len(text))], True


def _is_study(text: str, span: tuple[int, int], read: dict[tuple[int, int], bool]) -> bool:
    """True when the lines around a period describe study rather than work; ``read`` keeps
    the answer per pair of lines, as the periods of one line share it (a line of thousands of
    dates, in a hostile file, is read once)."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = text.find("\n", end + 1) if end >= 0 else -1
    key = (line_start, len(text) if end < 0 else end)
    if key not in read:
        context = text[key[0] : key[1]]
        read[key] = bool(
            _STUDY.search(context)
            or (_INSTITUTION.search(context) and not looks_like_title(context))
        )
    return read[key]


def _region_jobs(
    text: str, region: tuple[int, int], filter_study: bool
) -> list[tuple[Experience, Period]]:
    """The jobs of one region with their periods: an intern's is no public service, and a
    research internship, a student's practice and unpaid work are left out (``internships``)."""
    read: dict[tuple[int, int], bool] = {}
    periods = [
        period
        for period in work_periods(text, find_periods(text, *region))
        if not (filter_study and _is_study(text, period.span, read))
    ]
    newlines = [match.start() for match in _NEWLINE.finditer(text, *region)]
    lines = [bisect.bisect(newlines, period.span[0]) for period in periods]
    crowded = {line for line, count in Counter(lines).items() if count > CROWDED}
    jobs: list[Experience] = []
    for period, line in zip(periods, lines, strict=True):
        previous = jobs[-1] if jobs else None
        title, org, first, last = describe(text, period, region, previous, line in crowded)
        # A post named with its body and no employer apart ("Вице-министр юстиции", "Аким
        # района") is a post of that body.
        public = is_public_service(org or (text[first:last] if title is None else title))
        jobs.append(Experience(title, org, period.start, period.end, public, (first, last)))
    jobs, periods = posts_of_employers(text, jobs, periods)
    kinds = internship_kinds(text, [p.span for p in periods], [job.span for job in jobs])
    return [
        (replace(job, public_service=False) if kind else job, period)
        for job, period, kind in zip(jobs, periods, kinds, strict=True)
        if kind not in NO_JOB
    ]


def extract_periods(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[Experience, ...]:
    """Every work period of a CV as an Experience, in text order."""
    regions, filter_study = _regions(text, sections)
    found: list[Experience] = []
    rough: list[tuple[bool, bool]] = []
    for region in regions:
        for job, period in _region_jobs(text, region, filter_study):
            found.append(job)
            rough.append(period.rough)
    if _shares_years(found, rough):
        found = [_mid_year(job, *flags) for job, flags in zip(found, rough, strict=True)]
    return tuple(found)


def _shares_years(found: list[Experience], rough: list[tuple[bool, bool]]) -> bool:
    """True when one job given in years alone ends in the year the next starts ("2015–2018",
    "2018–2021"): the CV counts a handover year in both, so January-to-December readings of its
    years would overlap."""
    pairs = list(zip(found, rough, strict=True))
    ends = {job.end[:4] for job, (_, end) in pairs if end and job.end}
    return any(start and job.start[:4] in ends for job, (start, _) in pairs)


def _mid_year(job: Experience, rough_start: bool, rough_end: bool) -> Experience:
    """The job with each year-alone bound read as the middle of its year (a start in July, an
    end in June), as an HR officer counts "2015–2018, 2018–2021": six years, not seven. Within
    a single year the whole year stays."""
    start = f"{job.start[:4]}-07" if rough_start else job.start
    end = f"{job.end[:4]}-06" if rough_end and job.end else job.end
    if end is not None and end < start:
        return job
    return replace(job, start=start, end=end)


def _months(value: str) -> int:
    """Months since year 0 of a "YYYY-MM" value."""
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1


def total_years(
    periods: tuple[Experience, ...] | list[Experience],
    public_only: bool = False,
    today: date | None = None,
) -> float:
    """Years covered by the periods, both end months included, overlaps counted once."""
    today = today or date.today()
    now = today.year * 12 + today.month - 1
    spans = sorted(
        (_months(p.start), _months(p.end) if p.end else now)
        for p in periods
        if p.public_service or not public_only
    )
    total, reach = 0, None
    for start, end in spans:
        end += 1
        if reach is not None and start < reach:
            start = reach
        if end > start:
            total += end - start
            reach = end if reach is None else max(reach, end)
    return round(total / 12, 1)


if not Doc.has_extension("periods"):
    Doc.set_extension("periods", default=None)


@Language.factory("recruit_periods", default_config={})
def make_periods(nlp: Language, name: str):
    """Build the component that sets ``doc._.periods`` from the experience section."""
    lang = nlp.lang

    def periods_component(doc: Doc) -> Doc:
        """Set ``doc._.periods``; works with or without ``doc._.sections``."""
        sections = doc._.sections if Doc.has_extension("sections") else None
        doc._.periods = extract_periods(doc_text(doc), tuple(sections or ()), lang)
        return doc

    return periods_component
