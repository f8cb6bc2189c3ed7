"""Tables of a WordprocessingML part as lines: one line per row, cells tab-separated.

Word keeps a table's grid in its cells: a cell spanning columns (``w:gridSpan``: a section
title across the table, "Годы обучения" over "с" and "по") and cells merged down the rows
(``w:vMerge``: one date or employer cell beside two posts). A spanning cell is followed by the
empty cells it covers, so that the cells after it stay under their headings; a merged cell's
text is read in each row it covers, as a reader reads it beside each post. Rows of a layout
table (a CV template's columns, tables nested in its cells) are read cell by cell instead,
each line typed with Shift+Enter a line; in a data table's narrow cell it may wrap a post.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from nlp.components.title_words import looks_like_title

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC = W + "p", W + "tbl", W + "tr", W + "tc"
DELETED_ROW = f"{W}trPr/{W}del"  # a row removed with track changes on
# More lines than this in one cell make a column of content rather than a table value.
MAX_DATA_CELL_LINES = 4
# Elements that never hold rows or cells (properties, deleted or moved-away content); anything
# else may wrap them (content controls, custom XML).
_NO_ROWS = frozenset(
    W + tag for tag in ("tblPr", "tblGrid", "trPr", "tcPr", "pPr", "rPr", "del", "moveFrom")
)


@dataclass
class _Cell:
    """A table cell: its non-blank lines, where it stands in the grid and how it is merged."""

    lines: list[str]  # as read, its paragraphs with their line breaks; then its lines
    column: int
    span: int
    merge: str | None  # "restart", "continue" or None, from w:vMerge
    nested: bool  # holds a table of its own
    listed: bool  # holds a list: two or more items of automatic numbering or bullets


def table_lines(table: Element, read: Callable[[Element], list[str]]) -> list[str]:
    """Return the lines of ``table``; ``read`` returns the lines of a cell's content.

    A table with a single row, or with a cell holding a whole column of content or a table of
    its own, is a layout table (a two-column CV template): its multi-line cells are read one
    after another so that section headings stay on their own lines, and a merged cell's text
    is read once. In a data table a cell's lines, typed with Enter or Shift+Enter
    ("Должность⏎Организация"), are joined by ", ", the separator a one-line cell would have, so
    that title and employer still split there. A row with a list in a cell (two jobs, two
    diplomas as numbered items) is read cell by cell too: its items are entries, not parts of
    one value. A row without any text leaves no line (the template row left unfilled).
    """
    rows = [_cells(row, read) for row in _children(table, TR) if row.find(DELETED_ROW) is None]
    layout = len(rows) == 1 or any(
        len(_broken(cell.lines)) > MAX_DATA_CELL_LINES or cell.nested
        for row in rows
        for cell in row
    )
    for cell in (cell for row in rows for cell in row):
        cell.lines = _broken(cell.lines) if layout else _unwrapped(cell.lines)
    if not layout:
        _fill_merged(rows)
    lines = []
    for cells in rows:
        if any(cell.listed for cell in cells) or (
            layout and any(len(cell.lines) > 1 or cell.nested for cell in cells)
        ):
            lines.extend(line for cell in cells for line in cell.lines)
        elif any(cell.lines for cell in cells):
            lines.append("\t".join(_texts(cells)))
    return lines


def _cells(row: Element, read: Callable[[Element], list[str]]) -> list[_Cell]:
    """Return the cells of a row with their grid columns, spans and vertical merges."""
    properties = row.find(W + "trPr")
    column = _number(None if properties is None else properties.find(W + "gridBefore"), 0)
    cells = []
    for cell in _children(row, TC):
        properties = cell.find(W + "tcPr")
        if properties is None:
            span, merge = 1, None
        else:
            span = max(_number(properties.find(W + "gridSpan"), 1), 1)
            merge = properties.find(W + "vMerge")
        kind = None if merge is None else merge.get(W + "val", "continue")
        nested = bool(_children(cell, TBL))
        items = sum(_numbered(paragraph) for paragraph in _children(cell, P))
        cells.append(_Cell(read(cell), column, span, kind, nested, items > 1))
        column += span
    return cells


def _broken(paragraphs: list[str]) -> list[str]:
    """Return the non-blank lines of a cell's paragraphs, split at their line breaks."""
    return [line for text in paragraphs for line in text.split("\n") if line.strip()]


def _unwrapped(paragraphs: list[str]) -> list[str]:
    """Return the lines of a data cell's paragraphs, split at their line breaks except before
    a lower-case word going on with the line above: Shift+Enter typed to wrap a post in a
    narrow cell ("Главный специалист" / "отдела бюджетного планирования"). A break before a
    capital, a quote, a digit or an abbreviation ("г. Астана") stays between two fields (post
    / employer), and so does one before a post under a line that names none ("Қаржы
    министрлігі" / "бас маман").
    """
    lines: list[str] = []
    for text in paragraphs:
        lines.extend(_joined(text.split("\n")))
    return [line for line in lines if line.strip()]


def _joined(pieces: list[str]) -> list[str]:
    """Return the pieces of one paragraph with each wrapped one joined to the line above."""
    lines: list[str] = []
    for piece in pieces:
        word = piece.strip().partition(" ")[0]
        wrapped = lines and lines[-1].rstrip()[-1:].isalpha() and word.isalpha() and word.islower()
        if wrapped and (looks_like_title(lines[-1]) or not looks_like_title(piece)):
            lines[-1] = f"{lines[-1].rstrip()} {piece.strip()}"
        else:
            lines.append(piece)
    return lines


def _fill_merged(rows: list[list[_Cell]]) -> None:
    """Give each cell that continues a vertical merge the text of the cell that begins it."""
    started: dict[int, list[str]] = {}
    for cells in rows:
        for cell in cells:
            if cell.merge == "continue":
                cell.lines = started.get(cell.column, [])
            else:
                started[cell.column] = cell.lines


def _texts(cells: list[_Cell]) -> list[str]:
    """Return a data row's cell texts, a spanning cell followed by the columns it covers."""
    texts = []
    for index, cell in enumerate(cells):
        texts.append(", ".join(line.rstrip(" ,") for line in cell.lines))
        if index < len(cells) - 1:
            texts.extend([""] * (cell.span - 1))
    return texts


def _numbered(paragraph: Element) -> bool:
    """Return whether a paragraph is an item of an automatic list (numId 0 takes it out)."""
    properties = paragraph.find(W + "pPr")
    numbering = None if properties is None else properties.find(W + "numPr")
    number = None if numbering is None else numbering.find(W + "numId")
    return number is not None and number.get(W + "val", "0") != "0"


def _number(element: Element | None, default: int) -> int:
    """Return the whole-number w:val of ``element``, or ``default``."""
    value = "" if element is None else element.get(W + "val", "")
    return int(value) if value.isdigit() else default


def _children(element: Element, tag: str) -> list[Element]:
    """Return direct children with ``tag``, also those wrapped in content controls."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag not in _NO_ROWS and child.tag not in (P, TBL, TR, TC):
            found.extend(_children(child, tag))
    return found
