"""The state-language row of a form ("Владение государственным языком: C1") gives Kazakh at
that level, so a vacancy asking for Kazakh sees it."""

import pytest

from nlp.profile import read_cv


def _levels(text: str, lang: str = "auto") -> dict[str, str | None]:
    return {skill.code: skill.level for skill in read_cv(text, lang).languages}


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        ("Владение государственным языком: C1\n", "ru", "C1"),
        ("Мемлекеттік тілді меңгеру деңгейі: C1\n", "kk", "C1"),
        ("Мемлекеттік тілді білуі: B2\n", "kk", "B2"),
        ("State language proficiency: B2\n", "en", "B2"),
        ("Владение государственным языком: свободно\n", "ru", "fluent"),
    ],
)
def test_state_language_row_gives_kazakh(text, lang, level):
    assert _levels(text, lang) == {"kk": level}


def test_eqyzmet_rows_give_kazakh_and_the_foreign_language():
    text = (
        "Мемлекеттік тілді білуі / Владение государственным языком\tЕркін / свободно "
        "(ҚАЗТЕСТ, C1, 2021)\n"
        "Шет тілдерін білуі / Владение иностранными языками\tАғылшын тілі / английский – B1\n"
    )
    assert _levels(text) == {"kk": "C1", "en": "B1"}


def test_the_level_after_the_label_not_the_label_words():
    """ "proficiency" in the label is no level; "good" after the colon is."""
    assert _levels("State language proficiency: good\n", "en") == {"kk": "intermediate"}


def test_a_state_language_row_without_a_level_claims_nothing():
    assert _levels("Мемлекеттік тілді білуі: жоқ\n", "kk") == {}
