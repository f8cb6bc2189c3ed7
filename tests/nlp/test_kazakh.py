"""The Kazakh spaCy language: ``spacy.blank("kk")`` exists and tokenizes Kazakh correctly."""

import spacy

import nlp.pipeline  # noqa: F401  (importing the pipeline registers "kk")


def _tokens(text: str) -> list[str]:
    return [t.text for t in spacy.blank("kk")(text)]


def test_blank_kazakh_is_available_after_importing_the_pipeline():
    kazakh = spacy.blank("kk")
    assert kazakh.lang == "kk"
    assert type(kazakh).__name__ == "Kazakh"


def test_period_after_kazakh_only_letters_is_split_off():
    assert _tokens("Мен Ақтөбеде тұрамын. Бұлақ.") == [
        "Мен",
        "Ақтөбеде",
        "тұрамын",
        ".",
        "Бұлақ",
        ".",
    ]


def test_sentence_glued_at_a_period_is_split_on_kazakh_letters():
    assert _tokens("ұлттық.Банк") == ["ұлттық", ".", "Банк"]


def test_guillemets_and_commas_around_kazakh_words():
    assert _tokens("«Қазақтелеком» АҚ, Астана") == ["«", "Қазақтелеком", "»", "АҚ", ",", "Астана"]


def test_case_endings_after_hyphen_leave_the_number_or_abbreviation_whole():
    assert _tokens("2019-жылы ҚР-ның 1С-те") == [
        "2019",
        "-",
        "жылы",
        "ҚР",
        "-",
        "ның",
        "1С",
        "-",
        "те",
    ]


def test_kazakh_abbreviations_keep_their_period():
    tokens = _tokens("Алматы қ., 2015 ж. т.б.")
    assert tokens == ["Алматы", "қ.", ",", "2015", "ж.", "т.б."]
    doc = spacy.blank("kk")("2015 ж.")
    assert doc[1].norm_ == "жыл"


def test_kazakh_numerals_are_like_num_and_function_words_are_stop_words():
    doc = spacy.blank("kk")("жиырма бес жыл үшінші қырық және үшін маман")
    like_num = {t.text for t in doc if t.like_num}
    stop = {t.text for t in doc if t.is_stop}
    assert like_num == {"жиырма", "бес", "үшінші", "қырық"}
    assert stop == {"және", "үшін"}
