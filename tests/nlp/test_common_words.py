"""The shipped list of common capitalised English words (``nlp.components.common_words``) is
what spaCy's word-frequency table gives, and it tells a field a post heads from a person."""

import importlib.util
from pathlib import Path

from nlp.components.common_words import _english_common, common_words, english_common

TOOL = Path(__file__).resolve().parents[2] / "tools" / "english_common_words.py"
spec = importlib.util.spec_from_file_location("english_common_words", TOOL)
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def test_the_shipped_list_is_what_the_frequency_table_gives():
    stale = "the list is stale: run python tools/english_common_words.py"
    assert set(english_common(tool.read_table())) == _english_common(), stale


def test_a_field_is_common_words_and_a_person_is_not():
    assert common_words("Digital Development")
    assert common_words("Public Relations")
    assert not common_words("John Smith")
    assert not common_words("Aigerim Bekova")
