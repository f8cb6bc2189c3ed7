"""``python -m nlp``: parse CVs to JSON lines, evaluate skills, rank, benchmark.

The output of ``parse`` is a stable contract (DESIGN.md, "Command-line contract of nlp/").
Exit codes: 0 when every file was processed whatever its outcome, 2 on a usage error, 1 when
a file hit an internal error (it is still reported as a ``needs_review`` JSON line). Heavy
modules (spaCy, the pipelines) are imported only by the command that needs them, so that
start-up stays short.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import threading
from pathlib import Path

from nlp.messages import MESSAGES

LANG_CHOICES = ("auto", "kk", "ru", "en")

_MESSAGES = {
    "file_unreadable": {
        "kk": "Файлды оқу мүмкін болмады.",
        "ru": "Не удалось прочитать файл.",
        "en": "The file could not be read.",
    },
}


def _parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(
        prog="python -m nlp", description="Read CVs, evaluate skills, rank, benchmark."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="read CV files, print one JSON object a line")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--lang", choices=LANG_CHOICES, default="auto")
    parse.add_argument("--text", action="store_true", help="add the extracted text")
    parse.add_argument(
        "--in-process", action="store_true", help="extract in this process, not the worker pool"
    )
    evaluate = commands.add_parser("eval", help="score skill mentions against a gold JSONL set")
    evaluate.add_argument("dataset", metavar="DATASET.jsonl")
    evaluate.add_argument("--lang", choices=LANG_CHOICES[1:], default="en")
    commands.add_parser("rank", help="rank CVs for a vacancy", add_help=False)
    bench = commands.add_parser("bench", help="CVs per second against the extraction floor")
    bench.add_argument("--n", type=int, default=20, help="files per type (default 20)")
    return parser


def _base_record(name: str, status: str, reason: dict | None, text: str) -> dict:
    """A parse result with every contract key, empty: the shape of a file not read."""
    return {
        "file": name,
        "status": status,
        "reason": reason,
        "language": None,
        "text_chars": len(text),
        "skills": [],
        "education": [],
        "experience": [],
        "experience_years": None,
        "public_service_years": None,
        "languages": [],
        "certifications": [],
        "personal_data": [],
    }


def _profile_fields(profile) -> dict:
    """The contract's JSON fields of a ``CVProfile``."""
    return {
        "language": profile.language,
        "text_chars": profile.text_chars,
        "skills": [
            {
                "id": s.id,
                "label": s.label,
                "area": s.area,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in s.mentions],
            }
            for s in profile.skills
        ],
        "education": [
            {k: getattr(e, k) for k in ("level", "field", "institution", "year", "start", "end")}
            for e in profile.education
        ],
        "experience": [
            {
                **{k: getattr(x, k) for k in ("title", "organization", "start", "end")},
                "public_service": x.public_service,
                "span": list(x.span),
            }
            for x in profile.experience
        ],
        "experience_years": round(profile.experience_years, 1),
        "public_service_years": round(profile.public_service_years, 1),
        "languages": [{"code": x.code, "level": x.level} for x in profile.languages],
        "certifications": [{"name": c.name, "year": c.year} for c in profile.certifications],
        "personal_data": [
            {"kind": p.kind, "start": p.start, "end": p.end} for p in profile.personal_data
        ],
    }


def _extract(data: bytes, isolated: bool):
    """Extract the text of one file, in the worker pool unless ``isolated`` is False."""
    if isolated:
        from nlp.pool import get_pool

        return get_pool().extract(data)
    from nlp.extract import extract_bytes

    return extract_bytes(data)


def parse_one(path: str, lang: str, with_text: bool, isolated: bool) -> tuple[dict, bool]:
    """Read one file into its JSON record; the flag is False when an internal error occurred."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        reason = {"code": "file_unreadable", "message": _MESSAGES["file_unreadable"]}
        print(f"{path}: {error.strerror or error}", file=sys.stderr)
        return _base_record(path, "rejected", reason, ""), True
    try:
        extraction = _extract(data, isolated)
        profile = None
        if extraction.status == "ok":
            from nlp.profile import read_cv

            profile = read_cv(extraction.text, lang)
    except Exception as error:  # a defect: report the file to a person, never a traceback
        print(f"{path}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        reason = {"code": "internal_error", "message": dict(MESSAGES["internal_error"])}
        return _base_record(path, "needs_review", reason, ""), False
    reason = None
    if extraction.reason is not None:
        reason = {"code": extraction.reason.code, "message": dict(extraction.reason.message)}
    record = _base_record(path, extraction.status, reason, extraction.text)
    if profile is not None:
        record.update(_profile_fields(profile))
    if with_text:
        record["text"] = extraction.text
    return record, True


def cmd_parse(args: argparse.Namespace) -> int:
    """Print one JSON line per file; 0 when all were processed, 1 after an internal error.

    spaCy is imported in a background thread while the first file is being extracted: the
    extraction worker starts on the other core, which keeps the start-up short.
    """
    preload = threading.Thread(target=_preload, daemon=True)
    preload.start()
    healthy = True
    for path in args.files:
        record, ok = parse_one(path, args.lang, args.text, not args.in_process)
        healthy &= ok
        print(json.dumps(record, ensure_ascii=False), flush=True)
    preload.join()
    return 0 if healthy else 1


def _preload() -> None:
    """Import the CV reader (spaCy and the components, whose patterns compile as they load);
    a failure shows up later, per file."""
    try:
        importlib.import_module("nlp.profile")
        importlib.import_module("nlp.pipeline").load_components()
    except Exception:  # reported by parse_one when the file's turn comes
        return


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the skill matcher on a gold JSONL set and print precision, recall, F1, counts.

    Records are read in their own ``lang`` (else ``--lang``); a file of several languages
    also gets one line per language.
    """
    from nlp.evaluate import evaluate_by_language, total

    try:
        by_language = evaluate_by_language(args.dataset, lang=args.lang)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"python -m nlp eval: error: cannot read {args.dataset}: {error}", file=sys.stderr)
        return 2
    result = total(by_language)
    print(f"precision  {result.precision:.3f}")
    print(f"recall     {result.recall:.3f}")
    print(f"F1         {result.f1:.3f}")
    print(f"tp {result.tp}  predicted {result.predicted}  gold {result.gold}")
    print(f"taxonomy   {result.taxonomy_version}")
    if len(by_language) > 1:
        for code, scores in by_language.items():
            print(f"{code:<10} {scores.line()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run one sub-command and return the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "rank":
        from nlp.rank_cli import main as rank_main

        return rank_main(argv[1:])
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "parse":
        return cmd_parse(args)
    if args.command == "eval":
        return cmd_eval(args)
    from nlp.bench import main as bench_main

    return bench_main(["--n", str(args.n)])
