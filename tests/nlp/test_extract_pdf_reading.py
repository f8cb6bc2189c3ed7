"""PDF pages read as a person sees them: rotated or upside-down drawing order, hyphens at line
ends, and the values typed into forms or added with "Fill & Sign"."""

import io

import pypdfium2 as pdfium
import pytest

from nlp.extract import extract_bytes
from tests.nlp.builders import make_pdf, make_placed_pdf, pdf_stream, raw_pdf

CV = [
    "Ахметова Айгерим Болатовна",
    "Опыт работы",
    "2019–2024 Министерство финансов, главный эксперт",
    "2015–2019 Акимат Астаны, специалист",
    "Образование",
    "2011–2015 ЕНУ им. Гумилева, бакалавр",
]


def _lines_at(lines: list[str], order: list[int]) -> bytes:
    """Draw line i at 20 + 8·i mm from the top, in the given drawing order."""
    return make_placed_pdf([(20, 20 + 8 * i, lines[i]) for i in order])


def test_lines_drawn_bottom_to_top_are_read_top_to_bottom():
    result = extract_bytes(_lines_at(CV, list(range(len(CV)))[::-1]))
    assert result.text == "\n".join(CV)


def test_a_page_turned_a_quarter_is_read_in_line_order():
    document = pdfium.PdfDocument(make_pdf(CV))
    document[0].set_rotation(90)
    saved = io.BytesIO()
    document.save(saved)
    assert extract_bytes(saved.getvalue()).text == "\n".join(CV)


def test_a_line_drawn_right_half_first_stays_whole_on_a_page_drawn_upwards():
    pieces = []
    for i, line in reversed(list(enumerate(CV))):
        pieces += [
            (150, 20 + 8 * i, line.split()[-1]),
            (20, 20 + 8 * i, " ".join(line.split()[:-1])),
        ]
    lines = extract_bytes(make_placed_pdf(pieces)).text.split("\n")
    assert lines == CV


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Город: Нур-", "Султан"], "Город: Нур-Султан"),
        (["Должность: вице-", "министр"], "Должность: вице-министр"),
        (["Позиция: IT-", "специалист"], "Позиция: IT-специалист"),
        (["по делам государст-", "венной службы"], "по делам государственной службы"),
        (["главный экс-", "перт"], "главный эксперт"),
        (
            ["ГУ «Управление индустриально-", "инновационного развития»"],
            "ГУ «Управление индустриально-инновационного развития»",
        ),
        (["научно-", "исследовательский институт"], "научно-исследовательский институт"),
        (["экономи-", "ческого развития"], "экономического развития"),
        (["ГОСУДАРСТ-", "ВЕННОЙ СЛУЖБЫ"], "ГОСУДАРСТВЕННОЙ СЛУЖБЫ"),
        (["№ 12 мектеп-", "лицейі"], "№ 12 мектеп-лицейі"),
        (["Оқу-", "ағарту бөлімі"], "Оқу-ағарту бөлімі"),
        (
            ["ақпараттық-", "коммуникациялық технологиялар"],
            "ақпараттық-коммуникациялық технологиялар",
        ),
        (["ҒЫЛЫМИ-", "ЗЕРТТЕУ ИНСТИТУТЫ"], "ҒЫЛЫМИ-ЗЕРТТЕУ ИНСТИТУТЫ"),
    ],
)
def test_a_hyphen_at_a_line_end_is_kept_only_in_a_hyphenated_word(lines, expected):
    assert extract_bytes(_lines_at(lines, [0, 1])).text == expected


def _utf16(text: str) -> bytes:
    return b"<feff" + text.encode("utf-16-be").hex().encode() + b">"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
APPEARANCE = (
    b"/Type /XObject /Subtype /Form /BBox [0 0 300 18] /Resources << /Font << /F1 5 0 R >> >>"
)


def _form(values: list[str], *, drawn: bool = False, flags: int = 4) -> bytes:
    """A form with labels drawn on the page and a text field beside each holding a value.

    The appearance of each field draws its value (``drawn``) or only "?" marks, as a viewer
    without Cyrillic fonts would.
    """
    labels = [(b"FIO:", 770), (b"Phone:", 740), (b"Position:", 710)]
    content = b"BT /F1 12 Tf " + b" ".join(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, t) for t, y in labels)
    objects = [
        b"",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"",
        pdf_stream(content + b" ET"),
        FONT,
    ]
    fields = []
    for (label, y), value in zip(labels, values, strict=True):
        fields.append(b"%d 0 R" % (len(objects) + 1))
        shown = value.encode("ascii", "replace") if drawn else b"?"
        objects.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /V %s /Rect [150 %d 450 %d] /P 3 0 R"
            b" /DA (/Helv 12 Tf 0 g) /F %d /AP << /N %d 0 R >> >>"
            % (label[:-1], _utf16(value), y - 4, y + 14, flags, len(objects) + 2)
        )
        objects.append(
            pdf_stream(b"/Tx BMC BT /F1 12 Tf 2 4 Td (" + shown + b") Tj ET EMC", b" " + APPEARANCE)
        )
    refs = b" ".join(fields)
    objects[0] = (
        b"<< /Type /Catalog /Pages 2 0 R"
        b" /AcroForm << /Fields [%s] /DR << /Font << /Helv 5 0 R >> >> >> >>" % refs
    )
    objects[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [%s] >>" % refs
    )
    return raw_pdf(objects)


VALUES = ["Ахметова Айгерим", "+7 701 123 45 67", "Главный специалист"]


def test_values_typed_into_a_pdf_form_are_read_beside_their_labels():
    result = extract_bytes(_form(VALUES))
    assert (
        result.text
        == "FIO: Ахметова Айгерим\nPhone: +7 701 123 45 67\nPosition: Главный специалист"
    )


def test_hidden_form_fields_are_not_read():
    assert extract_bytes(_form(VALUES, flags=2)).text == "FIO:\nPhone:\nPosition:"


def _annotated(annots: list[bytes]) -> bytes:
    """A page of CV text with annotations 6, 7, … (a FreeText appearance is object 6 + len)."""
    content = b"BT /F1 12 Tf 72 770 Td (Aigerim Akhmetova) Tj 0 -20 Td (Ministry of Finance) Tj ET"
    refs = b" ".join(b"%d 0 R" % (6 + i) for i in range(len(annots)))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [%s] >>" % refs
    )
    appearance = pdf_stream(b"BT /F1 12 Tf 2 4 Td (Skills: Excel, SQL) Tj ET", b" " + APPEARANCE)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
    ]
    return raw_pdf([*head, pdf_stream(content), FONT, *annots, appearance])


def test_text_added_with_fill_and_sign_is_read_but_a_sticky_note_is_not():
    note = b"<< /Type /Annot /Subtype /Text /Rect [400 760 420 780] /Contents %s >>" % _utf16(
        "ЗАМЕТКА"
    )
    typed = (
        b"<< /Type /Annot /Subtype /FreeText /Rect [72 700 500 720] /DA (/Helv 12 Tf 0 g)"
        b" /Contents %s /AP << /N 8 0 R >> >>" % _utf16("Навыки: Excel, SQL")
    )
    result = extract_bytes(_annotated([note, typed]))
    assert result.text == "Aigerim Akhmetova\nMinistry of Finance\nНавыки: Excel, SQL"
