"""What the name-blind QA passes' tests (``test_qa_s.py``, ``test_qa_u.py``, ``test_qa_x.py``)
check: every ``hide`` entry of a folder's ``expected.json`` lies inside the ``personal_data``
spans and no ``keep`` entry overlaps one, in the text and in the text uploaded as a PDF or a
DOCX file. An entry ``before[[target]]after`` means the target where it stands in that
context."""

import json
import time
from pathlib import Path

import pytest

from nlp.components.personal_data import extract_personal_data
from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import make_docx, make_pdf
from tests.nlp.cpu_bounds import cpu_bound


def expected(folder: Path) -> dict:
    """A QA folder's ``expected.json``: for each file, its ``hide`` and ``keep`` entries."""
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def cases(expectations: dict, key: str) -> list[tuple[str, str]]:
    """(file, entry) for every entry under ``key`` ("hide" or "keep")."""
    return [(name, entry) for name, lists in expectations.items() for entry in lists[key]]


def places(text: str, entry: str) -> list[tuple[int, int]]:
    """Every place of ``entry`` in ``text``; "before[[target]]after" gives the target's
    places where the whole of it stands."""
    head, _, rest = entry.partition("[[")
    target, _, tail = rest.partition("]]") if rest else (head, "", "")
    whole, offset = (head + target + tail, len(head)) if rest else (entry, 0)
    found, at = [], text.find(whole)
    while at >= 0:
        found.append((at + offset, at + offset + len(target)))
        at = text.find(whole, at + 1)
    assert found, f"{entry!r} is not in the text"
    return found


def covered(text: str, spans, start: int, end: int) -> bool:
    """True when the spans together cover every non-blank character of start..end."""
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(start, end) if not text[i].isspace()
    )


def overlapped(spans, start: int, end: int) -> bool:
    """True when some span overlaps start..end."""
    return any(s.start < end and start < s.end for s in spans)


def missed(text: str, spans, entries: dict) -> list[str]:
    """The ``hide`` entries not wholly hidden and the ``keep`` entries hidden in part: what
    a file's redaction gets wrong."""
    hide, keep = entries["hide"], entries["keep"]
    wrong = [e for e in hide if not all(covered(text, spans, *p) for p in places(text, e))]
    return wrong + [e for e in keep if any(overlapped(spans, *p) for p in places(text, e))]


def assert_hidden(folder: Path, name: str, entry: str) -> None:
    """Every place of a ``hide`` entry of the folder's file lies inside its redaction."""
    text = (folder / name).read_text(encoding="utf-8")
    spans = read_cv(text).personal_data
    for start, end in places(text, entry):
        assert covered(text, spans, start, end), (text[start:end], spans)


def assert_kept(folder: Path, name: str, entry: str) -> None:
    """No place of a ``keep`` entry of the folder's file is redacted, not even in part."""
    text = (folder / name).read_text(encoding="utf-8")
    spans = read_cv(text).personal_data
    for start, end in places(text, entry):
        assert not overlapped(spans, start, end), text[start:end]


def assert_redacted_as_file(folder: Path, name: str, kind: str) -> None:
    """The folder's file uploaded as a PDF ("pdf", printed narrow, so that no citation wraps
    onto a second line) or a DOCX is redacted as its text is."""
    text = (folder / name).read_text(encoding="utf-8")
    data = make_pdf(text, font_size=6) if kind == "pdf" else make_docx(text.split("\n"))
    read = extract_bytes(data).text
    assert missed(read, read_cv(read).personal_data, expected(folder)[name]) == []


def hidden_texts(text: str) -> list[str]:
    """The texts of a text's personal-data spans, in order."""
    return [text[p.start : p.end] for p in extract_personal_data(text)]


def words_hidden(text: str, part: str) -> bool:
    """Whether every word of ``part`` lies in a hidden span of ``text``."""
    hidden = " ".join(hidden_texts(text)).split()
    return all(word in hidden for word in part.split())


def words_visible(text: str, part: str) -> bool:
    """Whether no hidden span of ``text`` holds any word of ``part``."""
    hidden = " ".join(hidden_texts(text)).split()
    return not any(word in hidden for word in part.split())


def assert_only_name_hidden(text: str, name: str, visible: str) -> None:
    """Of ``text`` only ``name`` is hidden, and nothing of ``visible`` (a post, an award)."""
    assert hidden_texts(text) == [name]
    at = text.index(visible)
    assert not overlapped(extract_personal_data(text), at, at + len(visible))


def assert_linear(unit: str, heads: tuple[str, ...], top: str = "") -> None:
    """200,000 characters of ``unit`` repeated under each heading (after ``top``, a name
    line) are redacted within a second of CPU (on the development machine, ``cpu_bound``): a
    new pattern does not cost the square of a hostile text's length. A short text of each
    heading is read first, so that the tables and dictionaries its rules load are not
    counted."""
    for head in heads:
        extract_personal_data(top + head + unit * 3)
        text = top + head + (unit * (200_000 // len(unit) + 1))[:200_000]
        began = time.process_time()
        extract_personal_data(text)
        assert time.process_time() - began < cpu_bound(1.0)


def folder_tests(folder: Path, *, files: bool = True) -> tuple:
    """The tests of a QA folder's ``expected.json``: every ``hide`` entry hidden, every
    ``keep`` entry visible and, with ``files``, each file uploaded as a PDF or a DOCX redacted
    as its text is. A test module assigns them to names of its own that start with test_."""
    expectations = expected(folder)

    @pytest.mark.parametrize(("name", "entry"), cases(expectations, "hide"))
    def hidden_entry(name, entry):
        assert_hidden(folder, name, entry)

    @pytest.mark.parametrize(("name", "entry"), cases(expectations, "keep"))
    def kept_entry(name, entry):
        assert_kept(folder, name, entry)

    @pytest.mark.parametrize("kind", ["pdf", "docx"])
    @pytest.mark.parametrize("name", sorted(expectations))
    def uploaded_file(name, kind):
        assert_redacted_as_file(folder, name, kind)

    return (hidden_entry, kept_entry, uploaded_file) if files else (hidden_entry, kept_entry)
