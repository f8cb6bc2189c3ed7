"""PDFs whose fonts have no Unicode map give noise, not text: they go to a person, unscored."""

import re

import pytest

from nlp.extract import extract_bytes
from tests.nlp.builders import SAMPLE_CVS, make_pdf, pdf_stream, raw_pdf

LINES = [
    "Ахметова Айгерим Болатовна",
    "Опыт работы",
    "2019–2024 Министерство финансов, главный эксперт",
    "Навыки: Excel, 1С, SQL",
    "Языки: казахский, русский, английский",
]
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> >> >>"
)
HEAD = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE]


def _lines_drawn(codes: list[bytes]) -> bytes:
    """Return a content stream drawing one string of font codes per line."""
    shown = b" ".join(b"(" + re.sub(rb"([()\\])", rb"\\\1", line) + b") '" for line in codes)
    return b"BT /F1 12 Tf 72 770 Td 14 TL " + shown + b" ET"


def type0_without_to_unicode() -> bytes:
    """fpdf2's subset font (Identity-H) with its /ToUnicode entry blanked out."""
    data = make_pdf(LINES)
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda match: b" " * len(match[0]), data)


def cp1251_under_win_ansi() -> bytes:
    """Cyrillic written as cp1251 bytes under a font that says WinAnsi (1C print-outs)."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /TimesNewRomanCyr /Encoding /WinAnsiEncoding >>"
    )
    content = _lines_drawn([line.encode("cp1251") for line in LINES])
    return raw_pdf([*HEAD, pdf_stream(content), font])


def type3_glyph_names() -> bytes:
    """A Type3 font whose glyphs are named /g1…/gN, with no ToUnicode map."""
    alphabet = sorted(set("".join(LINES)))
    code = {char: bytes([number]) for number, char in enumerate(alphabet, 1)}
    names = b" ".join(b"/g%d" % number for number in range(1, len(alphabet) + 1))
    procs = b" ".join(b"/g%d %d 0 R" % (n, 6 + n) for n in range(1, len(alphabet) + 1))
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs 6 0 R /Encoding << /Type /Encoding /Differences [1 %s] >> /FirstChar 1"
        b" /LastChar %d /Widths [%s] >>" % (names, len(alphabet), b" 500" * len(alphabet))
    )
    content = _lines_drawn([b"".join(code[char] for char in line) for line in LINES])
    glyph = pdf_stream(b"500 0 0 0 500 700 d1 0 0 500 700 re f")
    return raw_pdf(
        [*HEAD, pdf_stream(content), font, b"<< %s >>" % procs] + [glyph] * len(alphabet)
    )


@pytest.mark.parametrize(
    "build", [type0_without_to_unicode, cp1251_under_win_ansi, type3_glyph_names]
)
def test_text_of_a_font_without_a_unicode_map_goes_to_a_person(build):
    result = extract_bytes(build())
    assert (result.status, result.reason.code) == ("needs_review", "unreadable_text")
    assert result.text == ""
    assert "сотрудник" in result.reason.message["ru"]


def test_the_same_cv_with_its_unicode_map_is_read():
    assert extract_bytes(make_pdf(LINES)).text == "\n".join(LINES)


@pytest.mark.parametrize("lang", sorted(SAMPLE_CVS))
def test_real_cvs_with_tools_numbers_and_names_stay_ok(lang):
    extra = [
        "Тел.: +7 (701) 555-12-34, e-mail: a.nurlanova@gov.kz, ИИН 900101300123",
        "Stack: C#, C++, .NET 6, SQL/PL-SQL, 1С:8.3, MS Office 365; 2015–2019 (4 г.)",
        "Referees: José Müller, Zoë Brontë; Qazaqstan Respýblıkasy Qarjy mınıstrlıgı",
    ]
    result = extract_bytes(make_pdf(SAMPLE_CVS[lang].split("\n") + extra))
    assert result.status == "ok"
    assert "José Müller" in result.text
