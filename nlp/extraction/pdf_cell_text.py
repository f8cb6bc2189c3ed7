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


def _last_cell_text(textpage: pdfium.PdfTextPage, heights: tuple, cell: Rect) -> str:
    """Return the last cell of a table row with each of its paragraphs on a line of its own (a
    post, its employer, its duty bullets, as a word processor's cell holds them), and the
    wrapped lines of each joined by a space. A line ends its paragraph when the next one opens
    with a bullet or its first word would have fitted after it: a word processor or a browser
    wraps a line only at a word that does not fit. Any other cell reads on one line, so that
    the cells after it stay on its row."""
    middles, order, rects = heights
    held = order[bisect_left(middles, cell[1]) : bisect_right(middles, cell[3])]
    inside = [
        rects[i] for i in sorted(held) if cell[0] <= (rects[i][0] + rects[i][2]) / 2 <= cell[2]
    ]
    lines = [box([inside[i] for i in row]) for row in rows(inside)]
    if len(lines) < 2:
        return _cell_text(textpage, cell)
    texts = [textpage.get_text_bounded(*line).strip(" \r\n") for line in lines]
    paragraphs: list[list[str]] = [texts[:1]]
    right = max((line[2] for line in lines), default=0.0)
    for upper, lower, text in zip(lines, lines[1:], texts[1:], strict=False):
        width = (lower[2] - lower[0]) / max(len(text), 1)  # of a letter, on average
        word = len(text.split(" ", 1)[0]) + 1
        opens = text.startswith(_BULLETS) or upper[2] + word * width < right
        if opens:
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
    if len(paragraphs) < 2:
        return _cell_text(textpage, cell)
    joined = (_CELL_LINE_BREAK.sub(" ", "\r\n".join(part)).strip() for part in paragraphs)
    return "\r\n".join(text for text in joined if text)
