"""The gold audit behind the README's account of the English skill score
(``tools/skill_gold_audit.py``): its consistent reader marks a name wherever it stands as a
whole word, so a later mention the annotators left unmarked lowers its precision."""

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "skill_gold_audit.py"
spec = importlib.util.spec_from_file_location("skill_gold_audit", TOOL)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_a_name_is_found_as_a_whole_word_and_a_longer_name_wins():
    text = "Java, JavaScript, Java Swing and C++; later Java again"
    spans = audit.occurrences(text, {"Java", "Java Swing", "C++"})
    assert [text[s:e] for s, e in spans] == ["Java", "Java Swing", "C++", "Java"]


def test_an_unmarked_later_mention_costs_the_consistent_reader_precision():
    text = "Skills: Java, SQL. Built services in Java."
    record = {"text": text, "entities": [[8, 12, "Tech Tools"], [14, 17, "Tech Tools"]]}
    assert audit.reader([record], set()) == "P 0.667  R 1.000  F1 0.800"
    # a common name the gold never marks in this CV counts against it as well
    assert audit.reader([record], {"services"}).startswith("P 0.500")
