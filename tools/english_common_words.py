"""Write ``nlp/taxonomy/english_common_words.txt.gz``: the capitalised English words that
spaCy's word-frequency table (spacy-lookups-data's ``en_lexeme_prob``) has written in lower
case far more often (``nlp.components.common_words``), one a line. Reading the whole table at
run time would cost a reading worker 2 s and 300 MB.

Run it after upgrading spacy-lookups-data (``tests/nlp/test_common_words.py`` fails while the
list is stale).

    python tools/english_common_words.py
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.components.common_words import ENGLISH_COMMON_FILE, english_common  # noqa: E402

OUT = ROOT / "nlp" / "taxonomy" / ENGLISH_COMMON_FILE
TABLE = "en_lexeme_prob.json.gz"


def read_table() -> dict[str, float]:
    """spacy-lookups-data's English word log-probabilities."""
    data = importlib.resources.files("spacy_lookups_data") / "data" / TABLE
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


def main() -> int:
    """Compute the list and write it, gzipped with a fixed time stamp (the same bytes each run)."""
    words = english_common(read_table())
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words written to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
