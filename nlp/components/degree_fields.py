"""The field of study that a degree names itself, when the entry names it nowhere else.

"магистр государственного управления" (read in the nominative, "государственное
управление"), "мемлекеттік басқару магистрі", "Bachelor of Economics" (not "Bachelor of
Arts"), "MSc Data Science", "MPA" (Public Administration). A degree of science names its
branch: "кандидат юридических наук" (or "магистр юридических наук") is read as "юридические
науки" and "заң ғылымдарының кандидаты" (or "заң ғылымдарының магистрі") as "заң ғылымдары",
in the nominative, as an HR officer would write the field, never as the bare genitive "заң
ғылымдарының"; "кандидат наук" names none.
"""

import re

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.lemmatizer import russian_nominative
from nlp.components.patterns import lazy

_I = re.IGNORECASE
_DEGREE_OF = lazy(
    r"(?:^|\s)(?:магистр|бакалавр)\s+(?P<field>[а-яё][^\d«»\"“”]{2,60})$"
    r"|^(?P<before>[^\d«»\"“”]{3,60}?)\s+(?:магистрі|бакалавры)$"
    r"|^(?:master|bachelor)'?s?\s+of\s+(?!(?:arts|sciences?)$)(?P<of>[a-z][^\d«»\"“”]{2,60})$",
    _I,
)
# "MSc Data Science", "BSc Economics": the abbreviation is matched case-sensitively and the
# field must open with a capital, so that "MA in …" is left to the "in" cue.
_ABBREVIATED = lazy(
    r"^(?:M\.?Sc|B\.?Sc|M\.?A|B\.?A|LL\.?M|MBA|MPA)\s+(?P<field>[A-Z][^\d«»\"“”]{2,60})$"
)
# A degree whose name is its field.
_NAMED_BY = {"mpa": "Public Administration", "mba": "Business Administration"}
# "кандидат технических наук", "доктор физико-математических наук", "магистр юридических
# наук": the adjectives in the genitive plural.
_SCIENCE_RU = lazy(
    r"^(?:кандидат|доктор|магистр|бакалавр)\w*\s+(?P<branch>(?:[\w-]+(?:ых|их)\s+)*[\w-]+(?:ых|их))\s+наук$",
    _I,
)
# "заң ғылымдарының кандидаты", "техника ғылымдарының магистрі", "zañ ğylymdarynyñ
# kandidaty": the branch and its noun.
_SCIENCE_KK = lazy(
    r"^(?P<branch>[^\d,;]{2,40}?\s+(?:ғылым(?:дар)?ы|"
    + kazakh_latin(r"ğylym(?:dar)?y")
    + r"))(?:ның|"
    + kazakh_latin("nyñ")
    + r")\s+(?:кандидаты|докторы|магистрі|бакалавры|"
    + kazakh_latin("kandidaty|doktory|magistrı|bakalavry")
    + r")$",
    _I,
)
_PARTS = lazy(r"[,;|\t\n()·]|\s[–—-]\s")
# Dates that open a part: "2011 – 2015   Bachelor of Economics".
_LEADING_DATES = lazy(r"^[\d\s./–—-]+(?=[^\W\d_])")


def degree_fields(block: str):
    """Each field that a degree of ``block`` names, in the order of its parts."""
    for part in _PARTS.split(block):
        part = _LEADING_DATES.sub("", part.strip(" .:–—-•*"))
        name = _named(part)
        if name:
            yield tidy_field(name)


def _named(part: str) -> str | None:
    """The field that one part names by its degree, or None."""
    science = _SCIENCE_RU.match(part)
    if science:
        return _nominative(science.group("branch")) + " науки"
    science = _SCIENCE_KK.match(part)
    if science:
        return science.group("branch")
    match = _DEGREE_OF.search(part)
    if match and match.group("field"):  # "магистр государственного управления"
        return russian_nominative(match.group("field"))
    match = match or _ABBREVIATED.match(part)
    if match:
        return next(name for name in match.groups() if name)
    return _NAMED_BY.get(part.lower())


def _nominative(adjectives: str) -> str:
    """Russian adjectives from the genitive plural to the nominative: "юридических" ->
    "юридические"."""
    return re.sub(r"(?<=[ыи])х(?!\w)", "е", adjectives)


def tidy_field(name: str) -> str | None:
    """A field name without the institution after a dash ("PUBLIC POLICY – University
    College London"), in sentence case when printed in capitals ("Public policy")."""
    name = re.split(r"\s[–—-]\s", name)[0].strip(" .")
    if name.isupper() and len(name) > 4:
        name = name[0] + name[1:].lower()
    return name or None
