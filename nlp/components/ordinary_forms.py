"""Whether a mention of a word of the candidate's name that is also an ordinary Russian word
or a place stands as the name, so that a commission still reads the word elsewhere.

A candidate named Мира, Нур Султан or Астана has "Миры детства", "в Мире", "г. Нур-Султан"
and "г. Астана" in a CV as words and places: pymorphy3 reads them first as a word it knows
and knows no name's reading of ("мир", "Нур-Султан", "Астана" as places). Such a mention is
the name after a label ("Подпись: Мира"), beside initials ("М. Сейткали"), beside another
word of the name ("Сейткали Мире") or written with its capital inside a sentence ("Рекомендую
Каната", "благодарность Мире"): only where a line, a sentence or a quoted title starts is the
capital no sign of a name. The name's word as the name writes it, with its capital, stays
hidden wherever it stands unless it is a place, or the genitive of the word after a noun that
heads a place's name ("Дворец Мира", "на площади Мира", "Чемпионат Мира": a person there would
be "Миры"; a declined form is not, as a man's genitive is the word's: "фонда Каната" for a
Канат): "Канат" is a rope as well, but a "Канат" in a CV is the candidate. A leak costs
more than a word hidden too many.
"""

import functools

from nlp.components.common_words import ordinary_word, place_word
from nlp.components.lemmatizer import russian_parses
from nlp.components.patterns import lazy
from nlp.types import PersonalData

# A word with its hyphened parts ("Нур-Султан"), in Cyrillic letters only, and what parts
# two words of a name on a line (blanks; an underscore in a file's name).
_WORD = lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CYRILLIC_WORD = lazy(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")
_LONGEST_WORD = 40
_BLANKS = lazy(r"[ \t_]+")
_LABEL_BEFORE = lazy(r":[ \t]*\Z")
# Where a capital says nothing of a name: a line's, a sentence's or a quoted title's start
# (after a bullet, a dash or a number too: "— Миры детства", "1. Мир").
_STARTS_HERE = lazy(r"(?:\A|[\n.!?…«\"“„(]|[\n.!?…«\"“„(][ \t]*[-–—•*\d.)]+)[ \t]*\Z")
# Nouns that head the name of a place, a building or an event with a genitive after them:
# "Дворец Мира", "на площади Мира", "Чемпионат Мира" (a person there would be "Миры").
_PLACE_HEADS = frozenset(
    "дворец площадь проспект улица бульвар переулок сквер парк сад аллея набережная мост"
    " монумент памятник музей дом центр фонд храм театр стадион чемпионат кубок первенство"
    " конгресс форум".split()
)
_WORD_BEFORE = lazy(r"(?<![^\W\d_])[^\W\d_]+[ \t]+\Z")


def as_the_name(
    text: str, spans: list[PersonalData], count: int, mention: tuple[int, int], written: set[str]
) -> bool:
    """Whether the ``count``-th mention (``mention`` before widening) stands as the name. An
    ordinary Russian word does only after a label, beside initials or beside another word of
    the name ("Подпись: Мира", "Сейткали Мире"), not alone ("Миры детства", "в Мире", "г.
    Нур-Султан" for a Мира or a Нур Султан); nor does a place ("г. Астана" for an Айгерим
    Астана). With its capital inside a sentence it does ("Рекомендую Миру"). A name's word as
    the name writes it stays hidden wherever it stands ("Канат")."""
    start, end = mention
    window = max(0, start - _LONGEST_WORD)
    words = _WORD.finditer(text, window, end + _LONGEST_WORD)
    word = next((w for w in words if w.end() >= end), None)
    token = word.group() if word and word.start() <= start else ""
    if not _CYRILLIC_WORD.fullmatch(token) or not ordinary_word(token.lower()):
        return True
    place = token.lower() in written and _after_a_place_noun(text, window, word.start(), token)
    if token[0].isupper() and not place:
        if token.lower() in written and not place_word(token.lower()):
            return True
        if not _STARTS_HERE.search(text, window, word.start()):
            return True
    span = spans[count]
    before = spans[count - 1] if count else None
    after = spans[count + 1] if count + 1 < len(spans) else None
    return bool(
        span != PersonalData("name", start, end)
        or _LABEL_BEFORE.search(text, window, start)
        or (before and _BLANKS.fullmatch(text, before.end, start))
        or (after and _BLANKS.fullmatch(text, end, after.start))
    )


def _after_a_place_noun(text: str, window: int, start: int, token: str) -> bool:
    """Whether a word of the name at ``start`` reads as the genitive of an ordinary word
    after a noun that heads a place's name, so that its capital is the place's: "Дворец
    Мира", "на площади Мира" ("мира" of "мир"), not "Студентка Мира" or "Резюме Мира". Asked
    only of the name as it is written: a declined form is a man's genitive as well ("фонда
    Каната" for a Канат, "Мира" for a Мир)."""
    before = _WORD_BEFORE.search(text, window, start)
    return bool(before) and _place_head(before.group().strip().lower()) and _genitive(token.lower())


@functools.lru_cache(maxsize=4096)
def _place_head(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word as a form of a noun of ``_PLACE_HEADS``."""
    return any(p.tag.POS == "NOUN" and p.normal_form in _PLACE_HEADS for p in russian_parses(word))


@functools.lru_cache(maxsize=4096)
def _genitive(word: str) -> bool:
    """Whether pymorphy3 knows a Russian word as a genitive singular ("мира" of "мир"; "мир"
    as the plural of "миро" is no place's)."""
    genitive = {"gent", "sing"}
    return any(p.is_known and genitive <= p.tag.grammemes for p in russian_parses(word))
