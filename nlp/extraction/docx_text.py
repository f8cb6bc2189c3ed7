"""Text of a WordprocessingML part, with paragraphs as lines and table cells tab-separated.

Word writes a text box twice (a DrawingML choice and a VML fallback): only the choice is read.
Deleted revisions, field codes and properties are skipped. Text-box paragraphs follow the
paragraph they are anchored in.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC = W + "p", W + "tbl", W + "tr", W + "tc"
TXBX = W + "txbxContent"
# More lines than this in one cell make a column of content rather than a table value.
MAX_DATA_CELL_LINES = 4
_CHARS = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "-",
}
_SKIP = frozenset(
    {
        MC_FALLBACK,
        W + "delText",
        W + "del",
        W + "moveFrom",
        W + "instrText",
        W + "pPr",
        W + "rPr",
        W + "sectPr",
        W + "tblPr",
        W + "trPr",
        W + "tcPr",
    }
)


def part_text(root: Element) -> str:
    """Return the text of a document, header, footer or notes part."""
    lines: list[str] = []
    _blocks(root, lines)
    return "\n".join(lines)


def _blocks(element: Element, lines: list[str]) -> None:
    """Append the lines of block-level content: paragraphs, tables and their containers."""
    for child in element:
        if child.tag == P:
            _paragraph(child, lines)
        elif child.tag == TBL:
            _table(child, lines)
        elif child.tag not in _SKIP:
            _blocks(child, lines)


def _paragraph(paragraph: Element, lines: list[str]) -> None:
    """Append a paragraph as one line, then the paragraphs of text boxes anchored in it."""
    parts: list[str] = []
    boxes: list[Element] = []
    _inline(paragraph, parts, boxes)
    if parts or not boxes:
        lines.append("".join(parts))
    for box in boxes:
        _blocks(box, lines)


def _inline(element: Element, parts: list[str], boxes: list[Element]) -> None:
    """Collect the characters of runs, hyperlinks, fields and insertions in document order."""
    for child in element:
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        elif tag == TXBX:
            boxes.append(child)
        elif tag not in _SKIP:
            _inline(child, parts, boxes)


def _table(table: Element, lines: list[str]) -> None:
    """Append a table: one line per row, cells tab-separated.

    A table with a single row, or with a cell holding a whole column of content, is a layout
    table (a two-column CV template): its multi-line cells are read one after another so that
    section headings stay on their own lines. In a data table a cell's lines, typed with Enter
    or Shift+Enter ("Должность⏎Организация"), are joined by ", ", the separator a one-line cell
    would have, so that title and employer still split there.
    """
    rows = [[_cell_lines(cell) for cell in _children(row, TC)] for row in _children(table, TR)]
    layout = len(rows) == 1 or any(len(cell) > MAX_DATA_CELL_LINES for row in rows for cell in row)
    for cells in rows:
        if layout and any(len(cell) > 1 for cell in cells):
            lines.extend(line for cell in cells for line in cell)
        else:
            lines.append("\t".join(", ".join(line.rstrip(" ,") for line in cell) for cell in cells))


def _cell_lines(cell: Element) -> list[str]:
    """Return the non-blank lines of a table cell, line breaks included."""
    cell_lines: list[str] = []
    _blocks(cell, cell_lines)
    return [line for text in cell_lines for line in text.split("\n") if line.strip()]


def _children(element: Element, tag: str) -> list[Element]:
    """Return direct children with ``tag``, also those wrapped in content controls."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag not in _SKIP and child.tag not in (P, TBL, TR, TC):
            found.extend(_children(child, tag))
    return found
