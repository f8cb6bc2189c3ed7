"""The ranking's exact inputs, gathered from rows, hashed canonically and fed to the engine.

A run is reproducible when the same inputs give the same scores: the vacancy fields the engine
reads, the parameters, and per applicant the stored CV reading, the confirmed skills and the
extracted CV text. ``digest`` hashes a canonical JSON of all of them.
"""

import hashlib
import json
from contextlib import nullcontext
from dataclasses import replace

from flask import current_app, has_request_context
from sqlalchemy import and_, func, or_, select

from models import Application, ApplicationStatus, CVStatus, Document, Outcome, Vacancy, db
from nlp.rank import Applicant, CandidateRanker, Ranked
from nlp.types import Mention, SkillMatch
from nlp.vacancy import parse_vacancy
from recruit.api.documents import vacancy_document
from recruit.screening.inputs import cv_profile

S = ApplicationStatus
NOT_RANKABLE = (S.DRAFT, S.SUBMITTED, S.WITHDRAWN, S.NOT_ELIGIBLE)
EFFECTIVE = func.coalesce(Application.override_outcome, Application.eligibility_outcome)
ENGINE_DEFAULTS = {"experience_cap_years": 5.0, "recent_years": 3}
VACANCY_FIELDS = (
    "title",
    "state_body",
    "corps",
    "category",
    "competition",
    "duties",
    "requirements",
    "digital_skills",
    "languages",
    "salary_min",
    "salary_max",
    "location",
    "deadline",
)


def eligible_clause():
    """SQL condition of an eligible application: status eligible or later, or HR's pass."""
    return or_(
        Application.status.not_in([s.value for s in NOT_RANKABLE]),
        and_(Application.status == S.SUBMITTED, EFFECTIVE == Outcome.PASS.value),
    )


def rankable_clause(vacancy_id: int):
    """SQL condition of an eligible application of one vacancy."""
    return and_(Application.vacancy_id == vacancy_id, eligible_clause())


def rankable(vacancy: Vacancy) -> list[Application]:
    """The vacancy's eligible applications, by id."""
    stmt = select(Application).where(rankable_clause(vacancy.id)).order_by(Application.id)
    return list(db.session.execute(stmt).scalars())


def rankable_ids(vacancy: Vacancy) -> set[int]:
    """Ids of the vacancy's eligible applications (no wide columns loaded)."""
    stmt = select(Application.id).where(rankable_clause(vacancy.id))
    return set(db.session.execute(stmt).scalars())


def readable(application: Application) -> bool:
    """Only a CV the engine could read is scored; the others go to a person."""
    return application.cv_status == CVStatus.OK and application.cv_document_id is not None


def vacancy_input(vacancy: Vacancy) -> dict:
    """The fields of the public vacancy document that the engine reads."""
    context = nullcontext() if has_request_context() else current_app.test_request_context()
    with context:
        document = vacancy_document(vacancy)
    return {key: document[key] for key in VACANCY_FIELDS}


def params_input(vacancy: Vacancy) -> dict:
    """Weights, bands and a fixed reference year (the deadline's, never the wall clock)."""
    return {
        "weights": dict(vacancy.ranking_weights or {}),
        "bands": dict(vacancy.ranking_bands or {}),
        "reference_year": vacancy.deadline.year if vacancy.deadline else None,
        **ENGINE_DEFAULTS,
    }


def rank_key(application: Application) -> str:
    """A unique tie-break key in the neutral order: by code (shorter first), then id."""
    code = application.code or ""
    return f"{len(code):03d}:{code}:{application.id:012d}"


def applicant_input(application: Application, text: str) -> dict:
    """One applicant's inputs: stored reading, confirmed skills and CV text."""
    return {
        "application_id": application.id,
        "key": rank_key(application),
        "profile": application.cv_profile or {},
        "skills": application.skills or [],
        "text": text,
    }


def _texts(applications: list[Application]) -> dict[int, str]:
    """Extracted CV text per document id."""
    ids = [a.cv_document_id for a in applications if a.cv_document_id is not None]
    if not ids:
        return {}
    rows = db.session.execute(select(Document.id, Document.text).where(Document.id.in_(ids)))
    return {doc_id: text or "" for doc_id, text in rows}


def applicants_input(applications: list[Application]) -> list[dict]:
    """The inputs of each application, in the given order."""
    texts = _texts(applications)
    return [applicant_input(a, texts.get(a.cv_document_id, "")) for a in applications]


def collect(vacancy: Vacancy) -> tuple[dict, list[int]]:
    """All inputs of ranking ``vacancy`` now, and the eligible applications left unscored."""
    applications = rankable(vacancy)
    scored = [a for a in applications if readable(a)]
    inputs = {
        "vacancy": vacancy_input(vacancy),
        "params": params_input(vacancy),
        "applicants": applicants_input(scored),
    }
    return inputs, [a.id for a in applications if not readable(a)]


def digest(inputs: dict) -> str:
    """SHA-256 of the canonical JSON of the inputs (sorted keys, no whitespace)."""
    raw = json.dumps(
        inputs, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def _skill(row: dict) -> SkillMatch:
    """A confirmed skill as the engine's match; a self-declared one has no mentions."""
    mentions = tuple(
        Mention(int(m["start"]), int(m["end"]), str(m.get("text", "")))
        for m in row.get("mentions") or ()
    )
    return SkillMatch(row["id"], row.get("label", ""), row.get("area", ""), mentions)


def engine_applicant(item: dict) -> Applicant:
    """The engine's applicant: the CV reading with the candidate's confirmed skills."""
    skills = tuple(_skill(s) for s in item["skills"] if s.get("id"))
    return Applicant(replace(cv_profile(item["profile"]), skills=skills), item["text"])


def run_engine(inputs: dict) -> tuple[CandidateRanker, tuple[Ranked, ...]]:
    """Fit the ranker on the inputs and rank the applicants (ties by key)."""
    params = inputs["params"]
    ranker = CandidateRanker(
        parse_vacancy(inputs["vacancy"]),
        weights=params["weights"],
        bands=params["bands"],
        experience_cap_years=params["experience_cap_years"],
        recent_years=params["recent_years"],
        reference_year=params["reference_year"],
    )
    applicants = [engine_applicant(item) for item in inputs["applicants"]]
    ranker.fit(applicants)
    return ranker, ranker.rank(applicants, [item["key"] for item in inputs["applicants"]])
