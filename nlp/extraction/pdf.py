"""PDF CVs read with pypdfium2 (PDFium, the PDF engine of Chromium).

A page laid out in two columns (a sidebar beside the main text) is read column by column
(pdf_layout.py). A line repeated at the top or bottom of most pages (a running footer such as
"Резюме обновлено 20 ноября 2026", a page number "Page 1 of 2") is not CV text and is dropped.

Encrypted PDFs are refused before PDFium could decrypt them: a PDF with an empty user password
opens without a prompt, so the trailer's /Encrypt entry is looked for first, and PDFium's own
error code and security handler are checked as well.
"""

from __future__ import annotations

import re
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.limits import Limits, Refused
from nlp.extraction.pdf_layout import Rect, reading_boxes


def _name_pattern(name: str) -> bytes:
    """Return a regex for a PDF name written letter by letter or with #xx escapes (/Encr#79pt)."""
    return b"/" + b"".join(b"(?:%s|#(?i:%02x))" % (re.escape(c.encode()), ord(c)) for c in name)


# The /Encrypt key lives in the trailer or the cross-reference stream dictionary, neither of
# which may be compressed, so a byte search finds it without parsing the file.
_ENCRYPT = re.compile(_name_pattern("Encrypt"))
_PASSWORD_ERRORS = frozenset({pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY})
PAGE_SEPARATOR = "\n\n"
# Past this many text pieces a page is not a CV layout; it is read line by line as it is.
MAX_RECTS = 2000
_DIGITS = re.compile(r"\d+")

Edge = tuple[str, int, str]  # "top" or "bottom", height in points, the row's text


def extract_pdf(data: bytes, limits: Limits) -> tuple[str, int]:
    """Return the text layer of every page joined by a blank line, and the page count."""
    if _ENCRYPT.search(data):
        raise Refused("encrypted")
    document = _open(data)
    try:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1:
            raise Refused("encrypted")
        pages = len(document)
        if pages > limits.max_pages:
            raise Refused("too_many_pages", pages=pages)
        if pages == 0:
            raise Refused("malformed")
        read = [_page_text(document, index, edges=pages > 1) for index in range(pages)]
    finally:
        document.close()
    text = PAGE_SEPARATOR.join(_without_running_lines(read))
    if not text.strip():
        raise Refused("no_text", review=True, pages=pages)
    return text, pages


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open the PDF without a password; PDFium's error code tells encrypted from broken."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = pdfium_c.FPDF_GetLastError()
        raise Refused("encrypted" if code in _PASSWORD_ERRORS else "malformed") from error


def _page_text(document: pdfium.PdfDocument, index: int, *, edges: bool) -> tuple[str, list[Edge]]:
    """Return the text drawn inside the page box (text placed off the page is not read).

    With ``edges``, the page's first and last rows come too, to find running lines.
    """
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            rects = _rects(textpage, page.get_bbox())
            return _text(textpage, rects), _edges(textpage, rects) if edges else []
        finally:
            textpage.close()
    finally:
        page.close()


def _rects(textpage: pdfium.PdfTextPage, box: Rect) -> list[Rect]:
    """Return the boxes of the page's text pieces inside the page box, top to bottom."""
    count = textpage.count_rects()
    if count > MAX_RECTS:
        return []
    left, bottom, right, top = box
    rects = (textpage.get_rect(index) for index in range(count))
    inside = [r for r in rects if r[0] < right and r[2] > left and r[1] < top and r[3] > bottom]
    return sorted(inside, key=lambda rect: -rect[3])


def _text(textpage: pdfium.PdfTextPage, rects: list[Rect]) -> str:
    """Return a two-column page box by box, any other page as PDFium reads it."""
    boxes = reading_boxes(rects, lambda box: textpage.get_text_bounded(*box))
    parts = [textpage.get_text_bounded(*box) for box in boxes or ()]
    return "\r\n".join(part for part in parts if part) or textpage.get_text_bounded()


def _edges(textpage: pdfium.PdfTextPage, rects: list[Rect]) -> list[Edge]:
    """Return the page's top row and bottom row: where they stand and their text."""
    if not rects:
        return []
    top, bottom = rects[0], min(rects, key=lambda rect: rect[1])
    rows = []
    for edge, line, height in (("top", top, top[3]), ("bottom", bottom, bottom[1])):
        row = [rect for rect in rects if line[1] <= (rect[1] + rect[3]) / 2 <= line[3]]
        box = (min(r[0] for r in row), line[1], max(r[2] for r in row), line[3])
        rows.append((edge, round(height), textpage.get_text_bounded(*box).strip()))
    return rows


def _without_running_lines(pages: list[tuple[str, list[Edge]]]) -> list[str]:
    """Return the page texts without a top or bottom row repeated on most pages.

    Rows are alike when they stand at the same height and differ only in their numbers
    ("Page 1 of 2", "Page 2 of 2"). A page keeps its only text.
    """
    counts = Counter(_alike(edge) for _, edges in pages for edge in edges)
    texts = []
    for text, edges in pages:
        lines = text.splitlines()
        for edge in edges:
            if edge[2] and counts[_alike(edge)] * 2 > len(pages):
                _drop(lines, edge[2], last=edge[0] == "bottom")
        kept = any(line.strip() for line in lines)
        texts.append("\r\n".join(lines) if kept and len(lines) < len(text.splitlines()) else text)
    return texts


def _alike(edge: Edge) -> Edge:
    """Return the row with its numbers masked."""
    return edge[0], edge[1], _DIGITS.sub("#", edge[2])


def _drop(lines: list[str], row: str, *, last: bool) -> None:
    """Remove the first line reading ``row`` (the last one with ``last``), if any."""
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    at = next((i for i in order if lines[i].strip() == row), None)
    if at is not None:
        del lines[at]
