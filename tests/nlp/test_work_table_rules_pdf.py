"""PDF work tables read by the rules drawn between their rows, and two-column work tables.

QA pass G: a row whose date cell was left empty gave its post and workplace to the rows
around it ("ведущий специалист экономист", "Карагандинской области» Аппарат акима ..."), with
or without a header row; and a two-column table (dates | "post, workplace") whose cell wrapped
after "ГУ" gave "ГУ" as the employer. fpdf2 and Word draw a rule between the rows of a bordered
table: the rows are read between those rules, and a two-column table with a header row or
rules is read a row at a time like a wider one.
"""

import pytest
from fpdf import FPDF

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import FONT
from tests.nlp.work_table_pdfs import fpdf_table_pdf

# Two columns: dates | "post, workplace"; the first row's cell wraps in a 90 mm column.
TWO_COLUMNS = {
    "ru": (
        ("Период", "Должность, место работы"),
        [
            ("01.2019 – 12.2022", "Главный специалист отдела бюджетного планирования, "
             "ГУ «Управление финансов Карагандинской области»"),
            ("01.2016 – 12.2018", "Бухгалтер, АО «Казпочта»"),
            ("09.2012 – 12.2015", "Ведущий специалист, Министерство финансов Республики Казахстан"),
        ],
        [
            ("2019-01", "Главный специалист отдела бюджетного планирования",
             "ГУ «Управление финансов Карагандинской области»", True),
            ("2016-01", "Бухгалтер", "АО «Казпочта»", False),
            ("2012-09", "Ведущий специалист", "Министерство финансов Республики Казахстан", True),
        ],
    ),
    "kk": (
        ("Кезеңі", "Лауазымы, жұмыс орны"),
        [
            ("2019 ж. қаңтар – 2022 ж. мамыр",
             "Бюджеттік жоспарлау бөлімінің бас маманы, Астана қаласы әкімдігі"),
            ("2016 ж. қаңтар – 2018 ж. желтоқсан", "Экономист, «Қазақтелеком» АҚ"),
            ("2014 ж. қыркүйек – 2015 ж. желтоқсан",
             "Жетекші маман, Қарағанды облысы әкімдігінің қаржы басқармасы"),
        ],
        [
            ("2019-01", "Бюджеттік жоспарлау бөлімінің бас маманы", "Астана қаласы әкімдігі", True),
            ("2016-01", "Экономист", "«Қазақтелеком» АҚ", False),
            ("2014-09", "Жетекші маман", "Қарағанды облысы әкімдігінің қаржы басқармасы", True),
        ],
    ),
}  # fmt: skip
# Three columns, the second row's date cell empty.
UNDATED_ROW = [
    ("01.2019 – 12.2022", "главный специалист", "ГУ «Управление финансов Карагандинской области»"),
    ("", "ведущий специалист", "Аппарат акима города Астаны"),
    ("01.2014 – 12.2015", "экономист", "ТОО «Шымкент Сервис»"),
    ("01.2012 – 12.2013", "бухгалтер", "АО «Казпочта»"),
]


def _jobs(text: str, language: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    """Each job as a user sees it: start, post, employer, public service."""
    return [
        (job.start, job.title, job.organization, job.public_service)
        for job in read_cv(text, language).experience
    ]


@pytest.mark.parametrize("borders", ["ALL", "NONE"])
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_two_column_work_table_with_a_header_reads_a_row_at_a_time(language, v_align, borders):
    header, rows, jobs = TWO_COLUMNS[language]
    pdf = fpdf_table_pdf(language, [header, *rows], (35, 90), v_align, borders_layout=borders)
    text = extract_bytes(pdf).text
    assert "\t".join(rows[0]) in text.split("\n")
    assert _jobs(text, language) == jobs


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_wide_two_column_work_table_still_reads_right(language, v_align):
    """Guard: cells that do not wrap read alike, with a header row or without."""
    header, rows, jobs = TWO_COLUMNS[language]
    for table in ([header, *rows], rows):
        text = extract_bytes(fpdf_table_pdf(language, table, (45, 145), v_align)).text
        assert _jobs(text, language) == jobs


@pytest.mark.parametrize("headed", [True, False])
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_row_with_an_empty_date_cell_keeps_its_cells_between_the_rules(v_align, headed):
    header = [("Период", "Должность", "Место работы")] if headed else []
    text = extract_bytes(fpdf_table_pdf("ru", header + UNDATED_ROW, (40, 50, 60), v_align)).text
    lines = text.split("\n")
    assert "ведущий специалист\tАппарат акима города Астаны" in lines
    for row in UNDATED_ROW[:1] + UNDATED_ROW[2:]:
        assert "\t".join(row) in lines
    jobs = _jobs(text, "ru")
    assert jobs[0] == ("2019-01", "главный специалист", UNDATED_ROW[0][2], True)
    assert jobs[-2:] == [
        ("2014-01", "экономист", "ТОО «Шымкент Сервис»", False),
        ("2012-01", "бухгалтер", "АО «Казпочта»", False),
    ]


def _word_ruled_pdf() -> bytes:
    """A table as Word exports it: text drawn line by line across, each cell centred on its
    row, a thin rule under every row; no header, and the second row's date cell is empty."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.text(15, 20, "Еңбек жолы")
    pieces = [
        (15, 31, "01.2019 – 12.2022"), (60, 31, "бас маман"), (110, 29, "Астана қаласы"),
        (110, 33, "әкімдігі"),
        (60, 41, "жетекші маман"), (110, 41, "«Қазпошта» АҚ"),
        (15, 51, "01.2014 – 12.2015"), (60, 49, "Қаржы министрлігінің"),
        (110, 51, "«Самұрық-Қазына»"), (60, 53, "сарапшысы"), (110, 55, "АҚ"),
    ]  # fmt: skip
    for x, y, text in sorted(pieces, key=lambda piece: piece[1]):
        pdf.text(x, y, text)
    pdf.set_line_width(0.3)
    for y in (25, 37, 45, 58):
        pdf.line(14, y, 180, y)
    pdf.text(15, 66, "Білімі")
    return bytes(pdf.output())


def test_word_rules_between_centred_rows_keep_an_undated_row_apart():
    lines = extract_bytes(_word_ruled_pdf()).text.split("\n")
    assert lines[1:4] == [
        "01.2019 – 12.2022\tбас маман\tАстана қаласы әкімдігі",
        "жетекші маман\t«Қазпошта» АҚ",
        "01.2014 – 12.2015\tҚаржы министрлігінің сарапшысы\t«Самұрық-Қазына» АҚ",
    ]


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_a_date_wrapped_after_its_dash_between_two_rules_is_one_row(v_align):
    """A narrow date column: "09.2019 –" / "12.2022" are one cell, not two rows."""
    rows = [
        ("09.2019 – 12.2022", "главный специалист отдела", "Аппарат акима города Астаны", "Астана"),
        ("01.2016 – 08.2019", "экономист", "ТОО «Шымкент Сервис»", "Шымкент"),
    ]
    text = extract_bytes(fpdf_table_pdf("ru", rows, (22, 45, 55, 30), v_align)).text
    lines = text.split("\n")
    assert all("\t".join(row) in lines for row in rows)
    assert [job[:3] for job in _jobs(text, "ru")] == [
        ("2019-09", "главный специалист отдела", "Аппарат акима города Астаны"),
        ("2016-01", "экономист", "ТОО «Шымкент Сервис»"),
    ]
