"""A PDF table's rows parted by the space left between them, when no rules are drawn.

A borderless table printed from Word keeps the spacing after each cell's last paragraph, so
its rows stand further apart than the lines inside a cell (by half a line or more, alike
between every two rows): every piece between two such gaps is in one row, however its cells
stand in it (top or centred) and whether or not its date cell is empty (a job whose dates
are missing keeps its post and employer instead of lending them to the rows around it) or
holds two dates on two lines ("01.09.2015" / "30.06.2019"). A table whose rows follow one
another at the line spacing, or whose gaps differ (a paragraph's spacing inside a cell), is
dealt by how its cells stand (pdf_cells.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise
from statistics import median

from nlp.extraction.pdf_cells import Cells, by_column
from nlp.extraction.pdf_columns import dated, period
from nlp.extraction.pdf_geometry import Rect, merged

_DATE_WORDS = 2  # undated lines a date cell may hold: "по настоящее" / "время", "қазіргі" / …


def gapped(
    pieces: list[Rect], starts: list[float], text_of: Callable[[Rect], str]
) -> list[Cells] | None:
    """Return a table's rows as the wider gaps part them, each row its cells in column order,
    or None unless the gaps part two dated rows or more, each row dated once (or by a start
    date over its end date), and are alike.

    The gap between a cell's lines is the least one between pieces that follow one another
    down a column; without a cell of two lines there is none to tell row gaps by."""
    bands = merged((piece[1], piece[3]) for piece in pieces)[::-1]  # top to bottom
    leading = min((gap for gap in _leading(pieces, starts) if gap > 0), default=None)
    if leading is None or len(bands) < 2:
        return None
    gaps = [upper[0] - lower[1] for upper, lower in pairwise(bands)]
    half = median(piece[3] - piece[1] for piece in pieces) / 2
    wide = [at for at, gap in enumerate(gaps) if gap > leading + half]
    parting = [gaps[at] for at in wide]
    if not parting or max(parting) - min(parting) > half:
        return None
    depths = [-(bands[at][0] + bands[at + 1][1]) / 2 for at in wide]  # rising down the page
    rows: list[list[Rect]] = [[] for _ in range(len(depths) + 1)]
    for piece in pieces:
        rows[bisect_left(depths, -(piece[1] + piece[3]) / 2)].append(piece)
    table = [by_column(row, starts) for row in rows]
    keyed = [_dates(row[0], text_of) for row in table]
    if None in keyed or keyed.count(True) < 2:
        return None
    return table


def _leading(pieces: list[Rect], starts: list[float]) -> list[float]:
    """Return the gaps between the pieces that follow one another down each column."""
    columns = by_column(pieces, starts)
    return [upper[1] - lower[3] for cells in columns for upper, lower in pairwise(cells)]


def _dates(key: list[Rect], text_of: Callable[[Rect], str]) -> bool | None:
    """True when a row's first cell is dated, False when it is not, None when it holds two
    rows' dates (two dated pieces, unless a start date stands over its end date) or more
    than a date's wrapped words ("по настоящее" / "время") beside its dates: a page's main
    column, its headings, posts and employers, beside a sidebar, is no date cell."""
    texts = [text_of(piece) for piece in key]
    found = [text for text in texts if dated(text)]
    if len(found) > 2 or len(found) == 2 and (period(found[0]) or texts[0] != found[0]):
        return None
    if found and len(texts) - len(found) > _DATE_WORDS:
        return None
    return bool(found)
