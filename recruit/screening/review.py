"""HR's review of eligibility: the body's applicants, one applicant's file, and overrides."""

import re
from dataclasses import dataclass

from flask import abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select

from models import (
    Application,
    ApplicationStatus,
    Consent,
    Document,
    Outcome,
    User,
    Vacancy,
    db,
    utcnow,
)
from nlp import taxonomy
from recruit import audit
from recruit.applications.status import change_status
from recruit.errors import NotAllowed, ValidationFailed
from recruit.screening.inputs import candidate_profile

S = ApplicationStatus
REVIEWABLE = frozenset({S.SUBMITTED, S.ELIGIBLE, S.NOT_ELIGIBLE})
OVERRIDE_MIN_CHARS = 10
EFFECTIVE = func.coalesce(Application.override_outcome, Application.eligibility_outcome)
OVERRIDE_REASON = {
    "kk": "Кадр қызметінің шешімі: {reason}",
    "ru": "Решение кадровой службы: {reason}",
    "en": "Decision of the HR service: {reason}",
}


def get_own_application_or_404(application_id: int) -> Application:
    """A submitted application to a vacancy of the current HR officer's body; 404 otherwise."""
    application = db.session.get(Application, application_id)
    body_id = getattr(current_user, "state_body_id", None)
    if (
        application is None
        or body_id is None
        or application.vacancy.state_body_id != body_id
        or application.status == S.DRAFT
    ):
        abort(404)
    return application


def _submitted(vacancy_id: int):
    return (Application.vacancy_id == vacancy_id, Application.status != S.DRAFT)


def vacancies_with_applicants(user: User, page: int, per_page: int):
    """The body's vacancies that received applications, latest deadline first; and counts."""
    received = select(Application.id).where(
        Application.vacancy_id == Vacancy.id, Application.status != S.DRAFT
    )
    stmt = (
        select(Vacancy)
        .where(Vacancy.state_body_id == user.state_body_id, received.exists())
        .order_by(Vacancy.deadline.desc(), Vacancy.id.desc())
    )
    result = db.paginate(stmt, page=page, per_page=per_page, error_out=False)
    ids = [v.id for v in result.items]
    counts = dict(
        db.session.execute(
            select(Application.vacancy_id, func.count())
            .where(Application.vacancy_id.in_(ids), Application.status != S.DRAFT)
            .group_by(Application.vacancy_id)
        ).all()
    )
    return result, counts


def outcome_counts(vacancy: Vacancy) -> dict[str, int]:
    """Applicants per effective outcome ("pass", "fail", "needs_review", "" = not checked)."""
    rows = db.session.execute(
        select(EFFECTIVE, func.count()).where(*_submitted(vacancy.id)).group_by(EFFECTIVE)
    )
    counts = {o.value: 0 for o in Outcome} | {"": 0}
    for outcome, n in rows:
        counts[Outcome(outcome).value if outcome else ""] += n
    return counts


def applicants(vacancy: Vacancy, outcome: Outcome | None, page: int, per_page: int):
    """One page of the vacancy's submitted applications, optionally of one effective outcome."""
    stmt = select(Application).where(*_submitted(vacancy.id))
    if outcome is not None:
        stmt = stmt.where(EFFECTIVE == outcome.value)
    stmt = stmt.order_by(Application.submitted_at, Application.id)
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


@dataclass(frozen=True)
class ApplicantFile:
    """Everything HR sees about one applicant."""

    application: Application
    profile: object
    consents: list[Consent]
    cv: Document | None
    documents: list[Document]
    evidence: list[dict]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _snippet(text: str, start: int, end: int, reach: int = 160) -> dict:
    """The sentence around a mention: text before, the mention, text after."""
    low = max(0, start - reach)
    begin = max(text.rfind(c, low, start) for c in ".\n!?") + 1 or low
    stops = [i for i in (text.find(c, end, end + reach) for c in ".\n!?") if i != -1]
    stop = min(stops) if stops else min(len(text), end + reach)
    return {
        "before": _squash(text[begin:start]).lstrip(),
        "mention": text[start:end],
        "after": _squash(text[end:stop]),
    }


def skill_evidence(application: Application, cv: Document | None, lang: str) -> list[dict]:
    """Each confirmed skill, named in ``lang``, with the CV sentences that show it."""
    text = cv.text if cv is not None else ""
    tax = taxonomy.load()
    out = []
    for skill in application.skills or []:
        spans = [
            _snippet(text, m["start"], m["end"])
            for m in skill.get("mentions") or []
            if 0 <= m.get("start", -1) < m.get("end", -1) <= len(text)
        ]
        label = tax.label(skill["id"], lang) if skill.get("id") in tax.skills else skill["label"]
        out.append({**skill, "label": label, "evidence": spans})
    return out


def open_applicant_file(actor: User, application: Application, lang: str) -> ApplicantFile:
    """The applicant's file for HR; opening it is an audited view of personal data."""
    documents = list(
        db.session.execute(
            select(Document).where(Document.application_id == application.id).order_by(Document.id)
        ).scalars()
    )
    cv = next((d for d in documents if d.id == application.cv_document_id), None)
    consents = list(
        db.session.execute(
            select(Consent).where(Consent.application_id == application.id).order_by(Consent.id)
        ).scalars()
    )
    audit.record("personal_data.view", application, actor=actor, field="applicant_file")
    db.session.commit()
    return ApplicantFile(
        application=application,
        profile=candidate_profile(application),
        consents=consents,
        cv=cv,
        documents=[d for d in documents if d.id != application.cv_document_id],
        evidence=skill_evidence(application, cv, lang),
    )


def override_outcome(actor: User, application: Application, outcome: Outcome, reason: str):
    """HR sets the outcome with a written reason; the status follows (pass → eligible)."""
    reason = (reason or "").strip()
    if len(reason) < OVERRIDE_MIN_CHARS:
        raise ValidationFailed(
            [
                (
                    "reason",
                    str(
                        _l(
                            "Explain the decision in at least %(n)d characters.",
                            n=OVERRIDE_MIN_CHARS,
                        )
                    ),
                )
            ]
        )
    if outcome not in (Outcome.PASS, Outcome.FAIL):
        raise ValidationFailed([("outcome", str(_l("Choose eligible or not eligible.")))])
    if application.status not in REVIEWABLE:
        raise NotAllowed(str(_l("The eligibility of this application can no longer be changed.")))
    previous = application.effective_outcome
    application.override_outcome = outcome
    application.override_reason = reason
    application.override_by_id = actor.id
    application.override_at = utcnow()
    target = S.ELIGIBLE if outcome == Outcome.PASS else S.NOT_ELIGIBLE
    if application.status != target:
        texts = {lang: text.format(reason=reason) for lang, text in OVERRIDE_REASON.items()}
        change_status(application, target, texts, actor)
    audit.record(
        "eligibility.override",
        application,
        actor=actor,
        outcome=outcome.value,
        previous=previous.value if previous else "",
    )
    db.session.commit()
