"""Education: level (secondary .. doctorate), field, institution and graduation year.

Inside an education section every entry with a level word or an institution counts; elsewhere
an entry needs a level word ("бакалавр", "магистр", "PhD", ...), so that a lecturer's job at a
university is not read as a degree.

Official forms put education in tables: a row ("КарГУ<TAB>2002<TAB>2006<TAB>Финансы, бакалавр")
is read cell by cell, a header row that names the columns is skipped, and a cell wrapped over
lines in a PDF is joined (also after an initial, "им. Т." over "Рыскулова"). hh.kz prints
"2011 Institution, City" over "Faculty, Speciality"; that faculty line starts no entry, nor is
a page footer ("… Резюме обновлено …") part of one. A bare level ("Образование: высшее") is
kept only when no fuller entry of that level or higher repeats it. An academic rank ("Ученое
звание: доцент, 2016 г.") and a form's other rows ("Дата заполнения<TAB>01.10.2026") end an
entry. What each entry says is read in :mod:`nlp.components.education_fields`; unfinished
studies have no level (:mod:`nlp.components.education_status`).
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.cells import goes_on
from nlp.components.date_words import SEPARATOR
from nlp.components.dates import YEAR, find_points
from nlp.components.education_fields import (
    INSTITUTION,
    faculty_field,
    field_of_study,
    graduation_year,
    institution_name,
)
from nlp.components.education_levels import LEVELS, education_level
from nlp.components.education_status import is_unfinished
from nlp.components.education_translations import translates
from nlp.components.headings import heading_label
from nlp.components.patterns import guarded, lazy
from nlp.components.sections import body_start, doc_text, is_page_footer
from nlp.types import Education, Section

# A table's header row names its columns ("Наименование учебного заведения<TAB>Год окончания").
_COLUMN = guarded(
    lazy(
        r"наименовани\w*|учебн\w*\s+заведени\w*|год\w*|специальност\w*|квалификаци\w*"
        r"|факультет\w*|отделени\w*|оқу\s+орн\w*|атауы|жылы|мамандығы|біліктілігі"
        r"|institution|year|degree|speciality|specialty|major",
        re.IGNORECASE,
    )
)
_RANK = lazy(r"^(?:учен\w*\s+звани\w*|ғылыми\s+атағ\w*|academic\s+(?:title|rank))", re.I)
_ITEM_NUMBER = lazy(r"^\d{1,2}[.)]\s")
# A course's length ("2 апта", "72 часа", "3 weeks"): training, whatever school gave it.
_COURSE_LENGTH = guarded(
    lazy(
        r"(?<!\w)\d{1,3}[ \t]*(?:апта\w*|недел\w*|weeks?|күн\w*|дн(?:я|ей)|days?|сағат\w*"
        r"|час(?:а|ов)?|ак\.?[ \t]*ч(?:\.|ас\w*)?|hours?)(?!\w)",
        re.IGNORECASE,
    )
)
# A name wrapped after an initial: "…университет им. Т." over "Рыскулова".
_INITIAL = lazy(r"\s(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,2}$")
_YEAR = lazy(YEAR)
# A line that opens with its dates: "01/09/2012 – 30/06/2016 Almaty", "2009 – 2013".
_DATES_FIRST = lazy(r"^(?:\d{1,2}[./])?(?:\d{1,2}[./])?\d{4}(?!\d)")
_BLANK_LINES = lazy(r"\n(?:[ \t]*\n)+")
# What may stand beside a date on a line of dates alone: "July 2010 to April 2014", "2015 г."
_DATE_WORDS = lazy(rf"(?:{SEPARATOR}|[\s,.()]|г(?:г)?\.?|жж?\.?|years?)*", re.IGNORECASE)


def _dates_alone(line: str) -> bool:
    """True for a line of dates and nothing else ("1994", "June 2014 to March 2016")."""
    points = find_points(line)
    at = 0
    for point in points:
        if _DATE_WORDS.fullmatch(line, at, point.start) is None:
            return False
        at = point.end
    return bool(points) and _DATE_WORDS.fullmatch(line, at) is not None


def _double_spaced(region: str) -> str | None:
    """``region`` read as single-spaced when its lines stand between blank lines, as job
    sites' exports print an entry ("M.S. in Computer Engineering", blank, the school, blank,
    "1994"), else None. There a blank line ends no entry by itself: the blank lines are made
    blanks (offsets stay the same) except where an entry ends, after its line of dates alone
    (when the entries' dates come last) or after its school when the school is not its first
    line and no dates follow. No line there is a wrapped part of the line above it."""
    lines = region.split("\n")
    filled = [line for line in lines if line.strip()]
    touching = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip())
    if len(filled) < 3 or touching > len(filled) // 5:  # a pair of links may touch
        return None
    # The section's heading may open the region: it is no line of an entry.
    body = [line for line in filled if heading_label(line.strip()) is None]
    dates_last = not (body and _dates_alone(body[0]))
    blanks = list(_BLANK_LINES.finditer(region))
    pieces, last, entry = [], 0, 0
    for number, blank in enumerate(blanks):
        above = region[last : blank.start()].strip()
        following = blanks[number + 1].start() if number + 1 < len(blanks) else len(region)
        below = region[blank.end() : following].strip()
        entry += bool(above) and heading_label(above) is None
        dated = bool(above) and _dates_alone(above.splitlines()[-1])
        dates_below = dates_last and below and _dates_alone(below)
        school = entry > 1 and INSTITUTION.search(above) and not dates_below
        pieces.append(region[last : blank.start()])
        if above and ((dates_last and dated) or school):
            pieces.append(blank.group())
            entry = 0
        else:
            pieces.append("\n" + " " * (len(blank.group()) - 1))
        last = blank.end()
    pieces.append(region[last:])
    return "".join(pieces)


def _is_heading(line: str, inst: bool, level: bool) -> bool:
    """True for a short line without dates or education words, such as a section heading
    ("7. Образование") or a table's header row ("Годы | Учебное заведение | Степень")."""
    line = _ITEM_NUMBER.sub("", line)
    short = max(len(cell.split()) for cell in re.split(r"[|\t]", line)) <= 3
    return not (inst or level) and not re.search(r"\d", line) and short


def _is_header_row(line: str) -> bool:
    """True for a table row whose every cell names a column ("Наименование учебного
    заведения<TAB>Год окончания<TAB>Специальность, квалификация")."""
    cells = [cell for cell in line.split("\t") if cell.strip()]
    if len(cells) < 2 or re.search(r"\d", line):
        return False
    return all(_COLUMN.search(cell) for cell in cells)


def _stands_alone(line: str) -> bool:
    """True for a line that is no part of an entry above it: an academic rank ("Ученое
    звание: доцент, 2016 г.", whose year is no graduation year) or a form's row that names no
    school or level ("Толтырылған күні / Дата заполнения<TAB>01.10.2026")."""
    if _RANK.match(line):
        return True
    label, tab, _ = line.partition("\t")
    words = len(label.split()) >= 2 and not re.search(r"\d", label)
    return bool(tab) and words and not (INSTITUTION.search(line) or education_level(line, True))


def _continues(line: str, below: str) -> bool:
    """Whether ``below`` continues ``line`` as one wrapped cell: ``line`` ends with a comma
    (and ``below`` has no dates of its own: none opening it, nor a year beside a second
    school) or goes on, or ``below`` starts lower-case (or with a bracket) under a line
    without digits that is no heading, and names no second institution or level. After a
    comma a school on ``below`` is the same one translated, as bilingual CVs print it
    ("… Қазақ агротехникалық университеті, «Жерге орналастыру»," over "бакалавр / Казахский
    агротехнический университет …"). A degree opening ``below`` under an institution is
    hh.kz's degree line ("кандидат технических наук, 05.13.18 – …"), no part of the name."""
    line, below = line.rstrip(), below.strip()
    if not line.strip() or not below or "\t" in line + below:
        return False
    if line.endswith(","):
        dated = _second_institution(line, below) and _YEAR.search(below)
        return not (_DATES_FIRST.match(below) or dated)
    if goes_on(line, name=True) or (_INITIAL.search(line) and INSTITUTION.search(line)):
        return True
    if translates(line, below):
        return True
    lower = below[0].islower() or below[0] == "("
    if not lower or line.endswith((".", ";", ":")) or re.search(r"\d", line):
        return False
    degree_below = education_level(below.split(",")[0], True)
    second = (
        _second_institution(line, below)
        or (education_level(line, True) and education_level(below, True))
        or (INSTITUTION.search(line) and degree_below)
    )
    return not second and heading_label(line) is None


def _second_institution(line: str, below: str) -> bool:
    """True when both lines name an institution, so that ``below`` is an entry of its own."""
    return bool(INSTITUTION.search(line) and INSTITUTION.search(below))


def _unwrap(region: str) -> str:
    """``region`` with the line breaks inside wrapped cells made spaces, so that every offset
    stays the same."""
    lines = region.split("\n")
    out = []
    for line, below in zip(lines, lines[1:], strict=False):
        out.append(line + (" " if _continues(line, below) else "\n"))
    out.append(lines[-1])
    return "".join(out)


def _next_dates(line: str, years: set[str], seen: bool) -> bool:
    """True for a line that opens with dates under an entry that has its school or level
    (``seen``) and its year (``years``, those of the entry's lines): the dates of the next
    entry, as Europass prints "01/09/2012 – 30/06/2016 Almaty" over "BACHELOR OF ECONOMICS –
    …", or "2007–2011   Алматы энергетика және байланыс университеті" follows an entry whose
    school is not known by name ("… атындағы ЕҰУ"). A dated degree without a school ("2007
    Защита диссертации … кандидата наук" under "2003–2006 Аспирантура при Институте …") is the
    degree of the school above."""
    if not (seen and years and _DATES_FIRST.match(line)):
        return False
    return not (education_level(line, True) and not INSTITUTION.search(line))


def _restates(line: str, level: str, seen: str | None, years: set[str]) -> bool:
    """True for a line that names again the level ``seen`` of the entry above it, with no
    year of its own beyond the entry's (``years``): the entry's degree under its school
    ("программа MBA" over "Магистр делового администрирования", "магистратура" over "магистр
    юридических наук", "… College —" over "technician-programmer"), not a second entry.
    "Бакалавр экономики (2010)" over "Бакалавр права (2014)" are two."""
    return level == seen and set(_YEAR.findall(line)) <= years


def _is_level_row(line: str) -> bool:
    """True for a form's row that states a level alone ("Ученая степень: кандидат наук",
    "Образование: высшее"): the entry it heads names the degree again below."""
    _, colon, value = line.partition(":")
    plain = not (re.search(r"\d", value) or INSTITUTION.search(value))
    return bool(colon) and plain and len(value.split()) <= 3


def _blocks(region: str):
    """Split a region into entries: blank lines, a header row or a page footer, a line
    repeating an institution/level (but not a faculty line, "Институт управления,
    Государственное и местное управление", which hh.kz prints under its institution, nor the
    degree under a form's row of the level alone or naming the entry's level again), or the
    dates of the next entry."""
    block_start, seen_inst, seen_level, seen_row = None, False, None, False
    years: set[str] = set()  # the years of the entry's lines: kept, not read again per line
    pos = 0
    for line in region.splitlines(keepends=True):
        stripped = line.strip()
        inst = bool(INSTITUTION.search(line)) and faculty_field(stripped) is None
        name = education_level(line, True)
        level = name is not None
        row = level and _is_level_row(stripped)
        header = _is_header_row(stripped) or is_page_footer(stripped) or _stands_alone(stripped)
        again = level and seen_level and not _restates(stripped, name, seen_level, years)
        repeats = (inst and seen_inst) or (level and again) or (row and seen_row)
        seen = seen_inst or seen_level or seen_row
        if (not stripped or header) or (
            block_start is not None and (repeats or _next_dates(stripped, years, seen))
        ):
            if block_start is not None:
                yield block_start, pos
            block_start, seen_inst, seen_level, seen_row = None, False, None, False
            years = set()
        if (
            stripped
            and not header
            and not (block_start is None and _is_heading(stripped, inst, level))
        ):
            if block_start is None:
                block_start = pos + len(line) - len(line.lstrip())
            seen_inst, seen_row = seen_inst or inst, seen_row or row
            seen_level = seen_level or (name if not row else None)
            years.update(_YEAR.findall(line))
        pos += len(line)
    if block_start is not None:
        yield block_start, len(region)


def _bare(entry: Education) -> bool:
    """True for a level alone, as a form's "Образование: высшее"."""
    return not (entry.institution or entry.field or entry.year)


def _without_repeats(found: list[Education]) -> tuple[Education, ...]:
    """The entries without the bare levels that a fuller entry of that level or higher
    repeats; a bare level alone is kept, as the only evidence of the level."""
    ranks = [name for name, _ in LEVELS]
    top = min((ranks.index(e.level) for e in found if e.level and not _bare(e)), default=None)
    if top is None:
        return tuple(found)
    return tuple(e for e in found if not (_bare(e) and e.level and ranks.index(e.level) >= top))


def extract_education(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[Education, ...]:
    """Every education entry with its level, field, institution, year and evidence span."""
    regions = [(body_start(text, s.start), s.end) for s in sections if s.name == "education"]
    in_section = bool(regions)
    if not regions:
        skip = ("experience",)
        regions = [(s.start, s.end) for s in sections if s.name not in skip] or [(0, len(text))]
    found = []
    for start, end in regions:
        # Each region is read on its own: a copy of the whole text per region cost the square
        # of the length of a text of hundreds of sections.
        piece = text[start:end]
        region = _double_spaced(piece) or _unwrap(piece)
        for first, last in _blocks(region):
            block = region[first:last].rstrip()
            level = education_level(block, in_section)
            institution = institution_name(block)
            if level is None and not (in_section and institution):
                continue
            if level in (None, "vocational") and _COURSE_LENGTH.search(block):
                continue
            field, year = field_of_study(block, institution), graduation_year(block)
            if is_unfinished(block):
                level, year = None, None
            first += start
            found.append(Education(level, field, institution, year, first, first + len(block)))
    return _without_repeats(found)


if not Doc.has_extension("education"):
    Doc.set_extension("education", default=None)


@Language.factory("recruit_education", default_config={})
def make_education(nlp: Language, name: str):
    """Build the component that sets ``doc._.education``."""
    lang = nlp.lang

    def education_component(doc: Doc) -> Doc:
        """Set ``doc._.education``; works with or without ``doc._.sections``."""
        sections = doc._.sections if Doc.has_extension("sections") else None
        doc._.education = extract_education(doc_text(doc), tuple(sections or ()), lang)
        return doc

    return education_component
