"""DOCX structures Word, LibreOffice and HR templates really write, read as the rows a reader
sees: merged and spanning cells, nested tables, automatic lists, content controls, inline marks,
a two-column section, notes, and a reviewer's comments that never reach the text."""

from nlp.extract import extract_bytes
from tests.nlp.docx_xml import NUMBERING, docx, item, p, r, sdt, tbl, tc, tr
from tests.nlp.qa_r_docx import FILES


def _rows(data: bytes) -> list[str]:
    """Return the lines of a DOCX's extracted text."""
    result = extract_bytes(data)
    assert result.status == "ok", result.reason
    return result.text.split("\n")


def test_a_date_cell_merged_over_two_posts_dates_both_rows():
    rows = _rows(
        docx(
            tbl(
                tr(
                    tc("09.2019 – н.в.", merge="restart"),
                    "Главный специалист",
                    tc("Акимат", merge="restart"),
                ),
                tr(tc(merge="continue"), "Руководитель отдела", tc(merge="continue")),
                tr("02.2015 – 08.2019", "Эксперт", "ДГД"),
            )
        )
    )
    assert rows == [
        "09.2019 – н.в.\tГлавный специалист\tАкимат",
        "09.2019 – н.в.\tРуководитель отдела\tАкимат",
        "02.2015 – 08.2019\tЭксперт\tДГД",
    ]


def test_a_cell_spanning_columns_keeps_the_next_cells_under_their_headings():
    rows = _rows(
        docx(
            tbl(
                tr(
                    tc("Годы обучения", span=2),
                    tc("Учебное заведение", merge="restart"),
                    "Специальность",
                ),
                tr("с", "по", tc(merge="continue"), "квалификация"),
                tr(tc("Высшее образование", span=4)),
                tr("2008", "2012", "ЕНУ им. Л.Н. Гумилева", "Финансы, бакалавр"),
                columns=4,
            )
        )
    )
    assert rows == [
        "Годы обучения\t\tУчебное заведение\tСпециальность",
        "с\tпо\tУчебное заведение\tквалификация",
        "Высшее образование",
        "2008\t2012\tЕНУ им. Л.Н. Гумилева\tФинансы, бакалавр",
    ]


def test_tables_nested_in_a_template_table_read_once_row_by_row():
    jobs = tbl(
        tr("Кезең", "Лауазымы", "Ұйым"),
        tr("2021 – қазір", "Бас маман", "МКК"),
        tr("2017 – 2020", "Есепші", "ҚМГ"),
    )
    languages = tc("Қазақ тілі — ана тілі", "Орыс тілі — еркін")
    outer = tbl(tr(tc("Жұмыс тәжірибесі"), tc(jobs)), tr(tc("Тілдер"), languages), columns=2)
    assert _rows(docx(outer)) == [
        "Жұмыс тәжірибесі",
        "Кезең\tЛауазымы\tҰйым",
        "2021 – қазір\tБас маман\tМКК",
        "2017 – 2020\tЕсепші\tҚМГ",
        "Тілдер",
        "Қазақ тілі — ана тілі",
        "Орыс тілі — еркін",
    ]


def test_automatic_list_items_are_lines_of_their_own_without_bullets():
    body = item("2018 – н.в. — Главный эксперт, Минюст", 2) + item("Экспертиза НПА", 1)
    body += item("Ведение ЕСЭДО", 1) + item("2013 – 2018 — Юрист, ТОО «KazLegal»", 2)
    assert _rows(docx(body, {"numbering": NUMBERING})) == [
        "2018 – н.в. — Главный эксперт, Минюст",
        "Экспертиза НПА",
        "Ведение ЕСЭДО",
        "2013 – 2018 — Юрист, ТОО «KazLegal»",
    ]


def test_filled_content_controls_read_and_an_unfilled_template_row_leaves_no_line():
    hint = sdt(r("Введите дату."), "Период", "<w:showingPlcHdr/>")
    filled = sdt(tr(tc(p(sdt(r("10.2020 – н.в."), "Период"))), sdt(tc("Учитель"), "Должность")))
    body = sdt(p("Ермекова Гульнар"), "ФИО") + p("ИИН: ", sdt(r("900412450231"), "ИИН"))
    body += tbl(sdt(filled + sdt(tr(tc(p(hint)), tc(p(hint)))), "Опыт"), columns=2)
    body += p("Языки: русский — ", sdt(r("свободно"), "Уровень", "<w:dropDownList/>"))
    assert _rows(docx(body)) == [
        "Ермекова Гульнар",
        "ИИН: 900412450231",
        "10.2020 – н.в.\tУчитель",
        "Языки: русский — свободно",
    ]


def test_inline_marks_read_as_the_characters_word_shows():
    soft = "<w:r><w:t>Государ</w:t><w:softHyphen/><w:t>ственное учреждение</w:t></w:r>"
    nbh = "<w:r><w:t>Нур</w:t><w:noBreakHyphen/><w:t>Султан</w:t></w:r>"
    link = '<w:hyperlink r:id="rIdMail"><w:r><w:t>n.k@mail.kz</w:t></w:r></w:hyperlink>'
    tag = f'<w:smartTag w:element="City">{nbh}</w:smartTag>'
    merge = '<w:fldSimple w:instr=" MERGEFIELD Должность "><w:r><w:t>Главный специалист'
    merge += "</w:t></w:r></w:fldSimple>"
    bullet = '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
    square = '<w:r><w:sym w:font="Wingdings" w:char="F0A7"/></w:r>'
    body = p(soft) + p("E-mail: ", link) + p("г. ", tag) + p(merge, " отдела закупок")
    body += p("01.09.2015\t–\t31.05.2019") + p(bullet, "\tЕСЭДО") + p(square, "\tExcel")
    body += p('<w:r><w:sym w:font="Times New Roman" w:char="2116"/></w:r>', " 5")
    assert _rows(docx(body)) == [
        "Государственное учреждение",
        "E-mail: n.k@mail.kz",
        "г. Нур-Султан",
        "Главный специалист отдела закупок",
        "01.09.2015\t–\t31.05.2019",
        "•\tЕСЭДО",
        "•\tExcel",
        "№ 5",
    ]


def test_a_two_column_section_reads_its_left_column_first():
    columns = '<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2"/></w:sectPr>'
    body = p("Сапарова Жанар", props='<w:sectPr><w:type w:val="continuous"/></w:sectPr>')
    body += p("Жұмыс тәжірибесі") + p("2019 – қазір, бас маман")
    body += p('<w:r><w:br w:type="column"/></w:r>', "Тілдер") + p("Қазақ тілі", props=columns)
    assert _rows(docx(body)) == [
        "Сапарова Жанар",
        "Жұмыс тәжірибесі",
        "2019 – қазір, бас маман",
        "",
        "Тілдер",
        "Қазақ тілі",
    ]


def test_notes_are_read_after_the_body_and_a_reviewers_comment_never():
    rows = _rows(FILES["r07_ru_notes_and_comments.docx"]())
    assert [row.strip() for row in rows[-2:]] == [
        "Стаж государственной службы подтверждён послужным списком.",
        "Проектирование объектов социальной сферы.",
    ]
    text = "\n".join(rows)
    assert "Проверить даты" not in text
    assert "Ержанова" not in text
    assert "Введите должность" not in text


def test_a_post_wrapped_with_shift_enter_in_a_narrow_cell_stays_one_post():
    wrapped = (
        "<w:r><w:t>Главный специалист</w:t><w:br/><w:t>отдела бюджетного планирования</w:t></w:r>"
    )
    city = "<w:r><w:t>Бухгалтер</w:t><w:br/><w:t>г. Астана</w:t></w:r>"
    rows = _rows(
        docx(
            tbl(
                tr("2019 – н.в.", tc(p(wrapped)), "Акимат"),
                tr("2015 – 2019", tc(p(city)), "ТОО «Нур»"),
            )
        )
    )
    assert rows == [
        "2019 – н.в.\tГлавный специалист отдела бюджетного планирования\tАкимат",
        "2015 – 2019\tБухгалтер, г. Астана\tТОО «Нур»",
    ]


def test_an_employer_over_its_post_with_shift_enter_stays_two_fields():
    # A lower-case post below an employer is no wrapped line: joined to it, the post was
    # lost ("Министерство финансов … главный специалист" read as one employer).
    def cell(employer, post):
        return tc(p(f"<w:r><w:t>{employer}</w:t><w:br/><w:t>{post}</w:t></w:r>"))

    rows = _rows(
        docx(
            tbl(
                tr("2015 – 2018", cell("Министерство финансов РК", "главный специалист")),
                tr("2019 – 2022", cell("Қаржы министрлігі", "бас маман")),
                columns=2,
            )
        )
    )
    assert rows == [
        "2015 – 2018\tМинистерство финансов РК, главный специалист",
        "2019 – 2022\tҚаржы министрлігі, бас маман",
    ]


def test_lines_typed_with_shift_enter_in_a_template_column_stay_lines():
    # In a two-column template (a layout table) a heading and its items typed with
    # Shift+Enter are lines of their own, even in lower case: only a data table's narrow
    # cells wrap a post.
    items = "".join(
        f"<w:br/><w:t>{item}</w:t>" for item in ("казахский – родной", "работа с ЕСЭДО")
    )
    left = tc(p("Ахметова Дана"), f"<w:p><w:r><w:t>Языки</w:t>{items}</w:r></w:p>")
    right = tc(p("ОПЫТ РАБОТЫ"), p("2015 – 2020 Экономист, ТОО «Береке»"))
    assert _rows(docx(tbl(tr(left, right), columns=2)))[:4] == [
        "Ахметова Дана",
        "Языки",
        "казахский – родной",
        "работа с ЕСЭДО",
    ]


def test_a_list_in_a_table_cell_reads_one_item_per_line():
    jobs = tc(
        item("2018 – н.в. — Главный эксперт, Минюст", 2), item("2013 – 2018 — Юрист, ТОО «Nur»", 2)
    )
    body = tbl(tr("ФИО", "Ахметова Дана"), tr("Опыт работы", jobs), columns=2)
    assert _rows(docx(body, {"numbering": NUMBERING})) == [
        "ФИО\tАхметова Дана",
        "Опыт работы",
        "2018 – н.в. — Главный эксперт, Минюст",
        "2013 – 2018 — Юрист, ТОО «Nur»",
    ]


def test_hidden_text_word_does_not_show_is_not_read():
    hidden = r("Python, Kubernetes, SAP, Big Data", "<w:vanish/>")
    shown = r("ЕСЭДО", '<w:vanish w:val="0"/>')
    instruction = p(r("Укажите должность и орган полностью", "<w:vanish/>"))
    body = p("Навыки: ", shown, hidden) + instruction + p("Языки: казахский")
    assert _rows(docx(body)) == ["Навыки: ЕСЭДО", "", "Языки: казахский"]
