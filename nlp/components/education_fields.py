"""What one education entry says: its institution, field of study and graduation year (its
level: ``education_levels``).

Kazakh is read in Cyrillic and in the Latin alphabet of 2021 ("Bakalavr", "ğylym kandidaty",
"ūlttyq universitetı"), the latter also in its plain-keyboard forms ("gylym kandidaty") and in
the letters of 2018 ("ǵylym kandıdaty", "ulttyq ýnıversıteti").

The field is named after a cue word ("специальность: Финансы", "degree in Law"), before a
Kazakh one ("«Информатика» мамандығы"), in quotes, in a table's speciality cell ("Финансы,
бакалавр"), right after the level ("специалист, юриспруденция"), by the degree itself
(:mod:`nlp.components.degree_fields`) or right after the institution unless a town ("КазНУ,
Юриспруденция"). A form's label is no institution ("Бітірген оқу орны: …"); an acronym is one
("BSc Computer Science, KAIST").
"""

import re

from nlp.components.date_periods import find_periods
from nlp.components.dates import PRESENT, YEAR, find_points
from nlp.components.degree_fields import degree_fields, tidy_field
from nlp.components.education_levels import education_level
from nlp.components.education_status import is_unfinished
from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.lemmatizer import russian_parses
from nlp.components.patterns import guarded, lazy

_I = re.IGNORECASE
# A university's acronym, matched case-sensitively: one in mixed case ("КазНУ", "ҚарМУ",
# "ҚазАТУ", "КазГЮУ") or in capitals whose middle letters are consonants, ending in the
# initial of a university's adjective and "У" ("ЕНУ", "ЕҰУ", "ПМУ", "ОҚМУ", "ЮКГУ", "АЭжБУ").
# A word in capitals is none ("ДАМУ", "ОҚУ", "ОҚЫТУ"), nor a state body's legal form ("ГУ",
# "РГУ «…»", "КГУ «…»", "ФГБУ") unless a name follows it ("КГУ им. Ш. Уалиханова").
_CAPITAL, _SMALL = "А-ЯЁӘҒҚҢӨҰҮҺІ", "а-яёәғқңөұүһі"
_SCHOOL_ACRONYM = (
    rf"(?-i:(?<!\w)(?=[{_CAPITAL}])(?!(?:[РК]Г|[ГМ]Б|ФГБ)У(?!\w)(?![ \t]+им(?:\.|ени)))"
    rf"(?:[{_CAPITAL}][{_SMALL}]{{1,3}}(?:[{_CAPITAL}][{_SMALL}]?){{1,3}}"
    rf"|[{_CAPITAL}](?:[БВГДЖЗКҚЛМНҢПРСТФХЦЧШЩҰЭЮ]ж?){{0,2}}[БГМНПТҰЭЮ])У(?!\w))"
)
_SCHOOL_WORD = guarded(
    lazy(
        r"университет\w*|university|институт\w*|institute|академи(?!ческ|ялық)\w*|academy|колледж\w*"
        r"|college"
        # not "дошкольное воспитание", "мектепке дейінгі" (pre-school): a speciality
        r"|техникум\w*|училищ\w*|(?<!до)школ\w*|school|мектеп(?!ке\s+дейін)\w*|гимнази\w*"
        r"|лице[йя]\w*|(?<!\w)сош(?!\w)"
        r"|(?<!\w)(?:КазНУ|ЕНУ|КБТУ|КИМЭП|КазГЮУ|КазНТУ|КарГУ|ЮКГУ|МУИТ|AITU|SDU|NU|KBTU|KIMEP)(?!\w)|"
        + kazakh_latin(
            r"universitet\w*|institut(?!ion)\w*|akademi\w*|kolledj\w*|tehnikum\w*|mektep\w*"
            r"|gimnazi\w*|litsei\w*"
        ),
        _I,
    )
)
# The acronym stands beside the guarded school words, not inside them: in their alternation its
# capitals, folded, would let every Cyrillic letter through the guard (twice the time).
INSTITUTION = lazy(f"{_SCHOOL_ACRONYM}|{_SCHOOL_WORD.pattern}", _I)
# A specialty code: "12.00.08", "6D030100".
_CODE = r"\d\d\.\d\d\.\d\d|\d[BMDВМД]\d{5,6}"
_FIELD = guarded(
    lazy(
        r"(?:специальност[ьи]|по\s+специальности|направлени[ея](?:\s+подготовки)?"
        # "мамандығы: …", not "«…» мамандығы бойынша", "«…» мамандығының бакалавры"
        r"|(?:мамандығы|білім\s+беру\s+бағдарламасы)(?!\w)(?![ \t]+бойынша)"
        r"|мамандық|specialty|speciality|major|field\s+of\s+study|факультет|faculty"
        r"|образовательная\s+программа|(?:degree|programme|program)"
        r"\s+in|(?<!\w)(?:phd|mba|mpa|doctorate|[bm]\.?sc|[bm]\.?a|ll\.?m|[bm]\.?[ \t]?tech"
        r"|[bm]\.?[ \t]?eng|m\.?phil|[bm]\.?com|(?-i:[BM]\.?[SE]))\.?\s+in(?!\w)"
        r"|(?:bachelor|master)'?s?\s+of\s+\w+\s+in|(?:bachelor|master)'?s?\s+in|"
        + kazakh_latin(r"mamandyğy|mamandyq|fakultet|bılım\s+beru\s+bağdarlamasy")
        # A line break only after a colon or dash: a table header "Степень, специальность"
        # is not followed by the field on the next row. A specialty code ("12.00.08",
        # "6D030100") is skipped when a name follows it. A run of blanks ends the field too: it
        # stands for a line break in a CV flattened into one line.
        + rf")[ \t]*(?:[:\-–—]\s*)?(?:(?:{_CODE})[ \t]*[:\-–—]?[ \t]*"
        r"(?=[«\"“]|[^\W\d_]))?(?:[«\"“](?P<quoted>[^«»\"“”\t\n]{3,80})[»\"”]"
        r"|[«\"“]?(?P<field>(?:[^,;|\t\n«»\"“”() ]| (?! )){3,80}))",
        _I,
    )
)
# Kazakh names the field before the cue: "«Информатика» мамандығы бойынша бакалавр",
# "«Құқықтану» мамандығының бакалавры", "«7M04101 Экономика» білім беру бағдарламасы бойынша".
_FIELD_BEFORE = guarded(
    lazy(
        r"(?<!\w)[«\"“]?(?P<field>[^,;|\t\n«»\"“”()]{3,80}?)[»\"”]?[ \t]+"
        r"(?:мамандығы\w*|мамандық\w*|білім\s+беру\s+бағдарламас\w*|"
        + kazakh_latin(r"mamandyğy\w*|mamandyq\w*|bılım\s+beru\s+bağdarlamas\w*")
        + r")(?!\w)(?![ \t]*[:\-–—])",
        _I,
    )
)
# Postgraduate studies named before the institution: "аспирантура КазНУ".
_STUDIES = lazy(
    r"^(?:аспирантур|магистратур|докторантур|резидентур|"
    + kazakh_latin(r"aspirantur|magistratur|doktorantur")
    + r")\w*\s+",
    _I,
)
# "Окончил: КарГТУ", "окончила в 2008 г. КарГУ", "Бітірген: ҚазҰУ" (the year is gone by then).
_GRADUATED = lazy(
    r"^(?:окончил\w*|закончил\w*|бітір\w*|graduated(?:\s+from)?)(?:\s+в)?[\s:–—-]*", _I
)
# hh.kz's line under the institution, "Faculty, Speciality": "Экономический, Финансы",
# "Институт управления, Государственное и местное управление".
_FACULTY = guarded(
    lazy(
        r"^(?:[^,\d\n]*(?:факультет|институт|школ|мектеб|кафедр|faculty|school|institute"
        r"|department)[^,\d\n]*|[^\W\d_][\w-]*(?:ский|цкий|ческий|ный|ой|ый|ий|лық|лік|тық|тік))"
        r",\s*(?P<field>[^,;\d\n]+)$",
        _I,
    )
)
# A university known by its acronym alone, matched case-sensitively: "KAIST", "ҚазҰУ",
# "Әл-Фараби атындағы ҚазҰУ" (its last word).
_ACRONYM = lazy(r"(?:^|\s)(?:[A-Z]{3,6}|[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]{0,5}[УҰ])$")
# A town or country after the institution, which is no field ("КазНУ, Алматы").
_PLACE = lazy(
    r"(?:г\.\s*)?(?:Алматы|Almaty|Астана|Astana|Нур-Султан|Шымкент|Shymkent|Караганд\w*"
    r"|Қарағанды|Актобе|Ақтөбе|Тараз|Павлодар|Семей|Атырау|Костанай|Қостанай|Кызылорда"
    r"|Қызылорда|Уральск|Орал|Петропавловск|Актау|Ақтау|Туркестан|Түркістан|Кокшетау|Көкшетау"
    r"|Талдыкорган|Талдықорған|Усть-Каменогорск|Өскемен|Kazakhstan|Казахстан|Қазақстан"
    r"|[A-Z][a-z]+,?\s+(?:South\s+)?(?:Korea|Kingdom|States|UK|USA))$"
)
_QUOTED = lazy(r"[«\"“](?P<field>[^«»\"“”\n]{3,80})[»\"”]")
_YEAR = lazy(YEAR)
# One capitalised Russian word: a name's genitive tail when it is one ("Казпотребсоюза").
_GENITIVE_WORD = lazy(r"[А-ЯЁ][а-яё]{3,}")
_STILL = guarded(lazy(rf"(?<!\w)(?:{PRESENT})(?!\w)", _I))
_PARTS = lazy(r"[,;|\t\n()·]|\s[–—-]\s")
_SEPARATOR = lazy(r"[,;|\t]|\s[–—-]\s|\(|\)")


def institution_name(block: str) -> str | None:
    """The part of a block that names the institution, without dates: a part with a school
    word, else a university's acronym."""
    lines = [_undated(line) for line in block.splitlines()]
    for index, line in enumerate(lines):
        parts = _SEPARATOR.split(line)
        found = next((i for i, part in enumerate(parts) if INSTITUTION.search(part)), None)
        if found is not None:
            name = _GRADUATED.sub("", _unlabelled(_with_head(line, parts, found)))
            return _STUDIES.sub("", _wrapped(name, lines, index, parts, found)) or None
    return next(filter(None, map(_acronym, lines)), None)


def _wrapped(name: str, lines: list[str], index: int, parts: list[str], found: int) -> str:
    """An institution's ``name`` (the part ``found`` of its line's ``parts``) with the lines a
    PDF wrapped it onto: its start on the line above when it opens in lower case ("…Ақтөбе" /
    "өңірлік университеті"), a Russian genitive alone on the line below when it ends its line
    ("Карагандинский экономический университет" / "Казпотребсоюза")."""
    above = _SEPARATOR.split(lines[index - 1])[-1].strip() if index else ""
    if name[:1].islower() and not found and _name_head(above):
        name = f"{above} {name}"
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if not "".join(parts[found + 1 :]).strip() and _GENITIVE_WORD.fullmatch(below):
        name = f"{name} {below}" if russian_parses(below.lower())[0].tag.case == "gent" else name
    return name


def _name_head(line: str) -> bool:
    """True when the end of a line can open a name that the next line finishes: capitalised,
    not a sentence's or label's end, no degree."""
    ended = line.endswith((".", ":", ";"))
    return line[:1].isupper() and not ended and education_level(line, True) is None


def _with_head(line: str, parts: list[str], index: int) -> str:
    """The institution's part of a line, with the words before a comma inside its name: a
    part that opens in lower case goes on from a capitalised one of a few words before it,
    which names no degree ("Қазақ экономика, қаржы және халықаралық сауда университеті")."""
    name = parts[index].strip(" \t.:–—-•*")
    head = parts[index - 1].strip(" \t.:–—-•*") if index else ""
    after_comma = index and line.find(f"{parts[index - 1]},{parts[index]}") >= 0
    short = 0 < len(head.split()) <= 4
    if not (after_comma and short and name[:1].islower() and head[:1].isupper()):
        return name
    if education_level(head, True) is not None or _PLACE.match(head) or _YEAR.search(head):
        return name
    return f"{head}, {name}"


def _undated(line: str) -> str:
    """``line`` without its periods, and with a bar for each year that it names alone."""
    line = _replaced(line, [period.span for period in find_periods(line)], "")
    return _replaced(line, [(p.start, p.end) for p in find_points(line) if p.year], "|")


def _replaced(line: str, spans: list[tuple[int, int]], mark: str) -> str:
    """``line`` with each of ``spans`` (in order) replaced by ``mark``, in one pass: cutting
    them out one by one cost the square of their number on a line of thousands of dates."""
    pieces, last = [], 0
    for start, end in spans:
        pieces += (line[last:start], mark)
        last = max(last, end)
    pieces.append(line[last:])
    return "".join(pieces)


def _acronym(line: str) -> str | None:
    """A part that names a university by its acronym ("BSc Computer Science, KAIST, Daejeon",
    "Әл-Фараби атындағы ҚазҰУ"); a degree ("MBA", "BBA") or a place is none."""
    for part in _SEPARATOR.split(line):
        part = part.strip(" \t.:–—-•*")
        if _ACRONYM.search(part) and education_level(part, True) is None and not _PLACE.match(part):
            return part
    return None


def _unlabelled(name: str) -> str:
    """A name without a form's label, when what follows the label names the institution
    ("Бітірген оқу орны: Әл-Фараби атындағы…", "Магистратура: Назарбаев Университеті")."""
    label, colon, rest = name.partition(":")
    return rest.strip() if colon and INSTITUTION.search(rest) else name


def field_of_study(block: str, institution: str | None) -> str | None:
    """The field of study: next to a cue word, else the first quoted name that is not a school,
    else the name around the qualification ("Финансы, бакалавр", "магистр права")."""
    for before in _FIELD_BEFORE.finditer(block):
        name = re.sub(rf"^(?:{_CODE})\s+", "", before.group("field").strip(" ."))
        if _plain(name):
            return name
    match = _FIELD.search(block)
    if match:
        return tidy_field(match.group("quoted") or match.group("field"))
    for line in block.splitlines()[1:]:
        name = faculty_field(line.strip())
        if name:
            return name
    for quoted in _QUOTED.finditer(block):
        name = quoted.group("field").strip()
        if not INSTITUTION.search(name) and (not institution or name not in institution):
            return name
    named = (_speciality(block), _after_level(block), *degree_fields(block))
    names = (*named, _after_institution(block, institution))
    return next((name for name in names if name and _plain(name) and name != institution), None)


def faculty_field(line: str) -> str | None:
    """The speciality of a "Faculty, Speciality" line, or None for any other line."""
    match = _FACULTY.match(line)
    name = match and match.group("field").strip(" .")
    return name if name and _plain(name) else None


def _plain(part: str) -> bool:
    """True for a part that can be a field: no institution, level, digit or word of studies
    not finished ("не завершена")."""
    plain = not (INSTITUTION.search(part) or re.search(r"\d", part) or is_unfinished(part))
    return plain and education_level(part, True) is None and 2 < len(part) <= 80


def _speciality(block: str) -> str | None:
    """The field that opens a speciality cell before its qualification ("Финансы, бакалавр
    экономики"; a table cell or a line)."""
    for cell in re.split(r"[\t\n]", block):
        if len(cell) > 100:  # running text, not a cell
            continue
        first, *rest = [p.strip(" .:–—-•*") for p in _PARTS.split(cell)]
        if _plain(first) and education_level(" ".join(rest), True) is not None:
            return first
    return None


def _after_level(block: str) -> str | None:
    """The part right after a level on its line, past a specialty code: "КарГУ, специалист,
    юриспруденция", "кандидат технических наук, 05.13.18 – Математическое моделирование".
    The next line is no part of it: in a form it is the next row ("Телефон<TAB>…")."""
    for line in block.splitlines():
        parts = [p.strip(" \t.:–—-•*") for p in _PARTS.split(line)]
        parts = [p for p in parts if not re.fullmatch(_CODE, p)]
        for index, part in enumerate(parts[:-1]):
            if education_level(part, True) is not None and _plain(parts[index + 1]):
                return parts[index + 1]
    return None


def _after_institution(block: str, institution: str | None) -> str | None:
    """The part right after the institution on its line, unless a town: "Неоконченное высшее,
    КазНУ им. аль-Фараби, Юриспруденция", "KIMEP University, Economics, 2020-2022"."""
    for line in block.splitlines():
        parts = [p.strip(" \t.:–—-•*") for p in _PARTS.split(_undated(line))]
        for index, part in enumerate(parts[:-1]):
            school = INSTITUTION.search(part) or (institution and part == institution)
            if school and not _PLACE.match(parts[index + 1]):
                return parts[index + 1]
    return None


def graduation_year(block: str) -> int | None:
    """The graduation year: the latest year of the entry, None while still studying."""
    if _STILL.search(block):
        return None
    years = [int(y) for y in _YEAR.findall(block)]
    return max(years) if years else None
