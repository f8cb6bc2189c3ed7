"""The name of a certificate or course, as an HR officer would list it.

A line gives its name without its bullet, its dates (leading: "2021 Microsoft Certified…",
"2019 жылы ақпанда – ACCA DipIFR сертификаты"; trailing: "CCNA, 2023", "(PMI, 2020)"), a
leading "Сертификат" word and the issuer and hours after the last commas ("Cisco CCNA, Cisco",
"Курсы «…», Академия государственного управления при Президенте РК, 72 часа"). A part after a
comma is cut only when it is a known issuer, an organisation or the hours, so that a name
with a comma of its own ("Анализ данных, Python") stays whole, and the first part always stays.

A table row ("2015 | CompTIA Security+ | CompTIA", "2014    КАЗТЕСТ, уровень B2    НЦТ МОН РК",
cells between pipes, tabs or wide spaces) names its item in its first cell of words: the year
cell is read beside it, the issuer's and the hours' cells are not part of the name, and the
header row ("Год | Наименование | Кем выдан", "Жыл/Год   Атауы/Наименование") and markdown's
"|------|" row are no items.
"""

import re

from nlp.components.dates import YEAR, find_points
from nlp.components.education_fields import INSTITUTION
from nlp.components.organizations import organization_start
from nlp.components.patterns import guarded, lazy
from nlp.components.sections import CAPITALS

_I = re.IGNORECASE
BULLET = lazy(r"^[\s•\-–—*·▪●◦○►✓✔]+|^\s*\d{1,2}[.)]\s+")
# A part of a line up to a comma outside brackets and quotes.
COMMA_PARTS = lazy(r'(?:\([^()\n]*\)|«[^»\n]*»|"[^"\n]*"|“[^”\n]*”|[^,])+')
_TRAILING_DATE = guarded(
    lazy(
        rf"(?:\s*\([^()\n]*?[\s,;]|[\s,;:(\-–—]*)(?:(?:от|from|выдан\w*|issued|жылы)\s+)?"
        rf"(?:\d{{1,2}}[./]\d{{1,2}}[./])?"
        rf"{YEAR}\s*(?:г\.?|года?|ж\.?|жылы|year)?\s*\)?\s*\.?$",
        _I,
    )
)
_LEADING_YEAR = lazy(
    rf"^{YEAR}(?:\s*(?:гг?|жж?)\.|\s+(?:года?|жылы))?"
    rf"(?:\s+(?=[{CAPITALS}«\"“])|\s*[–—-]\s*(?=[^\W\d_]|[«\"“]))"
)
# A leading range of years ("2018–2019 курсы …", "2018-19 гг. Курсы …").
_LEADING_RANGE = lazy(
    rf"^{YEAR}\s*[–—-]\s*(?:{YEAR}|\d{{2}})(?:\s*(?:гг?|жж?)\.)?\s*[–—-]?\s*(?=[^\W\d_]|[«\"“])"
)
# What separates a leading date with a month ("2019 жылы ақпанда") from the name.
_AFTER_DATE = lazy(rf"\s*[–—-]\s*(?=[^\W\d_]|[«\"“])|\s+(?=[{CAPITALS}«\"“])")
_LEADING_CUE = lazy(r"^(?:[Сс]ертификат|СЕРТИФИКАТ|[Cc]ertificate)\s*:?\s+(?=[«\"A-ZА-ЯЁ0-9])")
# Issuers that no organisation word names, matched case-sensitively as a whole part.
_ISSUER = lazy(
    r"(?:Cisco|PMI|\(ISC\)[²2]|ISC2|PECB|ISACA|AXELOS|Axelos|PeopleCert|CompTIA|EC-Council"
    r"|Microsoft|Google|Amazon|AWS|Oracle|IBM|Huawei|Red\s+Hat|Linux\s+Foundation|Coursera"
    r"|Udemy|edX|Stepik|Scrum\.org|Scrum\s+Alliance|IIBA|ACCA|CIMA|BSI|IRCA|TÜV(?:\s+\w+)?"
    r"|British\s+Council|IDP|ETS|Cambridge\s+Assessment(?:\s+English)?)"
)
# What separates the cells of a table row.
_CELL_GAP = lazy(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*| {3,}")
# The words of a header row's cells.
_COLUMN = lazy(
    r"№|п/п|год|годы|дата|период|жыл|жылы|кезең\w*|мерзім\w*|year|date|period|наименование"
    r"|название|атауы|тақырыб\w*|тема|курс|курсы|сертификат\w*|certificates?|courses?|name|title"
    r"|кем\s+выдан|выдан|берген\s+ұйым|ұйым|организация|issuer|issued\s+by|provider|объ[её]м"
    r"|көлемі|часы|сағат|hours|duration|уровень|деңгейі|level",
    _I,
)
_LETTER = lazy(r"[^\W\d_]")
_YEAR = lazy(YEAR)
_HOURS = lazy(r"\d+\s*(?:академ\w*\s+)?(?:час\w*|ч\.?|сағат\w*|сағ\.?|hours?|hrs?\.?|h)", _I)


def certificate_name(line: str) -> str:
    """The item name of a certificate or course line."""
    name = _without_leading_date(BULLET.sub("", line).strip())
    name = _TRAILING_DATE.sub("", name).strip(" ,;:–—-")
    cut = _LEADING_CUE.sub("", name)
    return _without_issuer(cut if len(cut) > 1 else name)


def _without_leading_date(name: str) -> str:
    """``name`` without the year or date that opens it: "2021 Microsoft Certified…",
    "2019 ж. – ACCA…", "2019 жылы ақпанда – ACCA…", "2018–2019 курсы …"."""
    cut = _LEADING_RANGE.sub("", name)
    cut = _LEADING_YEAR.sub("", cut)
    if cut != name:
        return cut
    points = [p for p in find_points(name) if p.start == 0]
    after = points and _AFTER_DATE.match(name, max(p.end for p in points))
    return name[after.end() :] if after else name


def _without_issuer(name: str) -> str:
    """``name`` without the parts after its last commas that name an organisation or the hours,
    or without a known issuer after a single name ("Cisco CCNA, Cisco"; in "Excel, Word,
    Oracle" the issuer's name is an item of a list)."""
    parts = COMMA_PARTS.findall(name)
    kept = len(parts)
    while kept > 1 and _is_issuer(parts[kept - 1].strip(), known=kept == 2):
        kept -= 1
    return ",".join(parts[:kept]).strip() if kept < len(parts) else name


def _is_issuer(part: str, known: bool) -> bool:
    """True for a part that names who issued an item (an organisation, or a ``known`` issuer)
    or its hours ("72 часа")."""
    if (known and _ISSUER.fullmatch(part)) or _HOURS.fullmatch(part):
        return True
    return organization_start(part) == 0 or bool(INSTITUTION.match(part))


def table_row(line: str) -> str | None:
    """``line`` with all but its name cell and its year cells blanked, of the same length; ""
    for a header or separator row; None for a line that is no table row."""
    cells, at = [], 0
    for gap in _CELL_GAP.finditer(line):
        cells.append((at, gap.start()))
        at = gap.end()
    cells = [(a, b) for a, b in [*cells, (at, len(line))] if line[a:b].strip()]
    if len(cells) < 2 and "|" not in line:
        return None
    worded = [(a, b) for a, b in cells if _LETTER.search(_TRAILING_DATE.sub("", line[a:b]))]
    if not worded or all(_is_column(line[a:b]) for a, b in cells):
        return ""
    kept = [
        worded[0],
        *((a, b) for a, b in cells if (a, b) not in worded and _YEAR.search(line[a:b])),
    ]
    row = [" "] * len(line)
    for a, b in kept:
        row[a:b] = line[a:b]
    return "".join(row)


def _is_column(cell: str) -> bool:
    """True for a header cell: column names only, one or two ("Жыл/Год", "Курс / сертификат")."""
    return all(_COLUMN.fullmatch(part.strip()) for part in cell.split("/"))
