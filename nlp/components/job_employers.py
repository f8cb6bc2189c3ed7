"""The employer of a job read on the lines next to its post: below a post named with its
dates, below the unit named with the post, or above the dates, as each layout prints it;
``job_lines`` reads a job's names around its dates with these."""

from nlp.components.cells import goes_on
from nlp.components.job_cells import cells_above, joined_cell, lines_after, wrapped
from nlp.components.job_names import clean, reads_as_title
from nlp.components.job_places import is_place
from nlp.components.organizations import is_public_service, is_unit, organization_start
from nlp.components.patterns import lazy

BULLET = lazy(r"\s*[-–—•*▪●·]\s")
# A duty that opens with "organisation" as a deed, not an employer: "Организация работы с
# обращениями граждан", "Organization of budget planning"; "Организация образования
# «Школа»" names one by its quoted name.
_DEED = lazy(
    r"[ \t]*(?i:организация|organi[sz]ation)[ \t]+(?:(?:и|and|работ\w*)(?![\w-])|of[ \t]+[a-z])"
    r"(?![^«\"\n]*[«\"])"
)
# A duty written as an English sentence opened by a verb in the past ("Prepared analytical
# reports…", "Coordinated the integration…"): no employer's name starts so.
_DUTY = lazy(r"[ \t]*[A-Z][a-z]+ed[ \t]+[a-z]")


def is_name(cell: str) -> bool:
    """True when a cell can name a post or an employer: not a place, a duty bullet or a
    sentence of a job's description."""
    words = len(cell.split())
    sentence = cell.rstrip().endswith((".", ";", "!")) and words > 3
    return not (sentence or words > 20 or BULLET.match(cell) or is_place(cell))


def employer_below(text: str, end: int, stop: int) -> tuple[str, int] | None:
    """The employer on the line below a post named after the dates ("2018–2022  Директор
    Департамента …" over "Министерство сельского хозяйства РК"): a line that starts with an
    organisation's name, with its end."""
    line_end = text.find("\n", end)
    if line_end < 0 or line_end >= stop:
        return None
    lines = lines_after(text, line_end + 1, stop, 2)
    if not lines or BULLET.match(lines[0][1]):
        return None
    cell = lines[0][1].strip()
    if organization_start(cell) != 0 or not is_employer_cell(cell):
        return None
    if len(lines) > 1 and (_legal_tail(lines[1][1]) or goes_on(cell, name=True)):
        cell, end = joined_cell(lines)
        return clean(cell), end
    return clean(cell), lines[0][0] + len(lines[0][1].rstrip())


def _legal_tail(line: str) -> bool:
    """True when a line is the wrapped end of an employer's name: a word or two in lower case
    ("мекемесі", "учреждение", "кәсіпорны") under "«…» республикалық мемлекеттік", not a
    post ("бас маманы") or a duty."""
    words = line.split()
    short = 0 < len(words) <= 2 and line.strip()[:1].islower()
    return short and not line.rstrip().endswith(".") and not reads_as_title(line)


def body_below(text: str, end: int, stop: int, unit: bool = False) -> tuple[str, str, int] | None:
    """A state body on the line below a post named with its unit, or below the unit's wrapped
    tail ("Head of Division, Department of Electric" / "Power Industry Development" /
    "Ministry of Energy of the Republic of Kazakhstan"): the tail ("" when none), the body and
    its end. The unit named with the post stays in the title, as in a state body's posts. When
    what the post names is a unit alone (``unit``: "Lead Engineer, Dispatch Control
    Department"), any organisation below is its employer ("KEGOC JSC (Kazakhstan Electricity
    Grid Operating" / "Company)"), with the lines it wraps onto."""
    line_end = text.find("\n", end)
    if line_end < 0 or line_end >= stop:
        return None
    lines = lines_after(text, line_end + 1, stop, 4)
    tail = ""
    for index, (offset, line) in enumerate(lines[:2]):
        cell = line.strip()
        if BULLET.match(line) or not is_name(cell):
            return None
        if organization_start(cell) == 0 and is_public_service(cell):
            return tail, clean(cell), offset + len(line.rstrip())
        if unit and organization_start(cell) == 0 and not is_unit(cell):
            body, body_end = joined_cell(lines[index:][: wrapped(lines[index:])])
            return tail, clean(body), body_end
        if tail or len(cell.split()) > 4 or organization_start(cell) is not None:
            return None
        tail = cell
    return None


def employer_above(text: str, bound: int, line_start: int) -> bool:
    """True when an employer stands on the line right above a date line, after the job before
    it: the section prints each employer over its dates, so the line below the dates is the
    next job's employer, not this one's."""
    cells = cells_above(text, bound, line_start)
    return bool(cells) and is_employer_cell(cells[-1][1])


# Small words inside a capitalised name: "Bank of America", "Teleperformance for Microsoft".
_JOINING = frozenset(("of", "for", "and", "&", "the", "de"))


def is_employer_cell(cell: str) -> bool:
    """True when a cell over a title names its employer: an organisation, or a short name of
    capitalised words ("KPMG Kazakhstan", "EY"), not a title or a sentence of duties; a place
    after it is no part of it (:func:`employer_part`)."""
    if not is_name(cell) or reads_as_title(cell) or _DEED.match(cell) or _DUTY.match(cell):
        return False
    name, place = _place_after(cell) or (cell, None)
    words = name.split()
    named = 0 < len(words) <= 4 and words[0][:1].isupper()
    named = named and all(word[:1].isupper() or word in _JOINING for word in words)
    # A place printed after it tells an employer whatever its words ("Masters equipments -
    # Trichur, Kerala -")
    placed = place is not None and len(words) <= 6
    return named or placed or organization_start(name) is not None


# The employer with a place after a dash, and a dash closing the line, as job sites print it
# ("Infosys Limited -  Bangalore Urban, Karnataka -", "Disney -", "Disney - Burbank, CA").
_PLACE_AFTER = lazy(r"(?P<name>.+?)[ \t]+[-–—](?:[ \t]+(?P<place>[^\t]+?))?(?:[ \t]+[-–—])?[ \t]*")


def employer_part(cell: str) -> str:
    """``cell`` without the place printed after its employer, or as it is when what follows
    the dash is no place ("Senior Consultant - KPMG")."""
    split = _place_after(cell)
    return cell if split is None else split[0]


def _place_after(cell: str) -> tuple[str, str | None] | None:
    """The employer and the place after its dash (None after a dash alone), or None when the
    cell prints no such place."""
    match = _PLACE_AFTER.fullmatch(cell.strip())
    if match is None:
        return None
    place = match.group("place")
    if place is not None and not is_place(place):
        return None
    return match.group("name"), place
