"""Organisations in CVs: where a name starts, and whether working there is civil service.

State bodies count as public (civil) service: ministries, agencies, committees, akimats,
maslikhats, their departments, the Administration of the President, Parliament, courts'
staff, prosecutor's offices, audit chambers. State-owned companies and the quasi-public sector
(АО, ТОО, РГП, ГКП, national companies, holdings, Samruk, Baiterek, ...) are not civil service,
nor are institutions such as schools, hospitals, universities, kindergartens, libraries,
museums and theatres, even when a body they report to is named after them ("КГУ «Школа № 45»
отдела образования", "әкімдігінің № 8 мектеп-лицейі").

International organisations (``international``) are employers but never civil service.

An agency is a state body only when named as one (``agencies``).

Kazakh is matched in Cyrillic and in the Latin alphabet of 2021 ("Astana qalasy äkımdıgı",
"Qarjy ministrlıgı", "«Qazaqtelekom» AQ", "JShS"). The Latin words are written once in that
alphabet; ``kazakh_spelling`` lets each of its letters also match its plain-keyboard form and
its letter of 2018, still common in CVs ("Astana qalasy ákimdigi", "aýdan", "bólim").
"""

import functools
import re

from nlp.components.agencies import AGENCY, is_business_agency, state_agency
from nlp.components.international import international_start, is_international
from nlp.components.organization_words import (
    CUT,
    CUTS,
    INSTITUTIONS,
    LEGAL_FORMS,
    OPENER,
    OTHER_ORG,
    QUASI_WORDS,
    STATE_BODY,
    STATE_FORMS,
    STATE_POST,
    TERRITORIAL,
    UNIT,
)
from nlp.components.patterns import guarded, lazy
from nlp.components.title_words import looks_like_title, title_word_ends


@functools.lru_cache(maxsize=8192)
def is_public_service(organization: str | None) -> bool:
    """True when working for ``organization`` counts as civil service (a state body), or when
    a post named without its employer is a post of one ("Вице-министр юстиции")."""
    if not organization:
        return False
    if LEGAL_FORMS.search(organization) or QUASI_WORDS.search(organization):
        return False
    body = (
        STATE_BODY.search(organization)
        or state_agency(organization)
        or STATE_POST.search(organization)
    )
    if is_international(organization, body.start() if body else None):
        return False
    if INSTITUTIONS.search(organization):
        return False
    if body:
        return True
    if is_business_agency(organization):
        return False
    # A department named as one with a territory, or as a state institution's own name
    # ("ГУ «Управление финансов»", "«Білім бөлімі» ММ"): a local or territorial body. An
    # institution named otherwise answers to the department ("КГУ «Дом культуры» отдела
    # культуры"), as a school does: no state body.
    employer = _without_title(organization)
    if not UNIT.search(employer):
        return False
    name = _QUOTED_NAME.search(employer)
    own = UNIT.search(name.group()) if name else True
    return bool(TERRITORIAL.search(employer) or (_STATE_FORM.search(employer) and own))


def _without_title(text: str) -> str:
    """``text`` without a leading job title that names its own unit ("ведущий специалист
    отдела кадров, …"), when an organisation follows: that unit is not the employer."""
    cuts = [(pos, len(mark)) for mark in CUTS if (pos := text.find(mark)) >= 0]
    if not cuts:
        return text
    pos, size = min(cuts)
    title, rest = text[:pos], text[pos + size :]
    if looks_like_title(title) and organization_start(rest) is not None:
        return rest
    return text


# A unit named with its head is a position in Kazakh: "басқарма басшысы", "бөлім меңгерушісі".
_UNIT_HEAD = lazy(
    r"\w+\s+(?:басшы|меңгеруші|бастығ|директор)\w*(?:\s+орынбасар\w*)?", re.IGNORECASE
)


# The abbreviation of a state institution's form, before or after its name ("КГУ «Государственный
# архив …»", "«Есіл ауданы әкімінің аппараты» ММ"): an organisation, whether or not a state body.
_STATE_FORM = guarded(lazy(rf"(?<!\w)(?:{STATE_FORMS})(?!\w)"))


# An organisation's own name in quotes ("КГУ «Дом культуры» отдела культуры").
_QUOTED_NAME = lazy(r"«[^«»]*»")


# A deputy, an aide or an adviser of a head named in the genitive ("Заместитель акима …",
# "Помощник министра", "Советник акима района"): one post, not a post and its employer.
_AIDE = lazy(
    r"(?<!\w)(?:помощник|заместител|советник|референт)\w*\s+(?:по\s+\w+\s+)?$", re.IGNORECASE
)
_HEAD_PERSON = lazy(r"(?:акима|министра)(?!\w)", re.IGNORECASE)
_BLANKS = lazy(r"\s*")


@functools.lru_cache(maxsize=8192)
def organization_start(text: str) -> int | None:
    """Offset where an organisation name begins in a short text, or None when none is seen."""
    patterns = (LEGAL_FORMS, QUASI_WORDS, STATE_BODY, AGENCY, UNIT, OTHER_ORG, _STATE_FORM)
    starts = [start for pattern in patterns if (start := _first_word(pattern, text)) is not None]
    starts += [start] if (start := international_start(text)) is not None else []
    if not starts:
        return None
    first = min(starts)
    person = _HEAD_PERSON.match(text, first) if _AIDE.search(text, 0, first) else None
    if person:  # "Помощник акима Карагандинской области": a post; an employer after a cut
        return _employer_after_aide(text, person.end())
    head = _UNIT_HEAD.match(text, first) if UNIT.match(text, first) else None
    if head:
        after = _employer_after(text, head.end())
        return None if after == head.end() else after
    cut = _title_cut(text, first)
    if cut is not None:
        return cut
    quote = text.find("«", 0, first)
    if quote >= 0 and "»" not in text[quote:first]:
        first = quote
    if not looks_like_title(text[:first]):
        return 0
    return None if is_unit(text[first:]) else _employer_after(text, _name_start(text, first))


def _employer_after_aide(text: str, start: int) -> int | None:
    """Where an employer named after a cut from ``start`` on begins ("Заместитель акима района,
    Аппарат акима …"): at the first cut that an organisation word follows; None when none
    does. Each cut is tried in place, so a line of many aides' posts costs linear time."""
    patterns = (LEGAL_FORMS, QUASI_WORDS, STATE_BODY, AGENCY, OTHER_ORG, _STATE_FORM)
    for cut in CUT.finditer(text, start):
        at = _BLANKS.match(text, cut.end()).end()
        if any(pattern.match(text, at) for pattern in patterns):
            return at
    return None


def _first_word(pattern: re.Pattern, text: str) -> int | None:
    """Where ``pattern`` first matches ``text`` other than as the second half of a hyphenated
    word: "call-центра", "колл-центра" (an operator's post) name no centre as an employer."""
    for match in pattern.finditer(text):
        at = match.start()
        if at < 2 or text[at - 1] != "-" or not text[at - 2].isalnum():
            return at
    return None


def is_unit(text: str) -> bool:
    """True when ``text`` names a unit and no employer of its own ("Division", "отдела
    анализа", "қаржы бөлімі"): a title that names it ("Head of Division") has no employer."""
    if not UNIT.search(text) or OPENER.match(text) or international_start(text) is not None:
        return False
    others = (LEGAL_FORMS, QUASI_WORDS, STATE_BODY, AGENCY, OTHER_ORG, TERRITORIAL)
    return not any(pattern.search(text) for pattern in others)


def _name_start(text: str, first: int) -> int:
    """Where an employer starts whose head word at ``first`` follows its name, as Kazakh
    names a body ("бас маман Қаржы министрлігі", "бас маман Астана қаласы әкімдігі"): at the
    capitalised word after the title's last word; ``first`` when the head word leads."""
    ends = title_word_ends(text, first)
    gap = text[ends[-1] : first] if ends and text[first : first + 1].islower() else ""
    if not gap.strip()[:1].isupper():
        return first
    return first - len(gap.lstrip())


def _title_cut(text: str, first: int) -> int | None:
    """The end of the cut before ``first`` that closes a title: the last one after a part that
    names a position, so that a comma inside a name ("Сарапшы, ҚР Цифрлық даму, инновациялар
    және аэроғарыш өнеркәсібі министрлігі") is not taken; else the last cut that a name
    follows, not a lower-case word that goes on the name ("Цифрлық даму, инновациялар және
    …"), or None. A cut that a later post follows in lower case does not close the title
    ("Эксперт, затем главный эксперт Департамента …": the post changed, not the employer)."""
    cuts = [cut for cut in CUT.finditer(text, 0, first) if not _later_post(text[cut.end() : first])]
    if not cuts:
        return None
    starts = [0] + [cut.end() for cut in cuts[:-1]]
    parts = zip(cuts, starts, strict=True)
    titled = [cut for cut, start in parts if looks_like_title(text[start : cut.start()])]
    named = [cut for cut in cuts if not text[cut.end() : first].lstrip()[:1].islower()]
    found = titled or named
    return found[-1].end() if found else None


def _later_post(text: str) -> bool:
    """True when ``text`` goes on a title with a later post ("затем главный эксперт")."""
    text = text.strip()
    return text[:1].islower() and looks_like_title(text)


def _employer_after(text: str, first: int) -> int:
    """Where the employer begins when a title names its own unit at ``first`` ("начальник
    управления правового обеспечения, Министерство юстиции РК"): after the next cut that an
    organisation name follows, or at a legal form or opener; ``first`` when none follows."""
    if OPENER.match(text, first) or LEGAL_FORMS.match(text, first):
        return first
    opener = OPENER.search(text, first)
    if opener and opener.group() == "«" and UNIT.fullmatch(text[first : opener.start()].strip()):
        close = text.find("»", opener.end())  # the unit's own name: "отдела «Цифровой офис»"
        opener = OPENER.search(text, close) if close > 0 else None
        first = max(first, close + 1)
    marks = (opener, LEGAL_FORMS.search(text, first))
    found = [mark.start() for mark in marks if mark]
    ends = (cut.end() for cut in CUT.finditer(text, first))
    found += [end for end in ends if organization_start(text[end:]) == 0][:1]
    return min(found, default=_body_after_unit(text, first))


# The head word of a body named in the genitive after the unit a post belongs to ("аппарата",
# "Департамента", "Министерства"), and the function word that makes such a word part of the
# unit's own name instead ("отдела по работе с акиматами", "сектора анализа и управления").
_BODY_HEAD = lazy(
    r"(?<!\w)аппарат\w*|"
    + "|".join(pattern.pattern for pattern in (UNIT, STATE_BODY, QUASI_WORDS)),
    re.IGNORECASE,
)
_LINKED = lazy(r"\s(?:и|по|при|для|с|со|в|во|за|над|of|the|and|for)\s+$", re.I)
# The adjectives before a body's head word, in the genitive ("Национального банка",
# "областного акимата").
_ADJECTIVES = lazy(r"(?<!\w)(?:\w+(?:ого|его|ой|ей|ых|их)\s+){1,3}$", re.I)
_REACH = 60  # characters before a head word where its function word or adjectives stand


def _body_after_unit(text: str, first: int) -> int:
    """Where the employer begins after the unit a post names at ``first``, in the genitive
    ("Заместитель директора Департамента юридической службы Министерства финансов",
    "Главный специалист юридического отдела аппарата акима области"): at the next body whose
    name holds more than a unit, so that the unit stays in the title; ``first`` when no such
    body follows ("Главный эксперт Департамента государственных доходов по г. Астана")."""
    unit = UNIT.match(text, first)
    for head in _BODY_HEAD.finditer(text, unit.end()) if unit else ():
        before = max(unit.end(), head.start() - _REACH)
        if _LINKED.search(text, before, head.start()):
            continue
        if is_unit(text[head.start() :]):
            break
        adjectives = _ADJECTIVES.search(text, before, head.start())
        return adjectives.start() if adjectives else head.start()
    return first
