"""Reading order of a PDF page in two columns, worked out from the boxes of its text pieces.

PDFium reads a page line by line across it, which glues a sidebar line to the main-text line
drawn at the same height ("Контакты 03.2020 – настоящее время"). A page whose pieces leave a
vertical gutter free but for a few full-width lines (a header, a section title, a footer) is
read box by box instead. Every piece falls whole into one box, so no line is cut apart, and a
piece beside a full-width line is read with that line.

A sidebar has its own line spacing: it is read whole, then the main column, a full-width line
ending both. So is a sidebar drawn on the main column's line grid when the main column dates
its own entries ("04.2020 – наст. время" beside "+7 701 555 23 41"): a table dates its rows in
its first column. In a table the left lines are level with right ones (dates beside posts) and the
page reads best row by row, as PDFium reads it; only a left cell holding a period over several
lines ("Сентябрь 2019 —" / "настоящее время" / "7 лет 3 месяца", hh.kz) is read whole, then
the cell beside it (employer, post, duties), so the period is not split by the rows beside it.
A right "column" of short dates, each level with a left line, is no column at all: the dates
are tabbed to the end of their lines ("Head of Unit, Akimat of Shymkent      Sep 2020 – Present",
Word's right tab stop) and the page is read line by line, each date with its line. So is a
left column of dates, each level with the first line of the entry it dates, with headings at
the left margin between them ("2019 – ongoing" beside "Head of Unit, Supreme Audit Chamber",
a cell before a paragraph): each date is read before its entry, each heading where it stands.
A table of three columns whose date cells wrap (dates | post | workplace, the official
"Жеке іс парағы" form) leaves a gutter only before its last column; it is read row by row.
A table of three columns or more is read a row at a time, each row's cells in column order
(pdf_grid.py), so that wrapped cells do not interleave and a centred cell's first line is not
read above its row: first on any page, when it has a header row ("Период | Должность | Место
работы"), every row dated or rules drawn between its rows; else on a page told to be in
columns as a table. So is a table of two columns under a header row or parted by rules. pdf.py joins
the cells by tabs and each cell's lines by a space, as the DOCX reader writes a table row.
"""

from __future__ import annotations

from collections.abc import Callable

from nlp.extraction.pdf_columns import (
    FULL,
    LEFT,
    MIN_CELL_GAP,
    OPEN_END,
    RIGHT,
    dated,
    find_gutter,
    next_line,
    period,
    side_labels,
)
from nlp.extraction.pdf_geometry import Rect, alone, box
from nlp.extraction.pdf_grid import table_rows
from nlp.extraction.pdf_rules import Rule
from nlp.extraction.pdf_tables import table_boxes
from nlp.extraction.pdf_wraps import paragraphs

# A box read as PDFium reads it ([box]), or a table row's cells, each read on one line.
Line = list[Rect] | tuple[Rect]


def reading_boxes(
    rects: list[Rect],
    text_of: Callable[[Rect], str],
    rules: Callable[[], list[Rule]] = list,
    *,
    paragraphs: bool = False,
) -> list[Line] | None:
    """Return the lines to read in turn when the page is in two columns or holds a table,
    else None: each line is a box, or the cells of a table row read one after another (a
    tuple: a row label, one cell read on one line).

    ``rects`` are the page's text pieces sorted top to bottom; ``text_of`` reads a box;
    ``rules`` draws the page's rules (pdf_rules.py); with ``paragraphs`` a sidebar's wrapped
    lines are joined (pdf_wraps.py).
    """
    table = table_rows(rects, text_of, strict=True, rules=rules)
    if table is not None:
        return table
    labels = side_labels(rects)
    if labels is None or _line_ends(rects, labels, text_of) or _date_column(rects, labels, text_of):
        return None
    right = [rect for rect, label in zip(rects, labels, strict=True) if label is RIGHT]
    ceiling = max(rect[3] for rect in right)
    left = [
        rect
        for rect, label in zip(rects, labels, strict=True)
        if label is LEFT and rect[1] <= ceiling  # a left line above the right column heads it
    ]
    if _row_labels(left, right, text_of):
        return _labelled_rows(rects, labels, text_of)
    sidebar = (
        alone(left, right) * 4 >= len(left)
        and not _third_column(left, right, text_of)
        and not _period_cells(left, right, text_of)
    )
    if sidebar or _dated_right(left, right, text_of):
        return _sidebar_boxes(rects, labels, text_of if paragraphs else None)
    boxes = table_boxes(rects, labels, text_of)
    if boxes is None:
        return table_rows(rects, text_of, rules=rules)
    return [[part] for part in boxes]


def _dated_right(left: list[Rect], right: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when two or more right pieces are periods ("04.2020 – наст. время") and no left
    date stands level with one: the right column holds entries of its own, however level its
    lines are with the left ones (two columns on one line grid).

    A table dates its rows in its first column; a post or an employer cell holds no period.
    """
    periods = [rect for rect in right if period(text_of(rect))]
    if len(periods) < 2:
        return False
    dates = [rect for rect in left if dated(text_of(rect))]
    return alone(periods, dates, centred=False) == len(periods)


def _line_ends(rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]) -> bool:
    """True when every right piece is a short date level with a left line (or centred on two),
    but for the page's top and bottom rows: a running header or footer (the name left and the
    contacts right, "стр. 2 из 2") is one line however its parts are placed."""
    left = [rect for rect, label in zip(rects, labels, strict=True) if label is LEFT]
    edges = (rects[0], min(rects, key=lambda rect: rect[1]))
    right = [
        rect
        for rect, label in zip(rects, labels, strict=True)
        if label is RIGHT and not any(_level(rect, edge) for edge in edges)
    ]
    return not alone(right, left) and all(dated(text_of(rect)) for rect in right)


def _level(rect: Rect, line: Rect) -> bool:
    """True when the middle of ``rect`` lies within the height of ``line``."""
    return line[1] <= (rect[1] + rect[3]) / 2 <= line[3]


def _date_column(rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]) -> bool:
    """True when two or more left pieces are dates, each level with a right line (or centred
    on two), and no other left piece stands level with one. A date that ends in a dash
    ("01.09.2019 –" / "по настоящее время") is a period cell, read whole by table_boxes.

    Dates drawn in a cell before each entry ("2019 – ongoing" beside "Head of Unit, ...")
    stand level with the entry's first line, and the left pieces between them are headings
    on lines of their own; a sidebar has its own text (contacts, skills) level with lines of
    the main column, and any dates it holds are level by chance only.
    """
    right = [rect for rect, label in zip(rects, labels, strict=True) if label is RIGHT]
    dates, others = [], []
    for rect, label in zip(rects, labels, strict=True):
        if label is LEFT:
            (dates if dated(text_of(rect)) else others).append(rect)
    level_others = len(others) - alone(others, right, centred=False)
    wrapped = any(OPEN_END.search(text_of(rect)) for rect in dates)
    return len(dates) >= 2 and not alone(dates, right) and not level_others and not wrapped


def _period_cells(left: list[Rect], right: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when two or more left pieces open periods ("Апрель 2021 —", "Август 2018 — Март"),
    one of them cut after its dash, each level with a right line: the date cells of a CV
    builder's grid (dates | employer and post), read cell by cell by table_boxes however many
    section headings stand alone at the left margin between them. A sidebar's dates (years
    of study) stand level with the main column by chance, and are seldom cut."""
    opened = [rect for rect in left if period(text_of(rect)) or OPEN_END.search(text_of(rect))]
    cut = any(OPEN_END.search(text_of(rect)) for rect in opened)
    return len(opened) >= 2 and cut and not alone(opened, right, centred=False)


def _third_column(left: list[Rect], right: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when the right column is the last of a table: the left side is split again, by a
    gap as narrow as two cell margins, into dates (two or more) and a second column that runs
    as far down as the right one.

    When a date cell wraps ("2016 ж. қаңтар – 2018 ж." / "желтоқсан", the official work
    table: dates | post | workplace) its text fills the cell, so the only gap wide enough for
    a gutter is the one before the workplace column, and the wrapped lines stand level with
    nothing on the right. A sidebar is one column of text, or holds a small table of its own
    (languages and levels) that ends long before the main column does, or has its own line
    spacing (a CV builder's grid: dates | post and employer | sidebar), where a table's last
    column is drawn on the line grid of the one before it.
    """
    inner = find_gutter(left, MIN_CELL_GAP)
    if inner is None or not right:
        return False
    middle = [rect for rect in left if rect[0] >= inner[1]]
    if sum(dated(text_of(rect)) for rect in left if rect[2] <= inner[0]) < 2:
        return False
    shared = min(_top(middle), _top(right)) - max(_bottom(middle), _bottom(right))
    whole = max(_top(middle), _top(right)) - min(_bottom(middle), _bottom(right))
    return shared * 4 >= whole * 3 and alone(right, middle) * 4 < len(right)


def _top(rects: list[Rect]) -> float:
    """The top of the highest piece."""
    return max(rect[3] for rect in rects)


def _bottom(rects: list[Rect]) -> float:
    """The bottom of the lowest piece."""
    return min(rect[1] for rect in rects)


def _sidebar_boxes(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str] | None
) -> list[Line]:
    """Read each column whole between full-width lines, the left one first; with ``text_of``
    the narrower column (the sidebar) a paragraph at a time, its wrapped lines joined
    (pdf_wraps.py)."""
    narrow = _narrower(rects, labels)
    read: list[Line] = []
    columns: dict[str, list[Rect]] = {LEFT: [], RIGHT: []}
    row: list[Rect] = []
    for rect, label in zip(rects, labels, strict=True):
        if label is FULL:
            read += _columns(columns, narrow, text_of)
            row.append(rect)
        else:
            if row:
                read.append([box(row)])
                row = []
            columns[label].append(rect)
    return read + ([[box(row)]] if row else []) + _columns(columns, narrow, text_of)


def _columns(
    columns: dict[str, list[Rect]], narrow: str, text_of: Callable[[Rect], str] | None
) -> list[Line]:
    """Read the pieces gathered in each column, left first, and empty them."""
    read: list[Line] = []
    for label in (LEFT, RIGHT):
        part = columns[label]
        if part:
            wrapped = text_of is not None and label is narrow
            read += paragraphs(part, text_of) if wrapped else [[box(part)]]
        columns[label] = []
    return read


def _narrower(rects: list[Rect], labels: list[str]) -> str:
    """The side whose pieces span less width."""
    widths = {}
    for side in (LEFT, RIGHT):
        pieces = [rect for rect, label in zip(rects, labels, strict=True) if label is side]
        widths[side] = max(r[2] for r in pieces) - min(r[0] for r in pieces) if pieces else 0
    return LEFT if widths[LEFT] <= widths[RIGHT] else RIGHT


def _row_labels(left: list[Rect], right: list[Rect], text_of: Callable[[Rect], str]) -> bool:
    """True when the left pieces label rows of the right column: undated, few (a third of the
    right lines at most), each label's first line level with a right line.

    A Google Docs résumé is a borderless table of two columns, a section's name ("ОПЫТ
    РАБОТЫ", "ОБРАЗОВАНИЕ") in the left cell level with the first line of its content; read
    as a sidebar, every heading would come before any content. A sidebar has text of its own
    (contacts, skills, levels) line after line, or lines not level with the main column's.
    """
    firsts = [
        rect
        for above, rect in zip([None, *left[:-1]], left, strict=True)
        if not above or not next_line(above, rect, text_of)
    ]
    return (
        len(firsts) >= 2
        and len(left) * 3 <= len(right)
        and not alone(firsts, right, centred=False)
        and not any(dated(text_of(rect)) for rect in left)
    )


def _labelled_rows(
    rects: list[Rect], labels: list[str], text_of: Callable[[Rect], str]
) -> list[Line]:
    """Read each row label, its lines joined as a table cell's ("ПОВЫШЕНИЕ" / "КВАЛИФИКАЦИИ"
    is one heading), before the right lines it labels, down to the next label; a full-width
    line is read where it stands."""
    read: list[Line] = []
    label: list[Rect] = []
    content: list[Rect] = []
    for rect, side in zip(rects, labels, strict=True):
        if side is RIGHT:
            content.append(rect)
            continue
        if side is LEFT and label and next_line(label[-1], rect, text_of):
            label.append(rect)
            continue
        read += _labelled(label, content)
        label, content = [], []
        if side is LEFT:
            label.append(rect)
        else:
            read.append([rect])
    return read + _labelled(label, content)


def _labelled(label: list[Rect], content: list[Rect]) -> list[Line]:
    """A row label as one cell, then the box of what it labels."""
    return ([(box(label),)] if label else []) + ([[box(content)]] if content else [])
