"""Evaluation of skill mentions against a gold set in the cv-skills-dev format."""

import json
from pathlib import Path

import pytest

from nlp import taxonomy
from nlp.evaluate import count_matches, evaluate, scores

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cv-skills-dev"


def test_a_gold_span_is_matched_once():
    gold = [(0, 10), (20, 25)]
    assert count_matches([(0, 4), (5, 9), (21, 23), (30, 35)], gold) == 2


def test_scores_from_counts():
    s = scores(tp=6, predicted=8, gold=12)
    assert (s.precision, s.recall) == (0.75, 0.5)
    assert s.f1 == pytest.approx(0.6)
    assert scores(0, 0, 5).f1 == 0.0


def test_evaluate_a_small_gold_file(tmp_path):
    text = "Skills: Python, SQL, Excel\nI play football on Sundays."
    spans = [[text.index(n), text.index(n) + len(n), "Tech Tools"] for n in ("Python", "SQL")]
    records = [
        {"id": "a", "text": text, "entities": [*spans, [0, 6, "Soft Skills"]]},
        {"id": "b", "text": "Born in Astana.", "entities": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = evaluate(path)
    assert (result.tp, result.gold) == (2, 2)
    assert result.predicted == 3  # Excel is found too, and it is not in this gold
    assert result.recall == 1.0
    assert result.taxonomy_version == taxonomy.load().version


def test_f1_on_the_held_out_test_set():
    result = evaluate(DATA / "test.jsonl")
    assert result.gold == 483
    assert result.f1 >= 0.735, result.line()
    assert result.precision >= 0.79, result.line()
    assert result.recall >= 0.68, result.line()
