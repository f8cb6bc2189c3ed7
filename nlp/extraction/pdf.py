"""PDF CVs read with pypdfium2 (PDFium, the PDF engine of Chromium).

Encrypted PDFs are refused before PDFium could decrypt them: a PDF with an empty user password
opens without a prompt, so the trailer's /Encrypt entry is looked for first, and PDFium's own
error code and security handler are checked as well.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.limits import Limits, Refused


def _name_pattern(name: str) -> bytes:
    """Return a regex for a PDF name written letter by letter or with #xx escapes (/Encr#79pt)."""
    return b"/" + b"".join(b"(?:%s|#(?i:%02x))" % (re.escape(c.encode()), ord(c)) for c in name)


# The /Encrypt key lives in the trailer or the cross-reference stream dictionary, neither of
# which may be compressed, so a byte search finds it without parsing the file.
_ENCRYPT = re.compile(_name_pattern("Encrypt"))
_PASSWORD_ERRORS = frozenset({pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY})
PAGE_SEPARATOR = "\n\n"


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
        texts = [_page_text(document, index) for index in range(pages)]
    finally:
        document.close()
    text = PAGE_SEPARATOR.join(texts)
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


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    """Return the text drawn inside the page box (text placed off the page is not read)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_bounded()
        finally:
            textpage.close()
    finally:
        page.close()
