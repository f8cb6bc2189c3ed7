"""Write ``nlp/taxonomy/russian_lemmas.json``: the normal form of every Cyrillic word of the
taxonomy's names, so that building the alias index at start-up parses none of them.

Run it after editing ``digital_skills.json`` (``tests/nlp/test_russian_lemmas.py`` fails while
the table is stale; the engine stays correct meanwhile, only slower to start).

    python tools/taxonomy_lemmas.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import taxonomy  # noqa: E402
from nlp.components.lemmatizer import RUSSIAN_LEMMAS_FILE, parse_russian  # noqa: E402
from nlp.components.skill_index import russian_words  # noqa: E402

OUT = ROOT / "nlp" / "taxonomy" / RUSSIAN_LEMMAS_FILE


def main() -> int:
    """Parse the taxonomy's Russian words and write the table, sorted."""
    words = sorted(russian_words(taxonomy.load()))
    table = {word: parse_russian(word) for word in words}
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table)} words written to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
