"""Work experience: date periods with the title and organisation beside them, and total years.

Periods come from the experience section when the CV has one; without sections the whole
text is read and periods whose lines speak of study (degree, faculty, student) are left out,
so that education never counts as work.
"""

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.cells import goes_on
from nlp.components.dates import PRESENT, Period, find_periods, has_point
from nlp.components.organizations import (
    is_public_service,
    looks_like_title,
    organization_start,
)
from nlp.components.patterns import guarded
from nlp.components.sections import doc_text
from nlp.types import Experience, Section

_NOT_WORK = ("education", "courses", "certificates", "languages")
_STUDY = guarded(
    re.compile(
        r"бакалавр\w*|магистр\w*|студент\w*|специальност\w*|факультет\w*|окончил\w*|выпускни\w*"
        r"|degree|bachelor\w*|master'?s|student|faculty|graduat\w*|мамандығы|түлек\w*|оқыды"
        r"|докторант\w*|аспирант\w*|phd|диплом\w*",
        re.IGNORECASE,
    )
)
_INSTITUTION = guarded(
    re.compile(
        r"университет\w*|university|институт\w*|institute|колледж\w*|college|академи\w*|academy"
        r"|школ\w*|school|мектеп\w*|гимнази\w*|лице[йя]\w*",
        re.IGNORECASE,
    )
)
_SEPARATOR = re.compile(r",\s|\s[–—-]\s")
_CELL = re.compile(r"\s*[|\t]\s*")
# "to date" left after an open period ("2019 жылдың қыркүйегінен бастап қазіргі уақытқа дейін").
_NOW = re.compile(rf"[\s–—-]*(?:{PRESENT})(?!\w)", re.IGNORECASE)
_DANGLING = re.compile(r"\s+(?:at|в|во|@|в компании)$", re.IGNORECASE)
_DURATION = re.compile(
    r"\s*\d+\s*(?:год\w*|лет|мес\w*|жыл|ай|years?|months?|yrs?|mos?)(?!\w)", re.IGNORECASE
)
_STRIP = " \t,;:|–—-•*·▪●"


def _clean(text: str) -> str | None:
    """A title or organisation without list marks and separators; None when nothing is left."""
    text = _DANGLING.sub("", text.strip(_STRIP)).strip(_STRIP)
    if text.endswith("(") or (text.endswith(")") and "(" not in text):
        text = text[:-1].strip(_STRIP)
    if text.startswith("(") and ")" not in text:
        text = text[1:].strip(_STRIP)
    return text if len(text) > 1 else None


def _reads_as_title(text: str) -> bool:
    """True when ``text`` names a position rather than an employer: its title word comes before
    any organisation name ("Главный специалист отдела кадров"), or last, as in Kazakh ("қаржы
    бөлімінің бас маманы")."""
    if not looks_like_title(text):
        return False
    return organization_start(text) != 0 or looks_like_title(text.split()[-1])


def _split_cells(cells: list[str]) -> tuple[str | None, str | None]:
    """(title, organisation) of a table row's cells: one cell holding both ("Должность с
    указанием организации", a place in the next cell), else the cell that names a position
    and a cell that names an employer."""
    for cell in cells:
        both = _split_line(cell) if _SEPARATOR.search(cell) else (None, None)
        if all(both):
            return both
    title = next((cell for cell in cells if _reads_as_title(cell)), cells[0])
    rest = [cell for cell in cells if cell is not title]
    org = next((cell for cell in rest if organization_start(cell) is not None), rest[0])
    return (_clean(title), _clean(org))


def _split_line(line: str) -> tuple[str | None, str | None]:
    """Split one line into (title, organisation), in either order, or a table row's cells."""
    cells = [cell for cell in _CELL.split(line) if _clean(cell)]
    if len(cells) > 1:
        return _split_cells(cells)
    line = line.strip(_STRIP)
    start = organization_start(line)
    if start is None:
        return (_clean(line), None)
    if start == 0 or not looks_like_title(line[:start]):
        seps = list(_SEPARATOR.finditer(line))
        if seps:
            head, tail = line[: seps[-1].start()], line[seps[-1].end() :]
            if _reads_as_title(tail):
                return (_clean(tail), _clean(head))
    if start == 0:
        return (None, _clean(line))
    return (_clean(line[:start]), _clean(line[start:]))


def _lines_after(text: str, pos: int, stop: int, count: int = 2) -> list[tuple[int, str]]:
    """Up to ``count`` following non-empty lines without dates, with their offsets."""
    found: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]*\n?", text[pos:stop]):
        line = match.group().rstrip("\n")
        if not line.strip():
            if found:
                break
            continue
        if has_point(line) or len(found) == count:
            break
        if _DURATION.match(line):
            continue
        found.append((pos + match.start(), line))
    return found


def _wrapped(lines: list[tuple[int, str]]) -> int:
    """How many of ``lines`` make one cell: the first and those that continue it (after a
    line that goes on, or starting lower-case without naming a position: a Kazakh title
    below its employer, "бас маманы", is a cell of its own)."""
    count = 1
    while count < len(lines):
        previous, line = lines[count - 1][1].rstrip(), lines[count][1].lstrip()
        lower = line[:1].islower() and not _reads_as_title(line)
        if previous.endswith((".", ";")) or not (lower or goes_on(previous)):
            break
        count += 1
    return count


def _joined_cell(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The text of a cell wrapped over ``lines`` and its end offset."""
    offset, last = lines[-1]
    return " ".join(line.strip() for _, line in lines), offset + len(last.rstrip())


def _describe(text: str, period: Period, stop: int) -> tuple[str | None, str | None, int, int]:
    """Title, organisation and the evidence span of one period."""
    first, last = period.span
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = stop if line_end < 0 or line_end > stop else line_end
    after, before = text[last:line_end], text[line_start:first]
    now = _NOW.match(after)
    after = after[now.end() :] if now else after
    if _clean(after):
        end = line_end - (len(after) - len(after.rstrip()))
        if goes_on(after.rstrip()) and line_end < stop:
            lines = [(last, after), *_lines_after(text, line_end + 1, stop, 3)]
            after, end = _joined_cell(lines[: _wrapped(lines)])
        title, org = _split_line(after)
        if title is None and _clean(before):
            title, first = _clean(before), line_start + len(before) - len(before.lstrip())
        return title, org, first, end
    if _clean(before):
        title, org = _split_line(before)
        return title, org, line_start + len(before) - len(before.lstrip()), last
    lines = _lines_after(text, line_end + 1, stop, 4) if line_end < stop else []
    if not lines:
        return None, None, first, last
    cell = _wrapped(lines)
    if cell > 1:
        joined, end = _joined_cell(lines[:cell])
        return *_split_line(joined), first, end
    lines = lines[:2]
    end = lines[-1][0] + len(lines[-1][1].rstrip())
    if len(lines) == 2:
        top, bottom = (line for _, line in lines)
        if _reads_as_title(bottom) and not _reads_as_title(top):
            return _clean(bottom), _clean(top), first, end
        if organization_start(bottom) is not None and (
            organization_start(top) is None or _reads_as_title(top)
        ):
            return _clean(top), _clean(bottom), first, end
    title, org = _split_line(lines[0][1])
    return title, org, first, lines[0][0] + len(lines[0][1].rstrip())


def _regions(text: str, sections: tuple[Section, ...]) -> tuple[list[tuple[int, int]], bool]:
    """Where to look for work periods, and whether lines of study must be filtered out."""
    work = [(s.start, s.end) for s in sections if s.name == "experience"]
    if work:
        return work, False
    if sections:
        return [(s.start, s.end) for s in sections if s.name not in _NOT_WORK], True
    return [(0, len(text))], True


def _is_study(text: str, span: tuple[int, int]) -> bool:
    """True when the lines around a period describe study rather than work."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = text.find("\n", end + 1) if end >= 0 else -1
    context = text[line_start : len(text) if end < 0 else end]
    if _STUDY.search(context):
        return True
    return bool(_INSTITUTION.search(context) and not looks_like_title(context))


def extract_periods(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[Experience, ...]:
    """Every work period of a CV as an Experience, in text order."""
    regions, filter_study = _regions(text, sections)
    found: list[Experience] = []
    for start, stop in regions:
        for period in find_periods(text, start, stop):
            if filter_study and _is_study(text, period.span):
                continue
            title, org, first, last = _describe(text, period, stop)
            public = is_public_service(org or (text[first:last] if title is None else None))
            found.append(Experience(title, org, period.start, period.end, public, (first, last)))
    return tuple(found)


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
