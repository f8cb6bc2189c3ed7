"""The names of the officials who signed a candidate's awards, to redact before a name-blind
commission sees the CV: "Благодарственное письмо от акима области Б. Сапарова", "Алғыс хат —
облыс әкімі Б. Сапаров", "Letter of Appreciation signed by Minister A. Zhumagaliyev".

Such a name is a third party's personal data, and it points to the candidate's region no
better than the post beside it does, so the name is hidden while the award, its year and the
signer's post stay for the commission to weigh. What only a name can be is taken (initials
beside a word, a full name with a patronymic: referees.NAME_ANYWHERE), and two or three
capitalised words after a signer's post ("от акима области Бауыржана Сапарова", "облыс әкімі
Бауыржан Сапаров", "signed by Minister Askhat Aimagambetov") unless they are an abbreviation,
an organisation or common words ("министра Цифрового Развития"); an award named after a
person stays ("Нагрудный знак «Ы. Алтынсарин»", "медаль имени …").
"""

import bisect
import re

from nlp.components.citations import heads_section, section_lines
from nlp.components.common_words import common_word, common_words, ordinary_word
from nlp.components.patterns import guarded, holds_any, lazy
from nlp.components.person_names import NAME_WORD, names_a_place, not_a_name
from nlp.components.referee_words import organisation_word
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
    lazy(
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
_NAMED_AWARD = lazy(
    r"(?:знак|медал\w*|орден\w*|преми\w*|стипенди\w*|төсбелгі\w*|medal|prize|award)[ \t]*\Z", _I
)
# A signer's post, perhaps its region in lower case, then a full name of two or three words
# without initials, declined too: "от акима области Бауыржана Сапарова", "облыс әкімі
# Бауыржан Сапаров", "signed by Minister Askhat Aimagambetov".
_POST_THEN_NAME = lazy(
    r"(?<!\w)(?i:аким\w*|әкім\w*|министр\w*|minister|governor|mayor|director|директор\w*"
    r"|ректор\w*|rector|председател\w*|төраға\w*|басшы\w*|руководител\w*)"
    rf"(?:[ \t]+[a-zа-яёәғқңөұүһі]+){{0,2}}[ \t]+(?P<v>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
    r"(?![\w.-])"
)
_LONGEST_SECTION = 40  # lines an awards section may run to


def _award_lines(text: str, folded: str) -> set[tuple[int, int]]:
    """The lines of awards sections and the lines that name an award."""
    lines: set[tuple[int, int]] = set()
    if holds_any(folded, _HEADING_CUES):
        for line in re.finditer(r"[^\n]+", text):
            if heads_section(line.group(), _HEADINGS):
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


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The would-be names on an award line, in order: what only a name can be, and a full
    name after a signer's post that is no abbreviation ("Председателя КГД МФ РК"), no
    organisation and no common words ("министра Цифрового Развития")."""
    spans = [m.span("t" if m.group("t") else "v") for m in NAME_ANYWHERE.finditer(text, start, end)]
    more = []
    for match in _POST_THEN_NAME.finditer(text, start, end):
        at, stop = _without_field(text, *match.span("v"))
        words = text[at:stop].split()
        before = bisect.bisect_left(spans, (stop,))  # the spans that start before this one ends
        if before and spans[before - 1][1] > at:
            continue
        if any(w.isupper() or organisation_word(w) for w in words) or common_words(" ".join(words)):
            continue
        more.append((at, stop))
    return sorted(spans + more)


def _without_field(text: str, at: int, stop: int) -> tuple[int, int]:
    """A would-be name of three words after a post without its first when that is a common
    word or a city, the post's field or region: "министра Финансов Ерулана Жамаубаева" and
    "акима города Алматы Ерболата Досаева" name "Ерулана Жамаубаева" and "Ерболата
    Досаева", and the commission still reads which ministry or city signed."""
    first = re.match(r"(\S+)[ \t]+", text[at:stop])
    word = first.group(1) if first else ""
    field = first and (common_word(word) or ordinary_word(word.lower()) or not_a_name(word))
    if field and len(text[at:stop].split()) == 3:
        return at + first.end(), stop
    return at, stop


def _line_signers(text: str, start: int, end: int) -> list[PersonalData]:
    """The names on the award line at start..end, but for those inside quotes opened on the
    line (an award's own name) and those of a named award or a place."""
    found = []
    opened = closed = straight = 0  # the quotes before the last name looked at
    seen = start
    for at, stop in _candidates(text, start, end):
        opened += text.count("«", seen, at)
        closed += text.count("»", seen, at)
        straight += text.count('"', seen, at)
        seen = at
        if opened > closed or straight % 2 or not_a_name(text[at:stop]):
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
