"""Builders of CVs in the layouts applicants really send, from the contents in data/layouts/.

Each ``data/layouts/<name>.toml`` holds one invented CV: its ``layout`` (which builder draws
it), its contents and what an HR officer reads from it (``[expected]``). ``build(name)``
draws the file:

- ``docx``: Kazakhstan's civil-service forms and hh.kz's Word export: paragraphs and real
  tables; a cell given as a list holds one paragraph per item (Enter), and "⏎" inside a
  cell's text is a line break within one paragraph (Shift+Enter, ``<w:br/>``).
- ``two_column_pdf``: a résumé with a sidebar, drawn cell by cell; ``rows=True`` draws the
  same page row by row (sidebar line, main line, next row), as many exporters write it.
- ``table_pdf``: a personnel form exported to PDF: bordered tables whose long cells wrap;
  ``borderless = true`` draws them without lines or a heading row, as a résumé's layout grid.
- ``hh_pdf``: hh.kz's PDF: dates in a left column beside the entry, several pages with a
  running footer; ``rows=True`` draws each page row by row instead of cell by cell.
- ``linkedin_pdf``: LinkedIn's "Save to PDF": a sidebar drawn first, the main column over
  pages with "Page N of M"; ``narrow=True`` draws the sidebar in a smaller font, so that no
  sidebar line reaches far towards the main column.
- ``lines_pdf``: a one-column CV line by line, each ``[kind, text]`` styled by ``LINES_STYLE``
  (Europass's date-and-place line over "TITLE – EMPLOYER"); ``[kind, text, right]`` also
  puts ``right`` flush with the right margin (dates on a right tab stop).
- ``word_docx`` and ``cp1251_txt``: see ``tests.nlp.layouts_more``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from fpdf import FPDF

from tests.nlp.builders import FONT, docx_parts, zip_parts
from tests.nlp.layouts_more import cp1251_txt, word_docx

DATA = Path(__file__).parent / "data" / "layouts"
BOLD_FONT = FONT.with_name("DejaVuSans-Bold.ttf")
LINE_BREAK = "⏎"

Piece = tuple[int, float, float, str, float, bool]  # page, x, y (mm), text, size, bold


@cache
def load(name: str) -> dict:
    """The contents and expectations of ``data/layouts/<name>.toml``."""
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


def build(name: str, **variant: bool) -> bytes:
    """Draw the CV ``name`` in its layout; ``variant`` flags pass to the layout's builder."""
    cv = load(name)
    return BUILDERS[cv["layout"]](cv, **variant)


def _pdf() -> FPDF:
    """An A4 fpdf2 document with the DejaVu fonts (Kazakh, Russian and English letters)."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_font("DejaVu", style="B", fname=str(BOLD_FONT))
    return pdf


def form_docx(cv: dict) -> bytes:
    """A DOCX of paragraphs and tables, Enter and Shift+Enter inside cells, optional footer."""
    blocks = [
        item if isinstance(item, str) else [[_cell(c) for c in row] for row in item]
        for item in cv["body"]
    ]
    parts = docx_parts(blocks, footer=cv.get("footer"))
    xml = parts["word/document.xml"].decode()
    xml = xml.replace(LINE_BREAK, '</w:t><w:br/><w:t xml:space="preserve">')
    parts["word/document.xml"] = xml.encode()
    return zip_parts(parts)


def _cell(cell: str | list[str]) -> str:
    """A cell's text with one "\\n" (a new paragraph) between the items of a list."""
    return cell if isinstance(cell, str) else "\n".join(cell)


def two_column_pdf(cv: dict, rows: bool = False) -> bytes:
    """A one-page résumé: the sidebar at the left, the main column at the right."""
    pdf = _pdf()
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    columns = ((10, 55, cv["left"]), (72, 128, cv["right"]))
    cells = [(x, 15 + i * 6, w, line) for x, w, lines in columns for i, line in enumerate(lines)]
    if rows:
        cells.sort(key=lambda cell: (cell[1], cell[0]))
    for x, y, width, line in cells:
        pdf.set_xy(x, y)
        pdf.cell(width, 6, line)
    return bytes(pdf.output())


def table_pdf(cv: dict) -> bytes:
    """Paragraphs and bordered tables (``widths`` per table, in order); long cells wrap."""
    pdf = _pdf()
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    widths = iter(cv["widths"])
    borderless = cv.get("borderless", False)
    for item in cv["body"]:
        if isinstance(item, str):
            pdf.multi_cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")
            continue
        with pdf.table(
            col_widths=next(widths),
            borders_layout="NONE" if borderless else "ALL",
            first_row_as_headings=not borderless,
        ) as table:
            for row in item:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        pdf.ln(4)
    return bytes(pdf.output())


class Flow:
    """Pieces of text placed down the pages with a running y cursor and page breaks."""

    def __init__(self, top: float = 15, bottom: float = 275):
        self.pdf = _pdf()
        self.pieces: list[Piece] = []
        self.page, self.y, self.top, self.bottom = 0, top, top, bottom

    def wrap(self, text: str, size: float, bold: bool, width: float) -> list[str]:
        """Split ``text`` into lines that fit ``width`` mm, as the exporter's layout does."""
        self.pdf.set_font("DejaVu", style="B" if bold else "", size=size)
        lines, current = [], ""
        for word in text.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and self.pdf.get_string_width(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current]

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one."""
        if self.y + height > self.bottom:
            self.page += 1
            self.y = self.top

    def put(self, x: float, text: str, size: float = 10, bold: bool = False, y=None) -> None:
        """Place one piece at x mm, on the cursor line unless ``y`` is given."""
        self.pieces.append((self.page, x, self.y if y is None else y, text, size, bold))

    def line(self, x: float, text: str, size: float = 10, bold: bool = False, step=5) -> None:
        """Place ``text`` wrapped to the page's right edge, moving the cursor down."""
        for part in self.wrap(text, size, bold, 195 - x):
            self.need(step)
            self.put(x, part, size, bold)
            self.y += step

    def render(self, footer: str | None = None, pages_label: str | None = None, rows=False):
        """Draw the pieces in placing order (row by row with ``rows``), with a running footer
        and "Page N of M" when given."""
        pieces = self.pieces
        if rows:
            pieces = sorted(pieces, key=lambda piece: (piece[0], round(piece[2], 1), piece[1]))
        pdf = self.pdf
        pdf.set_auto_page_break(False)
        for number in range(self.page + 1):
            pdf.add_page()
            for _, x, y, text, size, bold in (p for p in pieces if p[0] == number):
                pdf.set_font("DejaVu", style="B" if bold else "", size=size)
                pdf.text(x, y, text)
            pdf.set_font("DejaVu", size=8)
            if footer:
                pdf.text(15, 288, footer)
            if pages_label:
                pdf.text(170, 288, pages_label.format(n=number + 1, total=self.page + 1))
        return bytes(pdf.output())


HH_LEFT, HH_RIGHT = 15, 62
HH_BOLD = {"job": {0, 2}, "edu": {0}}  # bold lines of an entry: employer and title; institution


def _hh_entry(flow: Flow, kind: str, left: list[str], right: list[str]) -> None:
    """One hh.kz entry: the left date cell, then the right text cell (as HTML renders)."""
    bold = HH_BOLD.get(kind, set())
    right_lines = [
        (part, i in bold)
        for i, text in enumerate(right)
        for part in flow.wrap(text, 10, i in bold, 133)
    ]
    if 5 * max(len(left), len(right_lines)) <= 40:
        flow.need(5 * max(len(left), len(right_lines)))
    top = flow.y
    for i, text in enumerate(left):
        flow.put(HH_LEFT, text, 9 if kind == "job" and i == 2 else 10, y=top + 5 * i)
    for text, is_bold in right_lines:
        flow.need(5)
        flow.put(HH_RIGHT, text, 10, is_bold)
        flow.y += 5
    flow.y = max(flow.y, top + 5 * len(left)) + 4


def _hh_tags(flow: Flow, label: str, items: list[str]) -> None:
    """hh.kz's skill tags: the label at the left, each tag a piece of its own, wrapping."""
    flow.need(12)
    flow.put(HH_LEFT, label)
    x = HH_RIGHT
    for item in items:
        width = 2.1 * len(item) + 6
        if x + width > 200:
            flow.y += 7
            x = HH_RIGHT
        flow.put(x, item)
        x += width
    flow.y += 10


def hh_pdf(cv: dict, rows: bool = False) -> bytes:
    """hh.kz's PDF export of a résumé."""
    flow = Flow()
    flow.line(HH_LEFT, cv["name"], 16, True, 9)
    for text in cv["head"]:
        flow.line(HH_LEFT, text)
    flow.y += 4
    for section in cv["sections"]:
        flow.need(20)
        flow.line(HH_LEFT, section["title"], 13, True, 8)
        for entry in section["entries"]:
            if isinstance(entry, str):
                flow.line(HH_LEFT, entry, 10, True, 6)
            elif section["kind"] == "tags":
                _hh_tags(flow, *entry)
            else:
                _hh_entry(flow, section["kind"], *entry)
    return flow.render(cv["footer"], rows=rows)


LINKEDIN_SIDEBAR, LINKEDIN_MAIN = 12, 75
LINKEDIN_STYLE = {  # kind of main-column line: font size, bold, line step (mm)
    "h": (13, False, 8),
    "company": (11, True, 6),
    "title": (10, True, 5),
    "dates": (9, False, 5),
    "p": (9, False, 5),
}


def linkedin_pdf(cv: dict, narrow: bool = False) -> bytes:
    """LinkedIn's "Save to PDF": the sidebar drawn first on page one (headings start with "#"),
    then the main column."""
    flow = Flow(top=20)
    y = 22
    for item in cv["sidebar"]:
        if item.startswith("#"):
            flow.put(LINKEDIN_SIDEBAR, item[1:], 12, True, y=y + 4)
            y += 11
        else:
            flow.put(LINKEDIN_SIDEBAR, item, 7.5 if narrow else 9, y=y)
            y += 5
    flow.y = 25
    flow.line(LINKEDIN_MAIN, cv["name"], 20, False, 10)
    for text in cv["headline"]:
        flow.line(LINKEDIN_MAIN, text, 11, False, 6)
    flow.line(LINKEDIN_MAIN, cv["location"], 9, False, 8)
    for kind, text in cv["main"]:
        if kind == "gap":
            flow.y += 3
            continue
        if kind == "h":
            flow.need(25)
            flow.y += 3
        elif kind == "company":
            flow.need(20)
        flow.line(LINKEDIN_MAIN, text, *LINKEDIN_STYLE[kind])
    return flow.render(pages_label="Page {n} of {total}")


LINES_STYLE = {  # kind of line: left edge (mm), font size, bold, line step (mm)
    "name": (15, 18, True, 9),
    "h": (15, 12, True, 7),
    "title": (15, 10.5, True, 5.5),
    "job": (15, 10, True, 5.5),
    "p": (15, 10, False, 5.5),
    "small": (15, 9, False, 5.5),
    "dates": (15, 8.5, False, 5.5),
    "bullet": (18, 9.5, False, 5.5),
}


def lines_pdf(cv: dict) -> bytes:
    """A one-column CV: headings after a space, a short gap after each "gap"."""
    flow = Flow(top=20)
    for kind, text, *right in cv["body"]:
        if kind == "gap":
            flow.y += 2
            continue
        x, size, bold, step = LINES_STYLE[kind]
        if kind == "h":
            flow.need(20)
            flow.y += 3
        if right:
            flow.pdf.set_font("DejaVu", size=size)
            flow.put(195 - flow.pdf.get_string_width(right[0]), right[0], size)
        flow.line(x, text, size, bold, step)
    return flow.render()


BUILDERS = {
    "docx": form_docx,
    "two_column_pdf": two_column_pdf,
    "table_pdf": table_pdf,
    "hh_pdf": hh_pdf,
    "linkedin_pdf": linkedin_pdf,
    "lines_pdf": lines_pdf,
    "word_docx": word_docx,
    "cp1251_txt": cp1251_txt,
}
