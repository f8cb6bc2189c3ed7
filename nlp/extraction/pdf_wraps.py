"""A sidebar's lines that wrap one paragraph, told from lines of their own, on a PDF page.

A sidebar is narrow, and a browser wraps its longer items over lines ("Project Management" /
"Professional (PMP), PMI, 2020", "MSc in Electric Power" / "Engineering"); read line by line,
one certificate becomes two, the second without its name's head. A line goes on the one
above it when it starts at the same left edge, stands at the paragraph's line spacing (the
least spacing in the column: items have margins between them) and its first word would not
have fitted after the line above, which reaches near the column's right edge or is followed
by a long word. A list of short items ("Kazakh: native" / "Russian: fluent") keeps its lines.
Only a browser's PDF is read so: reportlab and Word draw a sidebar's items and wrapped lines
at one line spacing, and a short item over a long e-mail address would read as one wrap; so
does a design of blocks placed by coordinates (Canva, drawn out of reading order), whose
blocks list their items a line apart ("Microsoft Word" / "Microsoft Excel"), so it is not.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.pdf_geometry import Rect, box, rows

# How near the column's right edge (a share of its width) a wrapped line ends, and how long
# a word (the same share) wraps whatever the line before it left free.
_NEAR_EDGE = 0.35
# Points of play in a line's left edge and in the line spacing.
_PLAY = 1.5


def printed_by_browser(document: pdfium.PdfDocument) -> bool:
    """True when Chromium's "Save as PDF" wrote the document (its producer is Skia/PDF); read
    through PDFium's own call, so that a producer that is no valid UTF-16 reads as another."""
    key = b"Producer\x00"
    size = pdfium_c.FPDF_GetMetaText(document, key, None, 0)
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDF_GetMetaText(document, key, buffer, size)
    return buffer.raw[: max(size - 2, 0)].decode("utf-16-le", "replace").startswith("Skia/PDF")


def paragraphs(
    pieces: list[Rect], text_of: Callable[[Rect], str]
) -> list[list[Rect] | tuple[Rect]]:
    """Return a column's lines top to bottom, each a box ([box]) or a wrapped paragraph read
    on one line (a one-cell tuple, as pdf.py reads a table cell); ``pieces`` are sorted top
    to bottom."""
    lines = [box([pieces[i] for i in row]) for row in rows(pieces)]
    if len(lines) < 2:
        return [[line] for line in lines]
    left, right = min(line[0] for line in lines), max(line[2] for line in lines)
    pitches = [above[3] - below[3] for above, below in pairwise(lines)]
    usual = min(pitch for pitch in pitches if pitch > 0) if any(p > 0 for p in pitches) else 0
    groups = [[lines[0]]]
    for (above, below), pitch in zip(pairwise(lines), pitches, strict=True):
        wraps = pitch <= usual + _PLAY and _wraps(above, below, (left, right), text_of)
        if wraps:
            groups[-1].append(below)
        else:
            groups.append([below])
    return [(box(group),) if len(group) > 1 else [group[0]] for group in groups]


def _wraps(
    above: Rect, below: Rect, column: tuple[float, float], text_of: Callable[[Rect], str]
) -> bool:
    """True when ``below`` starts where ``above`` does and its first word would not have
    fitted after ``above`` (its width guessed from its share of the line's letters)."""
    text = text_of(below).strip()
    if not text or abs(above[0] - below[0]) > _PLAY:
        return False
    word = text.split()[0]
    letter = (below[2] - below[0]) / len(text)
    width = letter * len(word)
    reach = (column[1] - column[0]) * _NEAR_EDGE
    full = above[2] >= column[1] - reach or width >= reach
    return full and above[2] + letter + width > column[1]
