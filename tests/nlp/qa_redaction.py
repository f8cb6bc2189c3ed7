"""What the name-blind QA passes' tests (``test_qa_s.py``, ``test_qa_u.py``) check: every
``hide`` entry of a folder's ``expected.json`` lies inside the ``personal_data`` spans and no
``keep`` entry overlaps one. An entry ``before[[target]]after`` means the target where it
stands in that context."""

import json
from pathlib import Path


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
