"""Cue words: a personal-data pattern that runs only when one of its words is in the text
must hold one of them in every match, or a name, a birth date or an address goes unhidden."""

import re

import pytest

from nlp.components import addresses, internships, person_names, personal_data, personal_rows
from nlp.components.patterns import cue_text
from tests.nlp.regex_examples import examples

# (name, pattern, words looked for in the text as cue_text folds it)
PAIRS = [
    ("iin label", personal_data._IIN_LABELLED, personal_data._IIN_CUES),
    ("birth", personal_data._BIRTH, personal_data._BIRTH_CUES),
    ("birth after", personal_data._BIRTH_AFTER, personal_data._BIRTH_AFTER_CUES),
    ("profile link", personal_data._PROFILE_LINK, personal_data._LINK_CUES),
    ("sex row", personal_rows._SEX_ROW, personal_rows._SEX_ROW_WORDS),
    ("sex and age", personal_rows._SEX_AGE, personal_rows._SEX_AGE_WORDS),
    ("marital word", personal_rows._MARITAL_WORD, personal_rows._MARITAL_CUES),
    ("address label", addresses._LABEL, addresses._LABEL_CUES),
    ("street", addresses._STREET, addresses._STREET_WORDS),
    ("name cue", person_names._NAME_CUE, person_names._NAME_CUE_WORDS),
    ("introduced", person_names._INTRODUCED, person_names._INTRODUCED_CUES),
    ("name row", person_names._NAME_ROW, person_names._NAME_ROW_WORDS),
    ("relative", person_names._RELATIVE, person_names._RELATIVE_WORDS),
    ("research training", internships._TRAINING, internships._STEMS),
    ("internship", internships._INTERNSHIP, internships._STEMS),
    ("intern", internships._INTERN, internships._STEMS),
    ("unpaid", internships._UNPAID, internships._STEMS),
]
PAIRS += [
    (f"{kind} row {n}", pattern, words)
    for n, (kind, words, pattern) in enumerate(personal_rows._ROWS)
]


def _matches(pattern: re.Pattern) -> list[str]:
    """The texts built for ``pattern`` that it matches, each as the matched text with the
    characters around it (a word such as "ер " may take the blank after the match)."""
    out = []
    for example in examples(pattern):
        # Blanks around it; a word before it too for a word that follows a name ("Абая көшесі").
        texts = (f" {example} ", f"Aa {example} ")
        match = next((m for m in map(pattern.search, texts) if m), None)
        if match:
            text = match.string
            out.append(text[max(match.start() - 1, 0) : match.end() + 1])
    return out


@pytest.mark.parametrize(("pattern", "words"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_every_match_holds_a_cue_word(pattern, words):
    matched = _matches(pattern)
    # The texts are built per alternative: most of them must match for the test to say much.
    assert len(matched) >= max(3, len(examples(pattern)) // 3), pattern.pattern[:80]
    missing = [text for text in matched if not any(w in cue_text(text) for w in words)]
    assert missing == []


def test_a_word_left_out_is_caught():
    """The check finds an alternative whose word is not on the list."""
    pattern = re.compile(r"(?<!\w)(?:фамилия|surname)[ \t]*:[ \t]*(?P<v>\w+)", re.IGNORECASE)
    matched = _matches(pattern)
    assert any("surname" in text for text in matched)
    assert [t for t in matched if not any(w in cue_text(t) for w in ("фамилия",))] != []


@pytest.mark.parametrize(
    ("letter", "twin"),
    [("о", "ᲂ"), ("s", "ſ"), ("i", "ı"), ("i", "İ"), ("k", "K"), ("в", "ᲀ"), ("т", "ᲄ")],
)
def test_cue_text_folds_every_letter_ignorecase_takes_as_equal(letter, twin):
    assert re.fullmatch(letter, twin, re.IGNORECASE)
    assert cue_text(twin) == cue_text(letter)


def test_every_photo_word_holds_a_cue_or_the_photo_size():
    matched = _matches(personal_data._PHOTO_WORD)
    assert len(matched) >= 10
    for text in matched:
        cued = any(word in cue_text(text) for word in personal_data._PHOTO_CUES)
        assert cued or personal_data._THREE_BY_FOUR.search(text), text


def test_every_photo_placeholder_holds_one_of_its_marks():
    matched = _matches(personal_data._PHOTO_PLACEHOLDER)
    assert len(matched) >= 10
    marks = personal_data._PLACEHOLDER_MARKS
    assert [text for text in matched if not any(mark in text for mark in marks)] == []
