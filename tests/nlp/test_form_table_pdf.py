"""A personal-data form printed as a ruled table of two columns (label | value), as fpdf2 draws
one with every cell's borders: no row is dated, and both cells of a row wrap. Each row reads as
the DOCX reader writes it, the label, a tab and the value, each cell's lines joined, so the
label's words stay out of the institution's name and a language keeps its level."""

import pytest
from fpdf import FPDF

from nlp.extract import extract_bytes
from tests.nlp.builders import FONT

FORMS = {
    "ru": [
        ("Фамилия, имя, отчество", "Сейткалиева Динара Маратовна"),
        (
            "Образование, наименование учебного заведения, год окончания, специальность",
            "Евразийский национальный университет им. Л.Н. Гумилева, 2012 г., "
            "специальность «Государственное и местное управление»",
        ),
        ("Владение языками", "казахский – свободно, русский – свободно, английский – B2"),
    ],
    "kk": [
        ("Тегі, аты, әкесінің аты", "Сейткалиева Динара Маратқызы"),
        (
            "Білімі, оқу орнының атауы, бітірген жылы, мамандығы",
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті, 2012 ж., "
            "«Мемлекеттік және жергілікті басқару» мамандығы",
        ),
        ("Тілдерді меңгеруі", "қазақ тілі – еркін, орыс тілі – еркін, ағылшын тілі – B2"),
    ],
}


def form_pdf(rows: list[tuple[str, str]]) -> bytes:
    """Draw a heading and the form as fpdf2 draws a table: each cell a ruled rectangle, a
    narrow label column and a value column, both wrapping."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "ПОСЛУЖНОЙ СПИСОК", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(45, 80), width=125, first_row_as_headings=False) as table:
        for label, value in rows:
            row = table.row()
            row.cell(label)
            row.cell(value)
    return bytes(pdf.output())


@pytest.mark.parametrize("language", sorted(FORMS))
def test_a_ruled_form_reads_label_tab_value_a_row_at_a_time(language):
    """Each row of the form is one line, its label and its whole value parted by a tab."""
    rows = FORMS[language]
    text = extract_bytes(form_pdf(rows)).text
    lines = text.splitlines()
    for label, value in rows:
        assert f"{label}\t{value}" in lines
