"""What every upload goes through: size cap, type by content, clear kk/ru/en reasons."""

import re
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
