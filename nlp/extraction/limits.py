"""Limits every extraction obeys, and the exception a reader raises to refuse a file."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.messages import needs_review, rejected
from nlp.types import Extraction

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds for one file; the defaults are the policy of issue #5."""

    max_bytes: int = 5 * MB
    max_pages: int = 20
    max_entries: int = 1000
    max_unpacked: int = 50 * MB
    max_ratio: int = 100
    ratio_floor: int = 64 * 1024  # entries smaller than this are too small to judge by ratio
    # Seven times the longest real CV seen (57,743 characters in the dev set; a dense page
    # holds about 5,000): reading the text is then bounded too (about 3 s at worst).
    max_text_chars: int = 200_000

    @property
    def max_raw_chars(self) -> int:
        """Text longer than this as read is refused as too long before it is tidied or judged
        to read as words, which would cost seconds: a DOCX or PDF can hold many times its
        size in text (a 3 MB DOCX, 28 million characters: 2 s). A text file never holds more
        characters than bytes, so its text is never refused by this.
        """
        return self.max_bytes


LIMITS = Limits()


class Refused(Exception):
    """Raised by a reader to stop with a reason code; carries no file content."""

    def __init__(self, code: str, *, review: bool = False, pages: int = 0):
        super().__init__(code)
        self.code = code
        self.review = review
        self.pages = pages

    def outcome(self, kind: str | None) -> Extraction:
        """Return the Extraction this refusal stands for."""
        if self.review:
            return needs_review(self.code, kind, self.pages)
        return rejected(self.code, kind, self.pages)
