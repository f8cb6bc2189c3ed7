"""Undated rows of PDF work tables without rules, where pass V left them (QA pass B): the
last row of a table whose cells are centred or stand at the bottom of their rows, and a row
whose date cell holds only "по настоящее время" / "қазіргі уақытқа дейін" in a table aligned
to the bottom, right under the header or last. The tables are drawn as fpdf2 draws them
without borders: rows follow one another at the line spacing, so only how the cells stand in
their rows parts them.

Each case is what the HR officer reads of it: every dated job's start, end, post, employer
and civil-service flag, then the total and public-service years; the undated job takes no
other row's dates and lends them none of its words.

Before the fix none of these 6 tables read right: the last row's post and employer went to
the heading under the table (and the table was then read as wrapped lines, the employers
after it) or to the row above it, and in a bottom-aligned table the first row's employer
lost its first line to a made-up row. After it all 6 do (pdf_cells.py). Still ambiguous and
not covered: with its cells at the top, an undated last row reads as the wrapped lines of
the row above it, and an undated row right under the header as those of the row below it
aligned to the bottom; so does an undated row of a bottom-aligned table in the middle, right
above a dated row. A table printed from Word leaves more space between rows than between a
cell's lines and is parted by it (pdf_gaps.py, test_work_table_loose_pdf.py).
"""

import pytest

from tests.nlp.test_work_table_loose_pdf import (
    UNDATED,
    UNDATED_JOBS,
    UNDATED_KK,
    UNDATED_KK_JOBS,
    assert_reads_jobs,
)
from tests.nlp.work_table_pdfs import fpdf_table_pdf

HEADER = ("Период", "Должность", "Место работы")
DATED = [UNDATED[0], *UNDATED[2:]]
NO_DATES = UNDATED[1]  # ("", "ведущий специалист", "Аппарат акима города Астаны")
TO_DATE = ("по настоящее время", *NO_DATES[1:])
KK_DATED = [UNDATED_KK[1], *UNDATED_KK[3:]]
KK_TO_DATE = ("қазіргі уақытқа дейін", *UNDATED_KK[2][1:])
WIDTHS = (40, 50, 60)


def _pdf(language: str, rows: list[tuple[str, ...]], v_align: str) -> bytes:
    return fpdf_table_pdf(language, rows, WIDTHS, v_align, borders_layout="NONE")


# name: language, the table's rows, how its cells stand, the dated jobs as HR reads them
CASES = {
    "ru, last row without dates, centred": (
        "ru", [HEADER, *DATED, NO_DATES], "MIDDLE", UNDATED_JOBS,
    ),
    "ru, last row without dates, bottom": (
        "ru", [HEADER, *DATED, NO_DATES], "BOTTOM", UNDATED_JOBS,
    ),
    "ru, 'по настоящее время' only, under the header, bottom": (
        "ru", [HEADER, TO_DATE, *DATED], "BOTTOM", UNDATED_JOBS,
    ),
    "ru, 'по настоящее время' only, last row, bottom": (
        "ru", [HEADER, *DATED, TO_DATE], "BOTTOM", UNDATED_JOBS,
    ),
    "kk, last row without dates, centred": (
        "kk", [UNDATED_KK[0], *KK_DATED, ("", *UNDATED_KK[2][1:])], "MIDDLE", UNDATED_KK_JOBS,
    ),
    "kk, 'қазіргі уақытқа дейін' only, under the header, bottom": (
        "kk", [UNDATED_KK[0], KK_TO_DATE, *KK_DATED], "BOTTOM", UNDATED_KK_JOBS,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_an_undated_row_at_a_table_edge_keeps_its_post_and_employer(name):
    language, rows, v_align, jobs = CASES[name]
    assert_reads_jobs(_pdf(language, rows, v_align), language, jobs)
