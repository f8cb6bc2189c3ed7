"""Borderless PDF work tables with no header row whose employer cell wraps, as fpdf2 draws
them (QA pass C), in Russian and Kazakh: cells centred on their rows (the dates and the post
stand midway between the employer's two lines, level with none of them), at the bottom of
their rows, or an employer over three lines beside posts at the top.

Each case is what the HR officer reads of it: every job's start, end, post, employer and
civil-service flag, then the total and public-service years.

Before the fix none of these 6 tables read right: the checks that tell a table from a CV
builder's sidebar (pdf_unruled.reads_as_table) counted the heading right under the table
("Образование") as an undated row, and found the employer's wrapped lines level with no post
line (_one_grid), so the page was read as columns and every employer came after the
education section, the jobs left without them. After it all 6 do: a heading alone in the
first column under the table is no row, and a cell that stands level with a cell of its row
at their tops, middles or bottoms, alike in every row, stands on the table's line grid.

Six more tables whose date cell wraps (the follow-up to pass C): the Kazakh table aligned to
the bottom with "2019 ж. – қазіргі" over "уақытқа дейін", the Russian "2019 г. – по" over
"настоящее время" at the top, centred and at the bottom, "2019 г. – наст." over "время",
and a Kazakh table whose every date wraps after its dash. None read right before the fix:
the post and employer level with a date's wrapped line were taken for a row without dates
beside a date with no cells, or the date's last line, whose letters leave more than a line
and a half of space above it, started a row of its own. All 6 do after it: a row without
dates starts below a date's last line (pdf_cells.py), and a date's line on the table's next
line goes on the date when the date stops at "– по", or when one of the two has no cell
level with it (pdf_keys.py).

Nine more (the last of 135 layouts: 3 alignments x 5 date-column widths x 9 date forms):
a date whose next line starts with its dash ("сентябрь 2019 г." / "– настоящее" / "время"),
at the bottom beside an employer wrapped level with both date lines a date that stops at
"по" or "наст." without its end ("с 2019 г. по" / "настоящее время"), and a date over three
or four lines whose first line stands too far from the post and employer to start the table,
so the table started below it ("09.2019 –" / "қазіргі" / "уақытқа дейін", centred); and the
last two in a table under a header row or with borders. None read right before the fix (the
date's lines made rows of their own, or the first stood above the table): 9 do after it. A
date that stops short of its end (at a dash, "по", "до", "наст.", "қазіргі") or has no dash
yet above a line starting with one takes the table's next line (pdf_keys.py), and a dated
line starts a row when text stands beside the line its date goes on in (pdf_grid.py).
"""

import pytest

from tests.nlp.test_work_table_loose_pdf import assert_reads_jobs
from tests.nlp.work_table_pdfs import fpdf_table_pdf

RU = [
    ("01.2020 – 12.2023", "главный специалист", "ГУ «Управление финансов Карагандинской области»"),
    ("09.2015 – 06.2019", "экономист", "АО «Казпочта»"),
    ("09.2012 – 08.2015", "ведущий специалист", "Министерство финансов Республики Казахстан"),
]
RU_JOBS = [
    ("2020-01", "2023-12", "главный специалист",
     "ГУ «Управление финансов Карагандинской области»", True),
    ("2015-09", "2019-06", "экономист", "АО «Казпочта»", False),
    ("2012-09", "2015-08", "ведущий специалист", "Министерство финансов Республики Казахстан",
     True),
]  # fmt: skip
KK = [
    ("2019 ж. – қазіргі уақытқа дейін", "бас маман", "Астана қаласы әкімдігінің қаржы басқармасы"),
    ("09.2015 – 06.2019", "экономист", "«Қазақтелеком» АҚ"),
    ("01.2012 – 08.2015", "жетекші маман", "Қарағанды облысы әкімдігі"),
]
KK_JOBS = [
    ("2019-01", None, "бас маман", "Астана қаласы әкімдігінің қаржы басқармасы", True),
    ("2015-09", "2019-06", "экономист", "«Қазақтелеком» АҚ", False),
    ("2012-01", "2015-08", "жетекші маман", "Қарағанды облысы әкімдігі", True),
]
RU_TO_DATE = [("2019 г. – по настоящее время", *RU[0][1:]), *RU[1:]]
RU_TO_DATE_JOBS = [("2019-01", None, *RU_JOBS[0][2:]), *RU_JOBS[1:]]
RU_ABRIDGED = [("2019 г. – наст. время", *RU[0][1:]), *RU[1:]]
KK_TO_DATE = [("2019 – қазіргі уақытқа дейін", *KK[0][1:]), *KK[1:]]
RU_SEPTEMBER_JOBS = [("2019-09", None, *RU_JOBS[0][2:]), *RU_JOBS[1:]]
RU_DASH_BELOW = [("сентябрь 2019 г. – настоящее время", *RU[0][1:]), *RU[1:]]
RU_FROM_TO = [("с 2019 г. по настоящее время", *RU[0][1:]), *RU[1:]]
RU_DAY = [("01.09.2019 – по настоящее время", *RU[0][1:]), *RU[1:]]
KK_SEPTEMBER_JOBS = [("2019-09", None, *KK_JOBS[0][2:]), *KK_JOBS[1:]]
KK_DASH_BELOW = [("2019 ж. қыркүйек – қазіргі уақытқа дейін", *KK[0][1:]), *KK[1:]]
KK_MONTH = [("09.2019 – қазіргі уақытқа дейін", *KK[0][1:]), *KK[1:]]
HEADER = ("Период", "Должность", "Место работы")
LONG = "Государственное учреждение «Управление финансов Карагандинской области»"
RU_LONG = [(*RU[0][:2], LONG), *RU[1:]]
RU_LONG_JOBS = [(*RU_JOBS[0][:3], LONG, True), *RU_JOBS[1:]]
NARROW, WIDE = (40, 50, 60), (35, 45, 80)
# Narrower date columns: "2019 г. – наст." over "время"; "09.2015 –" over "06.2019" too.
NARROWER, NARROWEST = (30, 50, 80), (25, 50, 80)

# name: language, the table's rows, how its cells stand, column widths (mm), the jobs as HR
# reads them
CASES = {
    "ru, centred, employer on two lines": ("ru", RU, "MIDDLE", NARROW, RU_JOBS),
    "kk, centred, employer on two lines": ("kk", KK, "MIDDLE", NARROW, KK_JOBS),
    "ru, at the bottom, employer on two lines": ("ru", RU, "BOTTOM", WIDE, RU_JOBS),
    "kk, at the bottom, dates and employer on two lines": ("kk", KK, "BOTTOM", NARROW, KK_JOBS),
    "ru, top, employer on three lines": ("ru", RU_LONG, "TOP", NARROW, RU_LONG_JOBS),
    "ru, centred, employer on three lines": ("ru", RU_LONG, "MIDDLE", NARROW, RU_LONG_JOBS),
    "kk, at the bottom, dates wrapped after 'қазіргі'": ("kk", KK, "BOTTOM", WIDE, KK_JOBS),
    "ru, at the bottom, dates wrapped after 'по'": (
        "ru", RU_TO_DATE, "BOTTOM", WIDE, RU_TO_DATE_JOBS,
    ),
    "ru, top, dates wrapped after 'по'": ("ru", RU_TO_DATE, "TOP", WIDE, RU_TO_DATE_JOBS),
    "ru, centred, dates wrapped after 'по'": ("ru", RU_TO_DATE, "MIDDLE", WIDE, RU_TO_DATE_JOBS),
    "ru, top, dates wrapped after 'наст.'": (
        "ru", RU_ABRIDGED, "TOP", NARROWER, RU_TO_DATE_JOBS,
    ),
    "kk, top, every date wrapped after its dash": ("kk", KK_TO_DATE, "TOP", NARROWEST, KK_JOBS),
    "ru, top, the dash starts the date's next line": (
        "ru", RU_DASH_BELOW, "TOP", NARROWER, RU_SEPTEMBER_JOBS,
    ),
    "kk, top, the dash starts the date's next line": (
        "kk", KK_DASH_BELOW, "TOP", NARROWER, KK_SEPTEMBER_JOBS,
    ),
    "ru, at the bottom, dates wrapped after 'с 2019 г. по'": (
        "ru", RU_FROM_TO, "BOTTOM", WIDE, RU_TO_DATE_JOBS,
    ),
    "ru, at the bottom, dates wrapped after 'наст.'": (
        "ru", RU_ABRIDGED, "BOTTOM", NARROWER, RU_TO_DATE_JOBS,
    ),
    "ru, at the bottom, dates over three lines": (
        "ru", RU_DAY, "BOTTOM", NARROWEST, RU_SEPTEMBER_JOBS,
    ),
    "kk, centred, dates over three lines": ("kk", KK_MONTH, "MIDDLE", NARROWEST, KK_SEPTEMBER_JOBS),
    "kk, centred, dates over four lines": (
        "kk", KK_DASH_BELOW, "MIDDLE", NARROWEST, KK_SEPTEMBER_JOBS,
    ),
}  # fmt: skip
# The same dates in a table under a header row, or with borders: name: language, the table's
# rows, how its cells stand, column widths (mm), fpdf2's table options, the jobs as HR reads them
FRAMED = {
    "ru, header row, at the bottom, dates wrapped after 'с 2019 г. по'": (
        "ru", [HEADER, *RU_FROM_TO], "BOTTOM", WIDE, {"borders_layout": "NONE"},
        RU_TO_DATE_JOBS,
    ),
    "kk, borders, centred, dates over three lines": (
        "kk", KK_MONTH, "MIDDLE", NARROWEST, {}, KK_SEPTEMBER_JOBS,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_a_headerless_table_keeps_each_wrapped_employer_with_its_row(name):
    language, rows, v_align, widths, jobs = CASES[name]
    pdf = fpdf_table_pdf(language, rows, widths, v_align, borders_layout="NONE")
    assert_reads_jobs(pdf, language, jobs)


@pytest.mark.parametrize("name", FRAMED)
def test_a_framed_table_keeps_each_wrapped_date_with_its_row(name):
    language, rows, v_align, widths, layout, jobs = FRAMED[name]
    pdf = fpdf_table_pdf(language, rows, widths, v_align, **layout)
    assert_reads_jobs(pdf, language, jobs)
