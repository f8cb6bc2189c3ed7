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
