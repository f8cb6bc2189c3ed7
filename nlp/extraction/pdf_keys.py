"""The first column of a PDF table: each row's key, its date cell over as many lines as the
date wraps, by which pdf_cells.py deals the other columns' pieces to the rows.

A date wraps after a dash or into a lower-case line ("2019 ж. – қазіргі" / "уақытқа дейін"),
or before its dash ("сентябрь 2019 г." / "– настоящее"), and the wrapped line goes on the
date's cell when it stands within a line and a half of letters below it. fpdf2 sets a
table's lines further apart than that when their letters reach neither above the digits nor
below the line ("2019 г. – по" over "настоящее время", "09.2015 –" over "06.2019"), and a
row dated only "по настоящее время" may stand just as far under a dated row. A line on the
table's next line therefore goes on the date above it only when the date stops short of its
end (at a dash, "по", "до", "наст.", "қазіргі": "с 2019 г. по" over "настоящее время") or
has no dash yet and the line starts with one, or when one of the two stands level with no
piece of the other columns as the alignment tried has them: a date's line beside no cell is
the rest of a date whose row's cells stand beside its other line. When both have cells level
with them, the lower line starts a row of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.extraction.pdf_columns import dated
from nlp.extraction.pdf_geometry import Rect, box

# Lines further apart than this many line heights are not lines of one table row or header.
LINE_GAP = 1.5
# A date's lines on a table's consecutive lines stand no more than this many of their heights
# apart: fpdf2 leaves almost two between letters that reach neither above the digits nor below
# the line ("с 2019 г. по" over "настоящее").
NEXT_LINE = 2.0
# A date still waiting for its end, on the next line: it stops at a dash ("09.2015 –"), at "по"
# or "до" ("с 2019 г. по", "2019 г. – по") or at a word for now without the noun it goes with
# ("2019 г. – наст.", "01.09.2019 – по настоящее", "2019 ж. – қазіргі").
_OPEN = re.compile(r"(?:[-–—]|\b(?:по|до|настоящее|настоящего|наст\.|қазіргі))\s*$", re.IGNORECASE)
# A period's dash: a line starting with one under a date with none is the rest of that date
# ("сентябрь 2019 г." / "– настоящее" / "время").
_DASH = re.compile(r"[-–—]")
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
    over "настоящее время"; a row dated only "по настоящее время" may stand there too): there
    it goes on a date that stops short of its end (open_end), and else may (wrapped), and so
    may a line under such a line."""
    keys: list[list[Rect]] = []
    loose: list[bool] = []
    for rect in first:
        text = text_of(rect)
        date = [text_of(piece) for piece in keys[-1]] if keys else []
        ends = open_end(date, text)
        wraps = bool(date and (dated(date[0]) or loose[-1]) and goes_on(date, text))
        next_line = keys[-1][-1][1] - rect[3] <= leading + rect[3] - rect[1] if wraps else False
        if wraps and (near(keys[-1], [rect]) or next_line and ends):
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


def goes_on(date: list[str], text: str) -> bool:
    """True when a line reading ``text`` may be the rest of a date whose lines so far read
    ``date``: the date stops short of its end (open_end), or the line starts in lower case
    and holds no date of its own ("желтоқсан", "по настоящее время")."""
    return open_end(date, text) or text[:1].islower() and not dated(text)


def open_end(date: list[str], text: str) -> bool:
    """True when a date whose lines read ``date`` waits for its end on the line reading
    ``text``: it stops at a dash, "по", "до" or a word for now without its noun (_OPEN), or
    it has no dash and the line starts with one ("сентябрь 2019 г." / "– настоящее")."""
    if not date:
        return False
    dashed = _DASH.match(text.lstrip()) and not any(_DASH.search(line) for line in date)
    return bool(dashed) or _OPEN.search(date[-1]) is not None
