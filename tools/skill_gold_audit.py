"""What a `Tech Tools` gold set allows: how consistently it marks tools, and how many of its
spans the taxonomy names. It reads the gold only; the engine's predictions play no part.

- **Consistent reader**: F1 of a reader that marks every occurrence (whole word) of exactly
  the names the gold marks somewhere in the same CV. Below 1.0 only where the annotators left
  a later mention of a tool they had marked unmarked: the ceiling for any reader that reads
  the same name the same way twice.
- **Plus common names**: the same reader that also marks every occurrence of each name the
  *training* gold marks three times or more (real tools such as Java or Excel), wherever the
  CV stands — so its precision falls with each such name the gold leaves unmarked.
- **Taxonomy coverage**: the share of gold spans that an alias of the taxonomy overlaps; a span
  outside it can only be found by the tagger's reading of its context.

    python tools/skill_gold_audit.py [GOLD.jsonl ...]   (default: train and test of the dev set)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import taxonomy  # noqa: E402
from nlp.components.skill_index import AliasIndex, find_candidates  # noqa: E402
from nlp.components.skill_text import Pieces  # noqa: E402
from nlp.evaluate import GOLD_LABEL, count_matches, read_gold, scores  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "cv-skills-dev"


def gold_spans(record: dict) -> list[tuple[int, int]]:
    """The record's `Tech Tools` spans."""
    return [(s, e) for s, e, label in record["entities"] if label == GOLD_LABEL]


def occurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Every whole-word occurrence of the names, a longer one winning over one inside it."""
    found = set()
    for name in names:
        pattern = r"(?<![\w+#.])" + re.escape(name) + r"(?![\w+#])"
        found.update((m.start(), m.end()) for m in re.finditer(pattern, text))
    out, end = [], -1
    for start, stop in sorted(found, key=lambda span: (span[0], -span[1])):
        if start >= end:
            out.append((start, stop))
            end = stop
    return out


def reader(records: list[dict], common: set[str]) -> str:
    """Scores of the consistent reader, with the common names added to each CV's own."""
    tp = predicted = total = 0
    for record in records:
        gold = gold_spans(record)
        names = {record["text"][s:e].strip() for s, e in gold} | common
        spans = occurrences(record["text"], names - {""})
        tp += count_matches(spans, gold)
        predicted += len(spans)
        total += len(gold)
    return scores(tp, predicted, total).line().split("  (")[0]


def coverage(records: list[dict], index: AliasIndex) -> tuple[int, int]:
    """(gold spans an alias overlaps, gold spans)."""
    covered = total = 0
    for record in records:
        found = Pieces(record["text"])
        aliases = [(c.start, c.end) for c in find_candidates(found, index)]
        for start, end in gold_spans(record):
            total += 1
            covered += any(a < end and start < b for a, b in aliases)
    return covered, total


def main(argv: list[str]) -> int:
    """Print the three measures for each gold file."""
    paths = [Path(p) for p in argv] or [DEV / "train.jsonl", DEV / "test.jsonl"]
    train = read_gold(DEV / "train.jsonl")
    counts = Counter(r["text"][s:e].strip() for r in train for s, e in gold_spans(r))
    common = {name for name, n in counts.items() if n >= 3 and len(name) > 1}
    index = AliasIndex(taxonomy.load(), "en")
    for path in paths:
        records = read_gold(path)
        covered, total = coverage(records, index)
        unmarked = sum(not gold_spans(r) for r in records)
        print(f"{path.name}: {len(records)} CVs, {unmarked} without a Tech Tools span")
        print(f"  {'consistent reader':<26} {reader(records, set())}")
        print(f"  {f'plus {len(common)} common names':<26} {reader(records, common)}")
        print(f"  taxonomy covers {covered} of {total} gold spans ({covered / total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
