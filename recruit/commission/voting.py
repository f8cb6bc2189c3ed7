"""Votes, the chair's decision with quorum, the lock, attendance and the reveal of identities."""

from collections import Counter
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select

from models import (
    Application,
    ApplicationStatus,
    Commission,
    CommissionMember,
    Decision,
    MemberRole,
    Vote,
    db,
    utcnow,
)
from recruit import audit
from recruit.applications.status import change_status
from recruit.commission import scoring, services
from recruit.errors import ValidationFailed

DECISION_STATUS = {
    Decision.SELECTED: ApplicationStatus.SELECTED,
    Decision.RESERVE: ApplicationStatus.RESERVE,
    Decision.NOT_SELECTED: ApplicationStatus.NOT_SELECTED,
}
REASON = {
    "kk": "Конкурстық комиссияның шешімі: {reason}",
    "ru": "Решение конкурсной комиссии: {reason}",
    "en": "Decision of the competition commission: {reason}",
}


def quorum(commission: Commission) -> int:
    """At least two thirds of all the commission's members must vote on a candidate."""
    return (2 * len(commission.members) + 2) // 3


@dataclass
class Tally:
    """Votes on one candidate against the quorum."""

    votes: list[Vote]
    needed: int
    eligible: int

    @property
    def cast(self) -> int:
        return len(self.votes)

    @property
    def met(self) -> bool:
        """True when enough members voted for a decision."""
        return self.cast >= self.needed

    @property
    def counts(self) -> dict[Decision, int]:
        """Votes per decision, zeros included."""
        found = Counter(v.decision for v in self.votes)
        return {d: found.get(d, 0) for d in Decision}


def votes_on(application: Application) -> list[Vote]:
    """The votes cast on an applicant, oldest first."""
    return list(
        db.session.execute(
            select(Vote).where(Vote.application_id == application.id).order_by(Vote.id)
        ).scalars()
    )


def tally(commission: Commission, candidate: services.Candidate) -> Tally:
    """Votes on one candidate against the quorum; recused members do not vote on them."""
    eligible = [
        m for m in commission.members if m.attended and m.id not in candidate.recused_member_ids
    ]
    return Tally(votes_on(candidate.application), quorum(commission), len(eligible))


def _ensure_voting_open(member: CommissionMember, application: Application) -> None:
    """Refuse a vote or decision before the round is over or after the decision."""
    commission = member.commission
    if services.decisions_locked(commission) or application.status in services.DECIDED:
        raise ValidationFailed([(None, _("The decision on this candidate is already recorded."))])
    if not scoring.board(commission).complete:
        raise ValidationFailed(
            [
                (
                    None,
                    _(
                        "Voting opens when every member has submitted scores "
                        "or the chair closes the round."
                    ),
                )
            ]
        )


def cast_vote(member: CommissionMember, application: Application, decision: Decision, note: str):
    """The member's vote on a candidate (changeable until the decision is recorded)."""
    services.ensure_not_recused(member, application)
    _ensure_voting_open(member, application)
    if not member.attended:
        raise ValidationFailed([(None, _("Members marked absent do not vote."))])
    vote = db.session.execute(
        select(Vote).where(Vote.application_id == application.id, Vote.member_id == member.id)
    ).scalar_one_or_none()
    if vote is None:
        vote = Vote(application_id=application.id, member_id=member.id)
        db.session.add(vote)
    vote.decision, vote.note, vote.created_at = decision, note.strip(), utcnow()
    audit.record("commission.vote", application, member=member.id)
    db.session.commit()


def outcome(result: Tally, chair: CommissionMember | None) -> Decision:
    """The majority decision; on a tie the chair's vote decides."""
    counts = result.counts
    best = max(counts.values())
    leaders = [d for d, n in counts.items() if n == best]
    if len(leaders) == 1:
        return leaders[0]
    chair_id = chair.id if chair is not None else None
    chair_vote = next((v.decision for v in result.votes if v.member_id == chair_id), None)
    if chair_vote in leaders:
        return chair_vote
    raise ValidationFailed(
        [(None, _("The votes are tied and the chair has not voted for one of the tied options."))]
    )


def presiding(member: CommissionMember, candidate: services.Candidate) -> bool:
    """The chair presides; the secretary does for a candidate the chair is recused from."""
    if member.role == MemberRole.CHAIR:
        return member.id not in candidate.recused_member_ids
    chair = _chair(member.commission)
    return member.role == MemberRole.SECRETARY and (
        chair is None or chair.id in candidate.recused_member_ids
    )


def _chair(commission: Commission) -> CommissionMember | None:
    """The commission's chair, if it has one."""
    return next((m for m in commission.members if m.role == MemberRole.CHAIR), None)


def record_decision(
    member: CommissionMember, candidate: services.Candidate, reason: str
) -> Decision:
    """The presiding member records the commission's decision on a candidate, with quorum."""
    application = candidate.application
    if not presiding(member, candidate):
        raise ValidationFailed([(None, _("Only the chair can record the decision."))])
    _ensure_voting_open(member, application)
    result = tally(member.commission, candidate)
    if not result.met:
        raise ValidationFailed(
            [
                (
                    None,
                    _(
                        "No quorum: %(cast)d of the %(needed)d votes needed.",
                        cast=result.cast,
                        needed=result.needed,
                    ),
                )
            ]
        )
    decision = outcome(result, _chair(member.commission))
    reason = reason.strip()
    change_status(
        application,
        DECISION_STATUS[decision],
        {lang: text.format(reason=reason) for lang, text in REASON.items()},
        actor=member.user,
    )
    application.decision_reason, application.decided_at = reason, utcnow()
    audit.record("commission.decision", application, member=member.id, decision=decision.value)
    db.session.commit()
    return decision


def _ensure_chair(member: CommissionMember) -> None:
    """Refuse what only the chair may do."""
    if member.role != MemberRole.CHAIR:
        raise ValidationFailed([(None, _("Only the chair can do this."))])


def lock_decisions(chair: CommissionMember) -> None:
    """The chair locks the decisions; identities are revealed from now on."""
    _ensure_chair(chair)
    commission = chair.commission
    if services.decisions_locked(commission):
        raise ValidationFailed([(None, _("The decisions are already locked."))])
    pending = [
        a for a in services.shortlisted(commission.vacancy_id) if a.status not in services.DECIDED
    ]
    if not pending:
        commission.decisions_locked_at = utcnow()
        audit.record("commission.decisions_locked", commission, member=chair.id)
        db.session.commit()
        return
    raise ValidationFailed(
        [(None, _("Record a decision on every candidate first: %(n)d pending.", n=len(pending)))]
    )


def set_attendance(actor: CommissionMember, member: CommissionMember, attended: bool) -> None:
    """The chair or the secretary records whether a member attends."""
    if actor.role not in (MemberRole.CHAIR, MemberRole.SECRETARY):
        raise ValidationFailed([(None, _("Only the chair or the secretary records attendance."))])
    if services.decisions_locked(actor.commission):
        raise ValidationFailed([(None, _("The decisions are locked."))])
    member.attended = attended
    audit.record("commission.attendance", actor.commission, member=member.id, attended=attended)
    db.session.commit()
