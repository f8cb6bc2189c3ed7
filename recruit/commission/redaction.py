"""The commission's view of a CV: personal data blanked out, ranking evidence highlighted."""

import re
from collections.abc import Iterable

from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

KIND_LABELS = {
    "email": _l("e-mail"),
    "phone": _l("phone"),
    "iin": _l("IIN"),
    "birth_date": _l("birth date"),
    "address": _l("address"),
    "photo": _l("photo"),
    "name": _l("name"),
    "sex": _l("sex"),
    "link": _l("profile link"),
    "id_document": _l("identity document"),
    "marital_status": _l("marital status"),
    "nationality": _l("nationality"),
}
NAME_PART_MIN = 2
# Safety nets for what the engine may miss: 12-digit numbers (an IIN) and e-mail addresses.
PATTERNS = (
    ("iin", re.compile(r"(?<!\d)\d{12}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
)


def _valid(text: str, start, end) -> bool:
    """True when [start, end) is a non-empty span inside the text."""
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def identity_spans(text: str, full_name: str, email: str) -> list[dict]:
    """The account's own name parts and e-mail, IIN-like numbers and e-mail addresses."""
    spans = [
        {"kind": kind, "start": m.start(), "end": m.end()}
        for kind, pattern in PATTERNS
        for m in pattern.finditer(text)
    ]
    for word in re.findall(r"\w+", full_name or ""):
        if len(word) >= NAME_PART_MIN:
            pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
            spans += [
                {"kind": "name", "start": m.start(), "end": m.end()}
                for m in re.finditer(pattern, text, re.IGNORECASE)
            ]
    if email:
        spans += [
            {"kind": "email", "start": m.start(), "end": m.end()}
            for m in re.finditer(re.escape(email), text, re.IGNORECASE)
        ]
    return spans


def evidence_spans(explanation: dict | None, text: str) -> list[tuple[int, int]]:
    """The skill mentions the ranking explanation cites, where they still match the text."""
    skills = (explanation or {}).get("skills") or {}
    spans = []
    for entry in (skills.get("matched_essential") or []) + (skills.get("matched_asset") or []):
        for mention in entry.get("mentions") or []:
            start, end = mention.get("start"), mention.get("end")
            if _valid(text, start, end) and text[start:end] == mention.get("text", text[start:end]):
                spans.append((start, end))
    return spans


def _placeholder(kind: str) -> Markup:
    """The visible stand-in for a personal-data span."""
    label = KIND_LABELS.get(kind, _l("personal data"))
    return Markup('<span class="redacted">{}</span>').format(_l("[redacted: %(kind)s]", kind=label))


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping personal-data spans joined, so each stretch gets one placeholder."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end), out[-1][2])
        else:
            out.append((start, end, kind))
    return out


def _outside(start: int, end: int, blocked: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The parts of [start, end) that no blocked span covers."""
    pieces = []
    for b_start, b_end, _kind in blocked:
        if b_end <= start or b_start >= end:
            continue
        if b_start > start:
            pieces.append((start, b_start))
        start = max(start, b_end)
    if start < end:
        pieces.append((start, end))
    return pieces


def render(text: str, personal_data: Iterable[dict], evidence: Iterable[tuple[int, int]]) -> Markup:
    """Escaped CV text; personal data replaced by placeholders, evidence wrapped in <mark>.

    Offsets are into the original text, so both kinds of span are laid out in one pass over
    the spans sorted by start. Redaction wins: no evidence is shown inside personal data.
    """
    redactions = _merged(
        [
            (p["start"], p["end"], p.get("kind", ""))
            for p in personal_data
            if _valid(text, p.get("start"), p.get("end"))
        ]
    )
    marks = [
        piece
        for start, end in evidence
        if _valid(text, start, end)
        for piece in _outside(start, end, redactions)
    ]
    spans = [(s, e, 0, k) for s, e, k in redactions] + [(s, e, 1, "") for s, e in marks]
    out, cursor = [], 0
    for start, end, is_mark, kind in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        out.append(escape(text[cursor:start]))
        if is_mark:
            out.append(Markup("<mark>{}</mark>").format(text[start:end]))
        else:
            out.append(_placeholder(kind))
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("").join(out)
