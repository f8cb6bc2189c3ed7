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
    """Append a table: a row of one-line cells is one tab-separated line.

    A row whose cells hold several paragraphs is a layout table (a two-column CV template);
    its cells are read one after another so that section headings stay on their own lines.
    """
    for row in _children(table, TR):
        cells = []
        for cell in _children(row, TC):
            cell_lines: list[str] = []
            _blocks(cell, cell_lines)
            cells.append([line for line in cell_lines if line.strip()])
        if all(len(cell) <= 1 for cell in cells):
            lines.append("\t".join(cell[0] if cell else "" for cell in cells))
        else:
            lines.extend(line for cell in cells for line in cell)


def _children(element: Element, tag: str) -> list[Element]:
    """Return direct children with ``tag``, also those wrapped in content controls."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag not in _SKIP and child.tag not in (P, TBL, TR, TC):
            found.extend(_children(child, tag))
    return found
