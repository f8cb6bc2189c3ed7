"""The title and employer of one job, read around its dates.

On the date line: the text after the dates, once a duration is dropped
("2015 – 2019 Главный специалист, АО «Казахтелеком»", "05.2018 – 07.2020 (2 years 3 months)
Analyst at Kaspi Bank"), else the text before them. The two stand in either order, apart by a
comma, a dash or a table row's cell border, or where an organisation's name starts; the title
is the part whose position word comes before any organisation name, or last, as in Kazakh
("Қаржы министрлігі, қаржы бөлімінің бас маманы").

With nothing beside the dates, the lines below them: one cell naming both, else two cells in
either order; a cell may wrap over lines, and a place under an employer is left out (hh.kz
prints the employer, "Астана, astana.gov.kz", then the post). When a place with its country
follows the dates ("Astana, Kazakhstan"), the post and its employer are above them, as
LinkedIn prints a job; a place on the date line itself is Europass's, and the job is below
("CHIEF EXPERT – MINISTRY OF FINANCE", then its unit, "Budget Policy Department", which does
not replace the state body as the employer).
"""

import re

from nlp.components.cells import goes_on
from nlp.components.dates import Period, has_point
from nlp.components.organizations import is_public_service, looks_like_title, organization_start
from nlp.components.sections import heading_label
from nlp.types import Experience

_SEPARATOR = re.compile(r",\s|\s[–—-]\s")
_CELL = re.compile(r"\s*[|\t]\s*")
_DANGLING = re.compile(r"\s+(?:at|в|во|@|в компании)$", re.IGNORECASE)
# How long a job lasted, alone on a line or bracketed after its dates ("7 лет 3 месяца",
# "(3 years 11 months)", "7 жыл 3 ай").
_DURATION = re.compile(
    r"\s*\(?(?:\s*\d+\s*(?:год\w*|лет|мес\w*\.?|г\.|жыл|ай|years?|months?|yrs?|mos?)(?!\w))+\)?",
    re.IGNORECASE,
)
# A place printed under an employer or a job: a town, then a website or the country
# ("Астана, astana.gov.kz", "Astana, Kazakhstan"), or a town alone ("Шымкент").
_NAME_WORDS = r"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?"
_PLACE = re.compile(rf"{_NAME_WORDS}((?:,\s+(?:(?:www\.)?[\w-]+(?:\.[\w-]+)+|{_NAME_WORDS}))*)")
# The country that ends a job's location as LinkedIn prints it ("Astana, Kazakhstan").
_COUNTRY = re.compile(
    r",\s+(?:Kazakhstan|Казахстан|Қазақстан|Qazaqstan|Russia|Россия|Kyrgyzstan|Кыргызстан"
    r"|Uzbekistan|Узбекистан)\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"\s*[-–—•*▪●·]\s")
# An employer's name wrapped before its genitive tail ("…Министерства финансов" / "Республики
# Казахстан"): a capitalised line that still belongs to the name above.
_NAME_TAIL = re.compile(
    r"(?:Республики|Министерства|Комитета|Агентства|Департамента|Акимата|Аппарата)(?!\w)"
)
_STRIP = " \t,;:|–—-•*·▪●"
# A full stop that ends a title as a sentence ("юрист.", "(по совместительству)."), not one
# that ends an abbreviation ("г.", "им.", "Ltd.").
_FULL_STOP = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=\)))\.$")


def _clean(text: str) -> str | None:
    """A title or organisation without list marks and separators; None when nothing is left."""
    text = _DANGLING.sub("", _FULL_STOP.sub("", text.strip(_STRIP))).strip(_STRIP)
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
        for sep in seps if start == 0 else ():  # a quoted unit first: "«IT» бөлімінің бас маманы"
            head, tail = line[: sep.start()], line[sep.end() :]
            if _reads_as_title(head) and organization_start(tail) is not None:
                return (_clean(head), _clean(tail))
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
    line that goes on, starting lower-case without naming a position: a Kazakh title below
    its employer, "бас маманы", is a cell of its own, or an employer's genitive tail)."""
    count = 1
    while count < len(lines):
        previous, line = lines[count - 1][1].rstrip(), lines[count][1].lstrip()
        lower = line[:1].islower() and not _reads_as_title(line)
        tail = _NAME_TAIL.match(line) and organization_start(previous) is not None
        if previous.endswith((".", ";")) or not (lower or tail or goes_on(previous)):
            break
        count += 1
    return count


def _joined_cell(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The text of a cell wrapped over ``lines`` and its end offset."""
    offset, last = lines[-1]
    return " ".join(line.strip() for _, line in lines), offset + len(last.rstrip())


def _is_place(line: str, following: str | None = None) -> bool:
    """True when ``line`` names where a job was, not the job: a town with a website or the
    country after it, or a town alone when a title follows (``following``)."""
    line = line.strip()
    place = _PLACE.fullmatch(line)
    if not place or not line[:1].isupper() or looks_like_title(line):
        return False
    if organization_start(line) is not None:
        return False
    return bool(place.group(1)) or (following is not None and _reads_as_title(following))


def _is_location(line: str) -> bool:
    """True when ``line`` is a town with its country ("Astana, Kazakhstan"), where a job was."""
    return bool(_COUNTRY.search(line)) and _is_place(line)


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
    title, org = _split_line(top)
    rest = lines[cell:]
    following = rest[1][1] if len(rest) > 1 else None
    if rest and not _reads_as_title(top) and _is_place(rest[0][1], following):
        rest = rest[1:]
    if (cell > 1 and title and org) or not rest or _BULLET.match(rest[0][1]):
        return title, org, first, end
    bottom, bottom_end = _joined_cell(rest[: _wrapped(rest)])
    if _reads_as_title(bottom) and not _reads_as_title(top):
        return _clean(bottom), _clean(top), first, bottom_end
    employer = organization_start(top) is None or _reads_as_title(top)
    if employer and organization_start(bottom) is not None and not _is_unit_of(org, bottom):
        return _clean(top), _clean(bottom), first, bottom_end
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


def _is_name(cell: str) -> bool:
    """True when a cell can name a post or an employer: not a place, a duty bullet or a
    sentence of a job's description."""
    words = len(cell.split())
    sentence = cell.rstrip().endswith((".", ";", "!")) and words > 3
    return not (sentence or words > 20 or _BULLET.match(cell) or _is_place(cell))


def _above(
    text: str, bound: int, line_start: int, previous: str | None
) -> tuple[str | None, str | None, int] | None:
    """Title, organisation and where they start, from the lines above a date line, as LinkedIn
    prints a job (company, title, dates, place); a title right after the job before is a
    second post with that job's employer (``previous``). None when no title is above."""
    lines = _lines_above(text, bound, line_start)
    cells: list[tuple[int, str]] = []
    while lines:
        count = _wrapped(lines)
        cells.append((lines[0][0], _joined_cell(lines[:count])[0]))
        lines = lines[count:]
    if not cells or not _is_name(cells[-1][1]):
        return None
    start, title = cells[-1]
    if len(cells) > 1 and _is_name(cells[-2][1]):
        start, org = cells[-2]
        if _reads_as_title(org) and not _reads_as_title(title):
            title, org = org, title
        return _clean(title), _clean(org), start
    if previous:
        return _clean(title), previous, start
    return *_split_line(title), start


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
    if _is_location(after):
        after = ""
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
    lines = _lines_after(text, line_end + 1, stop, 6) if line_end < stop else []
    if lines and _is_location(lines[0][1]):
        # A location right below the dates: the post and its employer are above them.
        bound = previous.span[1] if previous else region[0]
        found = _above(text, bound, line_start, previous.organization if previous else None)
        if found:
            return *found, line_end - (len(after) - len(after.rstrip()))
        lines = lines[1:]
    return _below(lines, first, last)
