"""Other spellings of a name's words, so that every mention of the candidate is redacted.

A passport writes the name in Latin letters ("ZHAKSYLYKOVA Madina"), a signature in Cyrillic
("Жаксылыкова Мадина"), a Kazakh part with the Kazakh letters ("Жақсылықова"). Both the text
and the name are folded letter by letter into one lower-case Russian alphabet (қ -> к, і, ы,
й and y -> и, Latin z -> з, h -> х...), so that offsets in the folded text are those of the
original; a Latin letter pair then reads as the Cyrillic letter it stands for ("зх", Latin
"zh", as ж). The folding is loose on purpose (и, і, ы, й, i and y are one letter): the
pattern is only ever built from a name already found.

Why not one case-insensitive pattern of letter classes (``[жj]|zh``): each class mixing
Cyrillic and Latin letters costs Python's ``re`` a 64K-entry table to compile, a few
milliseconds for every CV, where the folded pattern holds only plain letters.
"""

import re

from nlp.components.patterns import lazy

_PAIRS = (
    "аа әа ёе эе йи ыи іи ғг қк ңн өо ұу үу һх ъь "
    "aа äа áа bб cц çч dд eе éе fф gг ğг ǵг hх iи ıи ïи yи jж kк qк lл mм nн ñн oо öо pп "
    "rр sс şш tт uу ūу üу ýу vв wв xх zз"
)
# The common characters that stay as they are map to themselves: str.translate raises and
# catches a KeyError for each character missing from its table (a fifth of the folding time).
_KEPT = (range(0x250), range(0x400, 0x530), range(0x2000, 0x2070))
_FOLD = str.maketrans(
    {chr(c): chr(c) for block in _KEPT for c in block}
    | {chr(c): chr(c).lower() for c in range(ord("А"), ord("я") + 1)}
    | {pair[0]: pair[1] for pair in _PAIRS.split()}
    | {pair[0].upper(): pair[1] for pair in _PAIRS.split()}
)
# A Latin letter pair read as one Cyrillic letter, then what each letter may be written as.
_UNITS = {"схцх": "щ", "зх": "ж", "кх": "х", "сх": "ш", "цх": "ч", "тс": "ц", "гх": "г"}
_UNITS |= {"иа": "я", "иу": "ю", "ие": "е"}
_SPELLINGS = {
    "ж": "(?:ж|зх)",
    "х": "(?:х|кх)",
    "ш": "(?:ш|сх)",
    "ч": "(?:ч|цх)",
    "ц": "(?:ц|тс)",
    "щ": "(?:щ|шш|шч|схцх)",
    "г": "гх?",
    "я": "(?:я|и+а)",
    "ю": "(?:ю|и+у)",
    "е": "и*е",
    "и": "и+",
    "ь": "ь?",
}
_UNIT = lazy("|".join(sorted(_UNITS, key=len, reverse=True)) + "|.", re.DOTALL)


def fold(text: str) -> str:
    """``text`` in the folded alphabet, letter for letter (the same length and offsets)."""
    return text.translate(_FOLD)


def spelling_pattern(word: str) -> str:
    """A pattern, over folded text, for ``word`` in any of its spellings."""
    folded = re.sub("и+", "и", fold(word))
    letters = (_UNITS.get(m.group(), m.group()) for m in _UNIT.finditer(folded))
    return "".join(_SPELLINGS.get(letter, re.escape(letter)) for letter in letters)


def any_spelling(words: set[str]) -> str:
    """One alternation, over folded text, of every spelling of ``words``."""
    return "|".join(sorted({spelling_pattern(w) for w in words}, key=len, reverse=True))


# Case endings of a name, in the folded alphabet: Russian ("Ивановой", "Иванову Анну
# Петровну", "работы Иванова") after the word or its stem without a last vowel, and Kazakh
# dative, genitive, ablative and instrumental ("Ерланға", "Серікбаевтың") after the word. The
# Kazakh accusative and locative ("-ты", "-та") are left out: "Алма" + "ты" is "Алматы".
_RUSSIAN_ENDINGS = "а у е и ю я ои еи ою ею ом ем им".split()
_KAZAKH_ENDINGS = "га ге ка ке нин дин тин дан ден тан тен нан нен мен бен пен".split()
_ENDINGS = "|".join(sorted({*_RUSSIAN_ENDINGS, *_KAZAKH_ENDINGS}, key=len, reverse=True))
_KAZAKH = "|".join(sorted(_KAZAKH_ENDINGS, key=len, reverse=True))


def declined_spelling(words: set[str], kazakh_only: bool = False) -> str:
    """One alternation, over folded text, of ``words`` declined in Russian or Kazakh (only
    Kazakh with ``kazakh_only``), in any spelling; words shorter than four letters are left
    out ("Жан" + "а" is "Жаңа", new)."""
    stems = {w for w in words if len(w) >= 4}
    if not kazakh_only:
        stems |= {w[:-1] for w in stems if fold(w[-1]) in "аяиеь"}
    if not stems:
        return ""
    return rf"(?:{any_spelling(stems)})(?:{_KAZAKH if kazakh_only else _ENDINGS})"
