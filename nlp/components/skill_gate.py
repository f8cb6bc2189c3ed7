"""Ambiguous names ("C", "R", "Go", "Word", "Access", "Oracle"): are they used as skills here?

An ambiguous alias counts only in a skills context: after a cue ("MS", "язык программирования",
"тілі"), as an item of a skills section, on a line labelled like "Programming languages:", or
as an item of a list of other tools (then the learned filter has the last word for English).
"""

import itertools
import re

from nlp.components.patterns import lazy
from nlp.components.skill_context import FEATURES, LEFT_SEPARATORS, RIGHT_SEPARATORS, Candidate
from nlp.components.skill_lines import SKILL_HEADER
from nlp.components.skill_text import Pieces

_SKILL_LABEL = lazy(SKILL_HEADER.pattern + r"|language|язык|тіл", re.IGNORECASE)
_WORD_JOINS = frozenset({"-", "'"})
_JOINERS = frozenset({"and", "or", "и", "или", "және", "мен", "немесе", "&", "+"})
_WIDE_GAP = lazy(r"[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,}")


def _separated(found: Pieces, index: int, step: int) -> tuple[bool, bool]:
    """Whether piece ``index`` ends a list item towards ``step`` (-1 left, 1 right): a
    separator, "and"/"и"/"және", a tab or a run of blanks (tags pasted from hh.kz, a PDF tag
    cloud: "Python  SQL  Oracle") or a line edge; the second flag is True unless a line edge."""
    after = index if step < 0 else index + 1  # the piece after the gap
    gap = found.gap(after) if after < len(found) else "\n"
    if "\n" in gap:
        return True, False
    if gap not in _WORD_JOINS and any(c in LEFT_SEPARATORS or c in RIGHT_SEPARATORS for c in gap):
        return True, True
    if gap == " " and _WIDE_GAP.fullmatch(found.text, found.end(after - 1), found.start(after)):
        return True, True
    neighbour = index + step
    if 0 <= neighbour < len(found) and found.low[neighbour] in _JOINERS:
        return True, True
    return False, False


def context_strength(found: Pieces, candidate: Candidate, row: list[float]) -> int:
    """How surely an ambiguous name is used as a skill: 2 when explicit (a cue such as "MS",
    "язык", "тілі", a years note, or a list item in a skills section or on a line labelled
    like "Programming languages:"), 1 for an item of a list of other tools, 0 otherwise."""
    named = dict(zip(FEATURES, row, strict=True))
    if named["cue"] or named["years_after"]:
        return 2
    in_section = bool(named["skills_section"])
    left, left_mark = _separated(found, candidate.first, -1)
    right, right_mark = _separated(found, candidate.last - 1, 1)
    if not (left and right and (left_mark or right_mark or in_section)):
        return 0
    if in_section or _skills_label(found, candidate):
        return 2
    return 1 if named["list_line"] or named["labelled_line"] else 0


def _skills_label(found: Pieces, candidate: Candidate) -> bool:
    """Whether the candidate's line starts with a label naming skills ("Languages: ...")."""
    text = found.text
    line_start = text.rfind("\n", 0, candidate.start) + 1
    label, colon, _ = text[line_start : candidate.start].partition(":")
    return bool(colon) and bool(_SKILL_LABEL.search(label))


# Russian and Kazakh prose: a Latin-script product name, contact labels, list labels,
# organisation names and level notes.
PROSE_LANGS = frozenset({"ru", "kk"})
_CYRILLIC = lazy(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
CYRILLIC_WORD = lazy(r"[а-яёәғқңөұүһі]+", re.IGNORECASE)
_LATIN = lazy(r"[a-z]", re.IGNORECASE)
_ONE_C = frozenset({"1с", "1c"})
_ENDINGS = """дағы дегі тағы тегі ның нің дың дің тың тің дан ден тан тен нан нен мен бен пен
    да де та те ға ге қа ке на не ны ні ды ді ты ті ын ін сы сі ами ом ем ой ах а е у ы і и"""
_ENDING = lazy(r"['’ʼ-](?:" + "|".join(_ENDINGS.split()) + r")(?![\w'’-])", re.IGNORECASE)
_CONTACT_AFTER = lazy(
    r"^\s*:?\s*(?:\+?\d[\d\s()-]{6,}|@\w|[\w.+-]+@[\w-]+\.|https?://|www\.|t\.me/)"
)
# A label after a phone number, or in brackets after an address: "www.linkedin.com/… (LinkedIn)".
_CONTACT_BEFORE = lazy(
    r"(?:\+?\d[\d\s()-]{6,}\d\s*[(/,·|-]?|(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.\S+)\s*\()"
    r"\s*$"
)
_CONTACT_MARKS = frozenset("(/,·|-")
# How far before a name a phone, address or e-mail it labels may begin: searching the whole
# line cost the square of its length on a line of "(Excel) (Excel) …" (a minute for 100,000
# characters), and no contact is this long.
_CONTACT_REACH = 300
# hh.kz writes an employer's place and website under its name: "Алматы, kaspi.kz".
_SITE_LINE = lazy(
    r"[ \t]*[^\W\d_][\w-]*(?:[ \t]+[\w-]+){0,2},[ \t]*"
    r"(?P<site>(?:https?://)?[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:kz|ru|com|org|net|gov|edu|uz|kg)/?)"
    r"[ \t]*"
)
_UNIT_BEFORE = lazy(
    r"^(?:отдел|управлени|департамент|бюро|комитет|агентств|министерств)", re.IGNORECASE
)
_UNIT_AFTER = lazy(r"^(?:басқарма|бөлім|департамент|комитет|агентті|министрлі|бюро)", re.IGNORECASE)
_LEVEL_CLAIM = lazy(
    r"(?<!\w)(?:уверенн|опытн|продвинут|сенімді|тәжірибелі|жетік)\w*", re.IGNORECASE
)
# A driving licence's categories ("Водительское удостоверение: категории B, C") name no "C".
_LICENCE = lazy(
    r"водительск|удостоверени|категори|жүргізуші|куәлі|санат|(?<!\w)права(?!\w)"
    r"|driv(?:ing|er'?s?)\s+licen[cs]e|licen[cs]e\s+categor",
    re.IGNORECASE,
)
_ADJECTIVE = lazy(r"(?:ой|ого|ых|их|ий|ый|ая|ое|ей|ому)$")
_INSTRUMENTAL = lazy(r"(?:ами|ями|ом|ем|ью|ой)$")


def _word_on_line(found: Pieces, index: int, edge: int) -> str:
    """The piece at ``index`` if it stands on the line of piece ``edge`` (else "")."""
    if not 0 <= index < len(found):
        return ""
    # Pieces hold no line break, so one lies between the two pieces only in a gap.
    low, high = min(index, edge), max(index, edge)
    broken = found.text.find("\n", found.end(low), found.start(high)) >= 0
    return "" if broken else found.low[index]


def product_in_prose(found: Pieces, candidate: Candidate, tools: set[int]) -> bool:
    """A Latin-script name ("Excel", "Word", "Zoom") or "1С" inside Cyrillic prose is the
    product: with a case ending after a hyphen or apostrophe ("Excel-де", "Excel'е"), or with
    Cyrillic words next to it on its line ("в Excel", "Zoom арқылы"). A single letter ("R")
    also needs another tool before it in the same list ("Python и R"); a name glued to a
    word by a hyphen ("1С-Юг") or next to Latin words («Windows Service KZ») is not one."""
    surface = found.text[candidate.start : candidate.end].lower()
    if surface not in _ONE_C and (_CYRILLIC.search(surface) or not _LATIN.search(surface)):
        return False
    if _ENDING.match(found.text, candidate.end):
        return True
    last = candidate.last - 1
    if last + 1 < len(found) and found.gap(last + 1) in _WORD_JOINS:
        return False
    words = [
        _word_on_line(found, candidate.first - 1, candidate.first),
        _word_on_line(found, candidate.last, last),
    ]
    if any(_LATIN.search(w) for w in words) or not any(_CYRILLIC.search(w) for w in words):
        return False
    if len(surface) > 1:
        return True
    if candidate.first < 2:
        return False
    joined = found.low[candidate.first - 1] in _JOINERS or "," in found.gap(candidate.first)
    before = candidate.first - (2 if found.low[candidate.first - 1] in _JOINERS else 1)
    return joined and before in tools


def not_a_mention(found: Pieces, candidate: Candidate, tools: set[int]) -> bool:
    """An alias occurrence that does not claim the skill: a contact label ("Telegram: @…",
    "Электронная почта: …@…", "… (LinkedIn)"), an employer's website ("Алматы, kaspi.kz"),
    a label introducing a list ("Виртуализация: VMware"), a word of an organisation's name
    ("отдела цифровизации", "статистика департаменті"), a level note in parentheses after
    another tool ("R (basic)") or a driving licence's category ("категории B, C")."""
    text = found.text
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    line_end = len(text) if line_end < 0 else line_end
    if _CONTACT_AFTER.match(text[candidate.end : line_end]) or contact_or_site(
        text, candidate.start, candidate.end
    ):
        return True
    return (
        _list_label(found, candidate, tools, line_start, line_end)
        or _in_unit_name(found, candidate)
        or _level_note(found, candidate, tools)
        or licence_category(text, candidate.start, candidate.end)
    )


def licence_category(text: str, start: int, end: int) -> bool:
    """A one-letter name after words of a driving licence on its line: "категории B, C"."""
    line_start = text.rfind("\n", 0, start) + 1
    return end - start == 1 and bool(_LICENCE.search(text, line_start, start))


def contact_or_site(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` labels the phone, address or e-mail before it on its line
    ("+7 701 … (WhatsApp)", "www.linkedin.com/in/… (LinkedIn)") or is part of an employer's
    website on an hh.kz "City, site" line ("Алматы, kaspi.kz"), rather than a skill."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _CONTACT_REACH) : start]
    if _ends_like_contact(before) and _CONTACT_BEFORE.search(before):
        return True
    line_end = text.find("\n", end)
    site = _SITE_LINE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end)
    return site is not None and start >= site.start("site")


def _ends_like_contact(before: str) -> bool:
    """Whether ``before`` ends as a match of ``_CONTACT_BEFORE`` must: blanks after a digit,
    after a mark that follows a digit ("+7 701 … /") or after a bracket. Most lines end
    otherwise, and this look at their end is far cheaper than the search, which tries every
    position of the line."""
    tail = before.rstrip()
    last = tail[-1:]
    if last.isdecimal() or last == "(":
        return True
    return last in _CONTACT_MARKS and tail[:-1].rstrip()[-1:].isdecimal()


def _list_label(
    found: Pieces, candidate: Candidate, tools: set[int], line_start: int, line_end: int
) -> bool:
    """Whether the candidate is in a short label ending with ":" at the start of its line that
    introduces other tools ("Виртуализация: VMware"); before a level ("MS Excel: уверенный
    пользователь") or holding one ("Уверенный пользователь ПК: MS Word") the label is the
    claim itself."""
    text = found.text
    colon = text.find(":", candidate.end, line_end)
    if (
        colon < 0
        or ":" in text[line_start : candidate.start]
        or text[candidate.end : colon].strip(" »\"'").count(" ") > 2
    ):
        return False
    label = text[line_start:colon].strip(" \t•*-–—·●▪◦>")
    if len(label.split()) > 4 or any(ch.isdigit() or ch in "()" for ch in label):
        return False
    if _LEVEL_CLAIM.search(label):
        return False
    after = range(candidate.last, len(found))
    listed = (i for i in after if found.start(i) > colon)
    return any(i in tools for i in itertools.takewhile(lambda i: found.start(i) < line_end, listed))


def _in_unit_name(found: Pieces, candidate: Candidate) -> bool:
    """A skill word governed by a unit or body: "отдела цифровизации", "Бюро национальной
    статистики", "цифрландыру басқармасы" (not "управление базами данных")."""
    first = candidate.first
    unit = _word_on_line(found, first - 1, first)
    if unit and not _UNIT_BEFORE.match(unit) and _ADJECTIVE.search(unit):
        unit = _word_on_line(found, first - 2, first)  # "Бюро национальной статистики"
    if unit and _UNIT_BEFORE.match(unit):
        governed = found.low[candidate.last - 1]
        return not (unit.startswith("управлени") and _INSTRUMENTAL.search(governed))
    after = _word_on_line(found, candidate.last, candidate.last - 1)
    return bool(_UNIT_AFTER.match(after))


def _level_note(found: Pieces, candidate: Candidate, tools: set[int]) -> bool:
    """A lower-case ambiguous name alone in parentheses after a tool: "R (basic)"."""
    surface = found.text[candidate.start : candidate.end]
    return (
        candidate.ambiguous
        and surface.islower()
        and found.gap(candidate.first) == "("
        and (candidate.first - 1) in tools
        and found.text[candidate.end : candidate.end + 1] == ")"
    )
