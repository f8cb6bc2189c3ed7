"""Text a candidate typed onto a PDF page that is not in its content stream.

A value typed into a form field (an AcroForm text field or combo box) and text added with a
viewer's "Fill & Sign" / "Add text" (a FreeText annotation) are drawn from annotations, which
PDFium's text page never reads. The value is read as Unicode from the field (/V, inherited
from its parent field) or the annotation's /Contents, with the box where it stands on the
page. A sticky note (/Text) is a reader's remark, not the CV, and hidden annotations are not
seen, so neither is read.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.pdf_geometry import Rect

# Past this many annotations a page is not a filled-in CV form; its annotations are not read.
MAX_ANNOTS = 200
# A value longer than this many characters is not read (a field holds a line or a paragraph;
# PDFium leaves a buffer that is too short untouched).
MAX_VALUE_CHARS = 5000
_FIELDS = frozenset({pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX})
_UNSEEN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW

Typed = tuple[Rect, str]  # where the text stands on the page, the text


def typed_text(document: pdfium.PdfDocument, page: pdfium.PdfPage) -> list[Typed]:
    """Return the field values and FreeText annotations on the page, each with its box."""
    count = pdfium_c.FPDFPage_GetAnnotCount(page)
    if not 0 < count <= MAX_ANNOTS:
        return []
    typed = []
    for index in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            value = _value(document, annot)
            if value:
                typed.append((_rect(annot), value))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return typed


def _value(document: pdfium.PdfDocument, annot: pdfium_c.FPDF_ANNOTATION) -> str:
    """Return what a visible field or FreeText annotation shows, else ""."""
    if pdfium_c.FPDFAnnot_GetFlags(annot) & _UNSEEN:
        return ""
    subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
    if subtype == pdfium_c.FPDF_ANNOT_FREETEXT:
        return _utf16(
            lambda buf, size: pdfium_c.FPDFAnnot_GetStringValue(annot, b"Contents", buf, size)
        )
    form = document.formenv
    if subtype != pdfium_c.FPDF_ANNOT_WIDGET or not form:
        return ""
    if pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) not in _FIELDS:
        return ""
    return _utf16(lambda buf, size: pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, buf, size))


def _utf16(read) -> str:
    """Call a PDFium string getter twice (size, then text) and decode its UTF-16LE result."""
    size = read(None, 0)
    if size <= 2:
        return ""
    size = min(size, (MAX_VALUE_CHARS + 1) * 2)
    buffer = ctypes.create_string_buffer(size)
    read(ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buffer.raw.decode("utf-16-le", "ignore").split("\x00", 1)[0].strip()


def _rect(annot: pdfium_c.FPDF_ANNOTATION) -> Rect:
    """Return the annotation's box on the page."""
    rect = pdfium_c.FS_RECTF()
    pdfium_c.FPDFAnnot_GetRect(annot, rect)
    left, right = sorted((rect.left, rect.right))
    bottom, top = sorted((rect.bottom, rect.top))
    return left, bottom, right, top
