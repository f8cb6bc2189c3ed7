"""Context of a skill candidate: is it in a skills section, a list of tools, or after a cue?

The skill matcher finds candidates by alias; this module describes where each one stands, for
the rule for ambiguous names in ``skill_gate`` (which needs a name's line, section and cues;
``skill_lines`` finds the lines and their sections).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from nlp.components.patterns import lazy
from nlp.components.skill_lines import Lines, line_sections
from nlp.components.skill_text import Pieces

FEATURES: tuple[str, ...] = (
    "prior",
    "seen",
    "unseen",
    "skills_section",
    "list_line",
    "line_candidates",
    "left_separator",
    "right_separator",
    "labelled_line",
    "upper",
    "title",
    "lower",
    "short_line",
    "ambiguous",
    "cue",
    "single_char",
    "multi_token",
    "prose_line",
    "doc_density",
    "years_after",
    "role_after",
    "mention_rank",
    "line_coverage",
    "doc_mean_prior",
    "doc_has_skills",
    "in_experience",
    "in_summary",
    "in_education",
    "in_courses",
    "in_certificates",
    "in_personal",
    "skill_listed",
    "skill_mentions",
)
LEFT_SEPARATORS = set(",;:/|(•·*-–—●▪◦>+&")
RIGHT_SEPARATORS = set(",;:/|)(•·.&")
_SECTION_FEATURES = ("experience", "summary", "education", "courses", "certificates", "personal")
_CUES = frozenset(
    """ms microsoft programming language languages scripting coding developer programmer
    язык языки языке языка программирования программировании программирование пакет ms-office
    тілі тілдері тілінде бағдарламалау бағдарламалауды бағдарламасы бағдарламалары пакеті
    ис ипс аж ақж ақпараттық құқықтық жүйесі жүйесін жүйесінде жүйесіне жүйесімен жүйесі
    система системе системы системой""".split()
)
_ROLES = frozenset(
    """developer developers programmer programmers consultant engineer engineers administrator
    architect admin lead specialist analyst expert certified certification trainer team
    разработчик программист администратор инженер специалист аналитик әзірлеуші маманы""".split()
)
_YEARS = lazy(r"^\s*\(\s*(?:less than|\d+\+?)\s*(?:year|yr)", re.IGNORECASE)


@dataclass(slots=True)
class Candidate:
    """An alias occurrence: piece range, character range, skill id and the alias key."""

    first: int
    last: int
    start: int
    end: int
    skill_id: str
    alias: str
    ambiguous: bool


def _neighbour(text: str, start: int, stop: int, step: int) -> str:
    """The first non-blank character from ``start`` towards ``stop``; "\\n" at a line edge
    (also when ``start`` is already past it: a name wrapped over a line break ends on the next
    line)."""
    position = start
    while (stop - position) * step > 0:
        char = text[position]
        if char == "\n":
            return "\n"
        if not char.isspace():
            return char
        position += step
    return "\n"


def _has_cue(found: Pieces, candidate: Candidate) -> bool:
    """A cue word ("MS", "programming", "язык", "тілі") within two pieces around the name."""
    words = found.low
    window = (
        *words[max(0, candidate.first - 2) : candidate.first],
        *words[candidate.last : candidate.last + 2],
    )
    return any(word in _CUES for word in window)


def _next_word(found: Pieces, index: int) -> str:
    """The lower-case text of the piece at ``index`` ("" past the end)."""
    return found.low[index] if index < len(found) else ""


@dataclass(slots=True)
class _DocView:
    """Per-document facts shared by the feature rows of its candidates."""

    text: str
    lines: Lines
    labels: list[str]
    in_skills: list[bool]
    per_line: dict[int, int]
    covered: dict[int, int]
    density: float
    mean_prior: float
    has_skills: float
    _line_sizes: dict[int, tuple[int, int]] = field(default_factory=dict)
    _label_marks: dict[int, int] = field(default_factory=dict)

    def line_sizes(self, number: int) -> tuple[int, int]:
        """Words and non-blank characters of line ``number`` (cached)."""
        if number not in self._line_sizes:
            words = self.text[slice(*self.lines.bounds(number))].split()
            self._line_sizes[number] = (len(words), sum(map(len, words)))
        return self._line_sizes[number]

    def label_mark(self, number: int) -> int:
        """Offset of the first ":" or tab of line ``number``, its end when it has none
        (cached: a look along the line per name cost the square of its length on a line
        of thousands of names)."""
        if number not in self._label_marks:
            start, end = self.lines.bounds(number)
            marks = (at for at in (self.text.find(m, start, end) for m in ":\t") if at >= 0)
            self._label_marks[number] = min(marks, default=end)
        return self._label_marks[number]


def _view(lines: Lines, sections, candidates: list[Candidate], numbers: list[int], rates):
    """Collect the document-level facts once."""
    text = lines.text
    labels = line_sections(lines, sections)
    in_skills = [label == "skills" for label in labels]
    per_line: dict[int, int] = {}
    covered: dict[int, int] = {}
    for candidate, number in zip(candidates, numbers, strict=True):
        per_line[number] = per_line.get(number, 0) + 1
        covered[number] = covered.get(number, 0) + candidate.end - candidate.start
    density = math.log1p(len(candidates) / max(1.0, len(text) / 1000))
    mean = sum(rates) / len(rates) if rates else 0.0
    has_skills = float(any(in_skills))
    return _DocView(text, lines, labels, in_skills, per_line, covered, density, mean, has_skills)


def _row(view: _DocView, found: Pieces, c: Candidate, number: int, prior, rank: int):
    """The feature row of one candidate (in :data:`FEATURES` order)."""
    text = view.text
    line_start, line_end = view.lines.bounds(number)
    surface = text[c.start : c.end]
    rate, seen = prior(c.alias)
    rate = min(max(rate, 0.02), 0.98)
    left = _neighbour(text, c.start - 1, line_start - 1, -1)
    right = _neighbour(text, c.end, line_end, 1)
    words, chars = view.line_sizes(number)
    count = view.per_line[number]
    return [
        math.log(rate / (1 - rate)),
        math.log1p(seen),
        float(seen == 0),
        float(view.in_skills[number]),
        float(count > 1),
        math.log1p(count - 1),
        float(left in LEFT_SEPARATORS or left == "\n"),
        float(right in RIGHT_SEPARATORS or right == "\n"),
        float(view.label_mark(number) < c.start),
        float(surface.isupper() and len(surface) > 1),
        float(surface[:1].isupper() and not surface.isupper()),
        float(surface.islower()),
        float(line_end - line_start < 80),
        float(c.ambiguous),
        float(_has_cue(found, c)),
        float(len(surface) == 1),
        float(c.last - c.first > 1),
        float(words >= 10 and count * 4 < words),
        view.density,
        float(bool(_YEARS.match(text[c.end : c.end + 30]))),
        float(_next_word(found, c.last) in _ROLES),
        math.log(rank),
        view.covered[number] / max(1, chars),
        view.mean_prior,
        view.has_skills,
        *(float(view.labels[number] == label) for label in _SECTION_FEATURES),
    ]


def describe(
    text: str, sections, found: Pieces, candidates: list[Candidate], prior, wanted=None
) -> list[list[float] | None]:
    """Feature vectors (in :data:`FEATURES` order) of the candidates of one document that
    ``wanted(candidate)`` accepts (all by default), None for the others: the rules need the
    ambiguous names' only, and most candidates are not ambiguous.

    ``sections`` comes from :func:`skill_lines.skill_sections`; ``prior(alias) -> (rate,
    occurrences)`` gives how often the alias was a skill in training. "listed" counts the
    described rows.
    """
    lines = Lines(text)
    numbers = [lines.index(c.start) for c in candidates]
    rates = [prior(c.alias)[0] for c in candidates]
    view = _view(lines, sections, candidates, numbers, rates)
    ranks: dict[str, int] = {}
    rows: list[list[float] | None] = []
    for candidate, number in zip(candidates, numbers, strict=True):
        ranks[candidate.skill_id] = ranks.get(candidate.skill_id, 0) + 1
        rank = ranks[candidate.skill_id]
        keep = wanted is None or wanted(candidate)
        rows.append(_row(view, found, candidate, number, prior, rank) if keep else None)
    pairs = [(c, row) for c, row in zip(candidates, rows, strict=True) if row is not None]
    listed = {c.skill_id for c, row in pairs if _listed(row)}
    for candidate, row in pairs:
        row.append(float(candidate.skill_id in listed))
        row.append(math.log(ranks[candidate.skill_id]))
    return rows


def _listed(row: list[float]) -> bool:
    """A list item: a line with other skills, separated on both sides."""
    named = dict(zip(FEATURES, row, strict=False))
    return bool(named["list_line"] and named["left_separator"] and named["right_separator"])
