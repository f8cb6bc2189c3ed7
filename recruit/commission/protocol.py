"""The commission protocol: members, attendance, recusals, scores, votes, decisions."""

from dataclasses import dataclass

from sqlalchemy import select

from models import Commission, CommissionMember, ConflictOfInterest, db
from recruit import audit
from recruit.commission import scoring, services, voting


@dataclass
class CandidateRecord:
    """One candidate's entry in the protocol."""

    candidate: services.Candidate
    name: str | None
    hr: dict[str, int]
    scores: dict[int, dict[tuple[str, str], int]]
    means: dict[tuple[str, str], float]
    tally: voting.Tally
    stages: list[scoring.Stage]


@dataclass
class Protocol:
    """The whole protocol as the template shows it."""

    commission: Commission
    members: list[CommissionMember]
    recusals: list[ConflictOfInterest]
    records: list[CandidateRecord]
    scores_visible: bool
    revealed: bool
    quorum: int

    @property
    def member_by_id(self) -> dict[int, CommissionMember]:
        return {m.id: m for m in self.members}

    @property
    def record_by_application(self) -> dict[int, CandidateRecord]:
        return {r.candidate.application.id: r for r in self.records}


def revealed(commission: Commission) -> bool:
    """Identities are shown only after the chair locked the decisions."""
    return services.decisions_locked(commission)


def candidate_name(application) -> str:
    """The applicant's name after the reveal; an erased account stays anonymous."""
    return application.candidate.full_name if application.candidate is not None else "—"


def build(commission: Commission) -> Protocol:
    """The protocol as it stands; scores and votes appear only when they may be seen."""
    state = scoring.board(commission)
    shown = revealed(commission)
    by_app = scoring.member_scores(commission) if state.complete else {}
    means = scoring.aggregates(commission) if state.complete else {}
    records = [
        CandidateRecord(
            candidate=c,
            name=candidate_name(c.application) if shown else None,
            hr=state.hr.get(c.application.id, {}),
            scores=by_app.get(c.application.id, {}),
            means=means.get(c.application.id, {}),
            tally=voting.tally(commission, c),
            stages=state.stages_for(c.application.id),
        )
        for c in state.candidates
    ]
    conflicts = list(
        db.session.execute(
            select(ConflictOfInterest)
            .join(CommissionMember)
            .where(CommissionMember.commission_id == commission.id)
            .order_by(ConflictOfInterest.id)
        ).scalars()
    )
    return Protocol(
        commission,
        list(commission.members),
        conflicts,
        records,
        state.complete,
        shown,
        voting.quorum(commission),
    )


def open_protocol(commission: Commission) -> Protocol:
    """Build the protocol and audit the view (a view of names once they are revealed)."""
    protocol = build(commission)
    audit.record("commission.protocol_view", commission)
    if protocol.revealed:
        services.record_names_view(commission)
    else:
        db.session.commit()
    return protocol
