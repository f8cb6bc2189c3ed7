"""Token features of the English skill tagger: what each word piece looks like and where it stands.

The tagger labels word pieces (``skill_text``) B/I/O for digital-tool mentions, so tools outside
the taxonomy are found too when they stand where tools stand ("Environment: WebLogic, JBoss").
A piece's features are its word and shape (CamelCase, digits, "++", "#", dots), its neighbours
and the gaps to them, its line (a comma or pipe list, a bullet, a "Skills:" label, a sentence),
its section, whether a taxonomy alias covers it and how often the word was seen before in the
CV. Only pieces that could be a tool are described (not lower-case words unknown as tools).
The same code describes training CVs (``tools/train_skill_model.py``) and CVs at run time.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from nlp.components.patterns import lazy
from nlp.components.ranges import Ranges
from nlp.components.skill_context import Candidate
from nlp.components.skill_features import bucket, shape
from nlp.components.skill_text import Pieces

_BULLETS = frozenset("•·*-–—●▪◦>o➢✓❖§")
_SEPARATORS = lazy(r"[,;|]")
_BREAK = lazy(r"\n|[ \t\u00a0]{2,}")
_HEADER_END = (".", ",", ";")
_SECTIONS = tuple[tuple[int, int, str], ...] | list[tuple[int, int, str]] | None


def _gap_class(gap: str) -> str:
    """A gap as a feature value: NL at a line edge, SP when blank, else its punctuation."""
    return "NL" if gap == "\n" else "SP" if gap == " " else gap[:3]


@dataclass(slots=True)
class _Line:
    """Facts about one line of the CV shared by its pieces."""

    separators: str
    bullet: str
    label: str
    colon_end: int
    words: str
    sentence: str
    section: str
    header: str
    pieces: int = 0
    candidates: int = 0

    @property
    def key(self) -> tuple:
        """The line's feature group (local facts only: no position in or length of the CV)."""
        return (
            "L",
            self.separators,
            self.section,
            self.bullet,
            self.label,
            bucket(self.pieces),
            bucket(self.candidates),
            self.words,
            self.sentence,
            self.header,
        )


class _Lines:
    """Lines of a text and their facts, built on first use. Many CVs reach us flattened into
    one line with runs of spaces where the line breaks were, so such a run ends a line too."""

    def __init__(self, text: str, sections: _SECTIONS):
        self.text = text
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        self.sections = sorted(sections or ())
        # Searched, not scanned: a look at every section per line cost the square of their
        # number (24 s for 200,000 characters of headings).
        self._section_ranges = Ranges((start, end) for start, end, _ in self.sections)
        self._lines: dict[int, _Line] = {}
        self.headers = self._headers()

    def _end(self, number: int) -> int:
        """End offset of line ``number`` (its break excluded)."""
        if number + 1 == len(self.starts):
            return len(self.text)
        return self.starts[number + 1] - 1

    def _headers(self) -> list[str]:
        """Per line: the first two words of the last short title-like line up to it."""
        current, out = "", []
        for number, start in enumerate(self.starts):
            raw = self.text[start : self._end(number)].strip(" \t•*-–:#")
            if 0 < len(raw) <= 40 and not raw.endswith(_HEADER_END) and raw.count(" ") < 4:
                current = " ".join(raw.lower().split()[:2])
            out.append(current)
        return out

    def number(self, offset: int) -> int:
        """The number of the line holding ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def _section(self, offset: int) -> str:
        """The label of the first section holding ``offset`` ("none" outside every section)."""
        first = self._section_ranges.first_holding(offset)
        return "none" if first is None else self.sections[first][2]

    def get(self, number: int) -> _Line:
        """The facts of line ``number``."""
        line = self._lines.get(number)
        if line is None:
            start = self.starts[number]
            raw = self.text[start : self._end(number)]
            head, colon, _ = raw.partition(":")
            labelled = bool(colon) and len(head) < 40
            line = _Line(
                separators=bucket(len(_SEPARATORS.findall(raw))),
                bullet=str(raw.lstrip()[:1] in _BULLETS),
                label=" ".join(head.lower().split()[-2:]) if labelled else "",
                colon_end=start + len(head) if labelled else -1,
                words=bucket(len(raw.split()) // 3),
                sentence=str(raw.rstrip().endswith(".")),
                section=self._section(start),
                header=self.headers[number],
            )
            self._lines[number] = line
        return line


def candidate_tags(size: int, candidates: list[Candidate]) -> list[Candidate | None]:
    """Per piece: the taxonomy candidate covering it, or None."""
    covering: list[Candidate | None] = [None] * size
    for candidate in candidates:
        for index in range(candidate.first, candidate.last):
            covering[index] = candidate
    return covering


def piece_gap(text: str, starts: list[int], ends: list[int], index: int) -> str:
    """The gap before piece ``index`` as ``Pieces.gap`` gives it, but "\\n" for a run of blanks
    too (a flattened line break) and past the last piece. Built only for the pieces described
    in full: most pieces are plain words or refused by ``keep`` before their gaps matter."""
    if index == 0 or index == len(starts):
        return "\n"
    between = text[ends[index - 1] : starts[index]]
    if "\n" in between:
        return "\n"
    return between.strip() or ("\n" if len(between) > 1 else " ")


def _line_numbers(line_starts: list[int], starts: list[int]) -> list[int]:
    """The line number of every piece start (both lists ascending)."""
    numbers, line, last = [], 0, len(line_starts) - 1
    for start in starts:
        while line < last and line_starts[line + 1] <= start:
            line += 1
        numbers.append(line)
    return numbers


def _line_facts(
    lines: _Lines, numbers: list[int], candidates: list[Candidate]
) -> dict[int, tuple[_Line, tuple]]:
    """Per line holding a piece: its facts, counts of pieces and candidates included, and its
    feature group (built once per line rather than once per piece)."""
    facts = {}
    for number, count in Counter(numbers).items():
        line = facts[number] = lines.get(number)
        line.pieces = count
    for candidate in candidates:
        facts[numbers[candidate.first]].candidates += 1
    return {number: (line, line.key) for number, line in facts.items()}


def _neighbours(low: list[str], left: str, right: str, index: int) -> tuple[str, ...]:
    """The words one piece away on the same line (``left`` and ``right`` are the gaps to
    them) and two pieces away (or edge markers)."""
    size = len(low)
    return (
        "w-1=" + ("<L>" if left == "\n" else low[index - 1]),
        "w+1=" + ("</L>" if right == "\n" else low[index + 1]),
        "w-2=" + (low[index - 2] if index >= 2 else "<D>"),
        "w+2=" + (low[index + 2] if index + 2 < size else "<D>"),
    )


def describe_pieces(
    text: str,
    sections: _SECTIONS,
    found: Pieces,
    candidates: list[Candidate],
    tool_words,
    areas,
    keep=None,
):
    """(piece index, word group, context groups) of every piece that may be a tool: a taxonomy
    alias, a word known as a tool, or not a plain lower-case word (see ``skill_features``).

    ``tool_words`` holds lower-case words seen inside tool mentions in training; ``areas`` maps
    a skill id to its taxonomy area; ``keep((word, line, tag groups))``, when given, skips
    the pieces it refuses before their other groups are built.
    """
    low = found.low
    starts, ends = found.bounds()
    covering = candidate_tags(len(low), candidates)
    lines = _Lines(text, sections)
    numbers = _line_numbers(lines.starts, starts)
    facts = _line_facts(lines, numbers, candidates)
    seen: dict[str, int] = {}
    out = []
    for index, word in enumerate(low):
        candidate = covering[index]
        surface = text[starts[index] : ends[index]]
        if candidate is None and word not in tool_words and surface.islower() and surface.isalpha():
            continue
        seen[word] = count = seen.get(word, 0) + 1
        line, line_key = facts[numbers[index]]
        tag = "O" if candidate is None else "B" if index == candidate.first else "I"
        base = (
            ("W", word, surface),
            line_key,
            ("T", tag, line.separators, line.section, line.sentence, line.header),
        )
        if keep is not None and not keep(base):
            continue
        groups = [*base[1:], *_surroundings(text, low, (starts, ends), index, line, tag, count)]
        if candidate is not None:
            area = areas(candidate.skill_id)
            groups.append(("C", str(candidate.ambiguous), area, candidate.alias, line.separators))
        out.append((index, base[0], groups))
    return out


def _surroundings(text: str, low: list[str], bounds, index: int, line: _Line, tag: str, count: int):
    """The groups of a kept piece beyond its word, line and tag: its neighbours and the gaps
    to them, its word with its line's lists, its place after a label, its shape, and how
    often its word was seen so far (``count``); ``bounds`` are the pieces' start and end
    offsets."""
    starts, ends = bounds
    seps, section = line.separators, line.section
    left = piece_gap(text, starts, ends, index)
    right = piece_gap(text, starts, ends, index + 1)
    surface = text[starts[index] : ends[index]]
    return [
        *_neighbours(low, left, right, index),
        "w|seps=" + low[index] + ("|P" if seps == "0" else "|L"),
        "aftercolon=" + str(0 <= line.colon_end < starts[index]),
        ("S", shape(surface), seps, section, _gap_class(left), _gap_class(right)),
        ("R", "1" if count == 1 else "2" if count == 2 else "3+", seps, section, tag),
    ]
