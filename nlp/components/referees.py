"""Names a CV gives besides the candidate's own, to redact before a name-blind commission
sees it: referees and a signature.

A references section ("РЕКОМЕНДАЦИИ", "Рекомендатели:", "ҰСЫНЫМ БЕРУШІЛЕР", "REFERENCES")
lists people a line each: "Сапаров Ерлан Болатович, руководитель отдела, …, тел. …",
"А.Б. Касымова – заместитель акима района", "Dr. Aigul Bekova, Professor". The name that
opens such a line, before a comma, a dash, a bracket or the line's end, is hidden; the post
and employer after it stay for the commission to read; "References available upon
request" opens with no name, and "ТОО Альфа Строй" is a company. A signature ("Подпись:
А.П. Иванова", "Қолы: …", "Signature: …") is the candidate's name whatever spelling it takes.
"""

import re

from nlp.components.headings import heading_label
from nlp.components.patterns import guarded, holds_any
from nlp.components.person_names import INITIALS, INITIALS_FIRST, NAME_WORD, not_a_name
from nlp.types import PersonalData

_I = re.IGNORECASE
_REFERENCES = guarded(
    re.compile(
        r"^[ \t]*(?:рекомендации|рекомендатели|рекомендующие[ \t]+лица|ұсыным[ \t]+берушілер"
        r"|ұсыныс[ \t]+берушілер|ұсынымдар|references|referees|recommendations)"
        r"(?=[ \t]*(?::|$))[ \t]*:?",
        _I | re.MULTILINE,
    )
)
_REFERENCES_CUES = ("рекоменд", "ұсыным", "ұсыныс", "referee", "reference", "recommendation")
# A person's name: initials first ("А.Б. Касымова"), two or three words ("Сапаров Ерлан
# Болатович") with initials perhaps after them ("Бекова А.К."), or a surname and initials.
_PERSON = (
    rf"{INITIALS_FIRST}"
    rf"|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}(?:[ \t]+{INITIALS})?|{NAME_WORD}[ \t]+{INITIALS}"
)
_REFEREE = re.compile(
    r"[ \t]*(?:[-–—•▪*·][ \t]*|\d{1,2}[.)][ \t]*)?(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?"
    rf"(?P<v>{_PERSON})(?=[ \t]*(?:[,;(|–—]|-[ \t]|$))",
    re.MULTILINE,
)
_LONGEST_LIST = 25  # lines a references section may run to
_SIGNATURE = guarded(
    re.compile(
        rf"(?:подпись|қолы|signature|signed)[ \t]*[:\t][ \t_.]*(?P<v>{_PERSON})(?![\w-])",
        _I,
    )
)
_SIGNATURE_CUES = ("подпись", "қолы", "signature", "signed")


def _referees(text: str, heading: re.Match) -> list[PersonalData]:
    """The names that open the lines of the references section at ``heading`` (the rest of
    the heading's own line is its first line)."""
    found = []
    start = heading.end()
    for count in range(_LONGEST_LIST):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if count and heading_label(text[start:end]):
            break
        match = _REFEREE.match(text, start, end)
        if match and not not_a_name(match.group("v")):
            found.append(PersonalData("name", *match.span("v")))
        if end == len(text):
            break
        start = end + 1
    return found


def find_referees(text: str, folded: str) -> list[PersonalData]:
    """Referees' names in references sections and the names after a signature label;
    ``folded`` is the text as patterns.cue_text folds it."""
    found = []
    if holds_any(folded, _REFERENCES_CUES):
        for heading in _REFERENCES.finditer(text):
            found += _referees(text, heading)
    if holds_any(folded, _SIGNATURE_CUES):
        found += [PersonalData("name", *m.span("v")) for m in _SIGNATURE.finditer(text)]
    return found
