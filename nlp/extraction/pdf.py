"""PDF CVs read with pypdfium2 (PDFium, the PDF engine of Chromium).

A page laid out in two columns (a sidebar beside the main text) is read column by column
(pdf_layout.py). A browser's "Save as PDF" (Chromium's Skia) places glyphs one by one, draws
list bullets as shapes and wraps a sidebar's items: its glyphs are joined into runs
(pdf_pieces.py), its bullets put back (pdf_bullets.py), its sidebar's wrapped lines joined
(pdf_wraps.py). A line repeated at the top or bottom of most pages (a running footer such as
"Резюме обновлено 20 ноября 2026"), a page number at either ("1-бет", "Page 1 of 2") and the
running title atop a later page ("Ермекова Ә.Қ. – түйіндеме") are not CV text and are dropped;
a line repeated atop every page is kept on the first, where it is the CV's title
(pdf_running.py).
Any other page is read as PDFium reads it, unless its lines were drawn bottom to top or it
holds typed-in form values (pdf_fields.py): then it is read row by row, top to bottom. So is
each column of a page drawn out of reading order (a Canva design's blocks placed by their
coordinates, floats painted before their lines), and letters spaced out by CSS or Word are
joined back into words (pdf_spacing.py).

A word broken at a line end is joined (pdf_hyphens.py). A tab leader, the dots a word
processor draws from a post to its dates pushed right ("Chief Expert.......09/2019 –
Present"), reads as the tab it was typed as, and a bullet drawn from the Symbol font as "•".
Text that reads as no words at all (a font with no Unicode map, legibility.py) goes to a
person.

Encrypted PDFs are refused before PDFium could decrypt them: a PDF with an empty user password
opens without a prompt, so the trailer's /Encrypt entry is looked for first, and PDFium's own
error code and security handler are checked as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.docx_text import SYMBOL_BULLETS
from nlp.extraction.legibility import legible
from nlp.extraction.limits import Limits, Refused
from nlp.extraction.pdf_bullets import with_bullets
from nlp.extraction.pdf_cell_text import by_height, row_cells_text
from nlp.extraction.pdf_drawn import Drawn
from nlp.extraction.pdf_fields import Typed, typed_text
from nlp.extraction.pdf_forms import FormRow, with_forms
from nlp.extraction.pdf_geometry import bottom_up, box, drawn_out_of_order, rows, stretches
from nlp.extraction.pdf_hyphens import joined_at_hyphens
from nlp.extraction.pdf_layout import Rect, reading_boxes
from nlp.extraction.pdf_pieces import MAX_LAYOUT_WORK, Budget, read_pieces
from nlp.extraction.pdf_rules import MAX_OBJECTS, drawn_rules, path_boxes
from nlp.extraction.pdf_running import Edge, edges_of, without_running_lines
from nlp.extraction.pdf_spacing import with_words_joined
from nlp.extraction.pdf_wraps import printed_by_browser


def _name_pattern(name: str) -> bytes:
    """Return a regex for a PDF name written letter by letter or with #xx escapes (/Encr#79pt)."""
    return b"/" + b"".join(b"(?:%s|#(?i:%02x))" % (re.escape(c.encode()), ord(c)) for c in name)


# The /Encrypt key lives in the trailer or the cross-reference stream dictionary, neither of
# which may be compressed, so a byte search finds it without parsing the file.
_ENCRYPT = re.compile(_name_pattern("Encrypt"))
_PASSWORD_ERRORS = frozenset({pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY})
PAGE_SEPARATOR = "\n\n"
# A list bullet a word processor draws from the Symbol or Wingdings font keeps its code there,
# which PDFium reads as a private-use character: read "•", as in the DOCX (docx_text).
_AS_BULLETS = dict.fromkeys(SYMBOL_BULLETS, "•")
# A tab leader: four or more dots (or two ellipses) between two words of a line.
_LEADER = re.compile(r"(?<=[^\s.…]) ?(?:\.{4,}|…{2,}) ?(?=\S)")


def extract_pdf(data: bytes, limits: Limits) -> tuple[str, int]:
    """Return the text layer of every page joined by a blank line, and the page count."""
    if _ENCRYPT.search(data):
        raise Refused("encrypted")
    document = _open(data)
    try:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1:
            raise Refused("encrypted")
        document.init_forms()
        pages = len(document)
        if pages > limits.max_pages:
            raise Refused("too_many_pages", pages=pages)
        if pages == 0:
            raise Refused("malformed")
        budget, browser, drawn = Budget(MAX_LAYOUT_WORK), printed_by_browser(document), Drawn(pages)
        read = [
            _page_text(document, i, edges=pages > 1, budget=(budget, drawn), browser=browser)
            for i in range(pages)
        ]
    finally:
        document.close()
    read = [page for page in read if page is not None]
    if not read:
        raise Refused("malformed")
    text = PAGE_SEPARATOR.join(without_running_lines(read))
    if len(text) > limits.max_raw_chars:
        raise Refused("too_long", pages=pages)
    text = _typed_marks(joined_at_hyphens(text))
    if not text.strip():
        raise Refused("no_text", review=True, pages=pages)
    if not legible(text):
        raise Refused("unreadable_text", review=True, pages=pages)
    return text, pages


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open the PDF without a password; PDFium's error code tells encrypted from broken."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = pdfium_c.FPDF_GetLastError()
        raise Refused("encrypted" if code in _PASSWORD_ERRORS else "malformed") from error


def _page_text(
    document: pdfium.PdfDocument,
    index: int,
    *,
    edges: bool,
    budget: tuple[Budget, Drawn],
    browser: bool,
) -> tuple[str, list[Edge]] | None:
    """Return the text drawn inside the page box (text placed off the page is not read), or
    None for a page PDFium cannot load.

    With ``edges``, the page's first and last rows come too, to find running lines; with
    ``browser`` (Chromium's "Save as PDF"), a sidebar's wrapped lines are joined. ``budget``:
    the layout work and what the pages may draw (pdf_drawn.py) the document has left.
    """
    page = _load_page(document, index)
    if page is None:
        return None
    layout, drawn = budget
    try:
        drawn.loaded(page)
        typed = typed_text(document, page)
        textpage = page.get_textpage()
        try:
            drawn.built(textpage)
            pieces = read_pieces(textpage, page.get_bbox(), layout)
            rects = sorted(pieces, key=lambda rect: -rect[3])
            if typed or bottom_up(pieces):
                text = _rows_text(textpage, rects, typed)
            else:
                ordered = not drawn_out_of_order(pieces)
                paths = cache(lambda: path_boxes(page, MAX_OBJECTS))
                text = _text(textpage, rects, paths, (browser, ordered))
                text = with_bullets(page, textpage, pieces, text)
            text = with_words_joined(textpage, text)
            return text, edges_of(textpage, rects) if edges else []
        finally:
            textpage.close()
    finally:
        page.close()


def _load_page(document: pdfium.PdfDocument, index: int) -> pdfium.PdfPage | None:
    """Load a page, or None when PDFium cannot: a page tree that promises more pages than it
    holds (/Count), or one nested past PDFium's depth limit. The other pages are still read.

    The page is loaded without PDFium's form view of it, which builds the look of every form
    widget on the page (up to milliseconds each: seconds for a page of thousands); reading
    needs none of it, and field values come from the document's form environment alone.
    """
    raw = pdfium_c.FPDF_LoadPage(document, index)
    return pdfium.PdfPage(raw, document, None) if raw else None


def _text(
    textpage: pdfium.PdfTextPage,
    rects: list[Rect],
    paths: Callable[[], list[Rect]],
    how: tuple[bool, bool],
) -> str:
    """Return a two-column page or a table box by box, any other page as PDFium reads it.

    A table row's cells are joined by tabs, each cell's wrapped lines by a space, as the DOCX
    reader writes a table row; so are a row label's lines (a one-cell tuple, pdf_layout.py).
    So is a form's row (pdf_forms.py), a line of the page or not. The layout reads a box's
    text more than once, so each is read from PDFium once; ``paths`` reads the boxes of the
    page's drawings once, when a table or a form needs its rules. ``how``: whether a browser
    printed the page (a sidebar's wrapped lines are joined, on a page drawn in reading order)
    and whether its pieces were drawn in reading order; if not, a box and a page without
    layout are read row by row, top to bottom, as PDFium would read them in drawing order.
    """
    browser, ordered = how
    text_of = cache(lambda box: textpage.get_text_bounded(*box))
    rules = cache(lambda: drawn_rules(paths()))
    lines = reading_boxes(rects, text_of, rules, paragraphs=browser and ordered)
    plain = lines or [[box([rects[i] for i in row])] for row in rows(rects)]
    formed = with_forms(plain, rects, text_of, paths)
    if formed is not plain:  # a form read a row at a time; else the page as it was read
        lines = formed
    read = text_of if ordered else partial(_rows_within, textpage, rects)
    heights = cache(partial(by_height, rects))
    parts = [
        read(line[0])
        if len(line) == 1 and isinstance(line, list)
        else row_cells_text(textpage, heights, line, joined=isinstance(line, FormRow))
        for line in lines or ()
    ]
    text = "\r\n".join(part for part in parts if part)
    if text:
        return text
    return textpage.get_text_bounded() if ordered else _rows_within(textpage, rects, None)


def _rows_within(textpage: pdfium.PdfTextPage, rects: list[Rect], area: Rect | None) -> str:
    """Return the pieces inside ``area`` (the page when None) row by row, top to bottom."""
    inside = [
        rect
        for rect in rects
        if area is None
        or area[0] <= rect[0] <= rect[2] <= area[2]
        and area[1] <= rect[1] <= rect[3] <= area[3]
    ]
    lines = (_row_read(textpage, inside, row) for row in rows(inside))
    return "\r\n".join(line for line in lines if line)


def _row_read(textpage: pdfium.PdfTextPage, rects: list[Rect], row: list[int]) -> str:
    """Read a row stretch by stretch, left to right, one space between (see
    pdf_geometry.stretches); a row of one stretch reads as PDFium reads its box."""
    boxes = [box([rects[i] for i in part]) for part in stretches(rects, row)]
    if len(boxes) == 1:
        return textpage.get_text_bounded(*boxes[0])
    parts = (textpage.get_text_bounded(*part).strip(" ") for part in boxes)
    return " ".join(part for part in parts if part)


def _rows_text(textpage: pdfium.PdfTextPage, rects: list[Rect], typed: list[Typed]) -> str:
    """Return the page row by row, top to bottom, the typed-in values in the rows they stand in."""
    pieces = [(box([rects[i] for i in row]), "") for row in rows(rects)] + typed
    pieces.sort(key=lambda piece: -piece[0][3])
    lines = (_row_text(textpage, [pieces[i] for i in row]) for row in rows([r for r, _ in pieces]))
    return "\r\n".join(line for line in lines if line) or textpage.get_text_bounded()


def _row_text(textpage: pdfium.PdfTextPage, row: list[tuple[Rect, str]]) -> str:
    """Read a row left to right; a typed value the page draws as well is read once."""
    drawn = [textpage.get_text_bounded(*rect) for rect, value in row if not value]
    shown = iter(drawn)
    seen = " ".join(drawn)
    parts = (next(shown) if not value else "" if value in seen else value for _, value in row)
    return " ".join(part for part in parts if part)


def _typed_marks(text: str) -> str:
    """``text`` with tab leaders read as tabs and Symbol-font bullets as "•"; each is looked
    for by a plain search first, which costs far less than the pattern on every page."""
    if "...." in text or "……" in text:
        text = _LEADER.sub("\t", text)
    if any(chr(code) in text for code in SYMBOL_BULLETS):
        text = text.translate(_AS_BULLETS)
    return text
