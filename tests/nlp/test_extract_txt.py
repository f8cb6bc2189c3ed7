"""Plain-text CVs in the encodings used in Kazakhstan; binary data is not text."""

import random

import pytest

from nlp.extract import extract_bytes
from tests.nlp.builders import SAMPLE_CVS

RU = SAMPLE_CVS["ru"]
KK = SAMPLE_CVS["kk"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: text.encode("utf-8-sig"),
        lambda text: text.encode("utf-16"),
        lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
        lambda text: text.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom"],
)
@pytest.mark.parametrize("lang", sorted(SAMPLE_CVS))
def test_unicode_text_is_read_exactly(encode, lang):
    result = extract_bytes(encode(SAMPLE_CVS[lang]))
    assert (result.status, result.kind) == ("ok", "txt")
    assert result.text == SAMPLE_CVS[lang]


def test_windows_1251_russian_is_read():
    assert extract_bytes(RU.encode("cp1251")).text == RU


def test_kazakh_windows_text_is_read_as_kz_1048_not_as_serbian_letters():
    result = extract_bytes(KK.encode("kz1048"))
    assert result.text == KK
    assert "ә" in result.text and "қ" in result.text


def test_windows_line_ends_become_newlines():
    assert extract_bytes(b"Line one\r\nLine two\r\n").text == "Line one\nLine two"


@pytest.mark.parametrize("data", [b"   \n\t\r\n  ", "\ufeff".encode()], ids=["blank", "bom-only"])
def test_blank_text_is_rejected_as_empty(data):
    result = extract_bytes(data)
    assert (result.status, result.reason.code) == ("rejected", "empty")


def test_random_bytes_are_not_text():
    result = extract_bytes(b"\x01\x02" + random.Random(7).randbytes(4096))
    assert (result.status, result.reason.code) == ("rejected", "binary_text")


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("at", [60, len(RU)], ids=["middle", "end"])
def test_a_single_stray_nul_byte_is_dropped_with_or_without_a_bom(bom, at):
    data = RU.encode()
    cut = len(RU[:at].encode())
    result = extract_bytes(bom + data[:cut] + b"\x00" + data[cut:])
    assert (result.status, result.text) == ("ok", RU)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_text_with_many_nul_bytes_is_not_text(bom):
    result = extract_bytes(bom + "Резюме\x00\x00".encode() * 200)
    assert (result.status, result.reason.code) == ("rejected", "binary_text")


def test_text_with_many_control_characters_is_not_text():
    result = extract_bytes(("Name\x01\x02\x03\x04" * 100).encode())
    assert result.reason.code == "binary_text"


def test_odd_length_utf16_is_not_text():
    assert extract_bytes("Резюме".encode("utf-16") + b"\x00").reason.code == "binary_text"


@pytest.mark.parametrize(
    "data",
    [b"<!DOCTYPE html><html><body>CV</body></html>", b"  <script>alert(1)</script>"],
    ids=["html", "script"],
)
def test_markup_is_not_accepted_as_a_text_cv(data):
    assert extract_bytes(data).reason.code == "unsupported_type"
