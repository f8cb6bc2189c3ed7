"""PDF CVs: the exact text comes out; encrypted, long or scanned PDFs do not pass as read."""

import pytest

from nlp.extract import Limits, extract_bytes, extract_file
from tests.nlp.builders import (
    SAMPLE_CVS,
    make_image_pdf,
    make_pdf,
    make_placed_pages,
    make_placed_pdf,
    pdf_stream,
    raw_pdf,
)


@pytest.mark.parametrize("lang", sorted(SAMPLE_CVS))
def test_cv_text_is_extracted_exactly_in_each_language(lang):
    result = extract_bytes(make_pdf(SAMPLE_CVS[lang]))
    assert result.status == "ok"
    assert result.kind == "pdf"
    assert result.pages == 1
    assert result.text == SAMPLE_CVS[lang]


def test_pages_are_read_in_order_and_separated_by_a_blank_line():
    result = extract_bytes(make_pdf(["Түйіндеме", "\f", "Опыт работы", "\f", "Skills"]))
    assert result.status == "ok"
    assert result.pages == 3
    assert result.text == "Түйіндеме\n\nОпыт работы\n\nSkills"


def test_long_lines_wrap_without_losing_words():
    words = [f"word{i}" for i in range(60)]
    result = extract_bytes(make_pdf(" ".join(words)))
    assert result.text.split() == words


def test_scanned_pdf_goes_to_a_person_not_a_score():
    result = extract_bytes(make_image_pdf("Иванов Сергей", pages=2))
    assert result.status == "needs_review"
    assert result.reason.code == "no_text"
    assert result.pages == 2
    assert "сотрудник" in result.reason.message["ru"]


def test_twenty_pages_pass_and_twenty_one_are_refused():
    twenty = ["\f".join(f"Page {n}" for n in range(1, 21))]
    assert extract_bytes(make_pdf(twenty[0])).pages == 20
    result = extract_bytes(make_pdf("\f".join(f"Page {n}" for n in range(1, 22))))
    assert result.status == "rejected"
    assert result.reason.code == "too_many_pages"
    assert result.pages == 21


def test_page_limit_is_configurable():
    result = extract_bytes(make_pdf("One\fTwo\fThree"), Limits(max_pages=2))
    assert result.reason.code == "too_many_pages"


@pytest.mark.parametrize(
    "passwords",
    [{"owner_password": "owner", "user_password": "user"}, {"owner_password": "owner"}],
    ids=["user-password", "owner-password-only"],
)
def test_encrypted_pdf_is_refused_even_when_it_would_open_without_a_password(passwords):
    result = extract_bytes(make_pdf("Confidential CV text", **passwords))
    assert result.status == "rejected"
    assert result.reason.code == "encrypted"
    assert result.text == ""


def _one_page(content: bytes) -> bytes:
    """Return a hand-made one-page PDF drawing ``content`` with Helvetica."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            pdf_stream(content, deflate=True),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_hand_made_pdf_with_a_standard_font_is_read():
    result = extract_bytes(_one_page(b"BT /F1 12 Tf 20 200 Td (Senior analyst) Tj ET"))
    assert result.text == "Senior analyst"


def test_text_drawn_outside_the_page_is_not_read():
    visible = b"BT /F1 12 Tf 20 200 Td (Visible) Tj ET "
    hidden = b"BT /F1 12 Tf 900 900 Td (Hidden keywords) Tj ET"
    assert extract_bytes(_one_page(visible + hidden)).text == "Visible"


def test_pdf_is_recognised_by_content_whatever_it_is_called(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_bytes(make_pdf("Python developer"))
    result = extract_file(path)
    assert (result.kind, result.text) == ("pdf", "Python developer")


SIDEBAR = ["Контакты", "+7 701 555 12 34", "asel.n@mail.kz", "Навыки", "Power BI", "ЕСЭДО"]
MAIN = [
    "Опыт работы",
    "03.2020 – настоящее время",
    "Главный эксперт, Министерство финансов",
    "06.2016 – 02.2020",
    "Аудитор, ТОО «Эрнст энд Янг Казахстан»",
    "Образование",
    "2007 – 2011 Университет Нархоз, бакалавр",
]


def _row_by_row(left: list[str], right: list[str], left_step: float, right_step: float):
    """Place two columns 10 and 75 mm from the left, drawn top to bottom across the page."""
    pieces = [(10, 30 + i * left_step, line) for i, line in enumerate(left)]
    pieces += [(75, 30 + i * right_step, line) for i, line in enumerate(right)]
    return sorted(pieces, key=lambda piece: piece[1])


def test_two_column_page_drawn_row_by_row_reads_the_header_then_each_column():
    header = "Нурпеисова Асель, главный эксперт по бюджетному планированию"
    pieces = [(10, 15, header), *_row_by_row(SIDEBAR, MAIN, 6.5, 8)]
    result = extract_bytes(make_placed_pdf(pieces))
    assert result.text.split("\n") == [header, *SIDEBAR, *MAIN]


def test_sidebar_on_the_same_line_grid_as_the_main_column_is_still_a_column():
    sidebar = [*SIDEBAR, "Языки", "казахский — B2", "английский — C1"]
    result = extract_bytes(make_placed_pdf(_row_by_row(sidebar, MAIN[:5], 6, 6)))
    assert result.text.split("\n") == [*sidebar, *MAIN[:5]]


POSTS = [
    ("08.2004 – 07.2007", ["Учитель математики, КГУ «Школа-гимназия № 3»", "акимата г. Павлодара"]),
    ("08.2007 – 12.2010", ["Специалист 1 категории, ГУ «Аппарат акима»"]),
    (
        "01.2011 – 09.2015",
        ["Начальник отдела, АО «НК «Қазақстан темір жолы»", "логистика", "Астана"],
    ),
    ("10.2015 – 04.2022", ["Главный специалист, Агентство по делам", "государственной службы"]),
]


@pytest.mark.parametrize("centred", [False, True], ids=["top-aligned", "centred"])
def test_dates_beside_their_posts_stay_with_them(centred):
    pieces, y = [(10, 20, "Трудовая деятельность")], 30.0
    for period, lines in POSTS:
        pieces.append((10, y + (len(lines) - 1) * 3 * centred, period))
        pieces += [(60, y + i * 6, line) for i, line in enumerate(lines)]
        y += len(lines) * 6 + 3
    text = extract_bytes(make_placed_pdf(pieces)).text
    order = [text.index(piece[2]) for piece in pieces]
    assert order == sorted(order)


DATED_POSTS = [
    (
        "Head of Unit, Department of Digitalization, Akimat of Shymkent",
        "Sep 2020 – Present",
        ["• Led the rollout of e-government services", "• Managed a team of 6 specialists"],
    ),
    ("Senior Software Engineer, Kcell JSC, Almaty", "Mar 2017 – Aug 2020", ["• Built billing"]),
    (
        "Главный специалист, Департамент госдоходов",
        "07.2014 – 02.2017",
        ["• Налоговое администрирование"],
    ),
    ("AWS Certified Solutions Architect – Associate", "2019", []),
]


def test_dates_tabbed_to_the_right_end_of_their_lines_are_read_on_those_lines():
    """A Word CV's right tab stop: the dates form no column, each stays with its post."""
    pieces, lines, y = [(15, 20, "PROFESSIONAL EXPERIENCE")], ["PROFESSIONAL EXPERIENCE"], 30.0
    for post, dates, duties in DATED_POSTS:
        pieces += [(15, y, post), (160, y, dates)]
        pieces += [(18, y + 5 * (i + 1), duty) for i, duty in enumerate(duties)]
        lines += [f"{post} {dates}", *duties]
        y += 5 * len(duties) + 8
    result = extract_bytes(make_placed_pdf(pieces, font_size=10))
    assert result.text.split("\n") == lines


LINKEDIN_SIDEBAR = [
    "Contact",
    "+7 701 555 1234 (Mobile)",
    "arman@mail.kz",
    "Top Skills",
    "Budget Planning",
    "IFRS",
    "Languages",
    "Русский (Native or Bilingual)",
    "Kazakh (Professional Working)",
    "English (Full Professional)",
    "Certifications",
    "ACCA DipIFR",
    "CFA Level I",
]
LINKEDIN_JOBS = [
    "АО «ФНБ «Самрук-Қазына»",
    "Senior Manager, Investment Department",
    "May 2022 - Present (4 years 7 months)",
    "Министерство финансов Республики Казахстан",
    "Главный эксперт",
    "June 2019 - April 2022 (2 years 11 months)",
    "ТОО «Делойт»",
    "Audit Assistant",
    "September 2015 - September 2017 (2 years 1 month)",
]


def test_linkedin_sidebar_with_one_wide_line_high_up_is_read_whole_before_the_main_column():
    main = ["Arman Tulegenov", "Senior Manager | Public Finance", "Experience", *LINKEDIN_JOBS * 3]
    pieces = [(12, 25 + 4.5 * i, line) for i, line in enumerate(LINKEDIN_SIDEBAR)]
    pieces += [(75, 20 + 5 * i, line) for i, line in enumerate(main)]
    pieces.sort(key=lambda piece: piece[1])
    result = extract_bytes(make_placed_pdf(pieces, font_size=8))
    assert result.text.split("\n") == [*LINKEDIN_SIDEBAR, *main]


def test_a_full_width_line_across_the_gutter_is_read_where_it_stands():
    heading = "Дополнительная информация: опыт работы с порталом госзакупок goszakup.gov.kz"
    above = _row_by_row(SIDEBAR, MAIN, 6.5, 8)
    below = _row_by_row(SIDEBAR[:3], MAIN[:3], 6.5, 8)
    pieces = [*above, (10, 95, heading), *((x, y + 75, line) for x, y, line in below)]
    result = extract_bytes(make_placed_pdf(pieces))
    assert result.text.split("\n") == [*SIDEBAR, *MAIN, heading, *SIDEBAR[:3], *MAIN[:3]]


HH_JOBS = [
    (
        ["Сентябрь 2019 —", "настоящее время", "7 лет 3 месяца"],
        [
            "ГУ «Аппарат акима города Астаны»",
            "Астана, astana.gov.kz",
            "Главный специалист отдела экономики",
            "- Подготовка бюджетной заявки",
            "- Работа в ЕСЭДО",
        ],
    ),
    (
        ["Июль 2014 —", "Август 2019", "5 лет 2 месяца"],
        ["АО «НК «КазМунайГаз»", "Астана, www.kmg.kz", "Экономист управления планирования"],
    ),
]
HH_LANGUAGES = ["Казахский — Родной", "Русский — C2 — В совершенстве", "Английский — B1"]


def test_hh_period_cells_drawn_row_by_row_stay_whole_beside_their_posts():
    heading = "Опыт работы — 12 лет 5 месяцев, государственная служба и квазигосударственный сектор"
    pieces, y = [(15, 20, heading)], 30.0
    for left, right in HH_JOBS:
        pieces += [(15, y + 5 * i, line) for i, line in enumerate(left)]
        pieces += [(62, y + 5 * i, line) for i, line in enumerate(right)]
        y += 5 * len(right) + 4
    pieces += [(15, y, "Знание языков")]
    pieces += [(62, y + 5 * i, line) for i, line in enumerate(HH_LANGUAGES)]
    pieces.sort(key=lambda piece: piece[1])
    lines = extract_bytes(make_placed_pdf(pieces, font_size=10)).text.split("\n")
    jobs = [line for left, right in HH_JOBS for line in (*left, *right)]
    assert lines == [heading, *jobs, f"Знание языков {HH_LANGUAGES[0]}", *HH_LANGUAGES[1:]]


def _pages(bodies: list[list[str]], footer: str) -> bytes:
    """Draw each body at the top of a page and ``footer`` plus "Page n of N" at its bottom."""
    return make_placed_pages(
        [
            [
                *((15, 20 + 6 * i, line) for i, line in enumerate(body)),
                (15, 285, footer),
                (170, 285, f"Page {n} of {len(bodies)}"),
            ]
            for n, body in enumerate(bodies, 1)
        ]
    )


def test_running_footer_and_page_numbers_are_dropped_from_every_page():
    bodies = [MAIN[:3], MAIN[3:5], MAIN[5:]]
    data = _pages(bodies, "Нурланов Ерлан • Резюме обновлено 20 ноября 2026 в 09:41")
    result = extract_bytes(data)
    assert result.text == "\n\n".join("\n".join(body) for body in bodies)


def test_a_bottom_line_on_one_page_only_is_cv_text():
    data = make_placed_pages([[(15, 20, MAIN[0]), (15, 285, MAIN[1])], [(15, 20, MAIN[2])]])
    assert extract_bytes(data).text == f"{MAIN[0]}\n{MAIN[1]}\n\n{MAIN[2]}"


def test_a_repeated_line_that_is_all_a_page_holds_is_kept():
    data = make_placed_pages([[(15, 20, "Иванов Сергей")], [(15, 20, "Иванов Сергей")]])
    assert extract_bytes(data).text == "Иванов Сергей\n\nИванов Сергей"


KK_JOBS = [
    "2013 жылғы тамыз – 2016 жылғы тамыз",
    "ҚР Еңбек министрлігінің Қызылорда облысы бойынша департаменті, бас маман",
]


@pytest.mark.parametrize(
    "number", ["1-бет", "1 бет", "Бет 1", "1-бет / 2", "Page 1 of 2", "- 1 -", "Стр. 1"]
)
def test_a_page_number_at_the_foot_of_one_page_is_dropped(number):
    # QA pass J: "1-бет" at the foot of page 1 (page 2 numbered lower down) was read as a post
    data = make_placed_pages(
        [
            [(15, 20, "Жұмыс тәжірибесі"), (15, 26, KK_JOBS[0]), (15, 200, number)],
            [(15, 20, KK_JOBS[1])],
        ]
    )
    assert extract_bytes(data).text == f"Жұмыс тәжірибесі\n{KK_JOBS[0]}\n\n{KK_JOBS[1]}"


def test_a_running_title_atop_a_later_page_is_dropped_and_the_first_title_kept():
    # QA pass J: "Ермекова Ә.Қ. – түйіндеме" atop page 2 parted a job's dates from its employer
    title = "Ермекова Әсел Қайратқызы"
    data = make_placed_pages(
        [
            [(15, 20, title), (15, 30, KK_JOBS[0]), (15, 220, "1-бет")],
            [(15, 20, "Ермекова Ә.Қ. – түйіндеме"), (15, 30, KK_JOBS[1]), (15, 150, "2-бет")],
        ]
    )
    assert extract_bytes(data).text == f"{title}\n{KK_JOBS[0]}\n\n{KK_JOBS[1]}"


def test_a_title_repeated_atop_every_page_is_kept_on_the_first():
    # QA pass J: the running header is the CV's title on page 1
    title = "Омаров Санжар — резюме"
    bodies = [MAIN[:3], MAIN[3:5], MAIN[5:]]
    data = make_placed_pages(
        [
            [(15, 12, title), *((15, 20 + 6 * i, line) for i, line in enumerate(body))]
            for body in bodies
        ]
    )
    texts = ["\n".join(body) for body in bodies]
    assert extract_bytes(data).text == "\n\n".join([f"{title}\n{texts[0]}", *texts[1:]])


GRID_SIDEBAR = ["КОНТАКТЫ", "+7 701 555 23 41", "г. Шымкент", "ЯЗЫКИ", "Казахский — родной"]
GRID_SIDEBAR += ["Русский — свободно", "НАВЫКИ", "Excel, 1С:Бухгалтерия", "CAP, 2015"]
GRID_MAIN = [
    "ОПЫТ РАБОТЫ",
    "04.2020 – наст. время",
    "Главный специалист, ГУ «Управление финансов",
    "города Шымкент»",
    "09.2016 – 03.2020",
    "Бухгалтер-экономист, ТОО «Шымкентпиво»",
    "ОБРАЗОВАНИЕ",
    "2009 – 2013",
]


def test_a_sidebar_level_with_a_main_column_of_dated_entries_is_read_before_it():
    # QA pass J: both columns on one line grid were read across ("+7 701 555 23 41 04.2020 –
    # наст. время"): one job of three was found
    pieces = [
        (10, 15, "ОМАРОВ САНЖАР БАУЫРЖАНОВИЧ"),
        *_row_by_row(GRID_SIDEBAR, GRID_MAIN, 5.5, 5.5),
    ]
    result = extract_bytes(make_placed_pdf(pieces))
    assert result.text.split("\n") == ["ОМАРОВ САНЖАР БАУЫРЖАНОВИЧ", *GRID_SIDEBAR, *GRID_MAIN]
