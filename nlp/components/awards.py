"""The names of the officials who signed a candidate's awards, to redact before a name-blind
commission sees the CV: "Благодарственное письмо от акима области Б. Сапарова", "Алғыс хат —
облыс әкімі Б. Сапаров", "Letter of Appreciation signed by Minister A. Zhumagaliyev".

Such a name is a third party's personal data, and it points to the candidate's region no
better than the post beside it does, so the name is hidden while the award, its year and the
signer's post stay for the commission to weigh. Only what only a name can be is taken (initials
beside a word, a full name with a patronymic: referees.NAME_ANYWHERE); an award named after a
person stays ("Нагрудный знак «Ы. Алтынсарин»", "медаль имени …").
"""

import re

from nlp.components.citations import section_lines
from nlp.components.patterns import guarded, holds_any
from nlp.components.person_names import names_a_place, not_a_name
from nlp.components.referees import NAME_ANYWHERE
from nlp.types import PersonalData

_I = re.IGNORECASE
_HEADINGS = frozenset(
    " ".join(phrase.split())
    for phrase in """награды; достижения; награды и достижения; достижения и награды; награды и
    поощрения; поощрения; марапаттар; жетістіктер; марапаттар мен жетістіктер; жетістіктер мен
    марапаттар; мадақтаулар; awards; achievements; honors and awards; honours and awards; awards
    and achievements; achievements and awards; honors; honours""".split(";")
)
_HEADING_CUES = (
    *("наград", "достижени", "поощрени", "марапат", "жетістік", "мадақта"),
    *("award", "achievement", "honor", "honour"),
)
# The words of an award that a signer's name follows on its line.
_AWARD = guarded(
    re.compile(
        r"благодарств\w*|благодарност\w*|грамот\w*|алғыс|мақтау|құрмет"
        r"|letters?[ \t]+of[ \t]+(?:appreciation|gratitude|thanks|commendation)"
        r"|certificate[ \t]+of[ \t]+(?:honou?r|merit)",
        _I,
    )
)
_AWARD_CUES = (
    *("благодар", "грамот", "алғыс", "мақтау", "құрмет"),
    *("letter of", "letters of", "certificate of"),
)
# An award named after a person: "медаль", "знак" or "премия" just before the name.
_NAMED_AWARD = re.compile(
    r"(?:знак|медал\w*|орден\w*|преми\w*|стипенди\w*|төсбелгі\w*|medal|prize|award)[ \t]*\Z", _I
)
_LONGEST_SECTION = 40  # lines an awards section may run to


def _award_lines(text: str, folded: str) -> set[tuple[int, int]]:
    """The lines of awards sections and the lines that name an award."""
    lines: set[tuple[int, int]] = set()
    if holds_any(folded, _HEADING_CUES):
        for line in re.finditer(r"[^\n]+", text):
            if _awards_heading(line.group()):
                lines.update(section_lines(text, line.end(), _LONGEST_SECTION)[1:])
    # One award a line: looking for each award's line on a long line of them would cost the
    # square of its length.
    award = _AWARD.search(text) if holds_any(folded, _AWARD_CUES) else None
    while award:
        start = text.rfind("\n", 0, award.start()) + 1
        end = text.find("\n", award.end())
        end = len(text) if end < 0 else end
        lines.add((start, end))
        award = _AWARD.search(text, end)
    return lines


def _awards_heading(line: str) -> bool:
    """Whether a line heads an awards section, in one language or two ("ДОСТИЖЕНИЯ /
    ACHIEVEMENTS")."""
    if len(line) > 80:
        return False
    parts = line.strip().rstrip(":").lower().split("/")
    return any(" ".join(part.split()) in _HEADINGS for part in parts)


def _line_signers(text: str, start: int, end: int) -> list[PersonalData]:
    """The names on the award line at start..end, but for those inside quotes opened on the
    line (an award's own name) and those of a named award or a place."""
    found = []
    opened = closed = straight = 0  # the quotes before the last name looked at
    seen = start
    for match in NAME_ANYWHERE.finditer(text, start, end):
        group = "t" if match.group("t") else "v"
        at, stop = match.span(group)
        opened += text.count("«", seen, at)
        closed += text.count("»", seen, at)
        straight += text.count('"', seen, at)
        seen = at
        if opened > closed or straight % 2 or not_a_name(match.group(group)):
            continue
        if names_a_place(text, at, stop) or _NAMED_AWARD.search(text, max(start, at - 20), at):
            continue
        found.append(PersonalData("name", at, stop))
    return found


def find_award_signers(text: str, folded: str) -> list[PersonalData]:
    """The names on award lines (see the module's docstring); ``folded`` is the text as
    patterns.cue_text folds it."""
    return [
        name for line in sorted(_award_lines(text, folded)) for name in _line_signers(text, *line)
    ]
