"""The lines a PDF prints around a CV rather than in it, dropped page by page: a line repeated
at the top or bottom of most pages (a running footer such as "Резюме обновлено 20 ноября
2026"), a page number at either ("1-бет", "Page 1 of 2") and the running title atop a later
page ("Ермекова Ә.Қ. – түйіндеме"); a line repeated atop every page is kept on the first,
where it is the CV's title (page_marks.py tells page numbers and running titles).
"""

from __future__ import annotations

import re
from collections import Counter

import pypdfium2 as pdfium

from nlp.extraction.page_marks import is_page_number, is_running_title
from nlp.extraction.pdf_geometry import Rect

Edge = tuple[str, int, str]  # "top" or "bottom", height in points, the row's text
_DIGITS = re.compile(r"\d+")


def edges_of(textpage: pdfium.PdfTextPage, rects: list[Rect]) -> list[Edge]:
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


def without_running_lines(pages: list[tuple[str, list[Edge]]]) -> list[str]:
    """Return the page texts without their running lines (see _running).

    A page keeps its only text.
    """
    counts = Counter(_alike(edge) for _, edges in pages for edge in edges)
    title = next((edges[0][2] for _, edges in pages if edges), "")
    seen: set[Edge] = set()
    texts = []
    for text, edges in pages:
        lines = text.splitlines()
        for edge in edges:
            if edge[2] and _running(edge, counts, len(pages), seen, title if seen else ""):
                _drop(lines, edge[2], last=edge[0] == "bottom")
            seen.add(_alike(edge))
        kept = any(line.strip() for line in lines)
        texts.append("\r\n".join(lines) if kept and len(lines) < len(text.splitlines()) else text)
    return texts


def _running(edge: Edge, counts: Counter[Edge], pages: int, seen: set[Edge], title: str) -> bool:
    """True when a top or bottom row is no CV text: a page number ("1-бет", "Page 1 of 2"), a
    row repeated at the same height on most pages, or a later page's running title naming the
    CV's owner (``title`` is the first page's top row, empty on the first page).

    Rows are alike when they differ only in their numbers ("Page 1 of 2", "Page 2 of 2").
    A repeated top row is kept where it first stands: on the first page it is the CV's title.
    """
    if is_page_number(edge[2]) or title and is_running_title(edge[2], title):
        return True
    alike = _alike(edge)
    return counts[alike] * 2 > pages and (edge[0] == "bottom" or alike in seen)


def _alike(edge: Edge) -> Edge:
    """Return the row with its numbers masked."""
    return edge[0], edge[1], _DIGITS.sub("#", edge[2])


def _drop(lines: list[str], row: str, *, last: bool) -> None:
    """Remove the first line reading ``row`` (the last one with ``last``), if any."""
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    at = next((i for i in order if lines[i].strip() == row), None)
    if at is not None:
        del lines[at]
