"""List bullets a browser's "Save as PDF" draws as shapes: the "• " they stand for, put back.

Chromium paints the disc or square of an HTML list item (a CV builder's duties, a Google Docs
list) as a small path, not as a character, so the text layer holds the duty without its
bullet, and a duty under a job's dates ("Правовая экспертиза проектов постановлений акимата")
reads like the next post and employer. reportlab, fpdf2 and Word write the bullet as text; an
icon drawn before a contact line gets one too, which reads the same.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from nlp.extraction.pdf_geometry import Rect
from nlp.extraction.pdf_rules import path_boxes

BULLET = "• "
# Past this many objects a page is a drawing, not a CV; Chromium writes an object a glyph or
# so, and a dense page holds 5,000 characters.
MAX_OBJECTS = 6000
# Past this many text pieces (a CV page has a few hundred lines at most) a page is no list:
# looking at its drawings would only slow a hostile file down.
MAX_PIECES = 600
# A list marker is a dot or a square no wider than this (points), about as high as wide.
MAX_MARK = 6.0
MIN_MARK = 1.0
# A CV page lists a few dozen duties; past this many dots the page is a drawing (a pattern, a
# chart), and matching each dot with the page's lines would cost their product.
MAX_MARKS = 200


def with_bullets(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, pieces: list[Rect], text: str
) -> str:
    """Return the page's text with "• " before each line a drawn list marker stands before."""
    if not pieces or len(pieces) > MAX_PIECES:
        return text
    marks = _marks(page)
    if len(marks) > MAX_MARKS:
        return text
    marked = [_marked(mark, pieces) for mark in marks]
    starts = [textpage.get_text_bounded(*piece).strip() for piece in marked if piece]
    return _bulleted(text, [start for start in starts if start]) if starts else text


def _marks(page: pdfium.PdfPage) -> list[Rect]:
    """Return the boxes of the page's paths shaped as list markers."""
    marks: list[Rect] = []
    for left, bottom, right, top in path_boxes(page, MAX_OBJECTS):
        width, height = right - left, top - bottom
        if MIN_MARK <= min(width, height) and max(width, height) <= MAX_MARK:
            if abs(width - height) * 4 <= max(width, height):
                marks.append((left, bottom, right, top))
    return marks


def _marked(mark: Rect, pieces: list[Rect]) -> Rect | None:
    """Return the piece a marker stands before: its middle within the piece's height, the
    piece starting right of it within a line's height; None when no piece does."""
    middle = (mark[1] + mark[3]) / 2
    beside = [
        piece
        for piece in pieces
        if piece[1] <= middle <= piece[3] and 0 <= piece[0] - mark[2] <= piece[3] - piece[1] + 4
    ]
    return min(beside, key=lambda piece: piece[0]) if beside else None


def _bulleted(text: str, starts: list[str]) -> str:
    """Put "• " before the first line not bulleted yet that starts with each of ``starts``
    as a whole word: a box before "Да" bullets no "Дата рождения"."""
    lines = text.split("\n")
    done: set[int] = set()
    for start in starts:
        at = next(
            (i for i, line in enumerate(lines) if i not in done and _opens(line, start)),
            None,
        )
        if at is not None:
            done.add(at)
            lines[at] = BULLET + lines[at].lstrip()
    return "\n".join(lines)


def _opens(line: str, start: str) -> bool:
    """Whether ``line`` starts with ``start`` not followed by more of its last word."""
    line = line.lstrip()
    return line.startswith(start) and not (
        start[-1:].isalnum() and line[len(start) : len(start) + 1].isalnum()
    )
