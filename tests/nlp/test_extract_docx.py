"""DOCX CVs: body, tables, headers, footers and text boxes come out once, in reading order."""

import random

import pytest

from nlp.extract import Limits, extract_bytes
from tests.nlp.builders import SAMPLE_CVS, docx_parts, make_docx, zip_parts


@pytest.mark.parametrize("lang", sorted(SAMPLE_CVS))
def test_cv_paragraphs_are_extracted_exactly_in_each_language(lang):
    result = extract_bytes(make_docx(SAMPLE_CVS[lang].split("\n")))
    assert result.status == "ok"
    assert result.kind == "docx"
    assert result.text == SAMPLE_CVS[lang]


def test_table_rows_become_lines_with_tab_separated_cells():
    rows = [["Кезең", "Ұйым", "Лауазым"], ["2019–2023", "Астана әкімдігі", "бас маман"]]
    result = extract_bytes(make_docx(["Жұмыс тәжірибесі", rows, "Дағдылары: SQL"]))
    assert result.text == (
        "Жұмыс тәжірибесі\nКезең\tҰйым\tЛауазым\n2019–2023\tАстана әкімдігі\tбас маман\n"
        "Дағдылары: SQL"
    )


def test_layout_table_keeps_each_paragraph_of_a_cell_on_its_own_line():
    layout = [["Education\n2012–2016 Nazarbayev University", "Skills\nPython\nSQL"]]
    result = extract_bytes(make_docx(["Daniyar Akhmetov"], tables=[layout]))
    assert result.text == (
        "Daniyar Akhmetov\nEducation\n2012–2016 Nazarbayev University\nSkills\nPython\nSQL"
    )


def test_data_table_cell_typed_with_enter_stays_on_its_row():
    rows = [
        ["Месяц и год поступления", "Месяц и год ухода", "Должность с указанием организации"],
        ["09.2006", "08.2008", "Бухгалтер\nТОО «Астана-Аудит»"],
        ["09.2008", "по настоящее время", "Главный эксперт\nКомитет казначейства\nг. Астана"],
    ]
    result = extract_bytes(make_docx(["Трудовая деятельность", rows]))
    assert result.text.split("\n")[2:] == [
        "09.2006\t08.2008\tБухгалтер, ТОО «Астана-Аудит»",
        "09.2008\tпо настоящее время\tГлавный эксперт, Комитет казначейства, г. Астана",
    ]


def test_layout_table_with_a_banner_row_keeps_its_columns_as_lines():
    sidebar = "Контакты\n+7 701 555 12 34\nНавыки\nExcel\nЕСЭДО"
    main = "Опыт работы\n2016–2020 Минфин, аудитор\nОбразование\n2011 Нархоз"
    layout = [["Нурпеисова Асель"], [sidebar, main]]
    result = extract_bytes(make_docx([layout]))
    assert result.text == f"Нурпеисова Асель\n{sidebar}\n{main}"


def test_header_footer_and_text_box_are_read_once_in_reading_order():
    data = make_docx(
        ["Иванов Сергей Петрович", "Опыт работы"],
        header="Резюме",
        footer="Страница 1",
        textbox=["Тел.: +7 701 000 00 00", "E-mail: ivanov@example.kz"],
    )
    result = extract_bytes(data)
    assert result.text == (
        "Резюме\nСтраница 1\nИванов Сергей Петрович\nТел.: +7 701 000 00 00\n"
        "E-mail: ivanov@example.kz\nОпыт работы"
    )


def test_a_footer_naming_the_candidate_is_read_with_the_personal_lines_not_the_last_section():
    body = ["Жақсыбеков Ерлан Мұратұлы", "Тел.: +7 747 321 65 98", "Сертификаттар: ITIL 4 (2021)"]
    result = extract_bytes(make_docx(body, footer="Жақсыбеков Е.М. – түйіндеме"))
    assert result.text.split("\n") == ["Жақсыбеков Е.М. – түйіндеме", *body]


def test_tabs_inside_a_paragraph_are_kept():
    assert extract_bytes(make_docx(["2019\tАкимат"])).text == "2019\tАкимат"


def _with_body(body_xml: str) -> bytes:
    """Return a DOCX whose body is ``body_xml`` (raw WordprocessingML)."""
    parts = docx_parts(["placeholder"])
    document = parts["word/document.xml"].decode()
    start, end = document.index("<w:body>") + 8, document.index("</w:body>")
    parts["word/document.xml"] = (document[:start] + body_xml + document[end:]).encode()
    return zip_parts(parts)


def test_deleted_revisions_and_field_codes_are_not_read():
    body = (
        "<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>removed</w:delText></w:r>"
        "</w:del><w:ins><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>"
        '<w:p><w:r><w:instrText>HYPERLINK "mailto:x@y.kz"</w:instrText></w:r>'
        "<w:hyperlink><w:r><w:t>x@y.kz</w:t></w:r></w:hyperlink></w:p>"
    )
    assert extract_bytes(_with_body(body)).text == "Kept inserted\nx@y.kz"


def test_line_breaks_inside_a_paragraph_become_newlines():
    body = "<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t></w:r></w:p>"
    assert extract_bytes(_with_body(body)).text == "Line one\nLine two"


def _row(*cells: str) -> str:
    """Return a table row; "|" in a cell is a line break typed with Shift+Enter."""
    runs = ("<w:r><w:t>" + c.replace("|", "</w:t><w:br/><w:t>") + "</w:t></w:r>" for c in cells)
    return "<w:tr>" + "".join(f"<w:tc><w:p>{run}</w:p></w:tc>" for run in runs) + "</w:tr>"


def test_line_break_inside_a_table_cell_joins_like_a_new_paragraph():
    table = _row("Кезең", "Лауазымы") + _row("2005–2008", "Инженер|«Қазақтелеком» АҚ")
    body = f"<w:tbl>{table}</w:tbl><w:p><w:r><w:t>A</w:t><w:br/><w:t>B</w:t></w:r></w:p>"
    assert extract_bytes(_with_body(body)).text == (
        "Кезең\tЛауазымы\n2005–2008\tИнженер, «Қазақтелеком» АҚ\nA\nB"
    )


def test_document_with_only_pictures_goes_to_a_person():
    result = extract_bytes(_with_body("<w:p><w:r><w:drawing/></w:r></w:p>"))
    assert (result.status, result.reason.code) == ("needs_review", "no_text")


def test_zip_without_a_word_document_is_not_a_cv():
    result = extract_bytes(zip_parts({"xl/workbook.xml": b"<workbook/>"}))
    assert result.reason.code == "unsupported_type"


def test_unpacked_size_limit_counts_every_entry():
    parts = docx_parts(["CV"])
    parts["word/media/photo.jpg"] = random.Random(5).randbytes(2 * 1024 * 1024)  # incompressible
    data = zip_parts(parts)
    assert extract_bytes(data).status == "ok"
    result = extract_bytes(data, Limits(max_unpacked=1024 * 1024))
    assert (result.status, result.reason.code) == ("rejected", "zip_bomb")


def _sdt(properties: str, content: str) -> str:
    """Return a content control (w:sdt) with the given properties and content."""
    return f"<w:sdt><w:sdtPr>{properties}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def test_placeholder_of_an_unfilled_template_control_is_not_read():
    hint = "<w:r><w:t>Щелкните или коснитесь здесь, чтобы ввести текст.</w:t></w:r>"
    body = (
        _sdt('<w:alias w:val="ФИО"/>', "<w:p><w:r><w:t>Нұрланов Ерлан</w:t></w:r></w:p>")
        + _sdt("<w:showingPlcHdr/>", f"<w:p>{hint}</w:p>")
        + f"<w:p><w:r><w:t>Телефон:</w:t></w:r>{_sdt('<w:showingPlcHdr/>', hint)}</w:p>"
        + _sdt('<w:showingPlcHdr w:val="0"/>', "<w:p><w:r><w:t>Тілдер: қазақ</w:t></w:r></w:p>")
    )
    assert extract_bytes(_with_body(body)).text == "Нұрланов Ерлан\nТелефон:\nТілдер: қазақ"


def _field(code: str, result: str) -> str:
    """Return a complex field: begin, code runs (raw XML), separate, result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'{code}<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_result_of_a_field_nested_in_another_fields_code_is_not_read():
    inner = _field("<w:r><w:instrText> MERGEFIELD Город </w:instrText></w:r>", "«Город»")
    code = f'<w:r><w:instrText> IF </w:instrText></w:r>{inner}<w:r><w:instrText> = "Астана" '
    code += '"Да" "" </w:instrText></w:r>'
    body = f"<w:p><w:r><w:t>Переезд: </w:t></w:r>{_field(code, 'Готова к переезду')}</w:p>"
    assert extract_bytes(_with_body(body)).text == "Переезд: Готова к переезду"


def _alternate(requires: str, choice: str, fallback: str) -> str:
    """Return mc:AlternateContent with one Choice and a Fallback, each a run of text."""
    return (
        f'<w:p><mc:AlternateContent><mc:Choice Requires="{requires}"><w:r><w:t>{choice}</w:t>'
        f"</w:r></mc:Choice><mc:Fallback><w:r><w:t>{fallback}</w:t></w:r></mc:Fallback>"
        "</mc:AlternateContent></w:p>"
    )


def test_alternate_content_falls_back_when_the_choice_needs_an_unknown_namespace():
    body = _alternate("w16x", "НОВЫЙ ФОРМАТ", "Водительские права категории B")
    body += _alternate("wps w14", "Контакты: +7 777 000 11 22", "VML")
    assert extract_bytes(_with_body(body)).text == (
        "Водительские права категории B\nКонтакты: +7 777 000 11 22"
    )


def test_table_row_deleted_with_track_changes_leaves_no_line():
    deleted = _row("Немецкий", "A1").replace(
        "<w:tr>", '<w:tr><w:trPr><w:del w:id="6" w:author="HR"/></w:trPr>'
    )
    body = f"<w:tbl>{_row('Язык', 'Уровень')}{deleted}{_row('Английский', 'B2')}</w:tbl>"
    assert extract_bytes(_with_body(body)).text == "Язык\tУровень\nАнглийский\tB2"
