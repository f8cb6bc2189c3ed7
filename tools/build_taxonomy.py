"""Build ``nlp/taxonomy/digital_skills.json`` from the hand-written seed and the training set.

The seed (``tools/taxonomy_seed.txt``) names every skill with its area and kk/ru/en names. The
Tech Tools spans of ``train.jsonl`` are then mined: a surface such as "Oracle 10g", "MS-Word" or
"SQL Server 2008" whose core (versions and vendor prefixes removed) is already a known alias
becomes an English alias of that skill. Surfaces seen twice or more that match nothing are
printed, so a person can add them to the seed.

    python tools/build_taxonomy.py [--version 2026.11.3]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tools" / "taxonomy_seed.txt"
OUT = ROOT / "nlp" / "taxonomy" / "digital_skills.json"
TRAIN = ROOT.parent / "shared" / "data" / "cv-skills-dev" / "train.jsonl"
VERSION = "2026.11.3"
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ICT_FAMILIES = (
    "programming", "web", "data", "cloud", "devops", "os", "networking", "cybersecurity",
    "testing", "gis", "office", "project-management", "egov", "enterprise", "design",
)  # fmt: skip
DIGCOMP = ("information", "communication", "content", "safety", "problem-solving")
_VERSION_TOKEN = re.compile(r"^(?:v?\d[\w.+/]*|xp|vista|nt|cs\d*|se|ee|x|r\d|sp\d|ce)$")
_PREFIXES = ("microsoft ", "ms-", "ms ", "adobe ", "apache ", "ibm ", "oracle ", "sun ")


def _names(field: str) -> list[str]:
    """The ';'-separated names of one seed field, stripped, empty ones dropped."""
    return [name.strip() for name in field.split(";") if name.strip()]


def _area(field: str) -> tuple[str, str | None]:
    """Split "content 3.4" into ("content", "3.4"); an ICT family has no competence."""
    area, _, competence = field.strip().partition(" ")
    if area not in DIGCOMP + ICT_FAMILIES:
        raise ValueError(f"unknown area {area!r}")
    if area in DIGCOMP and not re.fullmatch(r"[1-5]\.[1-6]", competence):
        raise ValueError(f"DigComp area {area!r} needs a competence number")
    return area, competence or None


def parse_seed(text: str) -> list[dict]:
    """Parse the seed lines into skill entries of the data file format."""
    skills = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        sid, area_field, en, ru, kk, ambiguous = (part.strip() for part in line.split("|"))
        if not ID.match(sid):
            raise ValueError(f"line {number}: id {sid!r} is not kebab-case")
        area, competence = _area(area_field)
        names = {"en": _names(en), "ru": _names(ru) or _names(en)[:1], "kk": _names(kk)}
        names["kk"] = names["kk"] or names["ru"][:1]
        entry = {
            "id": sid,
            "area": area,
            "label": {lang: names[lang][0] for lang in names},
            "aliases": {lang: names[lang][1:] for lang in names},
        }
        if competence:
            entry["competence"] = competence
        if _names(ambiguous):
            entry["ambiguous"] = _names(ambiguous)
        skills.append(entry)
    return skills


def check_unique(skills: list[dict]) -> None:
    """Fail on a duplicate id, or a name claimed by two skills."""
    owner: dict[str, str] = {}
    ids = [s["id"] for s in skills]
    if len(ids) != len(set(ids)):
        dup = [i for i, n in collections.Counter(ids).items() if n > 1]
        raise ValueError(f"duplicate ids: {dup}")
    clashes = []
    for skill in skills:
        for lang in ("en", "ru", "kk"):
            for name in {skill["label"][lang], *skill["aliases"][lang]}:
                key = " ".join(name.lower().split())
                if owner.setdefault(key, skill["id"]) != skill["id"]:
                    clashes.append(f"{name!r} ({owner[key]}, {skill['id']})")
    if clashes:
        raise ValueError("names claimed twice: " + "; ".join(sorted(set(clashes))))


def core(surface: str) -> str:
    """A surface without vendor prefix and version tokens: "MS Word 2010" -> "word"."""
    text = " ".join(surface.lower().replace("(", " ").replace(")", " ").split())
    for prefix in _PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            text = text[len(prefix) :]
    words = [w for w in text.split(" ") if not _VERSION_TOKEN.match(w)]
    return " ".join(words) or text


def mine(skills: list[dict], rows: list[dict]) -> collections.Counter:
    """Add train surfaces whose core is a known name as aliases; return the unmatched ones."""
    by_name: dict[str, dict] = {}
    for skill in skills:
        for lang in ("en", "ru", "kk"):
            for name in (skill["label"][lang], *skill["aliases"][lang]):
                by_name.setdefault(" ".join(name.lower().split()), skill)
    surfaces = collections.Counter(
        " ".join(row["text"][s:e].split()) for row in rows for s, e, label in row["entities"]
    if label == "Tech Tools")  # fmt: skip
    missing: collections.Counter = collections.Counter()
    for surface, count in sorted(surfaces.items()):
        key = surface.lower()
        if key in by_name or not surface:
            continue
        skill = by_name.get(core(surface)) or by_name.get(core(surface).replace(" ", ""))
        if skill is None:
            missing[key] += count
            continue
        skill["aliases"]["en"].append(key)
        by_name[key] = skill
    return missing


def main(argv: list[str] | None = None) -> int:
    """Write the data file and list frequent unmatched train surfaces."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=VERSION)
    parser.add_argument("--train", type=Path, default=TRAIN)
    args = parser.parse_args(argv)
    skills = parse_seed(SEED.read_text(encoding="utf-8"))
    check_unique(skills)
    rows = [json.loads(line) for line in args.train.read_text(encoding="utf-8").splitlines()]
    missing = mine(skills, rows)
    check_unique(skills)
    data = {"version": args.version, "skills": skills}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(skills)} skills written to {OUT.relative_to(ROOT)}", file=sys.stderr)
    frequent = [f"{name} ({n})" for name, n in missing.most_common() if n >= 2]
    print("unmatched train surfaces seen twice or more:", "; ".join(frequent), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
