"""An education line printed again in another language right below it, as bilingual CVs do:

    2008 – 2012  Қарағанды мемлекеттік университеті, экономика бакалавры
    (Карагандинский государственный университет, бакалавр экономики)

The second line is the same entry, not a school of its own. In brackets it is read so when
it names a school and no year; without them it must also be in another alphabet (Kazakh,
Russian or Latin), name the same level and share a word of the school's name ("Қарағанды" and
"Карагандинский", "Гумилев" and "Gumilyov"), so that a second school below stays an entry.
"""

import re

from nlp.components.dates import YEAR
from nlp.components.education_fields import INSTITUTION, institution_name
from nlp.components.education_levels import education_level
from nlp.components.patterns import lazy

_YEAR = lazy(YEAR)
_KAZAKH_LETTERS = lazy(r"[әғқңөұүһі]", re.IGNORECASE)
_CYRILLIC = lazy(r"[а-яё]", re.IGNORECASE)
# Kazakh letters as Russian spells them, and Latin letters roughly as Cyrillic ones, so that a
# name's stem reads alike in each alphabet.
_FOLD = str.maketrans(
    "әғқңөұүһіabcdefghijklmnopqrstuvwxyz",
    "агкноуухиабкдефгхижклмнопкрстуввкыз",
)
_STEM = 5


def translates(line: str, below: str) -> bool:
    """Whether ``below`` names the school of ``line`` again in another language."""
    if _YEAR.search(below) or not (INSTITUTION.search(line) and INSTITUTION.search(below)):
        return False
    if below.startswith("(") and below.endswith(")"):
        return True
    if _script(line) == _script(below):
        return False
    same_level = education_level(line, True) == education_level(below, True)
    return same_level and bool(_stems(line) & _stems(below))


def _script(line: str) -> str:
    """The alphabet of a line: Kazakh (Cyrillic with its own letters), Russian or Latin."""
    if _KAZAKH_LETTERS.search(line):
        return "kk"
    return "ru" if _CYRILLIC.search(line) else "latin"


def _stems(line: str) -> set[str]:
    """The first letters of the words of the school's name on ``line``, school words
    ("университет", "колледж") left out, in one alphabet."""
    name = INSTITUTION.sub(" ", institution_name(line) or "")
    return {
        word[:_STEM]
        for word in re.findall(r"\w+", name.lower().translate(_FOLD))
        if len(word) >= _STEM
    }
