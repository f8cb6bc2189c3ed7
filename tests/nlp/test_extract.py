"""What every upload goes through: size cap, type by content, clear kk/ru/en reasons."""

import io
import re
import zipfile
from pathlib import Path

import pytest

from nlp.extract import LIMITS, Limits, extract_bytes, extract_file, tidy
from nlp.messages import CODES, MESSAGES, reason
from tests.nlp.builders import make_docx, make_pdf


def test_empty_file_is_rejected():
    result = extract_bytes(b"")
    assert (result.status, result.reason.code) == ("rejected", "empty")


def test_file_over_five_megabytes_is_rejected_before_it_is_read():
    result = extract_bytes(b"a" * (5 * 1024 * 1024 + 1))
    assert (result.status, result.reason.code, result.kind) == ("rejected", "too_large", None)
    at_cap = extract_bytes(b"a" * (5 * 1024 * 1024), Limits(max_text_chars=6_000_000))
    assert at_cap.status == "ok"


def test_text_longer_than_the_limit_is_rejected_as_too_long():
    result = extract_bytes("Навыки ".encode() * 200_000)
    assert (result.status, result.reason.code) == ("rejected", "too_long")


def test_a_text_of_two_hundred_thousand_characters_is_the_longest_read():
    """Seven times the longest real CV seen; a longer text is refused before it is read, so
    that reading a text built to be slow stays bounded too."""
    line = "Главный специалист, Акимат г. Астаны, 2015–2019\n"
    text = (line * (200_000 // len(line) + 1))[:200_000]
    assert extract_bytes(text.encode()).status == "ok"
    longer = extract_bytes((text + "я").encode())
    assert (longer.status, longer.reason.code) == ("rejected", "too_long")
    assert "too long" in longer.reason.message["en"]


def test_extract_file_never_reads_past_the_size_cap(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (LIMITS.max_bytes + 10_000))
    assert extract_file(path).reason.code == "too_large"


@pytest.mark.parametrize(
    ("name", "build", "kind"),
    [
        ("cv.docx", lambda: make_pdf("Python"), "pdf"),
        ("cv.pdf", lambda: make_docx(["Python"]), "docx"),
        ("cv.pdf", lambda: b"Python", "txt"),
    ],
)
def test_type_comes_from_the_content_not_the_name(tmp_path, name, build, kind):
    path = tmp_path / name
    path.write_bytes(build())
    result = extract_file(path)
    assert (result.status, result.kind, result.text) == ("ok", kind, "Python")


def test_executable_is_refused_whatever_it_is_called(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(Path("/bin/true").read_bytes())
    assert extract_file(path).reason.code == "unsupported_type"


def _odt() -> bytes:
    """Return an OpenDocument text as LibreOffice writes it: a stored "mimetype" entry first."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return out.getvalue()


def _compound_file(stream: str) -> bytes:
    """Return a compound-file header with a directory naming ``stream``, as Office 97 wrote."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    names = ("Root Entry", stream, "1Table")
    return header + b"".join((n + "\0").encode("utf-16-le").ljust(128, b"\0") for n in names)


@pytest.mark.parametrize(
    ("build", "code", "hint"),
    [
        (_odt, "opendocument", "OpenDocument"),
        (lambda: _compound_file("WordDocument"), "legacy_word", ".doc"),
    ],
    ids=["odt", "doc"],
)
def test_office_file_renamed_docx_is_told_how_to_save_it(tmp_path, build, code, hint):
    path = tmp_path / "cv.docx"
    path.write_bytes(build())
    result = extract_file(path)
    assert (result.status, result.reason.code) == ("rejected", code)
    assert hint in result.reason.message["en"] and "DOCX" in result.reason.message["ru"]


def test_old_office_file_that_is_not_a_word_document_is_an_unsupported_type():
    assert extract_bytes(_compound_file("Workbook")).reason.code == "unsupported_type"


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_reason_has_a_real_sentence_in_kazakh_russian_and_english(code):
    message = reason(code).message
    assert set(message) == {"kk", "ru", "en"}
    assert len(set(message.values())) == 3
    for text in message.values():
        assert text[0].isupper() and text.endswith(".") and len(text.split()) >= 5
    assert re.search("[а-яё]", message["ru"]) and not re.search("[әғқңөұүһі]", message["ru"])
    assert re.search("[әғқңөұүһі]", message["kk"])
    assert message["en"].isascii()


def test_messages_cannot_be_changed_by_a_caller():
    reason("empty").message["en"] = "changed"
    assert MESSAGES["empty"]["en"] != "changed"
    with pytest.raises(TypeError):
        MESSAGES["empty"] = {}


def test_reason_text_falls_back_to_english():
    assert reason("timeout").text("de") == MESSAGES["timeout"]["en"]


def test_tidy_normalises_line_ends_spaces_controls_and_composed_letters():
    raw = "\ufeffИмя\r\nОпыт  \r\n\r\n\r\n\r\nНавыки\x00\x07 и\u0306\u00a0\n"
    assert tidy(raw) == "Имя\nОпыт\n\nНавыки й"


def test_soft_and_non_breaking_hyphens_do_not_break_searches():
    text = "Алма\u2011Ата, иностран\u00adных дел, e\u2010mail, государ\u00ad\nственной"
    assert tidy(text) == "Алма-Ата, иностранных дел, e-mail, государственной"


def test_a_pdf_with_a_non_breaking_hyphen_reads_as_typed_with_a_hyphen():
    result = extract_bytes(make_pdf("Город: Алма\u2011Ата, Усть\u2011Каменогорск"))
    assert result.text == "Город: Алма-Ата, Усть-Каменогорск"
