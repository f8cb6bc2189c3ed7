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

_PIECE = re.compile(r"(?:\.(?=\w))?[\w+#](?:[\w.+#']*[\w+#])?")
_LINK = re.compile(r"(?:\b[a-z]+://|\bwww\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)


def _outside_links(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not lie inside a URL or an e-mail address ("indeed.com/r/name")."""
    links = [m.span() for m in _LINK.finditer(text)]
    if not links:
        return spans
    kept, k = [], 0
    for start, end in spans:
        while k < len(links) and links[k][1] <= start:
            k += 1
        if k == len(links) or end <= links[k][0]:
            kept.append((start, end))
    return kept


class Pieces:
    """The word pieces of a text: parallel lists of starts, ends and lower-case words."""

    __slots__ = ("text", "starts", "ends", "low")

    def __init__(self, text: str):
        self.text = text
        spans = [m.span() for m in _PIECE.finditer(text)]
        if "://" in text or "@" in text or "www." in text:
            spans = _outside_links(text, spans)
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self.low = [text[start:end].lower() for start, end in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The text before piece ``i``: "\\n" across a line break (or at the start), " " when
        blank, else its punctuation without blanks."""
        if i == 0:
            return "\n"
        between = self.text[self.ends[i - 1] : self.starts[i]]
        if "\n" in between:
            return "\n"
        return between.strip() or " "

    def key(self, words: list[str], first: int, last: int) -> str:
        """The key of pieces ``first..last`` (inclusive) of ``words`` joined by their gaps."""
        parts = [words[first]]
        for i in range(first + 1, last + 1):
            parts.extend((self.gap(i), words[i]))
        return "".join(parts)
