"""PDF CVs read with pypdfium2 (PDFium, the PDF engine of Chromium).

A page laid out in two columns (a sidebar beside the main text) is read column by column:
PDFium reads line by line across the page, which glues a sidebar line to the main-text line
drawn at the same height ("Контакты 03.2020 – настоящее время").

Encrypted PDFs are refused before PDFium could decrypt them: a PDF with an empty user password
opens without a prompt, so the trailer's /Encrypt entry is looked for first, and PDFium's own
error code and security handler are checked as well.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

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
# A gap narrower than this (PDF points, about 4 mm) is a wide space, not a column gutter.
MIN_GUTTER = 12.0
# Fewer lines than this on one side of a gutter are stray lines, not a column.
MIN_COLUMN_LINES = 3
# Past this many text pieces a page is not a CV layout; it is read line by line as it is.
MAX_RECTS = 2000

Rect = tuple[float, float, float, float]  # left, bottom, right, top


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
            return _columns_text(textpage, page.get_bbox()) or textpage.get_text_bounded()
        finally:
            textpage.close()
    finally:
        page.close()


def _columns_text(textpage: pdfium.PdfTextPage, box: Rect) -> str | None:
    """Return a two-column page as its header, left column, right column; else None."""
    split = _column_split(_rects(textpage, box))
    if split is None:
        return None
    x, y = split
    left, bottom, right, top = box
    header = "" if y is None else textpage.get_text_bounded(left, y, right, top)
    y = top if y is None else y
    columns = (
        textpage.get_text_bounded(left, bottom, x, y),
        textpage.get_text_bounded(x, bottom, right, y),
    )
    return "\r\n".join(part for part in (header, *columns) if part)


def _rects(textpage: pdfium.PdfTextPage, box: Rect) -> list[Rect]:
    """Return the boxes of the page's text pieces inside the page box, top to bottom."""
    count = textpage.count_rects()
    if count > MAX_RECTS:
        return []
    left, bottom, right, top = box
    rects = (textpage.get_rect(index) for index in range(count))
    inside = [r for r in rects if r[0] < right and r[2] > left and r[1] < top and r[3] > bottom]
    return sorted(inside, key=lambda rect: -rect[3])


def _column_split(rects: list[Rect]) -> tuple[float, float | None] | None:
    """Return (x of the gutter, y under the header or None) when the page is in two columns.

    The gutter is the widest band no text crosses in the lower two thirds of the text; it
    goes on up until a line crosses its middle, and the lines from there up are a header.
    Each side needs lines of its own, and the left one must flow on its own: when nearly
    every left line is level with the right column's lines, the page is a table of row
    labels (dates beside posts) and reads best row by row, as PDFium reads it.
    """
    if len(rects) < 2 * MIN_COLUMN_LINES:
        return None
    top, bottom = rects[0][3], min(rect[1] for rect in rects)
    third = top - (top - bottom) / 3
    start = next((i for i, rect in enumerate(rects) if rect[3] <= third), len(rects))
    gutter = _widest_gap(_merged((rect[0], rect[2]) for rect in rects[start:]))
    if gutter is None:
        return None
    x = (gutter[0] + gutter[1]) / 2
    while start and not rects[start - 1][0] < x < rects[start - 1][2]:
        start -= 1
    left = [rect for rect in rects[start:] if rect[2] <= x]
    right = [rect for rect in rects[start:] if rect[0] >= x]
    if min(len(left), len(right)) < MIN_COLUMN_LINES or _alone(left, right) * 4 < len(left):
        return None
    if not start:
        return x, None
    return x, (min(rect[1] for rect in rects[:start]) + rects[start][3]) / 2


def _merged(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the union of intervals as sorted, disjoint intervals."""
    union: list[tuple[float, float]] = []
    for low, high in sorted(spans):
        if union and low <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], high))
        else:
            union.append((low, high))
    return union


def _widest_gap(union: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Return the widest gap between the intervals, when it is wide enough for a gutter."""
    gaps = [(after[0] - before[1], before[1], after[0]) for before, after in pairwise(union)]
    width, low, high = max(gaps, default=(0.0, 0.0, 0.0))
    return (low, high) if width >= MIN_GUTTER else None


def _alone(left: list[Rect], right: list[Rect]) -> int:
    """Count the left lines not level with a right line, nor centred between two of them.

    A table cell's label is drawn level with the first line of its row, or centred on the
    row; a sidebar has its own line spacing. A line's box is as high as its letters, so
    lines are level when their tops or their bottoms are.
    """
    tops = _marks([rect[3] for rect in right])
    bottoms = _marks([rect[1] for rect in right])
    return sum(
        not (_near(tops, top, top - bottom) or _near(bottoms, bottom, top - bottom))
        for _, bottom, _, top in left
    )


def _marks(heights: list[float]) -> list[float]:
    """Return the heights and the midpoints between neighbouring heights, sorted."""
    heights.sort()
    return sorted(heights + [(low + high) / 2 for low, high in pairwise(heights)])


def _near(marks: list[float], height: float, line: float) -> bool:
    """True when a mark is within an eighth of a line height of ``height``."""
    at = bisect_left(marks, height)
    return any(abs(marks[i] - height) <= line / 8 for i in (at - 1, at) if 0 <= i < len(marks))
