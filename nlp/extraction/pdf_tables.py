"""Table rows of a PDF page read a cell at a time: a period cell over several lines read whole
before the cell beside it (hh.kz), see pdf_layout.py. Tables of three columns or more are read
by pdf_grid.py.
"""

from __future__ import annotations

from collections.abc import Callable

from nlp.extraction.pdf_columns import (
    FULL,
    LEFT,
    OPEN_PERIOD,
    RIGHT,
    next_line,
)
from nlp.extraction.pdf_geometry import Rect, box


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
