"""HR assigns the vacancy's competition commission: at least 3 members, a chair, a secretary."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, or_, select

from models import (
    Commission,
    CommissionMember,
    MemberRole,
    Role,
    StageScore,
    User,
    Vacancy,
    Vote,
    db,
)
from recruit import audit
from recruit.errors import NotAllowed, ValidationFailed

MIN_MEMBERS = 3


def commission_users(vacancy: Vacancy) -> list[User]:
    """Active commission-role users of the vacancy's own state body."""
    return list(
        db.session.execute(
            select(User)
            .where(
                User.role == Role.COMMISSION,
                User.active.is_(True),
                User.state_body_id == vacancy.state_body_id,
            )
            .order_by(User.full_name, User.id)
        ).scalars()
    )


def commission_of(vacancy: Vacancy) -> Commission | None:
    """The vacancy's commission, if one was assigned."""
    return db.session.execute(
        select(Commission).where(Commission.vacancy_id == vacancy.id)
    ).scalar_one_or_none()


def current_roles(commission: Commission | None) -> dict[int, str]:
    """user id → role of the commission's members."""
    return {m.user_id: m.role.value for m in commission.members} if commission else {}


def scoring_started(commission: Commission) -> bool:
    """True once any member scored, voted or submitted, or the round was closed."""
    if commission.round_closed_at or commission.decisions_locked_at:
        return True
    if any(m.scores_submitted_at for m in commission.members):
        return True
    member_ids = select(CommissionMember.id).where(CommissionMember.commission_id == commission.id)
    return bool(
        db.session.scalar(
            select(
                or_(
                    exists().where(StageScore.member_id.in_(member_ids)),
                    exists().where(Vote.member_id.in_(member_ids)),
                )
            )
        )
    )


def _check(vacancy: Vacancy, chosen: dict[int, str]) -> None:
    """Business rules of the composition; every broken rule gets its own message."""
    errors = []
    allowed = {u.id for u in commission_users(vacancy)}
    if any(uid not in allowed for uid in chosen):
        message = _l("Only commission members of your state body can be assigned.")
        errors.append((None, str(message)))
    if len(chosen) < MIN_MEMBERS:
        errors.append(
            (
                None,
                str(
                    _l(
                        "Assign at least %(min)d members (you chose %(n)d).",
                        min=MIN_MEMBERS,
                        n=len(chosen),
                    )
                ),
            )
        )
    chairs = sum(r == MemberRole.CHAIR.value for r in chosen.values())
    if chairs != 1:
        errors.append((None, str(_l("Choose exactly one chair (you chose %(n)d).", n=chairs))))
    secretaries = sum(r == MemberRole.SECRETARY.value for r in chosen.values())
    if secretaries != 1:
        message = _l("Choose exactly one secretary (you chose %(n)d).", n=secretaries)
        errors.append((None, str(message)))
    if errors:
        raise ValidationFailed(errors)


def assign_commission(actor: User, vacancy: Vacancy, roles: dict[int, str]) -> Commission:
    """Set the commission's members and roles (user id → chair / secretary / member)."""
    chosen = {uid: role for uid, role in roles.items() if role in {r.value for r in MemberRole}}
    _check(vacancy, chosen)
    commission = commission_of(vacancy)
    if commission is not None and scoring_started(commission):
        raise NotAllowed(
            str(_l("Scoring has started: the commission's members can no longer be changed."))
        )
    if commission is None:
        commission = Commission(vacancy_id=vacancy.id)
        db.session.add(commission)
    existing = {m.user_id: m for m in commission.members}
    for uid, member in existing.items():
        if uid not in chosen:
            commission.members.remove(member)
    for uid, role in sorted(chosen.items()):
        if uid in existing:
            existing[uid].role = MemberRole(role)
        else:
            commission.members.append(CommissionMember(user_id=uid, role=MemberRole(role)))
    db.session.flush()
    audit.record(
        "commission.assign",
        commission,
        actor=actor,
        vacancy=vacancy.id,
        members=[{"user": uid, "role": role} for uid, role in sorted(chosen.items())],
    )
    db.session.commit()
    return commission
