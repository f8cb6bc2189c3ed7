"""The commission's competitions: who may open them, the name-blind shortlist and recusals."""

from dataclasses import dataclass

from flask import abort
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from models import (
    Application,
    ApplicationScore,
    ApplicationStatus,
    Commission,
    CommissionMember,
    ConflictOfInterest,
    RankingRun,
    Setting,
    StageScore,
    Vacancy,
    Vote,
    db,
)
from recruit import audit
from recruit.errors import ValidationFailed
from recruit.vacancies.services import get_own_vacancy_or_404

S = ApplicationStatus
SHORTLIST = (S.SHORTLISTED, S.IN_ASSESSMENT, S.SELECTED, S.RESERVE, S.NOT_SELECTED)
DECIDED = (S.SELECTED, S.RESERVE, S.NOT_SELECTED)


class Recused(Exception):
    """The member declared a conflict of interest with this candidate."""


@dataclass
class Candidate:
    """One shortlisted candidate as the commission sees it: a code, never a name."""

    application: Application
    score: ApplicationScore | None
    recused_member_ids: frozenset[int]

    @property
    def code(self) -> str:
        return self.application.code or f"#{self.application.id}"


def _seat_of(user):
    """The user's seats on commissions of vacancies of their present state body: a member
    moved to another body keeps no access to the old body's competitions."""
    return (
        select(CommissionMember)
        .join(Commission)
        .join(Vacancy, Vacancy.id == Commission.vacancy_id)
        .where(
            CommissionMember.user_id == user.id,
            Vacancy.state_body_id == user.state_body_id,
        )
    )


def my_competitions(user, page: int, per_page: int):
    """One page of the competitions the user sits on, newest first."""
    query = _seat_of(user).order_by(Commission.created_at.desc(), Commission.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def get_membership_or_404(vacancy_id: int) -> CommissionMember:
    """The current user's seat on the vacancy's commission; 404 when they have none."""
    member = db.session.execute(
        _seat_of(current_user).where(Commission.vacancy_id == vacancy_id)
    ).scalar_one_or_none()
    if member is None:
        abort(404)
    return member


def get_body_commission_or_404(vacancy_id: int) -> Commission:
    """The commission of a vacancy of the current HR officer's body; 404 otherwise."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    commission = db.session.execute(
        select(Commission).where(Commission.vacancy_id == vacancy.id)
    ).scalar_one_or_none()
    if commission is None:
        abort(404)
    return commission


def shortlisted(vacancy_id: int) -> list[Application]:
    """The vacancy's shortlisted (and already decided) applications, by code."""
    return list(
        db.session.execute(
            select(Application)
            .where(Application.vacancy_id == vacancy_id, Application.status.in_(SHORTLIST))
            .order_by(Application.code, Application.id)
        ).scalars()
    )


def get_candidate_or_404(vacancy_id: int, application_id: int) -> Application:
    """A shortlisted application of this vacancy; anything else is a 404."""
    application = db.session.get(Application, application_id)
    if (
        application is None
        or application.vacancy_id != vacancy_id
        or application.status not in SHORTLIST
    ):
        abort(404)
    return application


def recusals(commission: Commission) -> dict[int, set[int]]:
    """Application id → ids of the members recused from it."""
    rows = db.session.execute(
        select(ConflictOfInterest.application_id, ConflictOfInterest.member_id)
        .join(CommissionMember)
        .where(CommissionMember.commission_id == commission.id)
    )
    out: dict[int, set[int]] = {}
    for application_id, member_id in rows:
        out.setdefault(application_id, set()).add(member_id)
    return out


def is_recused(member: CommissionMember, application: Application) -> bool:
    """True when the member declared a conflict with the applicant."""
    return (
        db.session.execute(
            select(ConflictOfInterest.id).where(
                ConflictOfInterest.member_id == member.id,
                ConflictOfInterest.application_id == application.id,
            )
        ).first()
        is not None
    )


def ensure_not_recused(member: CommissionMember, application: Application) -> None:
    """Refuse anything about a candidate the member is recused from."""
    if is_recused(member, application):
        raise Recused()


def ranking_shown(vacancy: Vacancy) -> bool:
    """The advisory ranking is shown unless an administrator or the vacancy switched it off."""
    setting = db.session.get(Setting, "ranking_enabled")
    enabled = setting is None or bool((setting.value or {}).get("enabled", True))
    return enabled and vacancy.ranking_enabled


def latest_scores(vacancy: Vacancy) -> dict[int, ApplicationScore]:
    """Application id → its score in the vacancy's latest ranking run."""
    run = db.session.execute(
        select(RankingRun)
        .where(RankingRun.vacancy_id == vacancy.id)
        .order_by(RankingRun.created_at.desc(), RankingRun.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return {s.application_id: s for s in run.scores} if run is not None else {}


def candidates(commission: Commission) -> list[Candidate]:
    """The name-blind shortlist: in the advisory ranked order, or by code when ranking is off."""
    vacancy = commission.vacancy
    scores = latest_scores(vacancy) if ranking_shown(vacancy) else {}
    recused = recusals(commission)
    rows = [
        Candidate(a, scores.get(a.id), frozenset(recused.get(a.id, ())))
        for a in shortlisted(vacancy.id)
    ]
    unranked = len(rows) + 1
    return sorted(rows, key=lambda c: (c.score.rank if c.score else unranked, c.code))


def decisions_locked(commission: Commission) -> bool:
    """True once the chair locked the decisions."""
    return commission.decisions_locked_at is not None


def declare_conflict(member: CommissionMember, application: Application, reason: str) -> None:
    """Recuse the member from the candidate; their own scores and vote on them are withdrawn."""
    if decisions_locked(member.commission) or application.status in DECIDED:
        raise ValidationFailed([(None, _("The decision on this candidate is already recorded."))])
    if is_recused(member, application):
        raise ValidationFailed([(None, _("You have already declared a conflict of interest."))])
    for model in (StageScore, Vote):
        for row in db.session.execute(
            select(model).where(
                model.member_id == member.id, model.application_id == application.id
            )
        ).scalars():
            db.session.delete(row)
    db.session.add(
        ConflictOfInterest(member_id=member.id, application_id=application.id, reason=reason)
    )
    audit.record("commission.conflict_declared", application, member=member.id)
    db.session.commit()


def record_cv_view(application: Application, revealed: bool = False) -> None:
    """Viewing a candidate's (redacted) CV is a view of personal data: audited; so is the
    name the page shows once the decisions are locked."""
    audit.record("personal_data.view", application, redacted=True, field="cv")
    if revealed:
        audit.record("personal_data.view", application, redacted=False, field="full_name")
    db.session.commit()


def record_names_view(commission: Commission) -> None:
    """Once decisions are locked, pages show the candidates' names: an audited view."""
    audit.record("personal_data.view", commission, field="full_name", redacted=False)
    db.session.commit()
