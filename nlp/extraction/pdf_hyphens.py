"""Words a PDF line end breaks at a hyphen, joined back as the author wrote them.

PDFium marks a hyphen it takes for a word break at a line end with \x02, whether the line was
hyphenated ("государст-" / "венной") or broke after a hyphen the author typed ("Нур-" /
"Султан", "индустриально-" / "инновационного", as Word and LibreOffice Writer break a compound
that does not fit). The word is joined, but the hyphen is kept before a capital, between
Latin and Cyrillic ("IT-" / "специалист"), after a prefix that stands alone ("вице-" /
"министр"), between two Russian words that pymorphy3 knows when it does not know them
joined ("индустриальноинновационного"), and in a Kazakh word ("мектеп-" / "лицейі", "Оқу-" /
"ағарту"): LibreOffice has no hyphenation patterns for Kazakh (Debian ships hyphen-ru, no
Kazakh one) and Word hyphenates nothing unless asked, so such a hyphen is the author's. The
dictionary is loaded at the first such break.
"""

from __future__ import annotations

import re
from functools import cache

# The run of letters a match takes starts where it begins (or at the \x02), which is where
# it matched anyway: tried inside a run as well, it costs the square of its length.
_LINE_END_HYPHEN = re.compile(r"(?:(?<!\w)|(?=\x02))(\w*)\x02(?:\r?\n)?(\w*)")
# Words written with a hyphen after them ("вице-министр", "экс-аким", "бизнес-аналитик").
_PREFIXES = frozenset({"вице", "экс", "бизнес", "пресс", "штаб", "премьер", "генерал", "it"})
# Ordinary words a line may break after such a prefix ("экс-" / "перт", "бизнес-" / "мен").
_WORDS_AFTER_PREFIX = (
    "экспер", "экспорт", "эксплуат", "экспед", "экспоз", "экспон", "экспресс", "экстрен",
    "экстрем", "экскурс", "эксклюз", "бизнесмен", "штабн",
)  # fmt: skip
_RUSSIAN = re.compile(r"[а-яё]+")
# A Cyrillic word of two letters or more either side, one of them a letter only Kazakh has.
_KAZAKH = re.compile(r"[а-яёәғқңөұүһі]{2,}")
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")


def joined_at_hyphens(text: str) -> str:
    """``text`` with each word PDFium found broken at a line end joined."""
    return _LINE_END_HYPHEN.sub(_hyphen, text)


def _hyphen(match: re.Match[str]) -> str:
    """Join a word PDFium found broken at a line end, keeping a hyphen that belongs to it."""
    before, after = match.groups()
    return before + ("-" if _real_hyphen(before, after) else "") + after


def _real_hyphen(before: str, after: str) -> bool:
    """True when the hyphen joins two words: a capital after it ("Нур-Султан"), Latin and
    Cyrillic either side ("IT-специалист"), a prefix word before it ("вице-министр"), two
    Russian words that make no word joined ("индустриально-инновационного"), or a Kazakh
    word ("мектеп-лицейі")."""
    if not (before[-1:].isalpha() and after[:1].isalpha()):
        return bool(before and after)
    if after[0].isupper() and after[1:2].islower() or before[-1].isascii() != after[0].isascii():
        return True
    before, after = before.lower(), after.lower()
    if before in _PREFIXES:
        return not (before + after).startswith(_WORDS_AFTER_PREFIX)
    return _kazakh(before, after) or _russian_compound(before, after)


def _kazakh(before: str, after: str) -> bool:
    """True when both halves are Cyrillic words and either has a letter only Kazakh has."""
    return bool(
        _KAZAKH.fullmatch(before)
        and _KAZAKH.fullmatch(after)
        and _KAZAKH_LETTERS.intersection(before + after)
    )


def _russian_compound(before: str, after: str) -> bool:
    """True when both halves are Russian words pymorphy3 knows and their join is none."""
    if not (_RUSSIAN.fullmatch(before) and _RUSSIAN.fullmatch(after)):
        return False
    known = _russian_words().word_is_known
    return known(before) and known(after) and not known(before + after)


@cache
def _russian_words():
    """The pymorphy3 analyzer for Russian, loaded once per process at the first need."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
