"""Whether a capitalised word is a common word of English or Russian rather than a name, so
that a post followed by the unit or the field it heads ("Head of Unit Digital Development",
"Director Public Relations", "министра Цифрового Развития") is not taken for a post and a
person's name.

English: a word is common when the spaCy frequency table (spacy-lookups-data's
``en_lexeme_prob``, read once by ``tools/english_common_words.py`` into the shipped
``nlp/taxonomy/english_common_words.txt.gz``) has it written in lower case at least e (2.7)
times as often as with a capital: "Development", "Relations", "Planning" are, "John",
"Smith", "Brown", "Mark" and "Bill" are not (they are names as often as words), and a word
the table lacks ("Temirkhanov") is a name's. A few given names are common words too
("Will", "Hope", "Joy"): a pair they open is a name ("Will Young", "Hope White"), while
"Summer", "Chase" or "Art", which open a field or a company as often, are left out.
Russian: a word pymorphy3 knows with no reading as a first name, a surname or a patronymic
("Управления", "Кадров"; not "Марат", "Роза", "Абенов").
Kazakh, which neither table knows: a pair that ends in a noun with the possessive ending of
an izafet ("Кадр Саясаты", "Қаржы Бөлімі", "Ақпарат Басқармасы") is a field, as no name
ends so ("Қанатұлы" and "Асанқызы" are patronymics, "Ивановой Марины" and "Сейткалиевой
Жанары" a Russian name's case). ``ordinary_word`` and ``place_word`` tell ``person_names``
which forms of the candidate's name are ordinary words or places ("Миры", "Астана").
"""

import functools
import gzip
import importlib.resources

from nlp.components.lemmatizer import russian_parses
from nlp.components.patterns import lazy

_LATIN = lazy(r"[A-Za-z]+")
_CYRILLIC = lazy(r"[А-Яа-яЁё]+")
_MARGIN = 1.0  # natural-log units: lower case at least e times as frequent
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# A Kazakh noun's possessive: "-ы/-і" after a consonant, "-сы/-сі" after a vowel.
_KAZAKH_POSSESSIVE = lazy(
    r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]{3,}(?:[бвгджзйклмнпрстфхцчшщғқңһ]|[аәеоөұүуыіиэ]с)[ыі]"
)
_PATRONYMIC_END = lazy(r"(?i:[ұу]лы|[қк]ызы)$")
# A Russian or Kazakh surname, declined too: "Сейткалиевой Жанары" is a name's case.
_SURNAME = lazy(r"(?i:(?:[оеё]в|[иы]н|ск)(?:а|у|ой|ым|ого|ому|ая|ий)?)$")
# English given names that the frequency table has in lower case far more often.
_GIVEN_NAMES = frozenset(
    "Will Hope Faith Joy May Miles Olive Penny Sue Guy Melody Patience Mercy Cliff Herb Bud"
    " Rusty".split()
)


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


@functools.lru_cache(maxsize=20_000)
def ordinary_word(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word (in lower case) first as a word it knows and
    knows no name's reading of it, or first as a place: "мира" and "миры" (of "мир"),
    "астана" and "нур-султан"; not "вера" or "роза" (names as well), "марат", "кузнецов"."""
    parses = russian_parses(word)
    if not parses or not parses[0].is_known or _NAME_TAGS & parses[0].tag.grammemes:
        return False
    return place_word(word) or not any(p.is_known and _NAME_TAGS & p.tag.grammemes for p in parses)


def place_word(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word (in lower case) first as a place's name."""
    parses = russian_parses(word)
    return bool(parses) and "Geox" in parses[0].tag.grammemes


def common_word(word: str) -> bool:
    """Whether a capitalised (or upper-case) word is a common English or Russian word."""
    if _LATIN.fullmatch(word):
        return word.capitalize() in _english_common()
    return bool(_CYRILLIC.fullmatch(word)) and _russian_common(word.lower())


def common_words(name: str) -> bool:
    """Whether every word of a would-be name is a common word: "Digital Development",
    "Public Relations" are a field, "Mark Young" and "Will Young" are names."""
    words = name.split()
    if words and words[0] in _GIVEN_NAMES:
        return False
    return all(common_word(word) for word in words) or _izafet(words)


def _izafet(words: list[str]) -> bool:
    """Whether Kazakh words end in a possessive noun ("Кадр Саясаты") and none of them reads
    as a Russian name."""
    last = words[-1] if len(words) > 1 else ""
    if not _KAZAKH_POSSESSIVE.fullmatch(last) or _PATRONYMIC_END.search(last):
        return False
    return not any(_SURNAME.search(word) or _name_reading(word.lower()) for word in words)


def _name_reading(word: str) -> bool:
    """Whether pymorphy3 knows a Russian word as a first name, a surname or a patronymic (a
    word it does not know it guesses as anything)."""
    return any(p.is_known and _NAME_TAGS & p.tag.grammemes for p in russian_parses(word))
