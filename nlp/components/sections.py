"""CV section segmentation by header lines (see :mod:`nlp.components.headings`).

A section runs from its header to the next one; the text before the first header (name,
contacts) is the "personal" section.

Official forms add two rules. A form's title on the first line ("ПОСЛУЖНОЙ СПИСОК") names the
document, not a section. An inline header that is form item N ("3. Образование<TAB>высшее",
"8. Сертификаты: CAP (2011)") covers only its line when the next line is item N+1: the items
after it go back to the section it interrupted.

LinkedIn's PDF prints its sidebar ("Contact", "Top Skills", "Languages", "Certifications", …)
before the main column, which opens with the name, headline and location above "Summary" or
"Experience": from the name on, those lines are personal data, not the sidebar's last section.

A PDF repeats a page footer ("Нурланов Ерлан • Резюме обновлено 20 ноября 2026 в 09:41",
"Page 1 of 2", "1-бет") inside whatever section the page break falls in: :func:`is_page_footer`
tells the components that read entries to skip it.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.headings import heading_label, is_title, joined_label, label_of, within_job
from nlp.components.patterns import lazy
from nlp.extraction.page_marks import is_page_number
from nlp.language import detect_sections
from nlp.types import Section

_LINE = lazy(r"[^\n]+")
_ITEM = lazy(r"\s*(\d{1,2})[.)]\s")
_FOOTER = lazy(
    r"^(?:[^•\n]{0,60}•\s*)?(?:Резюме\s+обновлено\s.{0,40}|Түйіндеме\s+(?:жаңартылды\s.{0,40}"
    r"|.{0,40}\sжаңартылды)|Page\s+\d+\s+of\s+\d+|Страница\s+\d+\s+из\s+\d+)$",
    re.IGNORECASE,
)

CAPITALS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_PERSON = lazy(rf"[{CAPITALS}][\w'-]+(?:\s+[{CAPITALS}][\w'-]+){{1,2}}")
_PLACE = lazy(r"[^\W\d_][\w .'-]*(?:,\s*[^\W\d_][\w .'-]*){1,2}")


def is_page_footer(line: str) -> bool:
    """True for a page footer that a CV site prints on every page, or a page number."""
    return bool(_FOOTER.search(line.strip())) or is_page_number(line)


def body_start(text: str, start: int) -> int:
    """Where the content of the section starting at ``start`` begins: after its heading's
    colon when both share a line ("Образование: КазНУ, 2012"), else at ``start``."""
    line_end = text.find("\n", start)
    head, colon, _ = text[start : len(text) if line_end < 0 else line_end].partition(":")
    return start + len(head) + 1 if colon and label_of(head) else start


def _next_item(line: str, following: str) -> bool:
    """Whether ``line`` is an inline header numbered N and ``following`` is item N+1 of the
    same form ("3. Образование<TAB>высшее", then "4. Ученая степень<TAB>нет")."""
    number, next_number = _ITEM.match(line), _ITEM.match(following)
    if not (number and next_number and int(next_number[1]) == int(number[1]) + 1):
        return False
    return len(line.strip()) > 80 or not label_of(line.strip())


def _start(match: re.Match) -> int:
    """Where a line's text starts, after its indentation."""
    return match.start() + len(match.group()) - len(match.group().lstrip())


def _profile_top(lines: list[re.Match], index: int, headers: list[tuple[int, str]]) -> int | None:
    """Where LinkedIn's main column starts, when the heading on line ``index`` is its first (or
    the text, cut by language, ends at ``index``): at the person's name, the nearest name above
    the headline and the location."""
    sidebar = bool(headers) and headers[0] == (_start(lines[0]), "personal")
    sidebar = sidebar and headers[-1][1] not in ("personal", "summary", "experience")
    if not sidebar or index < 3 or not _PLACE.fullmatch(lines[index - 1].group().strip()):
        return None
    for above in range(index - 2, max(index - 7, 0), -1):
        start = _start(lines[above])
        if start <= headers[-1][0]:
            return None
        if _PERSON.fullmatch(lines[above].group().strip()):
            return start
    return None


def find_sections(text: str) -> tuple[Section, ...]:
    """Split a CV text into sections by its header lines; () when it has no header.

    A heading printed beside its value (hh.kz's "Знание языков Казахский — Родной") counts on
    the line right under a header outside experience, and on any line after such a heading."""
    headers: list[tuple[int, str]] = []
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    rows_at: int | None = -1
    for index, match in enumerate(lines):
        line = match.group()
        label = heading_label(line)
        if label and headers and headers[-1][1] == "experience" and within_job(line):
            continue
        joined = not label and rows_at in (None, index) and headers[-1][1] != "experience"
        label = joined_label(line) if joined else label
        if not label or (index == 0 and is_title(line)):
            continue
        rows_at = None if joined else index + 1
        resumed = headers[-1][1] if headers else "personal"
        top = _profile_top(lines, index, headers) if label in ("summary", "experience") else None
        if top is not None:
            headers.append((top, "personal"))
        headers.append((_start(match), label))
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following
            and _next_item(line, following.group())
            and not heading_label(following.group())
        ):
            headers.append((_start(following), resumed))
    top = _profile_top(lines, len(lines), headers)
    if top is not None:
        headers.append((top, "personal"))
    if not headers:
        return ()
    bounds: list[tuple[int, str]] = []
    if text[: headers[0][0]].strip():
        bounds.append((0, "personal"))
    bounds.extend(headers)
    sections = []
    for index, (start, label) in enumerate(bounds):
        end = bounds[index + 1][0] if index + 1 < len(bounds) else len(text)
        end = start + len(text[start:end].rstrip())
        start = start + len(text[start:end]) - len(text[start:end].lstrip())
        sections.append(Section(name=label, start=start, end=end))
    return tuple(sections)


_TEXT_KEY = "recruit_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it token by token on every access
    (about 0.1 ms for a two-page CV), and every component reads it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Give ``doc`` the text it was made from, so :func:`doc_text` need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def sections_for(text: str) -> tuple[Section, ...]:
    """The sections of ``text``, each with the language it is written in."""
    return detect_sections(text, find_sections(text))


if not Doc.has_extension("sections"):
    Doc.set_extension("sections", default=None)


class SectionSegmenter:
    """Pipeline component: finds the sections and sets ``doc.spans["sections"]``."""

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.sections`` and one span per section labelled with its name."""
        sections = sections_for(doc_text(doc))
        spans = []
        for section in sections:
            span = doc.char_span(
                section.start, section.end, label=section.name, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans["sections"] = spans
        doc._.sections = sections
        return doc


@Language.factory("recruit_sections", default_config={})
def make_sections(nlp: Language, name: str) -> SectionSegmenter:
    """Build the section segmenter; it needs no data beyond the heading list above."""
    return SectionSegmenter()
