"""Builders of PDF work tables shared by the work-table tests: a table as fpdf2 draws one, and
a table as Word exports one without borders (its text drawn line by line across the page)."""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF

from tests.nlp.builders import FONT, make_placed_pdf

TITLES = {"ru": "Трудовая деятельность", "kk": "Еңбек жолы"}
EDUCATION = {"ru": "Образование", "kk": "Білімі"}
Cell = Sequence[str]  # a cell's lines
# A Word table's lines are this far apart (mm), its rows this much further.
LINE, ROW_GAP = 5, 3


def fpdf_table_pdf(
    language: str, rows: list[tuple[str, ...]], widths: tuple[int, ...], v_align: str, **layout
) -> bytes:
    """Draw a work table as fpdf2 draws one (each cell's borders, unless ``layout`` says
    otherwise), a heading above it and an education line below it."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, TITLES[language], new_x="LMARGIN", new_y="NEXT")
    with pdf.table(
        col_widths=widths, first_row_as_headings=False, v_align=v_align, **layout
    ) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 6, "Образование", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "2008–2012 ЕНУ им. Л.Н. Гумилева, бакалавр", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def word_table_pdf(
    language: str,
    rows: Sequence[Sequence[Cell]],
    xs: Sequence[float],
    *,
    centred: bool = False,
    bottom: bool = False,
) -> bytes:
    """Draw a borderless work table as Word exports one: a heading, the rows (each cell's
    lines at ``xs``, at the top of the row, ``centred`` on it or at its ``bottom``), then an
    education section; the text drawn line by line across the page."""
    pieces = [(15.0, 20.0, TITLES[language])]
    y = 28.0
    for row in rows:
        height = max(len(cell) for cell in row)
        for x, cell in zip(xs, row, strict=True):
            top = y + (height - len(cell)) * LINE * (0.5 if centred else 1 if bottom else 0)
            pieces += [(x, top + LINE * i, line) for i, line in enumerate(cell)]
        y += LINE * height + ROW_GAP
    pieces += [(15, y + 5, EDUCATION[language]), (15, y + 12, "2008–2012 ЕНУ, бакалавр")]
    pieces.sort(key=lambda piece: piece[1])
    return make_placed_pdf(pieces, font_size=10)
