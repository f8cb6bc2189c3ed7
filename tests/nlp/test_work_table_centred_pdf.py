"""A borderless PDF work table with no header row whose cells are centred on their rows and
whose employer cell wraps onto two lines, as fpdf2 draws one (QA pass C), in Russian and
Kazakh: the dates and the post stand midway between the employer's two lines, level with
none of them.

Each case is what the HR officer reads of it: every job's start, end, post, employer and
civil-service flag, then the total and public-service years.

Before the fix neither table read right: the checks that tell a table from a CV builder's
sidebar (pdf_grid._unruled) counted the heading right under the table ("Образование") as an
undated row, and found the employer's lines level with no post line (_one_grid), so the page
was read as columns and every employer came after the education section, the jobs left
without them. After it both do: a heading alone in the first column under the table is no
row, and a cell centred on the cells of its row stands on the row's grid.
"""

import pytest

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.test_work_table_loose_pdf import _years as years
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
WIDTHS = (40, 50, 60)

# name: language, the table's rows, the dated jobs as HR reads them
CASES = {
    "ru, no header, centred, employer on two lines": ("ru", RU, RU_JOBS),
    "kk, no header, centred, employer on two lines": ("kk", KK, KK_JOBS),
}


@pytest.mark.parametrize("name", CASES)
def test_a_centred_headerless_table_keeps_each_employer_with_its_row(name):
    language, rows, jobs = CASES[name]
    pdf = fpdf_table_pdf(language, rows, WIDTHS, "MIDDLE", borders_layout="NONE")
    text = extract_bytes(pdf).text
    profile = read_cv(text, language)
    read = [
        (job.start, job.end, job.title, job.organization, job.public_service)
        for job in profile.experience
        if job.start
    ]
    assert read == jobs
    assert profile.experience_years == years(jobs)
    assert profile.public_service_years == years(jobs, public=True)
