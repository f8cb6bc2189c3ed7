"""``python -m nlp rank --vacancy VACANCY.json FILE...``: one JSON object with the ranking.

Each file is extracted and read, checked against the qualification requirements, and the
eligible ones are ranked (advisory): eligible first by score, ties by file name; the others
follow with ``rank`` null and the reasons. Exit 0 on success, 2 on a usage error (bad
arguments or vacancy document), 1 when a file hit an internal error (it is still listed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from nlp.eligibility import RuleResult, check
from nlp.rank import RANKER_VERSION, Applicant, CandidateRanker
from nlp.vacancy import VacancyError, load_vacancy

LANG_CHOICES = ("auto", "kk", "ru", "en")
UNREADABLE = {
    "kk": "Файлды оқу мүмкін болмады; оны адам қарайды.",
    "ru": "Файл не удалось прочитать; его проверит человек.",
    "en": "The file could not be read; a person will review it.",
}
INTERNAL = {
    "kk": "Түйіндемені автоматты түрде оқу сәтсіз аяқталды; оны адам қарайды.",
    "ru": "Резюме не удалось прочитать автоматически; его проверит человек.",
    "en": "The CV could not be read automatically; a person will review it.",
}


def _parser() -> argparse.ArgumentParser:
    """Arguments of the rank sub-command."""
    parser = argparse.ArgumentParser(prog="python -m nlp rank", description=__doc__.splitlines()[0])
    parser.add_argument("--vacancy", required=True, metavar="VACANCY.json")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--lang", choices=LANG_CHOICES, default="auto")
    parser.add_argument(
        "--in-process", action="store_true", help="extract in this process, not the worker pool"
    )
    return parser


def _unread(path: str, outcome: str, message: dict, code: str) -> dict:
    """Record of a file that produced no profile: not eligible, goes to a person."""
    rule = {**RuleResult("extraction", outcome, message).to_dict(), "code": code}
    return {
        "file": path,
        "rank": None,
        "eligible": False,
        "eligibility": outcome,
        "reasons": [rule],
        "score": None,
        "band": None,
        "components": None,
        "explanation": None,
    }


def _read(path: str, lang: str, isolated: bool) -> tuple[dict | None, Applicant | None, bool]:
    """Read one file: (record when unreadable, applicant when read, healthy flag)."""
    from nlp.profile import read_file

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        print(f"{path}: {error.strerror or error}", file=sys.stderr)
        return _unread(path, "fail", UNREADABLE, "file_unreadable"), None, True
    try:
        extraction, profile = read_file(data, lang, isolated=isolated)
    except Exception as error:  # a defect: list the file for a person, never a traceback
        print(f"{path}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return _unread(path, "needs_review", INTERNAL, "internal_error"), None, False
    if profile is None:
        reason = extraction.reason
        message = dict(reason.message) if reason else dict(UNREADABLE)
        code = reason.code if reason else extraction.status
        outcome = "fail" if extraction.status == "rejected" else "needs_review"
        return _unread(path, outcome, message, code), None, True
    return None, Applicant(profile, extraction.text), True


def _ranked_records(vacancy, eligible: list[tuple[str, Applicant, list]]) -> list[dict]:
    """Fit the ranker on the eligible applicants and return their records in rank order."""
    if not eligible:
        return []
    applicants = [a for _, a, _ in eligible]
    reasons = {path: rules for path, _, rules in eligible}
    ranker = CandidateRanker(vacancy).fit(applicants)
    ranking = ranker.rank(applicants, keys=[path for path, _, _ in eligible])
    return [
        {
            "file": r.key,
            "rank": r.rank,
            "eligible": True,
            "eligibility": "pass",
            "reasons": reasons[r.key],
            "score": r.score.total,
            "band": r.score.band,
            "components": r.score.components,
            "contributions": r.score.contributions,
            "explanation": r.score.explanation,
        }
        for r in ranking
    ]


def run(vacancy, files: list[str], lang: str = "auto", isolated: bool = True) -> tuple[dict, bool]:
    """Build the ranking document for the files; the flag is False after an internal error."""
    eligible, others, healthy = [], [], True
    for path in dict.fromkeys(files):
        record, applicant, ok = _read(path, lang, isolated)
        healthy = healthy and ok
        if applicant is None:
            others.append(record)
            continue
        result = check(applicant.profile, vacancy)
        rules = [r.to_dict() for r in result.rules]
        if result.eligible:
            eligible.append((path, applicant, rules))
        else:
            others.append(
                {
                    "file": path,
                    "rank": None,
                    "eligible": False,
                    "eligibility": result.outcome,
                    "reasons": rules,
                    "score": None,
                    "band": None,
                    "components": None,
                    "explanation": None,
                }
            )
    ranking = _ranked_records(vacancy, eligible) + sorted(others, key=lambda r: r["file"])
    return {
        "ranker_version": RANKER_VERSION,
        "taxonomy_version": vacancy.taxonomy_version,
        "unknown_skills": list(vacancy.unknown_skills),
        "ranking": ranking,
    }, healthy


def main(argv: list[str]) -> int:
    """Parse arguments, rank, print one JSON object; 2 on a usage error, never a traceback."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        vacancy = load_vacancy(args.vacancy)
    except VacancyError as error:
        print(f"python -m nlp rank: error: {error}", file=sys.stderr)
        return 2
    document, healthy = run(vacancy, args.files, args.lang, isolated=not args.in_process)
    json.dump(document, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0 if healthy else 1
