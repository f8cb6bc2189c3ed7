"""Certificates and courses with their years, including the legislation-test certificate.

Every item line of a certificates or courses section counts; elsewhere a line needs a cue
word ("сертификат", "курсы повышения квалификации", "certificate", "біліктілікті арттыру")
or a well-known certificate name (CCNA, PMP, ITIL, IELTS, ...). A language test in a
languages section ("Английский – C1, IELTS 7.0") is the evidence of a level, not an item, an
honour ("Certificate of Honour of the Minister", "Почетная грамота") is an award and a driving
licence ("Жүргізуші куәлігі «В» санаты") no certificate. In a job's description a cue word
counts where it opens the line or goes with a verb such as "прошел", "completed" ("Прошел
курсы …"), not in a duty ("создаю курсы", "services: certificates of no criminal record"). A
heading ("ПОВЫШЕНИЕ КВАЛИФИКАЦИИ И СТАЖИРОВКИ") and a row of computer skills ("Компьютерлік
сауаттылық: MS Word, MS Excel") are no items.

In a section, a line opening with a bracket ("(PMP)" under "Project Management Professional",
as LinkedIn wraps its sidebar) or under a line that goes on continues the item. hh.kz prints
an item as "2022 Name" (or "2019" over the name), then "Provider, Speciality": the lines
without a year under it wrap its name up to that provider's line, which is no item.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.cells import goes_on
from nlp.components.certificate_cues import (
    ANY_CUE,
    LANGUAGE_TEST,
    NO_ITEM,
    cued,
    item_kind,
    names_item,
)
from nlp.components.certificate_names import BULLET, COMMA_PARTS, certificate_name, table_row
from nlp.components.dates import YEAR
from nlp.components.headings import heading_label
from nlp.components.patterns import guarded, lazy
from nlp.components.sections import CAPITALS, doc_text, is_page_footer
from nlp.types import Certification, Section

_I = re.IGNORECASE
_HEADING = lazy(
    r"(?:(?:сертификат\w*|certificat\w*|certifications?|курс\w*|courses?|trainings?|тренинг\w*"
    r"|повышени\w*\s+квалификаци\w*|біліктілікті\s+арттыру\w*|куәлік\w*|дополнительное\s+образование"
    r"|(?:профессиональн\w*\s+)?переподготовк\w*|қайта\s+даярлау\w*|retraining"
    r"|қосымша\s+білім|additional\s+education|licenses?|стажировк\w*|тағылымдама\w*|internships?"
    r"|(?:language\s+)?tests?|языков\w*\s+тест\w*|тілдік\s+тест\w*)"
    r"\s*(?:,|и|and|&|және)?\s*)+:?",
    _I,
)
# A row of computer skills under the courses ("Компьютерлік сауаттылық: MS Word, MS Excel"):
# a skill list, no item, unless it names a certificate or course.
_SKILL_ROW = lazy(
    r"^(?:компьютер\w*\s+(?:сауаттылы\w*|грамотност\w*|навык\w*|дағды\w*)|цифрлық\s+сауаттылық"
    r"|цифровая\s+грамотность|computer\s+(?:literacy|skills)|владение\s+(?:пк|компьютером))\s*:",
    _I,
)
# hh.kz's item: "2022 Проектный менеджмент…" or a bare "2019" over the name.
_LEAD = lazy(rf"^{YEAR}(?:[ \t]+(?=[{CAPITALS}])|$)")
_CONTENT = lazy(r"[:：\t]\s*(?=\S)")
_YEAR = guarded(lazy(YEAR))
# LinkedIn's line under an item: "Microsoft · Issued Mar 2022", "Microsoft · Выдано: мар. 2022".
_ISSUED = lazy(r"·\s*(?:issued|выдан\w*|берілген|берілді)(?!\w)", _I)
# A name in quotes: a year inside it belongs to the name ("«… ИНКОТЕРМС 2010/2020»").
_QUOTED = lazy(r'«[^«»\n]*»|"[^"\n]*"|“[^“”\n]*”')
_LINK = lazy(r"https?:|www\.", _I)
# A part of a list line: up to a ";", or up to a comma outside brackets and quotes.
_SEPARATORS = (
    lazy(r"[^;]+"),
    COMMA_PARTS,
)


def _lines(text: str, start: int, end: int):
    """Non-empty lines of ``text[start:end]`` as (start, line) without outer blanks."""
    for match in re.finditer(r"[^\n]+", text[start:end]):
        line = match.group()
        if line.strip():
            yield start + match.start() + len(line) - len(line.lstrip()), line.strip()


def _continues(item: str, line: str) -> bool:
    """Whether ``line`` continues the item above: it opens with a bracket, or with a small
    letter under an item broken off after a word ("Академия государственного" over "управления
    при Президенте …", but not "курс «…», 2020" under "…, 2019": a line with a year of its own
    is an item), or the item goes on, also after a comma as a PDF wraps "Курсы «…»," over
    "Академия …, 72 часа, 2021 г." (not over a line that opens an item with a bullet or a
    year)."""
    broken = item.rstrip()[-1:].isalpha() and not _YEAR.search(line)
    wraps = line[:1].islower() and broken and not _LINK.match(line)
    if line.startswith("(") or wraps or goes_on(item):
        return True
    return item.rstrip().endswith(",") and not (BULLET.match(line) or _LEAD.match(line))


def _items(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Lines of a certificates or courses section joined into items, as (start, item): a
    wrapped name is one item ("Project Management Professional (PMP)"), a page footer and
    hh.kz's provider line are none."""
    lines = [
        (first, line)
        for first, line in _lines(text, start, end)
        if not (is_page_footer(line) or (heading_label(line) and not _CONTENT.search(line)))
    ]
    items: list[list[int]] = []
    index = 0
    while index < len(lines):
        first, line = lines[index]
        index += 1
        if items and _continues(text[items[-1][0] : items[-1][1]], line):
            items[-1][1] = first + len(line)
            continue
        last, lead = first + len(line), _LEAD.match(line)
        bare = lead is not None and lead.end() == len(line)
        if lead and (not bare or not items or _YEAR.search(text[items[-1][0] : items[-1][1]])):
            below = []
            while index < len(lines) and not (
                _YEAR.search(lines[index][1])
                or heading_label(lines[index][1])
                or BULLET.match(lines[index][1])
            ):
                below.append(lines[index])
                index += 1
            provider = [k for k, (_, detail) in enumerate(below) if "," in detail and k >= bare]
            wrapped = min(provider[0] if provider else int(bare), len(below))
            if wrapped:
                last = below[wrapped - 1][0] + len(below[wrapped - 1][1])
        items.append([first, last])
    return [(first, text[first:last].replace("\n", " ")) for first, last in items]


def _parts(first: int, line: str) -> list[tuple[int, str]]:
    """A line's items with their starts: its parts between ";", else between commas outside
    brackets and quotes, when each has a year of its own ("PMP (PMI, 2020); ITIL 4 Foundation
    (2021)", ""Госзакупки" (2019 г., 72 ч.), "Excel" (2022 г.)"), else the whole line."""
    for separator in _SEPARATORS:
        parts = [(first + m.start(), m.group()) for m in separator.finditer(line)]
        if len(parts) > 1 and all(_YEAR.search(part) for _, part in parts):
            return [(start + len(part) - len(part.lstrip()), part.strip()) for start, part in parts]
    return [(first, line)]


def _row(line: str) -> str:
    """``line`` as a table row of a section (see :func:`table_row`), the label of a form's row
    kept before its cells: a DOCX form puts its label in a cell of its own ("9. Повышение
    квалификации, сертификаты<TAB>Сертификат «1С:Профессионал» (2014)"), no name cell."""
    content = _CONTENT.search(line) if heading_label(line) else None
    at = content.end() if content else 0
    row = table_row(line[at:])
    if row is None:
        return line
    return line[:at] + row if row else ""


def _scan(
    text: str, start: int, end: int, default: str | None, section: str = "other"
) -> list[Certification]:
    """Items of one region; ``default`` is the section's kind, None outside such sections.

    The content of an inline header ("Сертификаты: CCNA, 2019") is read as a line of its own;
    known names count outside experience (where "CCNA" is a job's subject), and a language
    test in a languages section is the level of the language on its line."""
    found: list[Certification] = []
    lines = _items(text, start, end) if default else _lines(text, start, end)
    for first, line in lines:
        if default and "\n" not in text[first : first + len(line)]:
            line = _row(line)
        skip = not line.strip() or _HEADING.fullmatch(line) or is_page_footer(line)
        skip = skip or NO_ITEM.search(line)
        skip = skip or (_SKILL_ROW.match(line) and not names_item(line))
        if skip or (default is None and not cued(line, section)):
            continue
        if heading_label(line):
            content = _CONTENT.search(line)
            if content is None:
                continue
            first, line = first + content.end(), line[content.end() :]
            if default is None and not cued(line, section):
                continue
        if section == "languages" and LANGUAGE_TEST.search(line):
            continue
        for part_start, part in _parts(first, line):
            _add(found, part_start, part, default)
    return found


def _add(found: list[Certification], start: int, line: str, default: str | None) -> None:
    """Add the item on ``line`` to ``found``; a line that is only a year, or LinkedIn's issue
    line under an item ("Microsoft · Issued Mar 2022"), in a certificates or courses section,
    gives that year to the item above it."""
    years = [int(y) for y in _YEAR.findall(_QUOTED.sub(" ", line))]
    name = certificate_name(line)
    dated = not re.search(r"[^\W\d_]", name) or _ISSUED.search(line)
    if default and dated and years and found:
        if found[-1].year is None:
            previous = found[-1]
            found[-1] = Certification(
                previous.name, years[-1], previous.start, start + len(line), previous.kind
            )
        return
    if len(name) >= 2:
        year = max(years) if years else None
        kind = item_kind(line, default or "certificate")
        found.append(Certification(name, year, start, start + len(line), kind))


def extract_certifications(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[Certification, ...]:
    """Certificates and courses from their sections, and cue lines elsewhere."""
    kinds = {"certificates": "certificate", "courses": "course"}
    found = [
        item
        for s in sections
        if s.name in kinds
        for item in _scan(text, s.start, s.end, kinds[s.name])
    ]
    others = [s for s in sections if s.name not in kinds]
    if not sections:
        others = [Section("other", 0, len(text))]
    for s in others:
        # Most experience sections hold no cue at all: they have no line to read.
        if any(cue.search(text, s.start, s.end) for cue in ANY_CUE):
            found.extend(_scan(text, s.start, s.end, None, s.name))
    return tuple(sorted(found, key=lambda item: item.start))


if not Doc.has_extension("certifications"):
    Doc.set_extension("certifications", default=None)


@Language.factory("recruit_certifications", default_config={})
def make_certifications(nlp: Language, name: str):
    """Build the component that sets ``doc._.certifications``."""
    lang = nlp.lang

    def certifications_component(doc: Doc) -> Doc:
        """Set ``doc._.certifications``; works with or without ``doc._.sections``."""
        sections = doc._.sections if Doc.has_extension("sections") else None
        doc._.certifications = extract_certifications(doc_text(doc), tuple(sections or ()), lang)
        return doc

    return certifications_component
