"""Stage scores: HR's test results, members' independent essay and interview scores, the round."""

from dataclasses import dataclass, field
from statistics import fmean

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from models import Application, Commission, CommissionMember, MemberRole, StageScore, db, utcnow
from recruit import audit
from recruit.commission import services
from recruit.errors import ValidationFailed


@dataclass(frozen=True)
class Criterion:
    """One scored criterion and its scale."""

    key: str
    label: str
    low: int
    high: int


@dataclass(frozen=True)
class Stage:
    """A competition stage: who scores it, on what scale, and who takes it."""

    key: str
    label: str
    criteria: tuple[Criterion, ...]
    by_hr: bool = False
    top: int = 0  # only the top N by the assessment score (more on ties); 0 = everyone
    senior_only: bool = False


STAGES: tuple[Stage, ...] = (
    Stage(
        "legislation",
        _l("Legislation test"),
        (Criterion("result", _l("Correct answers (of 55)"), 0, 55),),
        by_hr=True,
    ),
    Stage(
        "personal_qualities",
        _l("Personal-qualities assessment"),
        (Criterion("result", _l("Assessment score (0–100)"), 0, 100),),
        by_hr=True,
    ),
    Stage(
        "essay",
        _l("Essay"),
        (Criterion("grade", _l("Grade"), 1, 5),),
        top=5,
        senior_only=True,
    ),
    Stage(
        "interview",
        _l("Interview"),
        (
            Criterion("professional_knowledge", _l("Professional knowledge"), 1, 5),
            Criterion("digital_skills", _l("Digital skills"), 1, 5),
            Criterion("communication", _l("Communication"), 1, 5),
        ),
        top=2,
    ),
)
STAGE_BY_KEY = {s.key: s for s in STAGES}
HR_STAGES = tuple(s for s in STAGES if s.by_hr)
MEMBER_STAGES = tuple(s for s in STAGES if not s.by_hr)
ASSESSMENT = "personal_qualities"


@dataclass
class Board:
    """Everything the competition page needs about scores, computed once per request."""

    commission: Commission
    candidates: list[services.Candidate]
    hr: dict[int, dict[str, int]]
    takers: dict[str, set[int]]
    submitted: dict[int, bool] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Scores are visible once the chair closed the round or every member is done."""
        return self.commission.round_closed_at is not None or all(self.submitted.values())

    def stages_for(self, application_id: int) -> list[Stage]:
        """The member-scored stages this application takes."""
        return [s for s in MEMBER_STAGES if application_id in self.takers[s.key]]

    def required(self, member: CommissionMember) -> list[tuple[int, str, str]]:
        """The (application, stage, criterion) cells the member has to score."""
        return [
            (c.application.id, stage.key, crit.key)
            for c in self.candidates
            if member.id not in c.recused_member_ids
            for stage in self.stages_for(c.application.id)
            for crit in stage.criteria
        ]


def hr_results(application_ids: list[int]) -> dict[int, dict[str, int]]:
    """Application id → {stage: value} of the results HR entered."""
    out: dict[int, dict[str, int]] = {i: {} for i in application_ids}
    rows = db.session.execute(
        select(StageScore).where(
            StageScore.application_id.in_(application_ids), StageScore.member_id.is_(None)
        )
    ).scalars()
    for row in rows:
        out[row.application_id][row.stage] = row.value
    return out


def top_with_ties(values: dict[int, int], n: int) -> set[int]:
    """The ids with the n highest values, and everyone tied with the n-th."""
    if not values or n <= 0:
        return set()
    ordered = sorted(values.values(), reverse=True)
    threshold = ordered[min(n, len(ordered)) - 1]
    return {key for key, value in values.items() if value >= threshold}


def _takers(commission: Commission, hr: dict[int, dict[str, int]]) -> dict[str, set[int]]:
    """Stage → the application ids that take it, by the assessment score."""
    assessed = {i: r[ASSESSMENT] for i, r in hr.items() if ASSESSMENT in r}
    out = {}
    for stage in MEMBER_STAGES:
        if stage.senior_only and not commission.vacancy.senior:
            out[stage.key] = set()
        else:
            out[stage.key] = top_with_ties(assessed, stage.top) if stage.top else set(hr)
    return out


def own_scores(member: CommissionMember) -> dict[tuple[int, str, str], int]:
    """The member's own scores by (application, stage, criterion)."""
    rows = db.session.execute(select(StageScore).where(StageScore.member_id == member.id))
    return {(r.application_id, r.stage, r.criterion): r.value for r in rows.scalars()}


def board(commission: Commission) -> Board:
    """The shortlist with HR's results, who takes which stage, and who has submitted."""
    candidates = services.candidates(commission)
    hr = hr_results([c.application.id for c in candidates])
    result = Board(commission, candidates, hr, _takers(commission, hr))
    result.submitted = {
        m.id: m.scores_submitted_at is not None
        or all(m.id in c.recused_member_ids for c in candidates)
        for m in commission.members
        if m.attended
    }
    return result


def _ensure_open(member: CommissionMember) -> None:
    """Refuse changes after the member submitted or the chair closed the round."""
    if member.commission.round_closed_at is not None:
        raise ValidationFailed([(None, _("The chair has closed the scoring round."))])
    if member.scores_submitted_at is not None:
        raise ValidationFailed([(None, _("You have submitted your scores; they are locked."))])


def save_scores(
    member: CommissionMember, application: Application, values: dict[tuple[str, str], int]
) -> None:
    """Store the member's own scores of one candidate (replacing earlier drafts)."""
    _ensure_open(member)
    services.ensure_not_recused(member, application)
    state = board(member.commission)
    allowed = {(s.key, c.key): c for s in state.stages_for(application.id) for c in s.criteria}
    if not allowed or set(values) - set(allowed):
        raise ValidationFailed([(None, _("This candidate does not take that stage."))])
    existing = {
        (r.stage, r.criterion): r
        for r in db.session.execute(
            select(StageScore).where(
                StageScore.member_id == member.id, StageScore.application_id == application.id
            )
        ).scalars()
    }
    for (stage, criterion), value in values.items():
        crit = allowed[(stage, criterion)]
        if not crit.low <= value <= crit.high:
            raise ValidationFailed(
                [(None, _("Scores go from %(low)d to %(high)d.", low=crit.low, high=crit.high))]
            )
        row = existing.get((stage, criterion))
        if row is None:
            row = StageScore(
                application_id=application.id, member_id=member.id, stage=stage, criterion=criterion
            )
            db.session.add(row)
        row.value, row.entered_by_id, row.created_at = value, member.user_id, utcnow()
    audit.record(
        "commission.score",
        application,
        member=member.id,
        criteria=sorted(f"{s}/{c}" for s, c in values),
    )
    db.session.commit()


def submit_scores(member: CommissionMember) -> None:
    """Lock the member's scores; every candidate they are not recused from must be scored."""
    _ensure_open(member)
    required = board(member.commission).required(member)
    if not required:
        raise ValidationFailed(
            [(None, _("There is nothing to score yet: HR has not entered the assessment results."))]
        )
    mine = own_scores(member)
    missing = [cell for cell in required if cell not in mine]
    if missing:
        raise ValidationFailed(
            [(None, _("Score every candidate first: %(n)d scores are missing.", n=len(missing)))]
        )
    member.scores_submitted_at = utcnow()
    audit.record("commission.scores_submitted", member.commission, member=member.id)
    db.session.commit()


def close_round(member: CommissionMember) -> None:
    """The chair ends the scoring round: scores are locked and become visible."""
    if member.role != MemberRole.CHAIR:
        raise ValidationFailed([(None, _("Only the chair can close the round."))])
    commission = member.commission
    if commission.round_closed_at is not None:
        raise ValidationFailed([(None, _("The round is already closed."))])
    commission.round_closed_at = utcnow()
    audit.record("commission.round_closed", commission, member=member.id)
    db.session.commit()


def member_scores(commission: Commission) -> dict[int, dict[int, dict[tuple[str, str], int]]]:
    """Application id → member id → {(stage, criterion): value} (members' scores only)."""
    rows = db.session.execute(
        select(StageScore)
        .join(CommissionMember, StageScore.member_id == CommissionMember.id)
        .where(CommissionMember.commission_id == commission.id)
    ).scalars()
    out: dict[int, dict[int, dict[tuple[str, str], int]]] = {}
    for r in rows:
        out.setdefault(r.application_id, {}).setdefault(r.member_id, {})[(r.stage, r.criterion)] = (
            r.value
        )
    return out


def aggregates(commission: Commission) -> dict[int, dict[tuple[str, str], float]]:
    """Application id → mean per (stage, criterion) over the members who scored it."""
    out = {}
    for application_id, by_member in member_scores(commission).items():
        cells: dict[tuple[str, str], list[int]] = {}
        for scores in by_member.values():
            for key, value in scores.items():
                cells.setdefault(key, []).append(value)
        out[application_id] = {key: round(fmean(v), 2) for key, v in cells.items()}
    return out


def save_hr_results(
    actor, commission: Commission | None, application: Application, values: dict[str, int]
) -> None:
    """HR enters the legislation-test and personal-qualities results (member NULL)."""
    if commission is not None and (
        commission.round_closed_at is not None
        or any(m.scores_submitted_at for m in commission.members)
    ):
        raise ValidationFailed(
            [(None, _("Members have started submitting scores; the results can no longer change."))]
        )
    existing = {
        r.stage: r
        for r in db.session.execute(
            select(StageScore).where(
                StageScore.application_id == application.id, StageScore.member_id.is_(None)
            )
        ).scalars()
    }
    for stage, value in values.items():
        row = existing.get(stage)
        if row is None:
            row = StageScore(application_id=application.id, stage=stage, criterion="result")
            db.session.add(row)
        row.value, row.entered_by_id, row.created_at = value, actor.id, utcnow()
    audit.record("commission.hr_result", application, stages=sorted(values))
    db.session.commit()
