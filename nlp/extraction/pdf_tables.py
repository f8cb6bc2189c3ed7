"""Table rows of a PDF page read a cell at a time: a period cell over several lines read whole
before the cell beside it (hh.kz), and the cells of a three-column table (dates | post |
workplace) drawn line by line, so that wrapped cells do not interleave (see pdf_layout.py).
"""

from __future__ import annotations

from collections.abc import Callable

from nlp.extraction.pdf_columns import (
    FULL,
    LEFT,
    MIN_CELL_GAP,
    OPEN_PERIOD,
    RIGHT,
    dated,
    find_gutter,
    next_line,
)
from nlp.extraction.pdf_geometry import Rect, box, rows


def table_boxes(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[Rect] | None:
    """Read rows as they come, and each period cell whole before the cell beside it."""
    keys = _cell_keys(rects, labels, text_of)
    if all(key is None for key in keys):
        return None
    groups: dict[tuple[int, str], list[Rect]] = {}
    cell = -1
    for rect, label, key in zip(rects, labels, keys, strict=True):
        if key is not None:
            cell = key
            groups.setdefault((key, LEFT), [])
            groups.setdefault((key, RIGHT), [])
        groups.setdefault((cell, "row" if key is None else label), []).append(rect)
    return [box(part) for part in groups.values() if part]


def _cell_keys(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[int | None]:
    """Number the pieces of each period cell and of the right cell beside it; None elsewhere.

    A cell reaches down to the next piece that is not in the right column and takes the
    right pieces whose middle is between its top and there.
    """
    keys: list[int | None] = [None] * len(rects)
    for number, block in enumerate(_left_blocks(rects, labels, text_of)):
        if len(block) < 2 or not OPEN_PERIOD.search(text_of(box([rects[i] for i in block]))):
            continue
        end = next((i for i in range(block[-1] + 1, len(rects)) if labels[i] is not RIGHT), None)
        floor = float("-inf") if end is None else rects[end][3]
        ceiling = rects[block[0]][3]
        for index in block:
            keys[index] = number
        for index, rect in enumerate(rects[:end]):
            if labels[index] is RIGHT and floor < (rect[1] + rect[3]) / 2 < ceiling:
                keys[index] = number
    return keys


def _left_blocks(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[list[int]]:
    """Return the indices of each run of left pieces, each on the next line of the one before.

    A full-width line ends a run.
    """
    blocks: list[list[int]] = []
    last = None
    for index, (rect, label) in enumerate(zip(rects, labels, strict=True)):
        if label is FULL:
            last = None
        if label is not LEFT:
            continue
        if last is not None and next_line(rects[last], rect, text_of):
            blocks[-1].append(index)
        else:
            blocks.append([index])
        last = index
    return blocks


def table_rows(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[list[Rect]] | None:
    """Return the lines of a table of three columns (dates | post | workplace), each row as
    its cells, or None when the page holds no two such rows.

    A row starts at a line dated in the first column with text in another, and takes the
    lines below it, each on the next line, down to the next row or a line across the columns.
    Read across, two cells that wrap interleave their lines ("мұғалімі «№45 гимназия» КММ");
    read a cell at a time, each keeps its own. Any other line is read as it stands.
    """
    columns = _columns(rects, labels)
    if columns is None:
        return None
    lines: list[list[list[Rect]]] = []  # each line's cells, each cell's pieces
    cells: list[list[Rect]] = []  # the cells of the row being read, if any
    above = None
    for line in rows(rects):
        here = [columns[index] for index in line]
        level = box([rects[index] for index in line])
        first = [rects[index] for index, column in zip(line, here, strict=True) if column == 0]
        if -1 in here:
            cells = []
        elif first and dated(text_of(first[0])) and len(set(here)) > 1:
            cells = [[], [], []]
            lines.append(cells)
        elif cells and above is not None and not next_line(above, level, text_of):
            cells = []
        if cells:
            for index, column in zip(line, here, strict=True):
                cells[column].append(rects[index])
        else:
            lines.append([[rects[index] for index in line]])
        above = level
    if sum(len(line) > 1 for line in lines) < 2:
        return None
    return [[box(cell) for cell in line if cell] for line in lines]


def _columns(rects: list[Rect], labels: list[str]) -> list[int] | None:
    """Number each piece's table column (0 dates, 1 posts, 2 the right column; -1 across),
    or None when no narrow gap splits the left side in two."""
    inner = find_gutter(
        [rect for rect, label in zip(rects, labels, strict=True) if label is LEFT], MIN_CELL_GAP
    )
    if inner is None:
        return None
    return [
        -1 if label is FULL else 2 if label is RIGHT else 0 if rect[2] <= inner[0]
        else 1 if rect[0] >= inner[1] else -1
        for rect, label in zip(rects, labels, strict=True)
    ]  # fmt: skip
