"""The text pieces of a PDF page that its layout is read from (pdf_layout.py), within the
work a document may spend on reading its pages box by box."""

from __future__ import annotations

import pypdfium2 as pdfium

from nlp.extraction.pdf_geometry import Rect, glyph_by_glyph, words

# Past this many text pieces a page is not a CV layout; it is read line by line as it is.
MAX_RECTS = 2000
# A page PDFium reports glyph by glyph (Chromium's "Save as PDF") is read once its glyphs are
# joined into runs (pdf_geometry.words); a dense CV page holds 5,000 characters.
MAX_GLYPHS = 20_000
# Reading a page box by box asks PDFium for each box's text, and each ask scans every
# character of the page: the work is reads x characters, about 1e8 a second here. The layout
# reads each piece's box, then its line's or its table cell's (READS a piece). A dense CV
# page (55 pieces, 5,000 characters) costs 6e5, twenty of them 1.2e7 (ten times that if every
# word were placed apart); a page that would overdraw what is left of a document's budget is
# read as PDFium reads it, in one pass.
MAX_LAYOUT_WORK = 100_000_000
READS = 2


class Budget:
    """The layout work (pieces x characters, see MAX_LAYOUT_WORK) a document has left."""

    def __init__(self, work: int):
        self.left = work

    def spend(self, work: int) -> bool:
        """Take ``work`` if that much is left; False, taking nothing, if not."""
        if work > self.left:
            return False
        self.left -= work
        return True


def read_pieces(textpage: pdfium.PdfTextPage, page_box: Rect, budget: Budget) -> list[Rect]:
    """Return the boxes of the page's text pieces inside the page box, in drawing order; none
    for a page of too many pieces or too much work to read box by box."""
    count, chars = textpage.count_rects(), textpage.count_chars()
    glyphs = glyph_by_glyph(count, chars)
    if count > (MAX_GLYPHS if glyphs else MAX_RECTS):
        return []
    left, bottom, right, top = page_box
    rects = [textpage.get_rect(index) for index in range(count)]
    rects = words(rects) if glyphs else rects
    if len(rects) > MAX_RECTS or not budget.spend(len(rects) * chars * READS):
        return []
    return [r for r in rects if r[0] < right and r[2] > left and r[1] < top and r[3] > bottom]
