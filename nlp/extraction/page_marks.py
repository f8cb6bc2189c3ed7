"""Lines a page prints around a CV rather than in it: page numbers and running titles.

A page number is written many ways: "1-бет", "1 бет", "Бет 1", "1-бет / 2", "Page 1 of 2",
"Страница 1 из 2", "Стр. 2", "- 1 -", "1 / 2". A running title heads the later pages of a
CV with its owner's name ("Ермекова Ә.Қ. – түйіндеме", "Резюме: Иванов С.П.", "John Smith — CV").
"""

from __future__ import annotations

import re

_WORD = r"(?:page|страница|стр\.?|бет|парақ)"
_PAGE_NUMBER = re.compile(
    rf"(?:{_WORD}\s*\d{{1,3}}|\d{{1,3}}\s*-?\s*{_WORD}|[-–—]\s*\d{{1,3}}\s*[-–—]|\d{{1,3}})"
    r"(?:\s*(?:/|из|of|\|)\s*\d{1,3})?",
    re.IGNORECASE,
)
_CV_WORD = re.compile(r"\b(?:түйіндеме|резюме|cv|resume|curriculum\s+vitae)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# A running title is a short line; a longer one is CV text that happens to say "резюме".
MAX_TITLE_CHARS = 60


def is_page_number(line: str) -> bool:
    """True when the whole line is a page number, with or without the page count."""
    return _PAGE_NUMBER.fullmatch(line.strip()) is not None


def is_running_title(line: str, title: str) -> bool:
    """True when ``line`` (the top line of a later page) names the document as the CV of the
    person whose name or CV title heads the first page (``title``): it holds a word of it."""
    line = line.strip()
    if len(line) > MAX_TITLE_CHARS or not _CV_WORD.search(line):
        return False
    words = {word.lower() for word in _NAME_WORD.findall(title)}
    return any(word.lower() in words for word in _NAME_WORD.findall(line))
