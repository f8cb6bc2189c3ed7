"""The shipped normal forms of the taxonomy's Russian words keep start-up from parsing them."""

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from nlp import taxonomy
from nlp.components.lemmatizer import RUSSIAN_LEMMAS_FILE, parse_russian
from nlp.components.skill_index import russian_words

ROOT = Path(__file__).resolve().parents[2]
STALE = "the table is stale: run python tools/taxonomy_lemmas.py"


def shipped() -> dict[str, str]:
    return json.loads((resources.files("nlp.taxonomy") / RUSSIAN_LEMMAS_FILE).read_text("utf-8"))


def test_every_russian_word_of_the_taxonomy_is_in_the_table():
    missing = russian_words(taxonomy.load()) - shipped().keys()
    assert not missing, f"{len(missing)} words missing ({sorted(missing)[:5]}); {STALE}"


def test_the_table_gives_what_pymorphy3_gives():
    wrong = {word: form for word, form in shipped().items() if parse_russian(word) != form}
    assert not wrong, f"{len(wrong)} words differ ({list(wrong.items())[:5]}); {STALE}"


def test_building_the_russian_pipeline_loads_no_morphological_analyzer():
    code = (
        "from nlp.pipeline import get_pipeline\n"
        "from nlp.components import lemmatizer\n"
        "get_pipeline('ru')\n"
        "print(lemmatizer._morph.cache_info().currsize)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "0"
