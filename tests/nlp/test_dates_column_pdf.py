"""A PDF CV with its dates in a left column: each date is read with the entry beside it."""

from fpdf import FPDF

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import FONT, make_placed_pdf

# (dates cell, entry) rows; a row without dates is a heading ("h") or a paragraph ("p").
ROWS = [
    ("h", "Work experience"),
    ("2019 – ongoing", "Руководитель управления, Высшая аудиторская палата Республики Казахстан"),
    ("", "Аудит эффективности бюджетных программ, подготовка аналитических записок."),
    ("07/2018 – 12/2018", "Economist, KazMunayGas NC JSC"),
    ("09/2015 – 06/2017", "Главный специалист отдела экономики, Акимат города Астаны"),
    ("h", "Education"),
    ("2011 – 2015", "Bachelor of Economics, L.N. Gumilyov Eurasian National University"),
    ("h", "Languages"),
    ("p", "Kazakh — native; Russian — fluent; English — advanced"),
    ("h", "Certificates"),
    ("p", "ACCA Certificate in Public Financial Management (2020)"),
    ("h", "Skills"),
    ("p", "Excel, Power BI, eGov"),
]


def _dates_column_pdf() -> bytes:
    """Draw ROWS as fpdf writes a dated CV: cell(40, 5, dates), then multi_cell for the entry;
    headings and paragraphs start at the left margin, in line with the dates."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for dates, entry in ROWS:
        if dates in ("h", "p"):
            pdf.cell(0, 7 if dates == "h" else 5, entry, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(40, 5, dates)
            pdf.multi_cell(0, 5, entry, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_each_date_is_read_before_its_entry_and_each_heading_where_it_stands():
    text = extract_bytes(_dates_column_pdf()).text
    rows = [entry if dates in ("h", "p", "") else f"{dates} {entry}" for dates, entry in ROWS]
    assert text.split() == " ".join(rows).split()
    dated = [line.split(",")[0] for line in text.split("\n") if line[:1].isdigit()]
    assert dated == [
        f"{dates} {entry.split(',')[0]}" for dates, entry in ROWS if dates[:1].isdigit()
    ]


def test_jobs_beside_a_date_column_keep_their_posts_and_public_service():
    profile = read_cv(extract_bytes(_dates_column_pdf()).text, "ru")
    jobs = [
        (job.start, job.end, job.organization, job.public_service) for job in profile.experience
    ]
    assert jobs == [
        ("2019-01", None, "Высшая аудиторская палата Республики Казахстан", True),
        ("2018-07", "2018-12", "KazMunayGas NC JSC", False),
        ("2015-09", "2017-06", "Акимат города Астаны", True),
    ]
    assert [edu.year for edu in profile.education] == [2015]


def test_a_sidebar_holding_dates_is_still_read_whole_before_the_main_column():
    """Guard: a sidebar's dates stand level with main lines, but so do its other lines."""
    sidebar = [
        "Образование",
        "Университет Нархоз",
        "2007 – 2011",
        "Сертификаты",
        "CFA Level I, 2019",
        "Контакты",
        "+7 701 555 12 34",
        "Языки",
        "английский — C1",
    ]
    main = [
        "Опыт работы",
        "03.2020 – настоящее время",
        "Главный эксперт, Министерство финансов",
        "06.2016 – 02.2020",
        "Аудитор, ТОО «Эрнст энд Янг Казахстан»",
    ]
    pieces = [(10, 30 + 6 * i, line) for i, line in enumerate(sidebar)]
    pieces += [(75, 30 + 6 * i, line) for i, line in enumerate(main)]
    pieces.sort(key=lambda piece: piece[1])
    assert extract_bytes(make_placed_pdf(pieces)).text.split("\n") == [*sidebar, *main]
