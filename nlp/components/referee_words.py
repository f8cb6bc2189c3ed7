"""Whether the words of a referee's line name a post, an organisation or a person, for
``referees``: a post that title_words does not know ("Tax Partner", "Аға Серіктес", "Dean",
"Сотрудник фонда"), a surname that holds one ("Деканов", "Кураторов"), a company's
initialism before a name ("ЕҰУ Жұмабеков Асхат") and the unit or field a post heads ("Head of
Unit Digital Development").
"""

import functools
import re

from nlp.components.common_words import common_words
from nlp.components.lemmatizer import russian_parses
from nlp.components.organization_words import (
    INSTITUTIONS,
    OTHER_ORG,
    QUASI_WORDS,
    STATE_BODY,
    TERRITORIAL,
    UNIT,
)
from nlp.components.patterns import lazy
from nlp.components.person_names import PATRONYMIC, not_a_name
from nlp.components.title_words import looks_like_title

_I = re.IGNORECASE
_ORGANISATION = (STATE_BODY, UNIT, INSTITUTIONS, QUASI_WORDS, OTHER_ORG, TERRITORIAL)
# A surname's ending: "Школьников" and "Городецкая" hold an organisation's word and are names.
_SURNAME_END = lazy(
    r"(?:[оеё]ва?|[иы]на?|[сц]к(?:ий|ая)|енко|ov|ova|ev|eva|ina?|sk(?:iy|aya))$", _I
)
# Posts that title_words does not know, as they name no job in a work history's row, as
# words of their own with a case's ending ("декана", "әкімі"): a surname holds some
# ("Деканов", "Ректоров", "Акимов").
_MORE_POSTS = lazy(
    r"(?<!\w)(?i:dean|декан|(?:про)?ректор|rector|provost|аким|әкім)(?:[ауеы]|ом|і|інің)?(?!\w)"
)
# Posts of a referee's line that title_words leaves to a work history's rows as they are,
# and that no name holds ("Dean" and "Аким" are names too), in the nominative only (a surname
# is made of some: "Деканов", "Кураторов"): capitalised words that end in one after common
# words alone are a post ("Tax Partner, Deloitte LLP", "Старший Партнёр, …", "Аға Серіктес,
# …"; "John Partner" is a name), and a full name after one is a referee's ("Partner John
# Smith, …").
_OPENING_POSTS = lazy(
    r"(?<!\w)(?i:(?:co-|vice-|вице-)?(?:partner|president|founder|executive|chief|principal"
    r"|owner|associate|counsel|editor|mentor|ceo|cfo|coo|cto|партн[её]р|президент|учредитель"
    r"|основатель|совладелец|владелец|(?:про)?ректор|декан|куратор|наставник|редактор"
    r"|серіктес(?:і)?|құрылтайшы(?:сы)?|тәлімгер(?:і)?))(?!\w)"
)
# Ranks before a post word that are no common word of the tables ("Аға Серіктес").
_RANKS = frozenset("senior junior vice deputy аға кіші старший младший ведущий главный".split())
# Fields and kinds of a post word ("Tax Partner", "Managing Editor", "Управляющий партнёр"):
# a line that opens with other words before one opens with a name, however common its words
# ("Grant Partner, +44 …", "Rich Owner, …").
_POST_FIELDS = frozenset(
    "tax audit assurance advisory consulting managing general founding equity salaried business"
    " engagement transaction"
    " sales marketing finance financial legal technology technical research programme program"
    " project product creative editorial operations strategy investment client practice"
    " regional country global national division executive assistant first"
    " управляющий генеральный исполнительный первый бас басқарушы".split()
)
_CYRILLIC = lazy(r"[а-яё]+")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def post_named(words: str) -> bool:
    """Whether the capitalised words that open a referee's line are a post or a heading
    ("Audit Manager", "Tax Partner", "Vice President", "Managing Editor") rather than the
    referee's name: a post word after ranks, fields of a post or post words alone. Any other
    word before one opens a name, however common ("Grant Partner", "John Partner")."""
    *before, last = words.split()
    if not_a_name(words):
        return True
    return bool(_OPENING_POSTS.fullmatch(last)) and all(map(_post_field, before))


def _post_field(word: str) -> bool:
    """Whether a word before a post word is the post's: a rank ("Senior", "Аға"), a field or
    kind of post ("Tax", "Managing") or a post word itself ("Chief Executive")."""
    lower = word.lower()
    return lower in _RANKS or lower in _POST_FIELDS or bool(_OPENING_POSTS.fullmatch(word))


def a_post(words: str) -> bool:
    """Whether words name a post: title_words knows them, they hold a post of the lists above,
    or they open with a Russian noun of a person ("Сотрудник фонда", "Экскурсовод музея",
    "Методист"), which no name is."""
    if looks_like_title(words) or _MORE_POSTS.search(words) or _OPENING_POSTS.search(words):
        return True
    return _person_first(words)


def _person_first(words: str) -> bool:
    """Whether words open with a Russian noun of a person ("Сотрудник фонда", "Методист")."""
    first = words.split()[0].lower() if words.split() else ""
    return bool(_CYRILLIC.fullmatch(first)) and _person_noun(first)


@functools.lru_cache(maxsize=4096)
def _patronymic(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word first as a patronymic ("ильич")."""
    parses = russian_parses(word) if _CYRILLIC.fullmatch(word) else []
    return bool(parses) and parses[0].is_known and "Patr" in parses[0].tag.grammemes


@functools.lru_cache(maxsize=4096)
def _person_noun(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word first as a known noun of a person in the
    nominative singular that is no name ("сотрудник", "методист"; not "иванов")."""
    parses = russian_parses(word)
    tags = parses[0].tag.grammemes if parses and parses[0].is_known else set()
    return {"NOUN", "anim", "nomn", "sing"} <= tags and not tags & _NAME_TAGS


def _post_modifier(word: str) -> bool:
    """Whether a word before a post word belongs to the post: a common word ("Tax",
    "Managing"), a rank ("Senior", "Аға") or a post word itself ("Chief Executive")."""
    lower = word.lower()
    return lower in _RANKS or bool(_OPENING_POSTS.fullmatch(word)) or common_words(word)


def name_word(word: str, last: str) -> bool:
    """Whether the first of three capitalised words after a post's first words is a name's
    (a surname before a patronymic, "Кураторов Павел Ильич", though "кураторов" is a word),
    not the post's, the unit's or the employer's ("Senior Vice President Dana White", "Head
    of Unit John Smith", "Dean Nazarbayev University John Smith")."""
    # A word in capitals before capitalised ones is an employer's initialism ("ЕҰУ", "KPMG").
    if organisation_word(word) or not_a_name(word) or (word.isupper() and not last.isupper()):
        return False
    return (
        bool(re.fullmatch(PATRONYMIC, last))
        or _patronymic(last.lower())
        or not _post_modifier(word)
    )


def no_person(name: str) -> bool:
    """Whether capitalised words after a post are a title, an organisation or the unit or
    field the post heads ("Head of Unit Digital Development", "Начальник Управления Кадров")
    rather than a person's name."""
    if not_a_name(name) or any(organisation_word(word) for word in name.split()):
        return True
    return common_words(name)


def organisation_word(word: str) -> bool:
    """Whether a capitalised word names an organisation ("Департамент", "Акимат") rather than
    being a surname that holds one ("Школьников")."""
    if _SURNAME_END.search(word):
        return False
    return any(words.fullmatch(word) for words in _ORGANISATION)
