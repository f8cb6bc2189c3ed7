"""Score digital-skill mentions against a gold set (``python -m nlp eval DATASET.jsonl``).

The gold set is JSON lines ``{"id", "text", "entities": [[start, end, label], ...]}`` as in
``shared/data/cv-skills-dev``, optionally with ``"lang"`` ("kk", "ru", "en") per record;
spans labelled ``Tech Tools`` are the gold skills. A predicted
mention is a true positive when it overlaps a gold span that no earlier prediction matched;
precision = TP / predictions, recall = matched gold spans / gold spans.

The predictions are the skill matcher's tool mentions (``SkillMatcher.tool_spans``): in English
the tagger's tools and the rules, without the competence phrases ("project management") the
matcher adds for the profile, which a gold of tools does not mark; in Russian and Kazakh every
mention, as the hand-labelled set marks competences too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

GOLD_LABEL = "Tech Tools"


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 of skill mentions with the counts behind them."""

    precision: float
    recall: float
    f1: float
    tp: int
    predicted: int
    gold: int
    taxonomy_version: str = ""

    def line(self) -> str:
        """A one-line human summary."""
        return (
            f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(tp {self.tp}, predicted {self.predicted}, gold {self.gold}, "
            f"taxonomy {self.taxonomy_version})"
        )


def read_gold(path: str | Path) -> list[dict]:
    """The records of a JSONL gold file (blank lines ignored)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def count_matches(predicted: Iterable[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """True positives: predictions, in text order, overlapping a gold span not yet matched."""
    matched: set[int] = set()
    tp = 0
    for start, end in sorted(predicted):
        for number, (g_start, g_end) in enumerate(gold):
            if number not in matched and start < g_end and g_start < end:
                matched.add(number)
                tp += 1
                break
    return tp


def scores(tp: int, predicted: int, gold: int, version: str = "") -> Scores:
    """Build :class:`Scores` from counts (0 where a ratio is undefined)."""
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, tp, predicted, gold, version)


def _pipeline(lang: str):
    """The full CV pipeline of ``lang`` (imported late: building it loads every component)."""
    from nlp.pipeline import get_pipeline

    return get_pipeline(lang)


def _counts(records: list[dict], lang: str) -> dict[str, tuple[int, int, int]]:
    """(tp, predicted, gold) per language; a record's ``lang`` wins over the default ``lang``.

    Records are grouped by language and each group is piped through its own pipeline, so a
    file mixing Russian and Kazakh CVs is read as a person would read it.
    """
    groups: dict[str, list[dict]] = {}
    for record in records:
        groups.setdefault(record.get("lang") or lang, []).append(record)
    counts = {}
    for code, group in groups.items():
        tp = predicted = gold_total = 0
        pipeline = _pipeline(code)
        matcher = pipeline.get_pipe("recruit_skills")
        with pipeline.select_pipes(disable=["recruit_skills"]):
            docs = list(pipeline.pipe(r["text"] for r in group))
        for record, doc in zip(group, docs, strict=True):
            gold = [(s, e) for s, e, label in record["entities"] if label == GOLD_LABEL]
            spans = matcher.tool_spans(doc)
            tp += count_matches(spans, gold)
            predicted += len(spans)
            gold_total += len(gold)
        counts[code] = (tp, predicted, gold_total)
    return counts


def evaluate_by_language(path: str | Path, lang: str = "en") -> dict[str, Scores]:
    """:class:`Scores` of each language of the gold file, by language code (sorted)."""
    from nlp import taxonomy

    version = taxonomy.load().version
    counts = _counts(read_gold(path), lang) or {lang: (0, 0, 0)}
    return {code: scores(*counts[code], version) for code in sorted(counts)}


def total(by_language: dict[str, Scores]) -> Scores:
    """The scores of all languages together (micro-averaged: counts are summed)."""
    results = list(by_language.values())
    counts = (sum(getattr(r, k) for r in results) for k in ("tp", "predicted", "gold"))
    return scores(*counts, results[0].taxonomy_version if results else "")


def evaluate(path: str | Path, lang: str = "en") -> Scores:
    """Precision, recall and F1 of ``doc._.skills`` mentions against ``Tech Tools`` spans.

    Each record is read with the pipeline of its ``lang`` field, else with ``lang``.
    """
    return total(evaluate_by_language(path, lang))
