"""Whether a capitalised word is a common word of English or Russian rather than a name, so
that a post followed by the unit or the field it heads ("Head of Unit Digital Development",
"Director Public Relations", "министра Цифрового Развития") is not taken for a post and a
person's name.

English: a word is common when the spaCy frequency table (spacy-lookups-data's
``en_lexeme_prob``, read once by ``tools/english_common_words.py`` into the shipped
``nlp/taxonomy/english_common_words.txt.gz``) has it written in lower case at least e (2.7)
times as often as with a capital: "Development", "Relations", "Planning" are, "John",
"Smith", "Brown", "Mark" and "Bill" are not (they are names as often as words), and a word
the table lacks ("Temirkhanov") is a name's. Russian: a word pymorphy3 knows with no reading
as a first name, a surname or a patronymic ("Управления", "Кадров"; not "Марат", "Роза", "Абенов").
"""

import functools
import gzip
import importlib.resources
import re

from nlp.components.lemmatizer import russian_parses

_LATIN = re.compile(r"[A-Za-z]+")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]+")
_MARGIN = 1.0  # natural-log units: lower case at least e times as frequent
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


ENGLISH_COMMON_FILE = "english_common_words.txt.gz"


def english_common(probs: dict[str, float]) -> list[str]:
    """The capitalised words of a word-probability table (log probabilities by word) written
    in lower case at least e times as often, sorted: what ``tools/english_common_words.py``
    ships, since reading the whole table costs 2 s and 300 MB."""
    return sorted(
        word
        for word, prob in probs.items()
        if word[:1].isupper()
        and word[1:].islower()
        and probs.get(word.lower(), -99) - prob >= _MARGIN
    )


@functools.cache
def _english_common() -> frozenset[str]:
    """The shipped common capitalised English words (read once, about 65,000)."""
    data = importlib.resources.files("nlp.taxonomy") / ENGLISH_COMMON_FILE
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return frozenset(text.read().split())


@functools.lru_cache(maxsize=20_000)
def _russian_common(word: str) -> bool:
    """Whether pymorphy3 knows a Russian word and reads it as no person's name."""
    parses = russian_parses(word)
    return (
        bool(parses)
        and parses[0].is_known
        and not any(_NAME_TAGS & p.tag.grammemes for p in parses)
    )


def common_word(word: str) -> bool:
    """Whether a capitalised (or upper-case) word is a common English or Russian word."""
    if _LATIN.fullmatch(word):
        return word.capitalize() in _english_common()
    return bool(_CYRILLIC.fullmatch(word)) and _russian_common(word.lower())


def common_words(name: str) -> bool:
    """Whether every word of a would-be name is a common word: "Digital Development",
    "Public Relations" are a field, "Mark Young" is a name."""
    return all(common_word(word) for word in name.split())
