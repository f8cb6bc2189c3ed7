"""The shortlist: formed from the advisory ranking (top N or bands), corrected with reasons.

Every candidate HR moves against the ranking's suggestion carries a written reason; the move
is audited as ``shortlist.override`` and counted in the vacancy's override rate.
"""

from dataclasses import dataclass

from flask import abort
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models import Application, ApplicationScore, ApplicationStatus, User, Vacancy, db
from recruit import audit
from recruit.applications.status import change_status
from recruit.errors import NotAllowed, ValidationFailed
from recruit.ranking import inputs as ranking_inputs
from recruit.ranking import listing, services

S = ApplicationStatus
BANDS = ("best", "well", "qualified")
REASON_MIN_CHARS = 10
SHORTLIST_STATUSES = (S.SHORTLISTED, S.IN_ASSESSMENT, S.SELECTED, S.RESERVE, S.NOT_SELECTED)
DECIDED = (S.SHORTLISTED, S.NOT_SHORTLISTED, *SHORTLIST_STATUSES[1:])
RANKING_OFF = _l(
    "Ranking is switched off: include or exclude candidates one by one, each with a reason."
)
NOT_RANKED = _l("Rank the applications before forming the shortlist.")
STALE = _l("The eligible applications changed since the last ranking. Rank again first.")
ALREADY_FORMED = _l("The shortlist is already formed. Move candidates one by one with a reason.")
IN_REASON = {
    "kk": "Сіз конкурстың қысқа тізіміне енгізілдіңіз.",
    "ru": "Вы включены в короткий список конкурса.",
    "en": "You are included in the competition's shortlist.",
}
OUT_REASON = {
    "kk": "Сіз конкурстың қысқа тізіміне енгізілмедіңіз.",
    "ru": "Вы не включены в короткий список конкурса.",
    "en": "You are not included in the competition's shortlist.",
}
ELIGIBLE_REASON = {
    "kk": "Кадр қызметі біліктілік талаптарына сәйкестігін растады.",
    "ru": "Кадровая служба подтвердила соответствие квалификационным требованиям.",
    "en": "The HR service confirmed that the qualification requirements are met.",
}


@dataclass(frozen=True)
class OverrideRate:
    """Moves against the ranking per shortlisted candidate."""

    overrides: int
    shortlisted: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.overrides / self.shortlisted, 1) if self.shortlisted else None


def override_rate(vacancy: Vacancy) -> OverrideRate:
    """The vacancy's override rate: overridden candidates / shortlist size."""
    base = select(func.count(Application.id)).where(Application.vacancy_id == vacancy.id)
    overrides = db.session.scalar(base.where(Application.shortlist_overridden.is_(True)))
    shortlisted = db.session.scalar(
        base.where(Application.status.in_([s.value for s in SHORTLIST_STATUSES]))
    )
    return OverrideRate(overrides or 0, shortlisted or 0)


def is_formed(vacancy: Vacancy) -> bool:
    """True once any eligible application has a shortlist decision."""
    decided = select(func.count(Application.id)).where(
        Application.vacancy_id == vacancy.id,
        Application.status.in_([s.value for s in DECIDED]),
    )
    return bool(db.session.scalar(decided))


def _move(application: Application, to: ApplicationStatus, reason: dict, actor: User) -> None:
    """Change the status; an application HR passed while still "submitted" becomes eligible."""
    if application.status == S.SUBMITTED:
        change_status(application, S.ELIGIBLE, dict(ELIGIBLE_REASON), actor)
    change_status(application, to, dict(reason), actor)


def _chosen(run, mode: str, top_n: int | None, bands) -> set[int]:
    """Application ids the ranking puts on the shortlist for the chosen rule."""
    if mode == "top":
        if not top_n or top_n < 1:
            raise ValidationFailed([("top_n", str(_l("Enter how many candidates to shortlist.")))])
        return {s.application_id for s in run.scores if s.rank <= top_n}
    chosen_bands = {b for b in bands or () if b in BANDS}
    if not chosen_bands:
        raise ValidationFailed([("bands", str(_l("Choose at least one band.")))])
    return {s.application_id for s in run.scores if s.band in chosen_bands}


def _check_can_form(vacancy: Vacancy):
    """The latest run, when the shortlist can be formed from it; otherwise a clear refusal."""
    if not services.ranking_active(vacancy):
        raise NotAllowed(str(RANKING_OFF))
    run = services.latest_run(vacancy)
    if run is None:
        raise NotAllowed(str(NOT_RANKED))
    if listing.is_stale(vacancy, run):
        raise NotAllowed(str(STALE))
    if is_formed(vacancy):
        raise NotAllowed(str(ALREADY_FORMED))
    return run


def form_shortlist(actor: User, vacancy: Vacancy, mode: str, top_n=None, bands=()) -> int:
    """Shortlist the ranked candidates by top N or by bands; return the shortlist's size."""
    run = _check_can_form(vacancy)
    chosen = _chosen(run, mode, top_n, bands)
    scores = db.session.execute(
        select(ApplicationScore)
        .where(ApplicationScore.run_id == run.id)
        .options(selectinload(ApplicationScore.application))
        .order_by(ApplicationScore.rank)
    ).scalars()
    for score in scores:
        if score.application_id in chosen:
            _move(score.application, S.SHORTLISTED, IN_REASON, actor)
        else:
            _move(score.application, S.NOT_SHORTLISTED, OUT_REASON, actor)
    audit.record(
        "shortlist.form",
        vacancy,
        actor=actor,
        run=run.id,
        mode=mode,
        top_n=top_n if mode == "top" else None,
        bands=sorted(bands or ()) if mode == "bands" else [],
        shortlisted=len(chosen),
    )
    db.session.commit()
    return len(chosen)


def get_own_candidate_or_404(vacancy: Vacancy, application_id: int) -> Application:
    """An eligible application of this vacancy; 404 for anything else."""
    application = db.session.execute(
        select(Application).where(
            Application.id == application_id, ranking_inputs.rankable_clause(vacancy.id)
        )
    ).scalar_one_or_none()
    if application is None:
        abort(404)
    return application


def move_candidate(actor: User, application: Application, include: bool, reason: str) -> None:
    """Move one candidate into or out of the shortlist against the ranking, with a reason."""
    reason = (reason or "").strip()
    if len(reason) < REASON_MIN_CHARS:
        message = _l("Explain the move in at least %(n)d characters.", n=REASON_MIN_CHARS)
        raise ValidationFailed([("reason", str(message))])
    allowed = (S.SUBMITTED, S.ELIGIBLE, S.NOT_SHORTLISTED if include else S.SHORTLISTED)
    if application.status not in allowed:
        message = _l("This candidate can no longer be moved in or out of the shortlist.")
        raise NotAllowed(str(message))
    previous = application.status.value
    _move(
        application,
        S.SHORTLISTED if include else S.NOT_SHORTLISTED,
        IN_REASON if include else OUT_REASON,
        actor,
    )
    application.shortlist_overridden = True
    application.shortlist_reason = reason
    audit.record(
        "shortlist.override",
        application,
        actor=actor,
        direction="in" if include else "out",
        previous=previous,
    )
    db.session.commit()
