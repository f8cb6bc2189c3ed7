"""Whether a PDF's text layer reads as words of Kazakh, Russian or English.

A font with no Unicode map leaves PDFium only the raw character codes, and the text layer
comes out as noise: punctuation (`!" #$%&`, a Type0 font without /ToUnicode, a Type3 font
with glyph names /g1…/gN), or cp1251 bytes read as WinAnsi (`Ìèíèñòåðñòâî ôèíàíñîâ`,
1C print-outs and old Windows printer drivers). Such text must go to a person, not be scored.

Two shares decide, over the whole document: letters among the characters that are not
spaces (tool names, dates, phone numbers and punctuation leave a real CV well above half),
and letters in words written wholly in Cyrillic, or in Latin with most letters plain ASCII
("José", the Kazakh Latin "Respýblıkasy"). Mojibake words are made of accented Latin-1
letters; control and private-use characters are no letters at all.
"""

from __future__ import annotations

import re

MIN_LETTER_SHARE = 0.5
MIN_WORD_SHARE = 0.6
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]+")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]+")
_NOT_ASCII = re.compile("[^A-Za-z]")


def legible(text: str) -> bool:
    """True when ``text`` reads as kk/ru/en words rather than a font's raw codes."""
    signs = len(_SPACE.sub("", text))
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    if letters < MIN_LETTER_SHARE * signs:
        return False
    return sum(len(word) for word in words if _plausible(word)) >= MIN_WORD_SHARE * letters


def _plausible(word: str) -> bool:
    """True for a word wholly in Cyrillic, or in Latin with at most half its letters accented."""
    if _CYRILLIC.fullmatch(word):
        return True
    return _LATIN.fullmatch(word) is not None and len(_NOT_ASCII.findall(word)) * 2 <= len(word)
