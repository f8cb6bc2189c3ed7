"""Education: level (secondary .. doctorate), field, institution and graduation year.

Kazakh is read in Cyrillic and in the Latin alphabet of 2021 ("Bakalavr", "ğylym kandidaty",
"ūlttyq universitetı"), the latter also in its plain-keyboard forms ("gylym kandidaty").

Inside an education section every entry with a level word or an institution counts; elsewhere
an entry needs a level word ("бакалавр", "магистр", "PhD", ...), so that a lecturer's job at a
university is not read as a degree.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.dates import PRESENT, YEAR, find_periods
from nlp.components.organizations import kazakh_latin
from nlp.components.patterns import guarded
from nlp.components.sections import body_start, doc_text
from nlp.types import Education, Section

_I = re.IGNORECASE
# Highest level first: an entry gets the highest level it mentions.
_LEVELS: tuple[tuple[str, re.Pattern], ...] = (
    (
        "doctorate",
        re.compile(
            r"кандидат\w*\s+(?:[\w-]+\s+){0,2}наук|доктор\w*\s+(?:[\w-]+\s+){0,2}наук"
            r"|(?<!\w)ph\.?\s?d(?!\w)|доктор\w*\s+философии|ғылым\w*\s+(?:кандидаты|докторы)"
            r"|философия\s+докторы|doctor\s+of\s+(?:philosophy|science)|doctorate|докторантур\w*"
            r"|doctoral|"
            + kazakh_latin(r"ğylym\w*\s+(?:kandidaty|doktory)|filosofiia\s+doktory|doktorantur\w*"),
            _I,
        ),
    ),
    (
        "master",
        re.compile(
            r"магистр\w*|(?<!\w)(?:mba|mpa|llm|m\.?sc|emba)(?!\w)|master'?s?\s+(?:of|degree|in)"
            r"|master'?s(?!\w)|magistr(?!ate)\w*",
            _I,
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"бакалавр\w*|(?<!неполное\s)высшее(?!\w)|жоғары\s+(?:білім|кәсіби|оқу)\w*"
            r"|bachelor\w*|(?<!\w)b\.?sc(?!\w)|(?<!\w)b\.?a\.?\s+in(?!\w)|higher\s+education"
            r"|специалитет\w*|дипломированн\w*\s+специалист\w*|specialist'?s?\s+degree|"
            + kazakh_latin(r"bakalavr\w*|joğary\s+(?:bılım|käsıbi|oqu)\w*"),
            _I,
        ),
    ),
    (
        "vocational",
        re.compile(
            r"колледж\w*|техникум\w*|училищ\w*|(?<!\w)college(?!\s+london)|средне[-\s]специальн\w*"
            r"|среднее\s+(?:специальное|профессиональное|техническое)|техникалық\s+және\s+кәсіптік"
            r"|кәсіптік\s+білім|vocational|профессиональн\w*\s+лице\w*|"
            + kazakh_latin(r"kolledj\w*|tehnikum\w*|käsıptık\s+bılım"),
            _I,
        ),
    ),
    (
        "secondary",
        re.compile(
            r"средн\w+\s+(?:общ\w+\s+)?(?:образовани\w*|школ\w*)|(?<!\w)сош(?!\w)"
            r"|общеобразовательн\w*|школа[-‑]гимнази\w*|школа[-‑]лице\w*|гимнази\w*|орта\s+мектеп\w*"
            r"|(?:жалпы\s+)?орта\s+білім\w*|secondary\s+(?:school|education)|high\s+school"
            r"|неполное\s+высшее|" + kazakh_latin(r"orta\s+mektep\w*|(?:jalpy\s+)?orta\s+bılım\w*"),
            _I,
        ),
    ),
)
# Degree abbreviations are matched case-sensitively: "BE" is a degree, "be" is a verb.
_ABBREVIATIONS = {
    "master": re.compile(
        r"(?<!\w)(?:M\.?\s?-?Tech|M\.\s?S\.|MS\s+in|MCA|M\.\s?A\.|M\.?Com|M\.?Phil)(?!\w)"
    ),
    "bachelor": re.compile(
        r"(?<!\w)(?:B\.?\s?-?T[Ee][Cc][Hh]|B\.\s?E\.?|BE\s+(?:in|[A-Z])|B\.?\s?[Cc]om|B\.\s?S\.|BS\s+in"
        r"|B\.\s?A\.|BBA|BCA|LLB)(?!\w)"
    ),
    "secondary": re.compile(r"(?<!\w)(?:H\.?S\.?C|S\.?S\.?C|A-levels?|GCSE)(?!\w)"),
}
_SPECIALIST = guarded(re.compile(r"(?<!\w)(?:специалист|specialist|маман|maman)(?!\w)", _I))
_INSTITUTION = guarded(
    re.compile(
        r"университет\w*|university|институт\w*|institute|академи\w*|academy|колледж\w*|college"
        r"|техникум\w*|училищ\w*|школ\w*|school|мектеп\w*|гимнази\w*|лице[йя]\w*|(?<!\w)сош(?!\w)"
        r"|(?<!\w)(?:КазНУ|ЕНУ|КБТУ|КИМЭП|КазГЮУ|КазНТУ|КарГУ|ЮКГУ|МУИТ|AITU|SDU|NU|KBTU|KIMEP)(?!\w)|"
        + kazakh_latin(
            r"universitet\w*|institut(?!ion)\w*|akademi\w*|kolledj\w*|tehnikum\w*|mektep\w*"
            r"|gimnazi\w*|litsei\w*"
        ),
        _I,
    )
)
_FIELD = guarded(
    re.compile(
        r"(?:специальност[ьи]|по\s+специальности|направлени[ея](?:\s+подготовки)?"
        r"|мамандығы(?![ \t]+бойынша)"
        r"|мамандық|specialty|speciality|major|field\s+of\s+study|факультет|faculty"
        r"|образовательная\s+программа|білім\s+беру\s+бағдарламасы|(?:degree|programme|program)"
        r"\s+in|(?<!\w)(?:phd|mba|mpa|doctorate|m\.?sc|b\.?sc|m\.?a|b\.?a)\s+in(?!\w)"
        r"|(?:bachelor|master)'?s?\s+of\s+\w+\s+in|(?:bachelor|master)'?s?\s+in|"
        + kazakh_latin(r"mamandyğy|mamandyq|fakultet|bılım\s+beru\s+bağdarlamasy")
        # A line break only after a colon or dash: a table header "Степень, специальность"
        # is not followed by the field on the next row. A specialty code ("12.00.08",
        # "6D030100") is skipped when a name follows it.
        + r")[ \t]*(?:[:\-–—]\s*)?(?:(?:\d\d\.\d\d\.\d\d|\d[BMDВМД]\d{5,6})[ \t]*[:\-–—]?[ \t]*"
        r"(?=[«\"“]|[^\W\d_]))?(?:[«\"“](?P<quoted>[^«»\"“”\n]{3,80})[»\"”]"
        r"|[«\"“]?(?P<field>[^,;|\n«»\"“”()]{3,80}))",
        _I,
    )
)
# Kazakh names the field before the cue: "«Информатика» мамандығы бойынша бакалавр".
_FIELD_BEFORE = guarded(
    re.compile(
        r"(?<!\w)[«\"“]?(?P<field>[^,;|\n«»\"“”()]{3,80}?)[»\"”]?[ \t]+(?:мамандығы|мамандық\w*|"
        + kazakh_latin(r"mamandyğy|mamandyq\w*")
        + r")(?!\w)(?![ \t]*[:\-–—])",
        _I,
    )
)
# Postgraduate studies named before the institution: "аспирантура КазНУ".
_STUDIES = re.compile(
    r"^(?:аспирантур|магистратур|докторантур|резидентур|"
    + kazakh_latin(r"aspirantur|magistratur|doktorantur")
    + r")\w*\s+",
    _I,
)
_QUOTED = re.compile(r"[«\"“](?P<field>[^«»\"“”\n]{3,80})[»\"”]")
_YEAR = re.compile(YEAR)
_STILL = guarded(re.compile(rf"(?<!\w)(?:{PRESENT})(?!\w)", _I))
_PARTS = re.compile(r"[,;|\n()]|\s[–—-]\s")
_SEPARATOR = re.compile(r"[,;|]|\s[–—-]\s|\(|\)")


def _level(block: str, in_section: bool) -> str | None:
    """The highest education level that a block of text mentions."""
    for name, pattern in _LEVELS:
        if pattern.search(block) or (name in _ABBREVIATIONS and _ABBREVIATIONS[name].search(block)):
            return name
    if in_section and _SPECIALIST.search(block):
        return "bachelor"
    return None


def _institution(block: str) -> str | None:
    """The part of a block that names the institution, without dates."""
    for line in block.splitlines():
        if not _INSTITUTION.search(line):
            continue
        for period in reversed(find_periods(line)):
            line = line[: period.span[0]] + line[period.span[1] :]
        parts = [p for p in _SEPARATOR.split(_YEAR.sub("", line)) if _INSTITUTION.search(p)]
        if parts:
            return _STUDIES.sub("", parts[0].strip(" \t.:–—-•*")) or None
    return None


def _field(block: str, institution: str | None) -> str | None:
    """The field of study: next to a cue word, else the first quoted name that is not a school."""
    for before in _FIELD_BEFORE.finditer(block):
        name = before.group("field").strip(" .")
        if not (_INSTITUTION.search(name) or _level(name, True) or re.search(r"\d", name)):
            return name
    match = _FIELD.search(block)
    if match:
        return (match.group("quoted") or match.group("field")).strip(" .") or None
    for quoted in _QUOTED.finditer(block):
        name = quoted.group("field").strip()
        if not _INSTITUTION.search(name) and (not institution or name not in institution):
            return name
    parts = [p.strip(" \t.:–—-•*") for p in _PARTS.split(block)]
    for index, part in enumerate(parts[:-1]):
        if _level(part, True) is not None:
            after = parts[index + 1]
            plain = not (_INSTITUTION.search(after) or re.search(r"\d", after))
            if plain and _level(after, True) is None and 2 < len(after) <= 80:
                return after
    return None


def _year(block: str) -> int | None:
    """The graduation year: the latest year of the entry, None while still studying."""
    if _STILL.search(block):
        return None
    years = [int(y) for y in _YEAR.findall(block)]
    return max(years) if years else None


def _is_heading(line: str, inst: bool, level: bool) -> bool:
    """True for a short line without dates or education words, such as a section heading or
    a table's header row ("Годы | Учебное заведение | Степень, специальность")."""
    short = max(len(cell.split()) for cell in line.split("|")) <= 3
    return not (inst or level) and not re.search(r"\d", line) and short


def _blocks(text: str, start: int, end: int):
    """Split a region into entries: blank lines, or a line repeating an institution/level."""
    block_start, seen_inst, seen_level = None, False, False
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        stripped = line.strip()
        inst, level = bool(_INSTITUTION.search(line)), _level(line, True) is not None
        if not stripped or (
            block_start is not None and ((inst and seen_inst) or (level and seen_level))
        ):
            if block_start is not None:
                yield block_start, pos
            block_start, seen_inst, seen_level = None, False, False
        if stripped and not (block_start is None and _is_heading(stripped, inst, level)):
            if block_start is None:
                block_start = pos + len(line) - len(line.lstrip())
            seen_inst, seen_level = seen_inst or inst, seen_level or level
        pos += len(line)
    if block_start is not None:
        yield block_start, end


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
        for first, last in _blocks(text, start, end):
            block = text[first:last].rstrip()
            level = _level(block, in_section)
            institution = _institution(block)
            if level is None and not (in_section and institution):
                continue
            field = _field(block, institution)
            found.append(
                Education(level, field, institution, _year(block), first, first + len(block))
            )
    return tuple(found)


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
