"""PDF work tables of the official forms: rows stay together when a cell wraps."""

from fpdf import FPDF

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import FONT, make_placed_pdf

# "Жеке іс парағы" work table: dates | post | workplace; the date cells wrap in 50 mm.
WORK_ROWS = [
    ("2016 ж. қаңтар – 2018 ж. желтоқсан", "бас маман", "Қазақстан Республикасы Қаржы министрлігі"),
    ("2019 ж. қаңтар – 2022 ж. мамыр", "басшы", "Астана қаласы әкімдігі"),
    ("2022 ж. маусым – 2024 ж. қыркүйек", "экономист", "«Қазақтелеком» АҚ"),
]  # fmt: skip


def _work_table_pdf() -> bytes:
    """Draw the form's work table as fpdf2 draws a bordered table, header row first."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "7. Еңбек жолы", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(50, 45, 95), first_row_as_headings=False) as table:
        for cells in [("Кезеңі", "Лауазымы", "Жұмыс орны"), *WORK_ROWS]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def test_a_wrapped_date_cell_keeps_its_row_together():
    text = extract_bytes(_work_table_pdf()).text
    for dates, post, workplace in WORK_ROWS:
        row = " ".join(dates.split() + post.split() + workplace.split())
        assert row in " ".join(text.split())


def test_jobs_of_a_wrapped_work_table_keep_their_employers_and_public_service():
    profile = read_cv(extract_bytes(_work_table_pdf()).text, "kk")
    jobs = [
        (job.start, job.end, job.organization, job.public_service) for job in profile.experience
    ]
    assert jobs == [
        ("2016-01", "2018-12", "Қазақстан Республикасы Қаржы министрлігі", True),
        ("2019-01", "2022-05", "Астана қаласы әкімдігі", True),
        ("2022-06", "2024-09", "«Қазақтелеком» АҚ", False),
    ]
    assert profile.public_service_years == 6.4


def test_a_sidebar_holding_a_small_table_of_its_own_is_still_read_whole():
    """Guard: the sidebar's dated table (x 10 and 40 mm) ends long before the main column."""
    sidebar = [
        [(10, "Білімі")],
        [(10, "2007 – 2011"), (40, "Нархоз")],
        [(10, "2011 – 2013"), (40, "ҚазЭУ")],
        [(10, "2019 ж."), (40, "CFA")],
        [(10, "Тілдер")],
        [(10, "қазақ — ана тілі")],
        [(10, "орыс — еркін")],
    ]
    main = [
        "Жұмыс тәжірибесі",
        "2019 ж. қыркүйек – қазіргі уақытқа дейін",
        "Бас маман, Қаржы министрлігі",
        "2016 ж. наурыз – 2019 ж. тамыз",
        "Экономист, «Қазақтелеком» АҚ",
        "2012 ж. қаңтар – 2016 ж. ақпан",
        "Жетекші маман, Астана қаласы әкімдігі",
        "Дағдылар",
        "Python, SQL, Power BI",
        "Сертификаттар",
        "CFA Level I, 2019",
    ]
    pieces = [(x, 30 + 5 * i, text) for i, row in enumerate(sidebar) for x, text in row]
    pieces += [(75, 30 + 7 * i, line) for i, line in enumerate(main)]
    pieces.sort(key=lambda piece: piece[1])
    lines = extract_bytes(make_placed_pdf(pieces)).text.split("\n")
    assert lines[-len(main) :] == main


def _wrapped_date_pdf() -> bytes:
    """A date column whose first date wraps after its dash, beside two-line entries."""
    rows = [
        (["01.09.2019 –", "по настоящее время"], ["Главный специалист отдела цифровизации,",
                                                  "ГУ «Аппарат акима Алматинской области»"]),
        (["03.2016 – 08.2019"], ["Экономист, АО «Казахтелеком»", "Бюджетирование."]),
        (["09.2012 – 02.2016"], ["Ведущий специалист, Министерство финансов РК"]),
        ("h", "Образование"),
        (["2008 – 2012"], ["Бакалавр экономики, Евразийский национальный университет"]),
    ]  # fmt: skip
    pieces, y = [(15, 20, "Опыт работы")], 27
    for dates, entry in rows:
        if dates == "h":
            pieces.append((15, y, entry))
            y += 7
            continue
        pieces += [(15, y + 5 * i, line) for i, line in enumerate(dates)]
        pieces += [(60, y + 5 * i, line) for i, line in enumerate(entry)]
        y += 5 * max(len(dates), len(entry)) + 2
    pieces.sort(key=lambda piece: piece[1])  # drawn line by line across, as Word writes it
    return make_placed_pdf(pieces, font_size=10)


def test_a_date_cell_wrapped_after_its_dash_is_read_whole_before_its_entry():
    text = extract_bytes(_wrapped_date_pdf()).text
    assert "01.09.2019 –\nпо настоящее время\nГлавный специалист отдела" in text
    profile = read_cv(text, "ru")
    assert [(job.start, job.end) for job in profile.experience] == [
        ("2019-09", None),
        ("2016-03", "2019-08"),
        ("2012-09", "2016-02"),
    ]
    assert profile.experience[0].organization == "ГУ «Аппарат акима Алматинской области»"


def _wrapped_cells_pdf() -> bytes:
    """A work table (dates | post | workplace) drawn line by line across, as Word writes it,
    whose post and workplace cells wrap over two or three lines."""
    rows = [
        ("09.2021 – қазіргі уақыт", ["Басқарма басшысы"],
         ["«Бәйтерек» ұлттық басқарушы", "холдингі» АҚ"]),
        ("03.2018 – 08.2021", ["Бас сарапшы"],
         ["ҚР Қаржы министрлігінің", "Мемлекеттік кірістер", "комитеті"]),
        ("01.2015 – 02.2018", ["Математика пәнінің", "мұғалімі"],
         ["Шымкент қаласы Білім басқармасының", "«№12 мектеп-лицей» КММ"]),
    ]  # fmt: skip
    pieces, y = [(15, 20, "Жұмыс тәжірибесі"), (15, 27, "Кезең"), (60, 27, "Лауазымы")], 34
    pieces.append((105, 27, "Ұйым"))
    for dates, post, workplace in rows:
        pieces.append((15, y, dates))
        pieces += [(60, y + 5 * i, line) for i, line in enumerate(post)]
        pieces += [(105, y + 5 * i, line) for i, line in enumerate(workplace)]
        y += 5 * max(len(post), len(workplace)) + 4
    pieces += [(15, y + 4, "Білімі"), (15, y + 11, "2010–2014 ҚазҰУ, бакалавр, «Экономика»")]
    pieces.sort(key=lambda piece: piece[1])
    return make_placed_pdf(pieces, font_size=10)


def test_wrapped_post_and_workplace_cells_are_read_a_cell_at_a_time():
    # QA pass J: read across, two wrapped cells interleaved their lines ("мұғалімі «№12 ...»
    # КММ") and a teacher's row lost its post and counted as public service.
    text = extract_bytes(_wrapped_cells_pdf()).text
    assert (
        "01.2015 – 02.2018\tМатематика пәнінің мұғалімі\t"
        "Шымкент қаласы Білім басқармасының «№12 мектеп-лицей» КММ"
    ) in text.split("\n")
    profile = read_cv(text, "kk")
    jobs = [(job.start, job.title, job.public_service) for job in profile.experience]
    assert jobs == [
        ("2021-09", "Басқарма басшысы", False),
        ("2018-03", "Бас сарапшы", True),
        ("2015-01", "Математика пәнінің мұғалімі", False),
    ]
    assert profile.experience[1].organization == (
        "ҚР Қаржы министрлігінің Мемлекеттік кірістер комитеті"
    )


# QA pass M: a row with an empty post or workplace cell keeps each cell in its place.
EMPTY_CELL_ROWS = [
    ("01.2019 – 12.2022", "главный специалист", "Аппарат акима города Астаны"),
    ("01.2016 – 12.2018", "", "Kaspi Bank"),
    ("01.2014 – 12.2015", "экономист", ""),
    ("01.2012 – 12.2013", "бухгалтер", "АО «Казпочта»"),
]


def _empty_cell_table_pdf() -> bytes:
    """The form's work table (dates | post | workplace) with an empty cell in two rows."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "7. Трудовая деятельность", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(45, 55, 90), first_row_as_headings=False) as table:
        for cells in [("Период", "Должность", "Место работы"), *EMPTY_CELL_ROWS]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def test_an_empty_cell_of_a_work_table_shifts_no_other_cell():
    profile = read_cv(extract_bytes(_empty_cell_table_pdf()).text, "ru")
    jobs = [
        (job.start, job.title, job.organization, job.public_service) for job in profile.experience
    ]
    assert jobs == [
        ("2019-01", "главный специалист", "Аппарат акима города Астаны", True),
        ("2016-01", None, "Kaspi Bank", False),
        ("2014-01", "экономист", None, False),
        ("2012-01", "бухгалтер", "АО «Казпочта»", False),
    ]
