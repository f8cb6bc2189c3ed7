"""An employer named once over its posts: a line of the employer with its own overall dates and,
right below it, the posts held there, each with its dates within those.

    2010 – 2020  АО «Казпочта»
      2015 – 2020  начальник отдела
      2010 – 2015  специалист

The posts may be bullets ("- 01.2006 – 06.2008 главный специалист"). Each post is a job of
that employer (and of its public-service flag). The employer's line is no row of its own when
its posts cover its dates, as a commission would otherwise see the same years twice; it stays
when it holds months no post does (leaves between the posts count in the total, as HR counts
them).
"""

from dataclasses import replace
from datetime import date

from nlp.components.dates import Period
from nlp.components.organization_words import LEGAL_FORMS
from nlp.components.patterns import lazy
from nlp.types import Experience

_BULLETS = " \t\r\n-–—•*·▪●"
_QUOTES = lazy('[«»"“”„]')


def posts_of_employers(
    text: str, jobs: list[Experience], periods: list[Period]
) -> tuple[list[Experience], list[Period]]:
    """``jobs`` and their ``periods`` with the posts below an employer's dated line given that
    employer, and the line left out when the posts cover its dates."""
    out: list[tuple[Experience, Period]] = []
    index = 0
    while index < len(jobs):
        job, period = jobs[index], periods[index]
        end = index + 1
        if job.title is None and job.organization and end < len(jobs):
            following = jobs[end].span[0]
            # the first post right below it, maybe after a bullet
            if not text[job.span[1] : following].strip(_BULLETS):
                while end < len(jobs) and _post_within(text, jobs[end], periods[end], period):
                    end += 1
        posts = [
            (
                replace(
                    p,
                    title=_title_with_unit(text, p),
                    organization=job.organization,
                    public_service=job.public_service,
                ),
                q,
            )
            for p, q in zip(jobs[index + 1 : end], periods[index + 1 : end], strict=True)
        ]
        if not posts or not _covered(period, [q for _, q in posts]):
            out.append((job, period))
        out.extend(posts)
        index = end
    return [job for job, _ in out], [period for _, period in out]


def _post_within(text: str, job: Experience, period: Period, outer: Period) -> bool:
    """True when ``job`` names a post without an employer of its own and ``period`` lies
    within ``outer``."""
    if job.title is None or period.start < outer.start:
        return False
    if job.organization is not None and _title_with_unit(text, job) == job.title:
        return False
    return outer.end is None or (period.end is not None and period.end <= outer.end)


def _title_with_unit(text: str, job: Experience) -> str | None:
    """The post's title with the words read as its employer when they only name a part of the
    employer above, on the title's line after it ("Главный эксперт Комитета связи …", "Head of
    Sales, B2B segment"); the title alone otherwise, e.g. when they name an organisation of
    its own ("АО «…»")."""
    title, unit = job.title, job.organization
    if title is None or unit is None or LEGAL_FORMS.search(unit) or _QUOTES.search(unit):
        return title
    line_start = text.rfind("\n", 0, job.span[0]) + 1
    line_end = text.find("\n", job.span[1])
    line = text[line_start : len(text) if line_end < 0 else line_end]
    at = line.find(title)
    after = line.find(unit, at + len(title)) if at >= 0 else -1
    if after < 0 or line[at + len(title) : after].strip(" ,") != "":
        return title
    return " ".join(line[at : after + len(unit)].split())


def _covered(outer: Period, inner: list[Period]) -> bool:
    """True when the ``inner`` periods together cover every month of ``outer``."""
    reach = _month(outer.start)
    for period in sorted(inner, key=lambda p: p.start):
        if _month(period.start) > reach:
            return False
        reach = max(reach, _month(period.end) + 1)
    return reach > _month(outer.end)


def _month(value: str | None) -> int:
    """Months since year 0 of a "YYYY-MM" value; None (to date) is this month."""
    if value is None:
        today = date.today()
        return today.year * 12 + today.month - 1
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1
