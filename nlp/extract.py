"""Turn CV file bytes into text, refusing anything unsafe or unreadable with a reason.

`extract_bytes` runs in the calling process and trusts PDFium with memory and time; code that
handles uploads uses `nlp.pool.get_pool().extract(data)`, which runs this same function in a
worker process with memory, CPU and wall-time limits.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Callable

from nlp.extraction.docx import extract_docx
from nlp.extraction.limits import LIMITS, Limits, Refused
from nlp.extraction.pdf import extract_pdf
from nlp.extraction.sniff import sniff
from nlp.extraction.txt import extract_txt
from nlp.messages import needs_review, rejected
from nlp.types import Extraction

__all__ = ["LIMITS", "Limits", "extract_bytes", "extract_file", "tidy"]

log = logging.getLogger(__name__)

_READERS: dict[str, Callable[[bytes, Limits], tuple[str, int]]] = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "txt": lambda data, limits: extract_txt(data),
}
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
# A soft hyphen is invisible inside a word and marks a word break at a line end.
_SOFT_HYPHEN = re.compile("\u00ad\n?")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # hyphen, non-breaking hyphen
# Matched only from the start of a run of spaces: tried inside a long run that ends in a
# letter, it would cost the square of the run's length (200,000 spaces: half a minute).
_TRAILING_SPACE = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def extract_bytes(data: bytes, limits: Limits = LIMITS) -> Extraction:
    """Return the text of a PDF, DOCX or TXT file, or why it was rejected or needs a person."""
    if not data:
        return rejected("empty")
    if len(data) > limits.max_bytes:
        return rejected("too_large")
    kind = None
    try:
        kind = sniff(data)
        raw, pages = _READERS[kind](data, limits)
    except Refused as refusal:
        return refusal.outcome(kind)
    except MemoryError:
        return rejected("too_complex", kind)
    except RecursionError:
        return rejected("malformed", kind)
    except Exception as error:  # a hostile file must never surface as a traceback
        log.warning("unexpected %s while reading a %s file", type(error).__name__, kind)
        return rejected("malformed", kind)
    if len(raw) > limits.max_raw_chars:
        return rejected("too_long", kind, pages)
    return _finish(tidy(raw), kind, pages, limits)


def _finish(text: str, kind: str, pages: int, limits: Limits) -> Extraction:
    """Turn tidied text into an outcome: ok, too long, or nothing to read."""
    if len(text) > limits.max_text_chars:
        return rejected("too_long", kind, pages)
    if not text:
        if kind == "txt":
            return rejected("empty", kind)
        return needs_review("no_text", kind, pages)
    return Extraction(status="ok", text=text, kind=kind, pages=pages)


def tidy(text: str) -> str:
    """Normalise extracted text: NFC, "\\n" line ends, no control characters, BOMs or soft
    hyphens, "-" for every hyphen (searches for "Алма-Ата" find "Алма‑Ата"), no trailing spaces,
    at most one blank line in a row, no leading or trailing blank space.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SOFT_HYPHEN.sub("", _CONTROLS.sub("", text)).translate(_HYPHENS)
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    return _BLANK_LINES.sub("\n\n", text).strip()


def extract_file(path: str | os.PathLike[str], *, isolated: bool = False) -> Extraction:
    """Read a file from disk (never more than the size cap) and extract it.

    With ``isolated=True`` the work runs in this process's hardened worker pool.
    """
    with open(path, "rb") as handle:
        data = handle.read(LIMITS.max_bytes + 1)
    if isolated:
        from nlp.pool import get_pool

        return get_pool().extract(data)
    return extract_bytes(data)
