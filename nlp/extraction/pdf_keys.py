"""The first column of a PDF table: each row's key, its date cell over as many lines as the
date wraps, by which pdf_cells.py deals the other columns' pieces to the rows.

A date wraps after a dash or into a lower-case line ("2019 ж. – қазіргі" / "уақытқа дейін"),
which goes on the date's cell when it stands within a line and a half of letters below it.
fpdf2 sets a table's lines further apart than that when their letters reach neither above
the digits nor below the line ("2019 г. – по" over "настоящее время", "09.2015 –" over
"06.2019"), and a row dated only "по настоящее время" may stand just as far under a dated
row. A line on the table's next line therefore goes on the date above it only when the date
stops at "– по" or "– до", or when one of the two stands level with no piece of the other
columns as the alignment tried has them: a date's line beside no cell is the rest of a date
whose row's cells stand beside its other line. When both have cells level with them, the
lower line starts a row of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.extraction.pdf_columns import OPEN_END, dated
from nlp.extraction.pdf_geometry import Rect, box

# Lines further apart than this many line heights are not lines of one table row or header.
LINE_GAP = 1.5
# A period that stops at a preposition after its dash, its end on the next line ("2019 г. – по").
_OPEN_TO = re.compile(r"[-–—]\s*(?:по|до)\s*$", re.IGNORECASE)
# The height at which a cell is level with its row's first cell (top, middle or bottom).
Level = Callable[[Rect], float]


def near(upper: list[Rect], lower: list[Rect]) -> bool:
    """True when ``lower`` stands no more than a line and a half below ``upper``."""
    above, below = box(upper), box(lower)
    return above[1] - below[3] <= (above[3] - above[1]) * LINE_GAP


def first_cells(
    first: list[Rect], text_of: Callable[[Rect], str], leading: float
) -> tuple[list[list[Rect]], list[bool]]:
    """Return the first column's cells, and whether each may be the wrapped end of the one
    above it (wrapped): a piece right under a dated cell goes on it when the date wraps
    (after a dash, or in lower case: "желтоқсан", "по настоящее время"); any other piece
    starts a cell, so a heading right under the table ("Образование") is no date's. Right
    under it is within a line and a half (near), or on the table's next line, where letters
    that reach neither above the digits nor below the line leave more space ("2019 г. – по"
    over "настоящее время"; a row dated only "по настоящее время" may stand there too), and
    so may a line under such a line ("01.09.2019 –" / "по настоящее" / "время")."""
    keys: list[list[Rect]] = []
    loose: list[bool] = []
    for rect in first:
        text = text_of(rect)
        above = text_of(keys[-1][-1]) if keys else ""
        wraps = OPEN_END.search(above) or text[:1].islower() and not dated(text)
        wraps = bool(above and (dated(text_of(keys[-1][0])) or loose[-1]) and wraps)
        next_line = keys[-1][-1][1] - rect[3] <= leading + rect[3] - rect[1] if wraps else False
        if wraps and (near(keys[-1], [rect]) or next_line and _OPEN_TO.search(above)):
            keys[-1].append(rect)
        else:
            loose.append(next_line)
            keys.append([rect])
    return keys, loose


def wrapped(
    keys: list[list[Rect]], loose: list[bool], columns: list[list[Rect]], level: Level
) -> list[list[Rect]]:
    """Return the keys, each ``loose`` one (first_cells) on the one above it when either stands
    level with no piece of the other ``columns`` at the ``level`` of the alignment tried: a
    date's line beside no cell is the rest of a date whose cells stand below it (at the top)
    or above it (at the bottom); a row dated "по настоящее время" has cells level with it."""
    if not any(loose):
        return keys
    pieces = [rect for held in columns for rect in held]
    joined: list[list[Rect]] = []
    for key, wraps in zip(keys, loose, strict=True):
        if wraps and not all(_beside(cell, pieces, level) for cell in (joined[-1], key)):
            joined[-1] = joined[-1] + key
        else:
            joined.append(key)
    return joined


def _beside(key: list[Rect], pieces: list[Rect], level: Level) -> bool:
    """True when a piece stands level with a key at ``level`` (top, middle or bottom)."""
    return any(abs(level(rect) - level(box(key))) <= (rect[3] - rect[1]) / 4 for rect in pieces)
