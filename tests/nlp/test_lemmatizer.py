"""Lemmas for Kazakh (suffix rules), Russian (pymorphy3) and English (lookup tables)."""

import pytest
import spacy

import nlp.lang_kk  # noqa: F401  (registers spacy.blank("kk"))
from nlp.components.lemmatizer import lemma, stem


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["деректерді", "деректер", "деректерін", "деректерге"], "дерек"),
        (["талдау", "талдауы", "талдауға", "талдауды", "талдауын"], "талдау"),
        (["бағдарламалауды", "бағдарламалау", "бағдарламалауға"], "бағдарламалау"),
        (["жүйесі", "жүйесін", "жүйесінде", "жүйелер"], "жүйе"),
        (["қауіпсіздігі", "қауіпсіздікті"], "қауіпсіздік"),
    ],
)
def test_kazakh_inflected_forms_meet(forms, expected):
    assert {lemma(form, "kk") for form in forms} == {expected}


def test_kazakh_matching_stems_strip_to_one_form_where_lemmas_strip_one_layer():
    """Names are matched on stems ("құжат айналымын" finds "құжат айналымы"); the lemma other
    components read strips only one layer of endings."""
    assert {stem(form, "kk") for form in ["айналым", "айналымы", "айналымын"]} == {"айнал"}
    assert lemma("айналымы", "kk") == "айналым"
    assert stem("данных", "ru") == lemma("данных", "ru") == "данные"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("анализа", "анализ"), ("данных", "данные"), ("программирования", "программирование")],
)
def test_russian_lemmas(word, expected):
    assert lemma(word, "ru") == expected


@pytest.mark.parametrize(("word", "expected"), [("databases", "database"), ("running", "run")])
def test_english_lemmas_from_lookup_tables(word, expected):
    assert lemma(word, "en") == expected


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_tool_names_are_only_lower_cased(lang):
    assert lemma("Python", lang) == "python"
    assert lemma("C++", lang) == "c++"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Анализа данных", ["анализ", "данные"]),
        ("kk", "Деректерді талдауға", ["дерек", "талдау"]),
        ("en", "Managed databases", ["manage", "database"]),
    ],
)
def test_component_sets_token_lemmas(lang, text, expected):
    pipeline = spacy.blank(lang)
    pipeline.add_pipe("recruit_lemmatizer")
    assert [token.lemma_ for token in pipeline(text)] == expected


def test_lemmas_stay_right_when_served_from_the_cache_and_on_an_empty_text():
    pipeline = spacy.blank("ru")
    pipeline.add_pipe("recruit_lemmatizer")
    first = [token.lemma_ for token in pipeline("Работал в министерствах")]
    again = [token.lemma_ for token in pipeline("Работал в министерствах")]
    assert first == again == ["работать", "в", "министерство"]
    assert len(pipeline("")) == 0
