"""Authors' names in a researcher's or a lecturer's bibliography, to redact before a name-blind
commission sees the CV, while the titles, journals, years and pages stay: the publications
are qualification evidence for posts that ask for research.

The candidate is among the authors, and the co-authors are third parties whose names are
personal data as a referee's are, so every author is hidden. A bibliography is a section
headed "Publications", "Список научных трудов", "Жарияланымдар"..., a "References" section
whose lines are citations (not referees), or any line with the GOST mark "//" before its
journal. Its authors open the line ("Smith J., Bekova A. (2019) …", "Akhmetov, T., & Brown,
L. (2020). …", "1. Жумабаева С.К., Иванов И.И. …", by full names before the year: "John
Smith and Aigul Bekova (2019) …", Chicago's "Bekova, Aliya, and John Smith. 2020. …") or
follow a single slash after the title ("Государственная служба / С.К. Жумабаева, П.П. Петров
// …"); an editor follows "In:", "edited by" or "под ред.".
"""

import re

from nlp.components.common_words import common_words
from nlp.components.headings import heading_label
from nlp.components.patterns import holds_any, lazy
from nlp.components.person_names import INITIALS, INITIALS_FIRST, NAME_WORD, not_a_name
from nlp.types import PersonalData

_I = re.IGNORECASE
_BIBLIOGRAPHY_HEADINGS = frozenset(
    " ".join(phrase.split())
    for phrase in """публикации; научные публикации; научные труды; список научных трудов;
    список трудов; список публикаций; публикации и научные труды; научные статьи; список
    литературы; литература; библиография; конференции; жарияланымдар; ғылыми жарияланымдар;
    ғылыми еңбектер; ғылыми еңбектер тізімі; еңбектер тізімі; ғылыми мақалалар; publications;
    selected publications; research and publications; list of publications; research papers;
    papers; articles; bibliography; conferences; conference papers""".split(";")
)
_BIBLIOGRAPHY_CUES = (
    *("публикац", "труд", "литератур", "библиограф", "конференц", "статьи"),
    *("жарияланым", "еңбек", "мақала", "publication", "paper", "article", "bibliograph"),
    "conference",
)
# A mark only a citation holds: the GOST "//" (not a URL's), a volume with its issue "4(2)",
# "Vol. 5", "No. 3", "С. 5–19", "Б. 30", "pp. 10", a DOI... A year in brackets "(2019)" may
# end a referee's line too, so it marks a citation only after its authors.
_CITATION = lazy(
    r"(?<![:/])//(?!/)|(?<!\d)\d{1,3}\(\d{1,2}\)"
    r"|(?<!\w)(?:vol|no|pp?|с|б)\.[ \t]?\d|(?<!\w)(?:doi|isbn|issn)(?!\w)",
    _I,
)
_YEAR = lazy(r"\((?:19|20)\d\d[a-z]?\)|\.[ \t]+(?:19|20)\d\d[a-z]?\.")
_GOST_MARK = lazy(r"(?<![:/])//(?!/)")
# An author: "Bekova A.K.", "Akhmetov, T.", "Петров П. П." or "С.К. Жумабаева".
_AUTHOR = rf"(?:{INITIALS_FIRST}|{NAME_WORD},?[ \t]+{INITIALS})"


def _listed(person: str) -> str:
    """A pattern, group "v", of a list of ``person``s: "A, B, & C", "A и B"."""
    return (
        rf"(?P<v>{person}(?:[ \t]*[,;][ \t]*(?:(?:&|and|и|және|мен)[ \t]+)?{person}"
        rf"|[ \t]+(?:&|and|и|және|мен)[ \t]+{person})*)(?![\w-])"
    )


_AUTHORS = _listed(_AUTHOR)
_OPENING = lazy(rf"[ \t]*(?:[-–—•▪*·][ \t]*|\[?\d{{1,3}}[.)\]][ \t]*)?{_AUTHORS}")
_AND = r"(?:(?:&|and|и|және)[ \t]+)?"
# Authors by their full names, when the year follows them: "John Smith and Aigul Bekova
# (2019) …", Chicago's "Bekova, Aliya, and John Smith. 2020. …".
_FULL_NAMES = lazy(
    rf"[ \t]*(?:[-–—•▪*·][ \t]*|\[?\d{{1,3}}[.)\]][ \t]*)?(?P<v>{NAME_WORD}"
    rf"(?:(?:,[ \t]+|[ \t]+){_AND}{NAME_WORD}){{1,11}})"
    r"(?=[ \t]*\((?:19|20)\d\d|\.[ \t]+(?:19|20)\d\d)"
)
# The authors after a title: a single slash, not the "//" before the journal.
_AFTER_SLASH = lazy(rf"(?<!/)/[ \t]+{_AUTHORS}")
# Editors, third parties too: "In: Brown L. (ed.)", "edited by R. Michael Alvarez", "/ под
# ред. И.И. Иванова"; after "In:" a title may stand, so there only initials tell a name.
_EDITOR = (
    rf"(?:{INITIALS}[ \t]?{NAME_WORD}(?:[ \t]+{NAME_WORD})?|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}"
    rf"|{NAME_WORD}[ \t]+{INITIALS})"
)
_EDITORS = (
    lazy(
        r"(?<!\w)(?i:под[ \t]+(?:общ(?:ей)?\.?[ \t]+)?ред(?:\.|акцией)|edited[ \t]+by"
        rf"|eds?\.[ \t]+by)[ \t]*{_listed(_EDITOR)}"
    ),
    lazy(rf"(?<!\w)(?i:in:)[ \t]*{_AUTHORS}"),
)
_EDITOR_CUES = ("ред", "by", "in:", "In:", "IN:")
_LONGEST_LIST = 120  # lines a bibliography may run to


def citation_authors(text: str, start: int, end: int) -> list[PersonalData] | None:
    """The authors of the line at start..end when it is a citation (perhaps none, on a
    journal's line), or None when it is none."""
    if _CITATION.search(text, start, end):
        return line_authors(text, start, end)
    authors = line_authors(text, start, end) if _YEAR.search(text, start, end) else []
    return authors or None


def line_authors(text: str, start: int, end: int, full_names: bool = True) -> list[PersonalData]:
    """The authors of the citation on the line at start..end: those that open it (by full
    names only with ``full_names``), those after a single slash and the editors."""
    opening = _OPENING.match(text, start, end)
    matches = [opening or (_full_names(text, start, end) if full_names else None)]
    if any(cue in text[start:end] for cue in _EDITOR_CUES):
        matches += [m for editors in _EDITORS for m in editors.finditer(text, start, end)]
    slash = text.find("/", start, end)
    while slash >= 0:
        matches.append(_AFTER_SLASH.match(text, slash, end))
        slash = text.find("/", slash + 2, end)
    # The blank that initials may end with ("Bekova A. (2019)") is no part of the name.
    return [
        PersonalData("name", m.start("v"), m.start("v") + len(m.group("v").rstrip()))
        for m in matches
        if m
    ]


def _full_names(text: str, start: int, end: int) -> re.Match | None:
    """Authors by their full names before the year, unless every word of them is a common
    word: "Public Policy Review (2019)", "Министерство Цифрового Развития (2020)" are a
    journal and a body, their report's author, which a commission may read."""
    match = _FULL_NAMES.match(text, start, end)
    words = re.sub(r"(?<!\w)(?:and|и|және)(?!\w)|,", " ", match.group("v")) if match else ""
    return None if not match or common_words(words) or not_a_name(words) else match


def section_lines(
    text: str,
    start: int,
    longest: int,
    within: tuple[str, ...] = (),
    heads: re.Pattern | None = None,
) -> list[tuple[int, int]]:
    """The lines of a section whose heading ends at ``start`` (the rest of the heading's own
    line is the first), up to the next heading (a line that the pattern ``heads`` matches
    too) or ``longest`` lines; a row whose label is a heading of ``within`` with its value
    beside it ("Байланыс: Айгерим, …") is no heading."""
    lines = []
    for count in range(longest):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if count and (
            _ends_section(text[start:end], within) or (heads and heads.match(text, start, end))
        ):
            break
        lines.append((start, end))
        if end == len(text):
            break
        start = end + 1
    return lines


def _ends_section(line: str, within: tuple[str, ...]) -> bool:
    """Whether a line heads another section (see :func:`section_lines`)."""
    label = heading_label(line)
    if label in within and line.partition(":")[2].strip():
        return False
    return bool(label) or _bibliography_heading(line)


def heads_section(line: str, headings: frozenset[str]) -> bool:
    """Whether a line is one of ``headings`` (lower case, single spaces), in one language or
    two ("ПУБЛИКАЦИИ / PUBLICATIONS"), with or without a colon."""
    if len(line) > 80:
        return False
    parts = line.strip().rstrip(":").lower().split("/")
    return any(" ".join(part.split()) in headings for part in parts)


def _bibliography_heading(line: str) -> bool:
    """Whether a line is a bibliography's heading."""
    return heads_section(line, _BIBLIOGRAPHY_HEADINGS)


def find_citation_authors(text: str, folded: str) -> list[PersonalData]:
    """The authors of the citations in bibliography sections and on lines with the GOST
    "//"; ``folded`` is the text as patterns.cue_text folds it."""
    listed, marked = set(), set()
    if holds_any(folded, _BIBLIOGRAPHY_CUES):
        for line in re.finditer(r"[^\n]+", text):
            if _bibliography_heading(line.group()):
                listed.update(section_lines(text, line.end(), _LONGEST_LIST)[1:])
    # One mark a line: looking back for the line's start from each mark of a long line of
    # them would cost the square of its length.
    mark = _GOST_MARK.search(text) if "//" in text else None
    while mark:
        start = text.rfind("\n", 0, mark.start()) + 1
        end = text.find("\n", mark.end())
        end = len(text) if end < 0 else end
        marked.add((start, end))
        mark = _GOST_MARK.search(text, end)
    # A GOST citation names its authors by initials; out of a bibliography, a "//" parts a
    # job's or a school's line too ("Kaspi Bank (2019 – 2021) // Senior Analyst"), and the
    # capitalised words before its year are an employer, not authors by full names.
    lines = [(line, line in listed) for line in sorted(listed | marked)]
    return [a for line, full in lines for a in line_authors(text, *line, full_names=full)]
