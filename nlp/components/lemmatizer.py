"""Lemmas for Kazakh, Russian and English CV text: the ``recruit_lemmatizer`` component.

Russian lemmas come from pymorphy3 (cached: CV vocabulary repeats a lot), English ones from the
spaCy lookup table shipped in spacy-lookups-data (read offline from the installed package), and
Kazakh ones from suffix-stripping rules tuned so that inflected forms of taxonomy aliases meet
("деректерді талдауға" and "деректер талдауы" both give "дерек талдау"). Words outside the
language's alphabet (tool names such as "Python" or "C++") are only lower-cased.
"""

import functools
import gzip
import importlib.resources
import json

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.patterns import lazy
from nlp.language import KAZAKH_LETTERS

CYRILLIC = lazy(r"^[а-яёәғқңөұүһі-]+$")
_LATIN = lazy(r"^[a-z]+(?:'[a-z]+)?$")
_KK_VOWELS = set("аәеёиоөұүыіэюя")
# Kazakh inflection layers, stripped outermost first: case, then possessive, then plural.
_KK_CASE = (
    "ның", "нің", "дың", "дің", "тың", "тің",
    "дан", "ден", "тан", "тен", "нан", "нен",
    "мен", "бен", "пен",
    "ға", "ге", "қа", "ке", "на", "не",
    "да", "де", "та", "те", "нда", "нде",
    "ны", "ні", "ды", "ді", "ты", "ті",
    "сын", "сін", "ын", "ін",
)  # fmt: skip
_KK_POSSESSIVE = ("ымыз", "іміз", "ыңыз", "іңіз", "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і")
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_KK_SHORT_CASE = ("а", "е", "н")
_KK_MIN_STEM = 3
_KK_DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}
_CACHE_LIMIT = 200_000
RUSSIAN_LEMMAS_FILE = "russian_lemmas.json"


@functools.cache
def _morph():
    """The pymorphy3 analyzer for Russian, created once per process."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.cache
def _english_table() -> dict[str, str]:
    """The English lemma lookup table of spacy-lookups-data (form -> lemma)."""
    data = importlib.resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


def _has_vowel(stem: str) -> bool:
    """Whether a Kazakh stem still holds a syllable (stripping must not eat the root)."""
    return any(ch in _KK_VOWELS for ch in stem)


def _strip_one(word: str, suffixes: tuple[str, ...]) -> str:
    """Remove the longest suffix of ``suffixes`` that leaves a plausible stem."""
    for suffix in sorted(suffixes, key=len, reverse=True):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _KK_MIN_STEM and _has_vowel(stem):
            return stem
    return word


def _kazakh(word: str) -> str:
    """Strip Kazakh case, possessive and plural endings (in that order) from a word."""
    stem = _strip_one(word, _KK_CASE)
    if stem == word and word[-1:] in _KK_SHORT_CASE and word[-2:-1] in ("у", "ю"):
        stem = word[:-1]
    stem = _strip_one(stem, _KK_POSSESSIVE)
    stem = _strip_one(stem, _KK_PLURAL)
    if stem != word and stem[-1] in _KK_DEVOICE:
        stem = stem[:-1] + _KK_DEVOICE[stem[-1]]
    return stem


@functools.cache
def _shipped_russian() -> dict[str, str]:
    """The normal forms of the taxonomy's Russian words, as ``parse_russian`` gives them,
    written by ``tools/taxonomy_lemmas.py``: building the alias index at start-up then parses
    none of its ~2,500 Cyrillic words (about 0.3 s of pymorphy3). Words missing from it (a
    taxonomy edited since) are parsed as any other."""
    path = importlib.resources.files("nlp.taxonomy") / RUSSIAN_LEMMAS_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@functools.lru_cache(maxsize=200_000)
def _russian(word: str) -> str:
    """The normal form of a Russian word: from the shipped table, else parsed."""
    shipped = _shipped_russian().get(word)
    return shipped if shipped is not None else parse_russian(word)


def russian_parses(word: str) -> list:
    """Every pymorphy3 parse of a Russian word (its tags say whether it is a first name, a
    surname or a common word)."""
    return _morph().parse(word)


def parse_russian(word: str) -> str:
    """The pymorphy3 normal form of a Russian word: the first parse, except that a noun as
    likely as a participle wins ("данные" is the noun of "данных", not a form of "дать")."""
    parses = _morph().parse(word)
    best = parses[0]
    if best.tag.POS == "PRTF":
        best = next((p for p in parses if p.tag.POS == "NOUN" and p.score >= best.score), best)
    return best.normal_form.replace("ё", "е")


_CONJUNCTIONS = frozenset({"и", "или"})


def russian_nominative(phrase: str) -> str:
    """A Russian noun phrase in the genitive ("государственного и местного управления") in
    the nominative ("государственное и местное управление"), adjectives agreeing with the noun
    after them; the phrase unchanged when a word of it is no genitive, or Kazakh."""
    if KAZAKH_LETTERS & set(phrase):
        return phrase
    words = phrase.split()
    parses = []
    for word in words:
        low = word.lower()
        if low in _CONJUNCTIONS:
            parses.append(None)
            continue
        genitive = CYRILLIC.match(low) and [p for p in _morph().parse(low) if "gent" in p.tag]
        if not genitive:
            return phrase
        parses.append(genitive[0])
    out = []
    for index, (word, parse) in enumerate(zip(words, parses, strict=True)):
        form = word if parse is None else _nominative_form(parse, parses[index + 1 :])
        if form is None:
            return phrase
        out.append(form)
    text = " ".join(out)
    return text[:1].upper() + text[1:] if phrase[:1].isupper() else text


def _nominative_form(parse, following: list) -> str | None:
    """The nominative of one parsed word; an adjective takes the number and gender of the
    noun after it."""
    grammemes = {"nomn"}
    if parse.tag.POS in ("ADJF", "PRTF"):
        noun = next((p for p in following if p is not None and p.tag.POS == "NOUN"), None)
        if noun is not None:
            grammemes.add(noun.tag.number or "sing")
            if noun.tag.number == "sing" and noun.tag.gender:
                grammemes.add(noun.tag.gender)
    inflected = parse.inflect(grammemes)
    return inflected.word.replace("ё", "е") if inflected else None


def _english(word: str) -> str:
    """The lookup-table lemma of an English word."""
    return _english_table().get(word, word)


@functools.lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lower-case lemma of one word in "kk", "ru" or "en"; other words are lower-cased."""
    low = word.lower()
    if lang == "ru" and CYRILLIC.match(low):
        return _russian(low)
    if lang == "kk" and CYRILLIC.match(low):
        return _kazakh(low.replace("ё", "е"))
    if lang == "en" and _LATIN.match(low):
        return _english(low)
    return low


@functools.lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The form names are matched on: the lemma, and in Kazakh the lemma stripped again until
    it stops changing, so every inflection of a noun meets one stem ("айналым", "айналымы"
    and "айналымын" all give "айнал"). Lemmas stay one layer deep for everything else."""
    found = lemma(word, lang)
    if lang == "kk":
        while (again := lemma(found, "kk")) != found:
            found = again
    return found


class Lemmatizer:
    """Sets ``token.lemma_`` on every token from :func:`lemma`.

    Works on hashes, not Token objects: the word forms come out of ``doc.to_array`` and the
    lemmas go back with ``doc.from_array``, through a per-pipeline cache from the form's hash
    to the lemma's hash (a CV repeats most of its words, and so do CVs).
    """

    def __init__(self, lang: str):
        self.lang = lang
        self._by_orth: dict[int, int] = {}

    def _lemma_hash(self, orth: int, strings) -> int:
        """The hash of the lemma of the word form ``orth``, remembered for the next time."""
        found = strings.add(lemma(strings[orth], self.lang))
        if len(self._by_orth) < _CACHE_LIMIT:
            self._by_orth[orth] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Give each token its lemma in the pipeline's language."""
        if not len(doc):
            return doc
        cache, strings = self._by_orth, doc.vocab.strings
        lemmas = [
            cache[orth] if orth in cache else self._lemma_hash(orth, strings)
            for orth in doc.to_array(ORTH).tolist()
        ]
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


@Language.factory("recruit_lemmatizer", default_config={})
def make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    """Build the lemmatizer for the pipeline's language ("xx" and others only lower-case)."""
    return Lemmatizer(nlp.lang)
