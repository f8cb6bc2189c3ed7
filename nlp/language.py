"""Language of a CV text (Kazakh, Russian, English or mixed) from character and word statistics.

No model: every line is classified by its script, by the letters only Kazakh uses
(ә ғ қ ң ө ұ ү һ і) and by a few frequent function words; the lines vote with their letter
count. A list of Latin tool names ("Python, SQL, Power BI") carries no English function word
and stays neutral, so a Russian CV with a skills list is not mistaken for a mixed one.

Kazakh is also written in the Latin alphabet of 2021 ("Jūmys täjıribesı"). Its letters ı ū ğ ñ
and its frequent words mark a Latin line as Kazakh; ä ö ü ş and a "q" not before "u" only
back that evidence up, because German or Turkish names ("Müller") bring them into English
text too. An English line stays English unless its Kazakh words outnumber its English ones.
In capitals "ı" and "i" are both "I", so an all-caps word ("BILIMI", "TILDER") is looked up
without the dot and reads as Kazakh the same as its title-case form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from nlp.types import Section

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "ru"
MIXED_SHARE = 0.2

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KAZAKH_WORDS = frozenset(
    "мен бен пен және немесе бойынша жылы жыл жылдан жылға бас маман басшы орта мектеп туралы "
    "бар жоқ емес осы сол бұл бойы арқылы дейін бастап шейін жоғары орыс ағылшын тілі тілдер "
    "жұмыс еңбек білім қала қаласы облысы ауданы аудан мамандығы мамандық университеті "
    "басқарма басқармасы бөлімі департаменті министрлігі әкімдігі өте жақсы жетік "
    "ана орындау сала саласы оқу оқыту".split()
)
RUSSIAN_WORDS = frozenset(
    "и в во на с со по для о об от до из к не что как а но или при за у же также работа "
    "работы опыт образование навыки знание языков год года лет г".split()
)
ENGLISH_WORDS = frozenset(
    "the and of in to for with on at by from a an as is are was were be have has this that "
    "experience education skills languages work university present years year".split()
)

KAZAKH_LATIN_LETTERS = frozenset("ıūğñŪĞÑ")
KAZAKH_LATIN_HINTS = re.compile(r"[äöüşÄÖÜŞ]|q(?!u)", re.IGNORECASE)
KAZAKH_LATIN_WORDS = frozenset(
    "jäne nemese boiynşa jyly jyldan jylğa jyl maman basşy mektep turaly joq emes osy būl "
    "arqyly deiın bastap şeiın joğary orys ağylşyn tılı jūmys eñbek bılım qala qalasy qalasynda "
    "oblysy audany mamandyğy mamandyq basqarma basqarmasy bölımı ministrlıgı äkımdıgı jaqsy "
    "oryndau salasy oqu qyzmet qyzmetı täjıribe täjıribesı dağdylar tılder bılımı".split()
)
_DOTLESS = str.maketrans("ı", "i", "\u0307")
_KAZAKH_LATIN_CAPS = frozenset(word.translate(_DOTLESS) for word in KAZAKH_LATIN_WORDS)

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@functools.lru_cache(maxsize=8192)
def _classify_line(line: str) -> tuple[str | None, int]:
    """Return the language of one line (None when it carries no evidence) and its weight.

    Cached: a CV is classified as a whole, then section by section, line by line again.
    """
    words = _WORD.findall(line)
    if not words:
        return None, 0
    latin = [w for w in words if _LATIN.match(w)]
    cyrillic = [w for w in words if _CYRILLIC.match(w)]
    weight = sum(len(w) for w in words)
    if len(latin) > len(cyrillic):
        english = sum(w.lower() in ENGLISH_WORDS for w in latin)
        if _kazakh_latin(latin) > english:
            return "kk", weight
        return ("en" if english else None), weight
    if not cyrillic:
        return None, 0
    kazakh = sum(1 for w in cyrillic if KAZAKH_LETTERS.intersection(w) or w.lower() in KAZAKH_WORDS)
    russian = sum(w.lower() in RUSSIAN_WORDS for w in cyrillic)
    if kazakh and kazakh >= russian and kazakh * 4 >= len(cyrillic):
        return "kk", weight
    if kazakh and len(cyrillic) <= 2 and not russian:
        return "kk", weight
    return "ru", weight


def _marked(word: str) -> bool:
    """True for a Latin word with a letter or in a form only Kazakh has, in any case."""
    if KAZAKH_LATIN_LETTERS.intersection(word):
        return True
    lower = word.lower()
    if word.isupper():
        return lower.translate(_DOTLESS) in _KAZAKH_LATIN_CAPS
    return lower in KAZAKH_LATIN_WORDS


def _kazakh_latin(words: list[str]) -> int:
    """How many Latin words read as Kazakh: 0 unless one has a letter or a word only it has."""
    marked = sum(1 for w in words if _marked(w))
    if not marked:
        return 0
    hinted = sum(
        1 for w in words if not w.isupper() and not _marked(w) and KAZAKH_LATIN_HINTS.search(w)
    )
    total = marked + hinted
    return total if total * 4 >= len(words) else 0


def _script_fallback(text: str) -> str:
    """Pick a language for a text without any line evidence: by script, then Kazakh letters."""
    latin = len(_LATIN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if latin == cyrillic == 0:
        return DEFAULT_LANGUAGE
    if latin > cyrillic:
        return "en"
    return "kk" if any(ch in KAZAKH_LETTERS for ch in text) else "ru"


def shares(text: str) -> dict[str, float]:
    """Share of the evidence (letters of classified lines) that each language holds, 0..1."""
    votes = dict.fromkeys(LANGUAGES, 0)
    for line in text.splitlines():
        lang, weight = _classify_line(line)
        if lang:
            votes[lang] += weight
    total = sum(votes.values())
    return {lang: (votes[lang] / total if total else 0.0) for lang in LANGUAGES}


def _ranked(text: str) -> list[tuple[float, str]] | None:
    """Languages by decreasing share, or None when no line carries evidence."""
    found = shares(text)
    if not any(found.values()):
        return None
    return sorted(((share, lang) for lang, share in found.items()), reverse=True)


def dominant(text: str) -> str:
    """The single language best suited to read ``text``: "kk", "ru" or "en", never "mixed"."""
    ranked = _ranked(text)
    return ranked[0][1] if ranked else _script_fallback(text)


def detect(text: str) -> str:
    """Language of a CV: "kk", "ru", "en", or "mixed" when a second one holds >= 20%."""
    ranked = _ranked(text)
    if ranked is None:
        return _script_fallback(text)
    if ranked[1][0] >= MIXED_SHARE:
        return "mixed"
    return ranked[0][1]


def detect_sections(text: str, sections: Sequence[Section]) -> tuple[Section, ...]:
    """Give each section its own language; a section without evidence takes its neighbour's."""
    found: list[str | None] = []
    for section in sections:
        ranked = _ranked(text[section.start : section.end])
        found.append(ranked[0][1] if ranked else None)
    known = [lang for lang in found if lang]
    fallback = known[0] if known else dominant(text)
    result, previous = [], fallback
    for section, lang in zip(sections, found, strict=True):
        previous = lang or previous
        result.append(replace(section, language=previous))
    return tuple(result)
