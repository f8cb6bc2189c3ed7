"""PDF work tables of three and four columns whose cells wrap, top-aligned or centred (and the
four-column tables in DOCX).

QA pass P: in a row whose workplace cell wrapped and was centred (fpdf2's default, Word's
"Center"), the cell's first line was read above the row ("области»" became the employer), and
four-column tables gave the department as the employer ("Отдел бюджета") or read "Бухгалтерия"
as the post. Each row now reads as one line, its cells tab-separated in column order.
"""

import pytest
from fpdf import FPDF

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import FONT, make_docx, make_placed_pdf

Job = tuple[str, str, str, str, bool]  # start, end, post, employer, public service

# name: language, header, rows, column widths (mm), jobs, total years, public-service years
CASES: dict[str, tuple[str, tuple[str, ...], list[tuple[str, ...]], tuple[int, ...], list[Job],
                       float, float]] = {
    "ru, workplace wraps": (
        "ru",
        ("Период", "Должность", "Место работы"),
        [
            ("01.2019 – 12.2022", "главный специалист",
             "ГУ «Управление финансов Карагандинской области»"),
            ("01.2016 – 12.2018", "бухгалтер", "АО «Казпочта»"),
        ],
        (40, 50, 60),
        [
            ("2019-01", "2022-12", "главный специалист",
             "ГУ «Управление финансов Карагандинской области»", True),
            ("2016-01", "2018-12", "бухгалтер", "АО «Казпочта»", False),
        ],
        7.0, 4.0,
    ),
    "kk, post and workplace wrap in different rows": (
        "kk",
        ("Кезеңі", "Лауазымы", "Жұмыс орны"),
        [
            ("2019 ж. қаңтар – 2022 ж. мамыр", "Бюджеттік жоспарлау бөлімінің бас маманы",
             "Астана қаласы әкімдігі"),
            ("2016 ж. қаңтар – 2018 ж. желтоқсан", "экономист", "«Қазақтелеком» АҚ"),
            ("2014 ж. қыркүйек – 2015 ж. желтоқсан", "жетекші маман",
             "Қарағанды облысы әкімдігінің қаржы басқармасы"),
        ],
        (60, 50, 55),
        [
            ("2019-01", "2022-05", "Бюджеттік жоспарлау бөлімінің бас маманы",
             "Астана қаласы әкімдігі", True),
            ("2016-01", "2018-12", "экономист", "«Қазақтелеком» АҚ", False),
            ("2014-09", "2015-12", "жетекші маман",
             "Қарағанды облысы әкімдігінің қаржы басқармасы", True),
        ],
        7.8, 4.8,
    ),
    "ru, dates | department | post | workplace": (
        "ru",
        ("Период", "Отдел", "Должность", "Место работы"),
        [
            ("01.2019 – 12.2022", "Отдел бюджета", "главный специалист",
             "ГУ «Управление финансов Карагандинской области»"),
            ("01.2016 – 12.2018", "Бухгалтерия", "бухгалтер", "АО «Казпочта»"),
        ],
        (35, 35, 45, 70),
        [
            ("2019-01", "2022-12", "главный специалист",
             "ГУ «Управление финансов Карагандинской области»", True),
            ("2016-01", "2018-12", "бухгалтер", "АО «Казпочта»", False),
        ],
        7.0, 4.0,
    ),
    "kk, dates | department | post | workplace": (
        "kk",
        ("Кезеңі", "Бөлімі", "Лауазымы", "Жұмыс орны"),
        [
            ("2019 ж. қаңтар – 2022 ж. мамыр", "Бюджет бөлімі", "бас маман",
             "Астана қаласы әкімдігі"),
            ("2016 ж. қаңтар – 2018 ж. желтоқсан", "Бухгалтерия", "бухгалтер", "«Қазпошта» АҚ"),
        ],
        (45, 35, 35, 60),
        [
            ("2019-01", "2022-05", "бас маман", "Астана қаласы әкімдігі", True),
            ("2016-01", "2018-12", "бухгалтер", "«Қазпошта» АҚ", False),
        ],
        6.4, 3.4,
    ),
    "kk, № | dates | post | workplace": (
        "kk",
        ("№", "Кезеңі", "Лауазымы", "Жұмыс орны"),
        [
            ("1", "09.2020 – 12.2023", "бас маман",
             "Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті"),
            ("2", "01.2017 – 08.2020", "бухгалтер", "«Самұрық-Қазына» АҚ"),
        ],
        (10, 40, 40, 80),
        [
            ("2020-09", "2023-12", "бас маман",
             "Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті", True),
            ("2017-01", "2020-08", "бухгалтер", "«Самұрық-Қазына» АҚ", False),
        ],
        7.0, 3.3,
    ),
    "ru, dates | post | workplace | city": (
        "ru",
        ("Период", "Должность", "Место работы", "Город"),
        [
            ("01.2020 – 12.2023", "заместитель руководителя отдела государственных закупок",
             "Акимат города Шымкента", "Шымкент"),
            ("01.2017 – 12.2019", "экономист", "ТОО «Шымкент Сервис»", "Шымкент"),
            ("03.2015 – 12.2016", "главный специалист",
             "Департамент юстиции Туркестанской области", "Туркестан"),
        ],
        (35, 50, 55, 30),
        [
            ("2020-01", "2023-12", "заместитель руководителя отдела государственных закупок",
             "Акимат города Шымкента", True),
            ("2017-01", "2019-12", "экономист", "ТОО «Шымкент Сервис»", False),
            ("2015-03", "2016-12", "главный специалист",
             "Департамент юстиции Туркестанской области", True),
        ],
        8.8, 5.8,
    ),
}  # fmt: skip
TITLES = {"ru": "Трудовая деятельность", "kk": "Еңбек жолы"}


def _table_pdf(name: str, v_align: str, headed: bool = True) -> bytes:
    """Draw a case's work table as fpdf2 draws a bordered table, its cells aligned ``v_align``
    (fpdf2's default is MIDDLE), the header row first (``headed``)."""
    language, header, rows, widths, *_ = CASES[name]
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, TITLES[language], new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=widths, first_row_as_headings=False, v_align=v_align) as table:
        for cells in [header, *rows] if headed else rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def _jobs(text: str, language: str) -> tuple[list[Job], float, float]:
    """What a user sees of the table: each job, then total and public-service years."""
    profile = read_cv(text, language)
    jobs = [
        (job.start, job.end, job.title, job.organization, job.public_service)
        for job in profile.experience
    ]
    return jobs, profile.experience_years, profile.public_service_years


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
@pytest.mark.parametrize("name", CASES)
def test_each_row_of_a_work_table_is_one_line_of_its_cells(name, v_align):
    text = extract_bytes(_table_pdf(name, v_align)).text
    language, header, rows, *_ = CASES[name]
    lines = text.split("\n")
    assert "\t".join(header) in lines
    for cells in rows:
        assert "\t".join(cells) in lines


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
@pytest.mark.parametrize("name", CASES)
def test_jobs_of_a_work_table_keep_their_posts_employers_and_years(name, v_align):
    language, _, _, _, jobs, total, public = CASES[name]
    text = extract_bytes(_table_pdf(name, v_align)).text
    assert _jobs(text, language) == (jobs, total, public)


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("name", ["ru, workplace wraps", "kk, № | dates | post | workplace"])
def test_a_work_table_without_a_header_row_or_aligned_to_the_bottom_reads_alike(name, v_align):
    language, _, rows, _, jobs, total, public = CASES[name]
    for headed in (True, False):
        text = extract_bytes(_table_pdf(name, v_align, headed)).text
        assert all("\t".join(cells) in text.split("\n") for cells in rows)
        assert _jobs(text, language) == (jobs, total, public)


def _borderless_centred_pdf() -> bytes:
    """A table without rules (dates | department | post | workplace) drawn line by line across,
    as Word writes it, each cell centred on its row: the dates of the first row stand between
    the two lines of its workplace, those of the second between the two lines of its post."""
    pieces = [
        (15, 20, "Трудовая деятельность"),
        (15, 30, "Период"), (55, 30, "Отдел"), (95, 30, "Должность"), (140, 30, "Место работы"),
        (140, 38, "Аппарат акима"),
        (15, 41, "09.2019 – 08.2023"), (55, 41, "Отдел кадров"), (95, 41, "главный специалист"),
        (140, 44, "города Астаны"),
        (95, 52, "ведущий инженер"),
        (15, 55, "03.2015 – 08.2019"), (55, 55, "Бухгалтерия"), (140, 55, "АО «Казпочта»"),
        (95, 58, "по охране труда"),
        (15, 72, "Образование"),
        (15, 79, "2010–2014 ЕНУ им. Л.Н. Гумилева, бакалавр"),
    ]  # fmt: skip
    return make_placed_pdf(pieces, font_size=10)


def test_a_borderless_table_with_centred_cells_keeps_each_cell_in_its_row():
    text = extract_bytes(_borderless_centred_pdf()).text
    lines = text.split("\n")
    assert "09.2019 – 08.2023\tОтдел кадров\tглавный специалист\tАппарат акима города Астаны" in (
        lines
    )
    assert "03.2015 – 08.2019\tБухгалтерия\tведущий инженер по охране труда\tАО «Казпочта»" in (
        lines
    )
    assert _jobs(text, "ru") == (
        [
            ("2019-09", "2023-08", "главный специалист", "Аппарат акима города Астаны", True),
            ("2015-03", "2019-08", "ведущий инженер по охране труда", "АО «Казпочта»", False),
        ],
        8.5,
        4.0,
    )


@pytest.mark.parametrize("name", [name for name in CASES if len(CASES[name][1]) == 4])
def test_a_four_column_docx_work_table_gives_the_same_jobs(name):
    """The readers of a row's cells: a department column is no employer, as in a DOCX table."""
    language, header, rows, _, jobs, total, public = CASES[name]
    docx = make_docx([TITLES[language], [list(header), *map(list, rows)]])
    assert _jobs(extract_bytes(docx).text, language) == (jobs, total, public)


def test_a_heading_right_under_a_table_is_no_part_of_its_last_row():
    """Guard: the table's lines are 5 mm apart and so is the heading below it."""
    pieces = [
        (15, 20, "Опыт работы"),
        (15, 26, "Период"), (55, 26, "Должность"), (110, 26, "Место работы"),
        (15, 32, "01.2019 – 12.2022"), (55, 32, "главный специалист"), (110, 32, "Аппарат акима"),
        (110, 37, "города Астаны"),
        (15, 42, "01.2016 – 12.2018"), (55, 42, "бухгалтер"), (110, 42, "АО «Казпочта»"),
        (15, 47, "Образование"),
        (15, 52, "2010–2014 ЕНУ им. Л.Н. Гумилева, бакалавр экономики и бизнеса"),
    ]  # fmt: skip
    lines = extract_bytes(make_placed_pdf(pieces, font_size=10)).text.split("\n")
    assert lines[-3:] == [
        "01.2016 – 12.2018\tбухгалтер\tАО «Казпочта»",
        "Образование",
        "2010–2014 ЕНУ им. Л.Н. Гумилева, бакалавр экономики и бизнеса",
    ]
