"""Learn the skill-mention filter (``nlp/taxonomy/skill_model.json``) from ``train.jsonl``.

Every alias occurrence found by the matcher in a training CV is a candidate; it is positive when
it overlaps a gold ``Tech Tools`` span, or when the same skill is annotated elsewhere in that CV
(the dataset README notes the same tool labelled in one place and not in another). CVs without a
single ``Tech Tools`` span were evidently not annotated for that label (some list dozens of
tools) and are left out. The reliability of each alias (how often its occurrences are
annotated) is estimated out of fold (5 folds over CVs) for the features, then on all of train
for the shipped table. A logistic regression over the context features of
``nlp.components.skill_context`` is fitted, and the probability threshold that maximises F1 on
train is stored. Deterministic: fixed folds, lbfgs.

    python tools/train_skill_model.py [--train PATH]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import taxonomy  # noqa: E402
from nlp.components.skill_context import FEATURES, describe, skill_sections  # noqa: E402
from nlp.components.skill_gate import in_skill_context  # noqa: E402
from nlp.components.skill_text import Pieces  # noqa: E402
from nlp.components.skills import AliasIndex, find_candidates  # noqa: E402
from nlp.evaluate import GOLD_LABEL, read_gold  # noqa: E402
from nlp.pipeline import get_pipeline  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "cv-skills-dev" / "train.jsonl"
OUT = ROOT / "nlp" / "taxonomy" / "skill_model.json"
FOLDS = 5


def gold_spans(record: dict) -> list[tuple[int, int]]:
    """The gold Tech Tools spans of one record."""
    return [(s, e) for s, e, label in record["entities"] if label == GOLD_LABEL]


def candidates(records: list[dict]):
    """Per record: (text, skills sections, pieces), candidates, their 0/1 labels, the number
    of gold spans, and whether each candidate passes the ambiguity rule (only those reach the
    learned filter, so only those count in the alias statistics and the fit)."""
    nlp = get_pipeline("en")
    index = AliasIndex(taxonomy.load(), "en")
    out = []
    with nlp.select_pipes(enable=["recruit_lemmatizer", "recruit_sections"]):
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            gold = gold_spans(record)
            text = doc.text
            words = Pieces(text)
            found = find_candidates(words, index)
            labels = consistent(
                found, [int(any(c.start < e and s < c.end for s, e in gold)) for c in found]
            )
            sections = skill_sections(doc)
            rows = describe(text, sections, words, found, lambda alias: (0.5, 0))
            gated = [
                not c.ambiguous or in_skill_context(words, c, row)
                for c, row in zip(found, rows, strict=True)
            ]
            out.append(((text, sections, words), found, labels, len(gold), gated))
    return out


def consistent(found, labels: list[int]) -> list[int]:
    """Labels with the annotators' known inconsistency undone: an occurrence of a skill that
    is annotated elsewhere in the same CV counts as a skill too (see the dataset README)."""
    annotated = {c.skill_id for c, label in zip(found, labels, strict=True) if label}
    return [int(label or c.skill_id in annotated) for c, label in zip(found, labels, strict=True)]


def alias_stats(data, keep) -> dict[str, list[int]]:
    """[hits, occurrences] per alias over the records whose number satisfies ``keep``."""
    stats: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for number, (_, found, labels, _, gated) in enumerate(data):
        if keep(number):
            for candidate, label, passed in zip(found, labels, gated, strict=True):
                if passed:
                    stats[candidate.alias][0] += label
                    stats[candidate.alias][1] += 1
    return dict(stats)


def prior_from(stats: dict, default: float):
    """The smoothed prior function the matcher uses, over a given table."""

    def prior(alias: str) -> tuple[float, int]:
        hits, seen = stats.get(alias, (0, 0))
        return (hits + 2 * default) / (seen + 2), seen

    return prior


def features(data, default: float):
    """Out-of-fold feature rows, labels and record numbers of the gated candidates."""
    rows, labels, owners = [], [], []
    for fold in range(FOLDS):
        stats = alias_stats(data, lambda n, f=fold: n % FOLDS != f)
        prior = prior_from(stats, default)
        for number, ((text, sections, words), found, found_labels, _, gated) in enumerate(data):
            if number % FOLDS != fold:
                continue
            described = describe(text, sections, words, found, prior)
            for row, label, passed in zip(described, found_labels, gated, strict=True):
                if not passed:
                    continue
                rows.append(row)
                labels.append(label)
                owners.append(number)
    return np.array(rows), np.array(labels), owners


def best_threshold(probabilities, labels, gold: int) -> tuple[float, float]:
    """The threshold with the highest F1 (candidate labels as TP), and that F1."""
    best = (0.5, 0.0)
    for threshold in np.arange(0.10, 0.91, 0.01):
        kept = probabilities >= threshold
        tp = int(labels[kept].sum())
        if kept.sum() == 0 or tp == 0:
            continue
        p, r = tp / kept.sum(), tp / gold
        f1 = 2 * p * r / (p + r)
        if f1 > best[1]:
            best = (round(float(threshold), 2), f1)
    return best


def main(argv: list[str] | None = None) -> int:
    """Fit the filter and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    args = parser.parse_args(argv)
    data = [item for item in candidates(read_gold(args.train)) if item[3]]
    all_labels = [label for _, _, labels, _, _ in data for label in labels]
    default = sum(all_labels) / len(all_labels)
    x, y, _ = features(data, default)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    gold = sum(item[3] for item in data)
    threshold, f1 = best_threshold(model.predict_proba(x)[:, 1], y, gold)
    result = {
        "taxonomy_version": taxonomy.load().version,
        "trained_on": args.train.name,
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "default_rate": round(default, 6),
        "alias_stats": dict(sorted(alias_stats(data, lambda n: True).items())),
    }
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    weights = ", ".join(f"{n}={w:+.2f}" for n, w in zip(FEATURES, result["weights"], strict=True))
    print(f"candidates {len(y)}, threshold {threshold}, out-of-fold F1 ~{f1:.3f}", file=sys.stderr)
    print(weights, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
