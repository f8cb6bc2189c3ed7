"""State bodies, the dashboard's counts and the audit log queries."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import distinct, func, select
from sqlalchemy.exc import IntegrityError

from models import AuditEvent, BodyLevel, Role, StateBody, User, Vacancy, VacancyStatus, db
from recruit import audit
from recruit.errors import ValidationFailed

BODY_FIELDS = ("code", "name_kk", "name_ru", "name_en", "level", "region")
CODE_TAKEN = _l("Another state body already has this code.")


def _clean_body(data: dict) -> dict:
    clean = {f: (data.get(f) or "").strip() for f in BODY_FIELDS}
    clean["code"] = clean["code"].lower()
    clean["level"] = BodyLevel(clean["level"])
    return clean


def _check_code(code: str, body_id: int | None) -> None:
    stmt = select(StateBody.id).where(StateBody.code == code)
    if body_id is not None:
        stmt = stmt.where(StateBody.id != body_id)
    if db.session.execute(stmt).first():
        raise ValidationFailed([("code", str(CODE_TAKEN))])


def _commit_body() -> None:
    try:
        db.session.commit()
    except IntegrityError as e:
        db.session.rollback()
        raise ValidationFailed([("code", str(CODE_TAKEN))]) from e


def create_body(data: dict, actor: User) -> StateBody:
    """Add a state body; its code is unique."""
    clean = _clean_body(data)
    _check_code(clean["code"], None)
    body = StateBody(**clean)
    db.session.add(body)
    db.session.flush()
    audit.record("body.create", body, actor=actor)
    _commit_body()
    return body


def update_body(body: StateBody, data: dict, actor: User) -> list[str]:
    """Change names, code, level or region; returns the names of the changed fields."""
    clean = _clean_body(data)
    _check_code(clean["code"], body.id)
    changed = [f for f in BODY_FIELDS if getattr(body, f) != clean[f]]
    for name in changed:
        setattr(body, name, clean[name])
    if changed:
        audit.record("body.update", body, actor=actor, fields=changed)
        _commit_body()
    return changed


def set_body_active(body: StateBody, active: bool, actor: User) -> None:
    """Deactivate (no new accounts or vacancies) or reactivate a state body.

    Its published vacancies stay public and take applications until their deadlines.
    """
    if body.active == active:
        return
    body.active = active
    audit.record("body.reactivate" if active else "body.deactivate", body, actor=actor)
    db.session.commit()


def bodies_page(page: int, per_page: int):
    """Active bodies first, then by code."""
    stmt = select(StateBody).order_by(StateBody.active.desc(), StateBody.code)
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def active_members(body: StateBody) -> int:
    """How many active accounts belong to the body."""
    stmt = select(func.count(User.id)).where(User.state_body_id == body.id, User.active)
    return db.session.execute(stmt).scalar_one()


def published_vacancies(body: StateBody) -> int:
    """How many of the body's vacancies are published (they stay so after deactivation)."""
    stmt = select(func.count(Vacancy.id)).where(
        Vacancy.state_body_id == body.id, Vacancy.status == VacancyStatus.PUBLISHED
    )
    return db.session.execute(stmt).scalar_one()


def body_choices(lang: str, keep: int | None = None) -> list[tuple[int, str]]:
    """Active bodies for a select (plus ``keep``, the one already chosen), by name."""
    stmt = select(StateBody).where((StateBody.active) | (StateBody.id == keep))
    bodies = db.session.execute(stmt).scalars()
    return sorted(((b.id, b.name(lang)) for b in bodies), key=lambda c: c[1].lower())


def dashboard_counts() -> dict:
    """Numbers for the dashboard."""
    by_role = dict(
        db.session.execute(
            select(User.role, func.count(User.id)).where(User.active).group_by(User.role)
        ).all()
    )
    count = db.session.execute
    return {
        "bodies": count(select(func.count(StateBody.id)).where(StateBody.active)).scalar_one(),
        "users": {role: by_role.get(role, 0) for role in Role},
        "inactive_users": count(
            select(func.count(User.id)).where(User.active.is_(False))
        ).scalar_one(),
        "events": count(select(func.count(AuditEvent.id))).scalar_one(),
    }


def audit_actions() -> list[str]:
    """Every action that occurs in the log, for the filter."""
    return list(
        db.session.execute(
            select(distinct(AuditEvent.action)).order_by(AuditEvent.action)
        ).scalars()
    )


def audit_page(action: str | None, actor_email: str | None, page: int, per_page: int):
    """Events newest first, filtered by action and by the actor's e-mail."""
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if actor_email:
        actor_id = select(User.id).where(User.email == actor_email.strip().lower())
        stmt = stmt.where(AuditEvent.actor_id.in_(actor_id.scalar_subquery()))
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def actor_emails(events) -> dict[int, str]:
    """E-mails of the actors of the shown events, by user id."""
    ids = {e.actor_id for e in events if e.actor_id is not None}
    if not ids:
        return {}
    return dict(db.session.execute(select(User.id, User.email).where(User.id.in_(ids))).all())
