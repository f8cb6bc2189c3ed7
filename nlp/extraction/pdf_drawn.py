"""What a PDF's pages may draw in all before the document is refused, counted page by page
as each is loaded and its text page built, so that a document drawing far more than a CV
could is refused before its later pages cost anything.

Building a page's text page costs PDFium time for every character drawn: twenty pages that
each draw 5,000 pieces of 60 letters (6.6 million characters) took 1.0-1.3 s of CPU to build
and 1.6-2.3 s in all to be refused as too long at the end; now 0.2-0.35 s. A page's objects
are counted once it is loaded (one PDFium call; a form XObject counts as one, the characters
it draws are counted with the page's): twenty pages of 200,000 drawn lines each took 2 s to
load and read, now 0.5 s to refuse. Loading is not the slow part for text: 0.2 s of the
twenty pages of long pieces above.

The PDFs the tests read as CVs hold at most 80 objects and 2,966 characters a page, 95
objects and 4,307 characters a document (fixtures, QA folders, bench corpus: 228 read, up
to 20 pages); those Chromium's "Save as PDF" prints for QA passes T and W, which draw text glyph by
glyph, 2,160 objects and 2,249 characters a page (2,623 and 2,739 a document). A dense CV of
19 pages printed by Chromium (justified, letter-spaced) holds 4,364 objects and 4,496
characters a page, 72,251 and 74,776 in all; twenty denser pages drawn glyph by glyph, 112,626
and 155,820. The longest real CV seen has 57,743 characters.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.limits import Refused

# Nine times twenty dense pages drawn glyph by glyph, 14 times the dense Chromium CV. Every
# object costs PDFium time to load (about 0.35 us; 100 bytes while its page is open), so a
# document past this is too complex.
MAX_OBJECTS = 1_000_000
# Five times the text a CV may have once read (Limits.max_text_chars): the count includes the
# spaces and line breaks PDFium adds and text drawn off the page, neither of which is read, but
# no CV comes near (6.4 times twenty dense pages drawn glyph by glyph, 13 times the dense
# Chromium CV). Past this the text is too long.
MAX_CHARS = 1_000_000


class Drawn:
    """The page objects and characters a document's pages have left to draw."""

    def __init__(self, pages: int):
        self.objects, self.chars, self.pages = MAX_OBJECTS, MAX_CHARS, pages

    def loaded(self, page: pdfium.PdfPage) -> None:
        """Count a loaded page's objects, refusing the document (too_complex) past the limit."""
        self.objects -= pdfium_c.FPDFPage_CountObjects(page)
        if self.objects < 0:
            raise Refused("too_complex", pages=self.pages)

    def built(self, textpage: pdfium.PdfTextPage) -> None:
        """Count a built text page's characters, refusing the document (too_long) past the
        limit before the page is read."""
        self.chars -= textpage.count_chars()
        if self.chars < 0:
            raise Refused("too_long", pages=self.pages)
