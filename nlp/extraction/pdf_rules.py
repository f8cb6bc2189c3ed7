"""The rules a PDF page draws between table rows, and a table's rows read between them.

fpdf2 draws each cell of a bordered table as a rectangle; Word draws each cell border as a
thin line or a thin filled box. Either way the rows of a ruled table are parted by horizontal
edges that run under its first column, and every piece between two of them is in one row,
however its cells stand in it (top, middle or bottom) and whether or not its date cell is
empty. The page's drawings are read only once a page is found to hold a table or, maybe, a
form (pdf_forms.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from ctypes import byref, c_float
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp.extraction.pdf_cells import Cells, by_column, column, dated_key
from nlp.extraction.pdf_columns import OPEN_END
from nlp.extraction.pdf_geometry import Rect, rows
from nlp.extraction.pdf_keys import LINE_GAP

Rule = tuple[float, float, float]  # left, height, right
# Past this many objects a page is a drawing, not a CV: its rules are not read.
MAX_OBJECTS = 3000
# A path no higher than this (points) is a line; a higher one is a box with two edges.
_THIN = 2.0
# Edges closer than this (points) are one rule: the bottom of a cell and the top of the next.
_SAME_RULE = 2.5


def path_boxes(page: pdfium.PdfPage, most: int) -> list[Rect]:
    """Return the boxes (left, bottom, right, top) of the page's paths, or none when the page
    holds more than ``most`` objects: a drawing, not a CV."""
    count = pdfium_c.FPDFPage_CountObjects(page)
    if count > most:
        return []
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    boxes: list[Rect] = []
    for index in range(count):
        path = pdfium_c.FPDFPage_GetObject(page, index)
        if pdfium_c.FPDFPageObj_GetType(path) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(
            path, byref(left), byref(bottom), byref(right), byref(top)
        ):
            boxes.append((left.value, bottom.value, right.value, top.value))
    return boxes


def drawn_rules(boxes: list[Rect]) -> list[Rule]:
    """Return the horizontal edges of the page's paths (their ``boxes``, path_boxes): a thin
    path's middle, or a box's top and bottom, each with the x span it runs over."""
    found: list[Rule] = []
    for left, bottom, right, top in boxes:
        if top - bottom <= _THIN:
            found.append((left, (top + bottom) / 2, right))
        elif right - left > _THIN:
            found += [(left, top, right), (left, bottom, right)]
    return found


def ruled_table(
    pieces: list[Rect], starts: list[float], text_of: Callable[[Rect], str], rules: list[Rule]
) -> list[Cells] | None:
    """Return a table's rows as the rules under its first column part them, each row its
    cells in column order, or None unless rules stand above, between and below its dated
    rows: two dates between two rules are two rows, unless the first ends in a dash (a date
    that wraps, "09.2019 –" / "09.2023"). Lines above or below the rules are rows of their
    own (a heading under the table)."""
    heights = _heights(rules, starts[0], pieces)
    bands = [_band(heights, piece) for piece in pieces]
    placed = zip(pieces, bands, strict=True)
    first = [(rect, band) for rect, band in placed if column(rect, starts) == 0]
    keyed = [band for rect, band in first if dated_key([rect], text_of)]
    if len(set(keyed)) < 2 or not all(0 < band < len(heights) for band in keyed):
        return None
    for (upper, band), (lower, below) in pairwise(first):
        if band == below and dated_key([lower], text_of) and not OPEN_END.search(text_of(upper)):
            return None
    table: list[Cells] = []
    for band in sorted(set(bands)):
        held = [piece for piece, at in zip(pieces, bands, strict=True) if at == band]
        lines = [held] if 0 < band < len(heights) else [[held[i] for i in r] for r in rows(held)]
        table += [by_column(line, starts) for line in lines]
    return table


def _heights(rules: list[Rule], left: float, pieces: list[Rect]) -> list[float]:
    """Return the heights of the rules that run under the first column's start within the
    pieces' height, top to bottom, an edge shared by two cells once."""
    top = max(piece[3] for piece in pieces)
    bottom = min(piece[1] for piece in pieces)
    reach = max(piece[3] - piece[1] for piece in pieces) * LINE_GAP
    found = sorted(
        (height for low, height, high in rules if low <= left < high),
        reverse=True,
    )
    heights: list[float] = []
    for height in found:
        if bottom - reach <= height <= top + reach and (
            not heights or heights[-1] - height > _SAME_RULE
        ):
            heights.append(height)
    return heights


def _band(heights: list[float], piece: Rect) -> int:
    """Count the rules above a piece's middle."""
    depths = [-height for height in heights]  # rising, as the rules go down the page
    return bisect_left(depths, -(piece[1] + piece[3]) / 2)
