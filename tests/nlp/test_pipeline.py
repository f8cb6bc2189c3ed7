"""Pipelines per language: built once, in the agreed order, Kazakh registered on import."""

import subprocess
import sys
from pathlib import Path

import pytest

from nlp.pipeline import COMPONENTS, SUPPORTED, get_pipeline, get_tokenizer_only

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_pipeline_is_built_once_per_language_with_every_component_in_order(lang):
    pipeline = get_pipeline(lang)
    assert get_pipeline(lang) is pipeline
    assert pipeline.lang == lang
    assert pipeline.pipe_names == [name for name, _ in COMPONENTS]


def test_pipelines_of_different_languages_are_distinct():
    assert len({id(get_pipeline(lang)) for lang in SUPPORTED}) == len(SUPPORTED)


@pytest.mark.parametrize("build", [get_pipeline, get_tokenizer_only])
def test_unsupported_language_is_refused_with_the_supported_ones_named(build):
    with pytest.raises(ValueError, match="kk"):
        build("de")


def test_tokenizer_only_pipeline_has_no_component_and_tokenizes():
    bare = get_tokenizer_only("kk")
    assert bare.pipe_names == []
    assert [t.text for t in bare.make_doc("Python, SQL.")] == ["Python", ",", "SQL", "."]


def test_importing_the_pipeline_makes_blank_kazakh_available_in_a_fresh_process():
    code = "import nlp.pipeline, spacy; print(type(spacy.blank('kk')).__name__)"
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", code], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Kazakh"


TABLE_CV = (
    "Айгерим Сапарова\n\nОпыт работы\n09.2015 – 06.2019\tГлавный специалист, Акимат г. Астаны\n"
    "Skills:\tPython,  SQL / Power BI\n\n\n  Languages: English — C1\u00a0(IELTS 7.0)\n"
)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_pipeline_tokens_are_those_of_a_blank_pipeline(lang):
    blank = get_tokenizer_only(lang)
    for _ in range(2):  # the second pass is served from the tokenizer's cache
        ours = get_pipeline(lang).make_doc(TABLE_CV)
        bare = blank.make_doc(TABLE_CV)
        assert [(t.text, t.whitespace_, t.norm_) for t in ours] == [
            (t.text, t.whitespace_, t.norm_) for t in bare
        ]
    assert ours.text == TABLE_CV


@pytest.mark.parametrize("lang", SUPPORTED)
def test_pipeline_tokenizer_keeps_every_special_case_but_line_breaks_and_tabs(lang):
    # "\n" and "\t" as special cases stop spaCy caching the pieces of a CV (spaCy #1250)
    ours, stock = get_pipeline(lang).tokenizer.rules, get_tokenizer_only(lang).tokenizer.rules
    assert "\n" in stock and "\t" in stock
    assert ours == {k: v for k, v in stock.items() if k not in ("\n", "\t")}


@pytest.mark.parametrize("lang", SUPPORTED)
def test_reading_a_text_gives_what_calling_the_pipeline_gives(lang):
    from nlp.pipeline import read_text

    called, read = get_pipeline(lang)(TABLE_CV), read_text(TABLE_CV, lang)
    for name in ("sections", "skills", "periods", "spoken_languages", "personal_data"):
        assert getattr(read._, name) == getattr(called._, name)
    assert [t.lemma_ for t in read] == [t.lemma_ for t in called]
    assert read.text == TABLE_CV
