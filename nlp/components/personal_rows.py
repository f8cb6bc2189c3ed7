"""The rows of a CV's personal block that a name-blind commission must not see: sex and age,
marital status, nationality, an identity document's number and a messenger handle.

Kinds: "sex", "birth_date" (an age, as after "Возраст:"), "marital_status", "nationality",
"id_document" and "link" (a handle such as "Telegram: @madina_zh" names the person as a
profile address does). In Russian and Kazakh the marital word also gives the sex ("замужем",
"тұрмыста": a woman), so it is hidden even without its label, inside the personal block.
"""

import re

from nlp.components.patterns import guarded, holds_any, lazy
from nlp.components.person_names import personal_regions
from nlp.types import PersonalData, Section

_I = re.IGNORECASE
_UNIT = r"(?:лет|года?|жас|years?(?:[ \t]+old)?)"
# hh.kz's header line "Мужчина, 37 лет, родился 14 мая 1989" / "Әйел, 29 жас", and labelled
# rows such as "Пол: мужской"; the age is a birth_date span, as after "Возраст:".
_SEX_AGE = guarded(
    lazy(
        r"^[ \t]*(?P<sex>мужчина|женщина|ер|әйел|male|female)[ \t]*,[ \t]*"
        rf"(?P<age>\d{{2}}[ \t]+{_UNIT})(?!\w)",
        _I | re.MULTILINE,
    )
)
_SEX_ROW = guarded(
    lazy(
        r"(?:(?<!\w)пол|жынысы|(?<!\w)sex|gender)[ \t]*[:\t][ \t]*"
        r"(?P<v>мужской|женский|муж|жен|ер|әйел|male|female|[мжmf])(?!\w)",
        _I,
    )
)
_VALUE = r"[ \t]*(?P<v>[^\n\t,;.|]*[^\s,;.|])"
_MARITAL_WORDS = (
    r"(?<!\w)(?:(?:не[ \t]+)?(?:замужем|женат)|холост|разведен[аы]?|вдов(?:а|ец)|тұрмыста"
    r"|тұрмысқа[ \t]+шықпаған|үйленген|үйленбеген|бойдақ|отбасылы(?:мын)?"
    # children, as a family's status is written ("Отбасылы, екі баласы бар", "двое детей")
    r"|(?:бір|екі|үш|төрт|бес|\d)[ \t]+(?:баласы|балам|перзенті)[ \t]+бар"
    r"|(?:двое|трое|четверо|\d)[ \t]+детей)(?!\w)"
)
# (kind, words one of which every match holds, pattern): a pass over the text costs more than
# all the rest, so a row is searched only when one of its words is in the text as
# patterns.cue_text folds it ("tg" only before a blank or a mark: it is in "PostgreSQL").
_ROWS = tuple(
    (kind, tuple(words.split("|")), guarded(lazy(pattern, _I)))
    for kind, words, pattern in (
        (
            "marital_status",
            "семейное|отбасы|status",
            # "отбасылық жағдайларға байланысты" (for family reasons) is no label
            r"(?:семейное[ \t]+положение|отбасы(?:лық)?[ \t]+жағдайы(?!\w)"
            r"|(?:marital|civil)[ \t]+status)"
            rf"[ \t]*[:\t\-–—]?{_VALUE}",
        ),
        (
            "nationality",
            "национальность|ұлты|nationality|этническая",
            r"(?<!\w)(?:национальность|ұлты|nationality|этническая[ \t]+принадлежность)"
            rf"[ \t]*[:\t]{_VALUE}",
        ),
        (
            "id_document",
            "личности|куәлі|паспорт|passport|card",
            r"(?:удостоверени[еяю][ \t]+личности|уд\.[ \t]?личности|жеке[ \t]+куәлі\w*"
            r"|паспорт\w*|passport|id[ \t]+card|identity[ \t]+card)[^\n\d]{0,25}?"
            r"(?<!\w)(?P<v>[a-zа-я]?\d{6,10})(?!\d)",
        ),
        (
            "link",
            "telegram|телеграм|skype|скайп|viber|вайбер|tg |tg\t|tg:|tg-|tg–|tg—",
            r"(?:telegram|телеграм\w*|skype|скайп|viber|вайбер|(?<!\w)tg)[ \t]*[:\-–—][ \t]*"
            r"(?P<v>@?\w[\w.-]*\w)",
        ),
        ("link", "@", r"(?<![\w.@/])(?P<v>@[a-z_][\w.]*\w)"),
        (
            "birth_date",
            "возраст|жасы|age",
            r"(?:возраст|жасы|(?<!\w)age)[ \t]*[:\-–—]?[ \t]*"
            rf"(?P<v>\d{{2}}(?:[ \t]*{_UNIT})?)(?!\d)",
        ),
        ("birth_date", "мне", r"(?<!\w)мне[ \t]+(?P<v>\d{2}[ \t]+(?:лет|года?))(?!\w)"),
        ("birth_date", "жаста", r"(?<![\w.,])(?P<v>\d{2}[ \t]+жаста)(?!\w)"),
    )
)
_MARITAL_WORD = guarded(lazy(_MARITAL_WORDS, _I))
_MARITAL_CUES = (
    *("замуж", "женат", "холост", "развед", "вдов", "тұрмыс", "үйлен", "бойдақ", "отбасылы"),
    *("баласы", "балам", "перзенті", "детей"),
)
# Words one of which every match of _SEX_ROW (of _SEX_AGE) holds, in the folded text.
_SEX_ROW_WORDS = ("пол ", "пол\t", "пол:", "жынысы", "sex", "gender")
_SEX_AGE_WORDS = ("мужчина", "женщина", "ер ", "ер\t", "ер,", "әйел", "male")


def _sex_and_age(text: str, folded: str) -> list[PersonalData]:
    """The sex and age of hh.kz's header line ("Мужчина, 37 лет") and of "Пол: мужской"
    rows."""
    found = []
    if holds_any(folded, _SEX_ROW_WORDS):
        found += [PersonalData("sex", *m.span("v")) for m in _SEX_ROW.finditer(text)]
    if not holds_any(folded, _SEX_AGE_WORDS):
        return found
    for match in _SEX_AGE.finditer(text):
        found.append(PersonalData("sex", *match.span("sex")))
        found.append(PersonalData("birth_date", *match.span("age")))
    return found


def find_personal_rows(text: str, sections: tuple[Section, ...], folded: str) -> list[PersonalData]:
    """Sex, age (with or without a label: "Возраст 36 лет", "36 жаста"), marital status
    (a bare "замужем" only in the personal block and the sections of other facts, where
    "Қосымша мәлімет: Отбасылы, екі баласы бар" stands), nationality, identity documents and
    messenger handles; ``folded`` is the text as patterns.cue_text folds it."""
    found = _sex_and_age(text, folded)
    for kind, words, pattern in _ROWS:
        if holds_any(folded, words):
            found += [PersonalData(kind, *m.span("v")) for m in pattern.finditer(text)]
    if holds_any(folded, _MARITAL_CUES):
        found += [
            PersonalData("marital_status", *m.span())
            for start, end in personal_regions(text, sections)
            + [(s.start, s.end) for s in sections if s.name == "other"]
            for m in _MARITAL_WORD.finditer(text, start, end)
        ]
    return found
