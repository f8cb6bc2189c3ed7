"""The text of a PDF table's cells (pdf_grid.py finds them): each cell on one line, so that
the cells after it stay on its row, but for a row's last cell, whose paragraphs (a post, its
employer, its duty bullets, as a word processor's cell holds them) keep a line each."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

import pypdfium2 as pdfium

from nlp.extraction.docx_text import SYMBOL_BULLETS
from nlp.extraction.pdf_geometry import box, rows
from nlp.extraction.pdf_layout import Rect

# A line break inside a table cell, but for one after a word broken at a hyphen (\x02).
# It starts a match only where the run of spaces it takes begins (or at the \x02), which is
# where it matched anyway: tried inside a run as well, it costs the square of its length (a
# 30,000-letter "word" took 3 s).
_CELL_LINE_BREAK = re.compile(r"(?:(?<![\x02 ])|(?<=\x02 )) *\r?\n")
# What opens a list item in a table cell: a bullet, typed or drawn from a symbol font.
_BULLETS = ("•", "·", "▪", "●", "–", "-", *map(chr, SYMBOL_BULLETS))
# Points a justified line may stop short of its cell's right edge: Writer's justified lines
# end within half a point of one another.
_STRETCHED = 1.0


def _cell_text(textpage: pdfium.PdfTextPage, cell: Rect) -> str:
    """Return a table cell's text on one line."""
    return _CELL_LINE_BREAK.sub(" ", textpage.get_text_bounded(*cell)).strip()


def by_height(rects: list[Rect]) -> tuple[list[float], list[int], list[Rect]]:
    """The pieces' middle heights ascending, the pieces' indices in that order, and the pieces:
    a cell's pieces are found by a search, not a look at every piece of the page for each
    row (the square of a crowded page's pieces)."""
    order = sorted(range(len(rects)), key=lambda i: rects[i][1] + rects[i][3])
    return [(rects[i][1] + rects[i][3]) / 2 for i in order], order, rects


def row_cells_text(
    textpage: pdfium.PdfTextPage, heights: Callable, cells, *, joined: bool = False
) -> str:
    """Return a table row's cells parted by tabs, its last cell's paragraphs on lines of their
    own (a row of no cell reads as nothing), or with ``joined`` that cell on one line too (a
    form's value, pdf_forms.py); ``heights`` gives the page's ``by_height``."""
    if not cells:
        return ""
    if joined:
        return "\t".join(_cell_text(textpage, cell) for cell in cells)
    read = [_cell_text(textpage, cell) for cell in cells[:-1]]
    return "\t".join([*read, _last_cell_text(textpage, heights(), cells[-1])])


def _opens(upper: Rect, lower: Rect, text: str, right: float) -> bool:
    """True when ``lower`` (its text ``text``) opens a paragraph below ``upper``: a bullet opens
    it, or its first word would have fitted after ``upper`` (a word processor or a browser
    wraps a line only at a word that does not fit) short of ``right``, the cell's right edge."""
    width = (lower[2] - lower[0]) / max(len(text), 1)  # of a letter, on average
    word = len(text.split(" ", 1)[0]) + 1
    return text.startswith(_BULLETS) or upper[2] + word * width < right


def _last_cell_text(textpage: pdfium.PdfTextPage, heights: tuple, cell: Rect) -> str:
    """Return the last cell of a table row with each of its paragraphs on a line of its own (a
    post, its employer, its duty bullets, as a word processor's cell holds them), and the
    wrapped lines of each joined by a space. A line ends its paragraph when the next one opens
    with a bullet or its first word would have fitted after it (``_opens``), or, in a
    justified cell, when it stops short of the right edge. Any other cell reads on one line,
    so that the cells after it stay on its row."""
    middles, order, rects = heights
    held = order[bisect_left(middles, cell[1]) : bisect_right(middles, cell[3])]
    inside = [
        rects[i] for i in sorted(held) if cell[0] <= (rects[i][0] + rects[i][2]) / 2 <= cell[2]
    ]
    lines = [box([inside[i] for i in row]) for row in rows(inside)]
    if len(lines) < 2:
        return _cell_text(textpage, cell)
    texts = [textpage.get_text_bounded(*line).strip(" \r\n") for line in lines]
    right = max((line[2] for line in lines), default=0.0)
    pairs = list(zip(lines[:-1], lines[1:], texts[1:], strict=True))
    opens = [_opens(upper, lower, text, right) for upper, lower, text in pairs]
    # Justified text stretches every wrapped line to the cell's right edge, so there a line that
    # stops short of it ends its paragraph, however long the next line's first word.
    wrapped = [right - upper[2] for upper, new in zip(lines[:-1], opens, strict=True) if not new]
    stretched = sum(gap <= _STRETCHED for gap in wrapped)
    if stretched >= 2 and 2 * stretched >= len(wrapped):
        ends = [right - upper[2] > _STRETCHED for upper in lines[:-1]]
        opens = [new or end for new, end in zip(opens, ends, strict=True)]
    paragraphs: list[list[str]] = [texts[:1]]
    for new, text in zip(opens, texts[1:], strict=True):
        if new:
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
    if len(paragraphs) < 2:
        return _cell_text(textpage, cell)
    joined = (_CELL_LINE_BREAK.sub(" ", "\r\n".join(part)).strip() for part in paragraphs)
    return "\r\n".join(text for text in joined if text)
