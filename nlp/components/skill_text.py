"""Word pieces for skill matching, independent of the pipeline's tokenizer.

CV text glues tool names together ("node.js/Javascript", "C++/Qt", "C#(2 years)", "Power  Point",
"EJB),Eclipse"), so the matcher cuts text into word pieces itself: runs of letters, digits and
``+ # . _ '`` (".NET", "C++", "C#", "Node.js" stay whole), everything else is a gap. An alias
key joins its pieces with their gaps (a blank gap becomes one space), so "PL/SQL", "PL / SQL"
and "1С:Предприятие" keep their punctuation while "Power  Point" meets "Power Point". Words
inside links and e-mail addresses are not pieces ("indeed.com/r/name" holds no "R").
"""

from __future__ import annotations

import re

from nlp.components.patterns import lazy

_PIECE = lazy(r"(?:\.(?=\w))?[\w+#](?:[\w.+#']*[\w+#])?")
_LINK = lazy(r"(?:\b[a-z]+://|\bwww\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+")


def _blank(match: re.Match) -> str:
    """Spaces as long as the match (offsets stay valid)."""
    return " " * (match.end() - match.start())


def _has_link(line: str) -> bool:
    """Whether a line may hold a link or an e-mail address (every ``_LINK`` match has one of
    these marks)."""
    return "://" in line or "@" in line or "www." in line


def _blank_links(text: str) -> str:
    """``text`` with its links and e-mail addresses blanked. No link crosses a line break, so
    only the lines with a mark are searched: ``_LINK`` is slow, trying every word start."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if _has_link(line):
            lines[number] = _LINK.sub(_blank, line)
    return "\n".join(lines)


class Pieces:
    """The word pieces of a text: lower-case words with their character ranges."""

    __slots__ = ("text", "low", "_matches")

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower()
        same_length = len(lowered) == len(text)
        if not same_length:
            lowered = text
        if _has_link(lowered):
            lowered = _blank_links(lowered)
        self._matches = list(_PIECE.finditer(lowered))
        self.low = [m.group() for m in self._matches]
        if not same_length:
            self.low = [word.lower() for word in self.low]

    def __len__(self) -> int:
        return len(self._matches)

    def start(self, i: int) -> int:
        """Start offset of piece ``i``."""
        return self._matches[i].start()

    def end(self, i: int) -> int:
        """End offset (exclusive) of piece ``i``."""
        return self._matches[i].end()

    def bounds(self) -> tuple[list[int], list[int]]:
        """The start and end offsets of every piece."""
        matches = self._matches
        return [m.start() for m in matches], [m.end() for m in matches]

    def gap(self, i: int) -> str:
        """The text before piece ``i``: "\\n" across a line break (or at the start), " " when
        blank, else its punctuation without blanks."""
        if i == 0:
            return "\n"
        between = self.text[self._matches[i - 1].end() : self._matches[i].start()]
        if "\n" in between:
            return "\n"
        return between.strip() or " "

    def key(self, words: list[str], first: int, last: int) -> str:
        """The key of pieces ``first..last`` (inclusive) of ``words`` joined by their gaps."""
        parts = [words[first]]
        for i in range(first + 1, last + 1):
            parts.extend((self.gap(i), words[i]))
        return "".join(parts)
