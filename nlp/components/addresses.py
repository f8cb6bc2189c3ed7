"""Postal addresses in a CV: after a label ("Адрес: …", "Мекенжайы<TAB>…", "Address: …"; the
place of birth too: "Место рождения: г. Караганда", "Туған жері: …", "Place of birth: …"), and
a street with its house number ("ул. Кенесары, д. 40", "Абай даңғылы 10", "Kabanbay Batyr
Ave 53").

A street word alone is no address: "ТОО «Проспект Девелопмент»", "1С и пр.", "во 2 кв. 2018
г.", "St. Petersburg State University" and "Wall Street Advisors LLP, 12 projects" are the
names, quarters and abbreviations a commission must read. So a street counts only when a house
number follows its name, and the address span is the cell that holds it (a line, or the part
of a line between tabs, "|" or wide gaps), not the rest of a table row.
"""

import re

from nlp.components.patterns import guarded, holds_any, lazy
from nlp.types import PersonalData

_I = re.IGNORECASE
_LABEL = guarded(
    lazy(
        r"(?:адрес(?:\s+(?:проживания|регистрации))?|место\s+жительства|мекенжай\w*|проживаю"
        r"|тұратын\s+жері|(?<!mail\s)(?:home\s+)?address|residence"
        # the place of birth, a clue to the person as the address is
        r"|место\s+рождения|туған\s+жері|туылған\s+жері|place\s+of\s+birth|birth\s?place)"
        r"[ \t]*[:\t]\s*(?P<v>[^\n]*\S)",
        _I,
    )
)
_LABEL_CUES = ("адрес", "жительства", "мекенжай", "проживаю", "тұратын", "address", "residence")
_LABEL_CUES += ("рождения", "жері", "birth")
_NAME = r"[^\W\d][\w'’.-]*(?:[ \t]+[^\W\d][\w'’.-]*){0,3}"
_HOUSE = r"(?:(?:д\.|дом|№)[ \t]?)?\d{1,4}[а-яa-z]?(?:[/-]\d{1,4}[а-яa-z]?)?"
_NUMBER = rf"{_HOUSE}(?=[ \t]*(?:[,;)|]|$|кв\.|apt|үй|офис))"
# The street word comes before its name in Russian ("ул. Кенесары, д. 40"), after it in
# Kazakh and English ("Абай даңғылы 10", "Kabanbay Batyr Ave 53", "12 Abay Avenue"). The rare
# street word is found first, its name and number are then read around it.
_STREET = guarded(
    lazy(
        r"(?P<before>(?<![\w.])(?<!и\s)(?:ул\.|улица|пр\.|пр-т|проспект|мкр\.?|микрорайон|б-р"
        r"|бульвар))|(?<=\w[ \t])(?:көшесі|даңғылы|(?:шағын|ықшам)[ \t]*аудан\w*|street"
        r"|avenue|ave\.?|st\.?|str\.?|blvd\.?|road|rd\.|microdistrict)(?![\w-])",
        _I,
    )
)
# Words one of which every street word holds, in the text as patterns.cue_text folds it;
# a short word after a name ("st", "ave", "rd.") has a blank before it.
_STREET_WORDS = (
    ("ул.", "улица", "пр.", "пр-т", "проспект", "мкр", "микрорайон", "б-р", "бульвар")
    + ("көшесі", "даңғылы", "аудан", "blvd", "road", "microdistrict")
    + (" st", "\tst", " ave", "\tave", " rd.", "\trd.")
)
_NAME_AND_NUMBER = lazy(rf"[ \t]*{_NAME}[ \t]*,?[ \t]*{_NUMBER}", _I | re.MULTILINE)
_NUMBER_AFTER = lazy(rf"[ \t]*,?[ \t]*{_NUMBER}", _I | re.MULTILINE)
_NUMBER_BEFORE = lazy(rf"(?<![\w/-]){_HOUSE}[ \t]+{_NAME}\Z", _I)
_CELL_BREAK = lazy(r"\t|\||[ ]{2,}|\n")


def _cell(text: str, start: int, end: int) -> tuple[int, int]:
    """The stripped cell of a line that holds ``text[start:end]``."""
    breaks = list(_CELL_BREAK.finditer(text, max(0, text.rfind("\n", 0, start)), start))
    left = breaks[-1].end() if breaks else 0
    after = _CELL_BREAK.search(text, end)
    right = after.start() if after else len(text)
    cell = text[left:right]
    return left + len(cell) - len(cell.lstrip()), left + len(cell.rstrip())


def find_addresses(text: str, folded: str) -> list[PersonalData]:
    """Labelled address values, and the cells that hold a street with its house number;
    ``folded`` is the text as patterns.cue_text folds it."""
    found = []
    if holds_any(folded, _LABEL_CUES):
        found += [PersonalData("address", *m.span("v")) for m in _LABEL.finditer(text)]
    if not holds_any(folded, _STREET_WORDS):
        return found
    for match in _STREET.finditer(text):
        if _has_house_number(text, match):
            start, end = _cell(text, *match.span())
            if not _LABEL.search(text, start, end):
                found.append(PersonalData("address", start, end))
    return found


def _has_house_number(text: str, street: re.Match) -> bool:
    """True when a street word has its name and house number where its language puts them."""
    if street.group("before"):
        return bool(_NAME_AND_NUMBER.match(text, street.end()))
    if _NUMBER_AFTER.match(text, street.end()):
        return True
    line_start = text.rfind("\n", 0, street.start()) + 1
    return bool(_NUMBER_BEFORE.search(text, line_start, street.start()))
