"""Learn the English skill tagger (``nlp/taxonomy/skill_tagger.json``) from ``train.jsonl``.

Every word piece that may be a tool (see ``nlp.components.skill_tagger``) of a training CV is
labelled B, I or O from the gold ``Tech Tools`` spans. CVs without a single ``Tech Tools`` span
were evidently not annotated for that label (some list dozens of tools), so they are not fitted
on, but they are scored in cross-validation like any CV. A one-vs-rest logistic model (SGD with
a fixed seed: deterministic) over the feature strings is fitted per fold of a 5-fold split over
CVs. The threshold with the best cross-validated F1 (the project's overlap scoring, after the
matcher's rule for ambiguous names) is kept, with the highest pruning floor that costs at most
0.002 of it, and the model fitted on all of train is written with both. Words known as parts of
tools are collected from the fitted CVs only (per fold in cross-validation).

    python tools/train_skill_model.py [--train PATH] [--folds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import SGDClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import taxonomy  # noqa: E402
from nlp.components.skill_features import expand  # noqa: E402
from nlp.components.skill_index import AliasIndex, find_candidates  # noqa: E402
from nlp.components.skill_lines import skill_sections  # noqa: E402
from nlp.components.skill_rules import apply_rules  # noqa: E402
from nlp.components.skill_spans import MODEL_FILE, Tagger, decode  # noqa: E402
from nlp.components.skill_tagger import describe_pieces  # noqa: E402
from nlp.components.skill_text import Pieces  # noqa: E402
from nlp.evaluate import GOLD_LABEL, count_matches, read_gold, scores  # noqa: E402
from nlp.pipeline import get_pipeline  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "cv-skills-dev" / "train.jsonl"
OUT = ROOT / "nlp" / "taxonomy" / MODEL_FILE
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.30, 0.66, 0.05))
# The floor only saves time (pieces below it are not scored). It stops at 0.1: higher floors
# cost almost nothing in cross-validation, where the taxonomy knows most tools, but cut tools
# no list names ("Quarkus" in a tools list), which real CVs have more of.
FLOORS = (0.0, 0.01, 0.02, 0.05, 0.1)
ALPHAS = (1e-5, 3e-5, 1e-4, 3e-4)
CLASSES = ("O", "B", "I")


def prepare(records: list[dict]) -> list[dict]:
    """Per CV: text, sections, pieces, taxonomy candidates, gold spans and piece labels."""
    nlp = get_pipeline("en")
    index = AliasIndex(taxonomy.load(), "en")
    out = []
    with nlp.select_pipes(enable=["recruit_lemmatizer", "recruit_sections"]):
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            gold = sorted((s, e) for s, e, label in record["entities"] if label == GOLD_LABEL)
            found = Pieces(doc.text)
            out.append(
                {
                    "text": doc.text,
                    "sections": skill_sections(doc),
                    "found": found,
                    "candidates": find_candidates(found, index),
                    "gold": gold,
                    "labels": piece_labels(found, gold),
                }
            )
    return out


def piece_labels(found: Pieces, gold: list[tuple[int, int]]) -> list[int]:
    """0 (O), 1 (B) or 2 (I) per piece: I continues the gold span of the previous piece."""
    labels, previous = [], None
    for i in range(len(found)):
        start, end = found.start(i), found.end(i)
        hit = next((k for k, (s, e) in enumerate(gold) if start < e and s < end), None)
        same = hit is not None and hit == previous and found.gap(i) != "\n"
        labels.append(0 if hit is None else 2 if same else 1)
        previous = hit
    return labels


def tool_words(cvs: list[dict]) -> list[str]:
    """Lower-case words that are part of a gold mention in the given CVs."""
    words = set()
    for cv in cvs:
        found = cv["found"]
        words.update(found.low[i] for i, label in enumerate(cv["labels"]) if label)
    return sorted(words)


def rows(cvs: list[dict], known: list[str], areas) -> tuple[list[dict], list[int]]:
    """Feature dictionaries and labels of the described pieces of the given CVs."""
    x, y = [], []
    words = frozenset(known)
    for cv in cvs:
        args = (cv["text"], cv["sections"], cv["found"], cv["candidates"], words, areas)
        for index, key, context in describe_pieces(*args):
            x.append(dict.fromkeys((f for item in (key, *context) for f in expand(item)), 1))
            y.append(cv["labels"][index])
    return x, y


def fit(cvs: list[dict], areas, alpha: float) -> dict:
    """Fit the tagger on annotated CVs; the model data as written to the JSON file."""
    fitted = [cv for cv in cvs if cv["gold"]]
    known = tool_words(fitted)
    x, y = rows(fitted, known, areas)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(x)
    model = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=15, tol=None, random_state=0)
    model.fit(matrix, np.array(y))
    coef = model.coef_
    weights = {
        name: [round(float(w), 3) for w in coef[:, column]]
        for column, name in enumerate(vectorizer.feature_names_)
        if np.abs(coef[:, column]).max() >= 0.01
    }
    bias = [round(float(b), 4) for b in model.intercept_]
    return {"weights": weights, "bias": bias, "threshold": 0.5, "tool_words": known}


def cross_validate(cvs: list[dict], folds: int, tax, alpha: float) -> dict:
    """[tp, predicted, gold] of every CV per (threshold, floor), each CV scored by a model
    fitted without its fold."""
    counts = {(t, f): [] for t in THRESHOLDS for f in FLOORS}
    areas = {sid: skill.area for sid, skill in tax.skills.items()}.get
    for fold in range(folds):
        train = [cv for n, cv in enumerate(cvs) if n % folds != fold]
        tagger = Tagger(fit(train, areas, alpha), tax)
        for cv in (cv for n, cv in enumerate(cvs) if n % folds == fold):
            facts = (cv["sections"], cv["text"], cv["found"], cv["candidates"])
            scored = tagger.score_all(cv["text"], cv["sections"], cv["found"], cv["candidates"])
            for (threshold, floor), per_cv in counts.items():
                found = decode(cv["text"], cv["found"], scored, threshold, floor)
                found = apply_rules(*facts, found)
                per_cv.append((count_matches(found, cv["gold"]), len(found), len(cv["gold"])))
        print(f"fold {fold + 1}/{folds} done", file=sys.stderr)
    return counts


def _summed(per_cv: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    """Counts of several CVs added up."""
    return tuple(sum(column) for column in zip(*per_cv, strict=True))


def spread(per_cv: list[tuple[int, int, int]], size: int = 50, draws: int = 5000) -> list[float]:
    """F1 at the 5th, 50th and 95th percentile over random sets of ``size`` CVs (a seeded draw):
    how far one test set of that size may stand from the cross-validated figure."""
    rng = random.Random(2026)
    f1s = []
    for _ in range(draws):
        tp, predicted, gold = _summed(rng.sample(per_cv, size))
        f1s.append(2 * tp / (predicted + gold) if predicted + gold else 0.0)
    f1s.sort()
    return [f1s[int(draws * q)] for q in (0.05, 0.5, 0.95)]


def choose(results: dict) -> tuple[float, float]:
    """The lowest threshold within 0.002 of the best F1 without a floor, then the highest floor
    (fewer pieces scored: faster) that costs at most 0.002 of that F1. Among thresholds that
    tie, recall wins: a candidate removes a wrong skill in the wizard, but a missed one is
    lost, and cross-validation undercounts tools no list names."""
    top = max(results[(t, 0.0)].f1 for t in THRESHOLDS)
    threshold = min(t for t in THRESHOLDS if results[(t, 0.0)].f1 >= top - 0.002)
    best = results[(threshold, 0.0)].f1
    floor = max(f for f in FLOORS if results[(threshold, f)].f1 >= best - 0.002)
    return threshold, floor


def tune(cvs: list[dict], folds: int, tax) -> tuple[float, float, float, object, list]:
    """The regularisation, threshold and floor with the best cross-validated F1, it, and the
    per-CV counts behind it."""
    best = None
    for alpha in ALPHAS:
        counts = cross_validate(cvs, folds, tax, alpha)
        results = {key: scores(*_summed(per_cv)) for key, per_cv in counts.items()}
        threshold, floor = choose(results)
        result = results[(threshold, floor)]
        print(
            f"alpha {alpha:g} threshold {threshold} floor {floor}: {result.line()}", file=sys.stderr
        )
        if best is None or result.f1 > best[3].f1:
            best = (alpha, threshold, floor, result, counts[(threshold, floor)])
    return best


def main(argv: list[str] | None = None) -> int:
    """Cross-validate the settings, fit on all of train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    tax = taxonomy.load()
    cvs = prepare(read_gold(args.train))
    alpha, threshold, floor, cv, per_cv = tune(cvs, args.folds, tax)
    low, median, high = spread(per_cv)
    print(
        f"F1 of 50 CVs drawn from the folds: 5 % {low:.3f}, median {median:.3f}, 95 % {high:.3f}",
        file=sys.stderr,
    )
    data = fit(cvs, {sid: skill.area for sid, skill in tax.skills.items()}.get, alpha)
    result = {
        "taxonomy_version": tax.version,
        "trained_on": args.train.name,
        "classes": list(CLASSES),
        "cv": {
            "precision": round(cv.precision, 4),
            "recall": round(cv.recall, 4),
            "f1": round(cv.f1, 4),
            "folds": args.folds,
            "alpha": alpha,
        },
        **data,
        "threshold": threshold,
        "floor": floor,
    }
    OUT.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"chosen alpha {alpha:g}, threshold {threshold}, floor {floor}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
