"""User accounts managed by administrators: creation, role and body, activation."""

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select, update

from models import Role, StateBody, User, UserSession, db, utcnow
from recruit import audit
from recruit.auth import services as auth_services
from recruit.errors import ValidationFailed


def _body(body_id: int | None) -> StateBody | None:
    if body_id is None:
        return None
    body = db.session.get(StateBody, body_id)
    if body is None:
        raise ValidationFailed([("state_body", str(_l("Choose a state body from the list.")))])
    return body


def create_account(data: dict, actor: User) -> User:
    """An HR, commission, administrator or auditor account made by an administrator."""
    role = Role(data["role"])
    if role == Role.CANDIDATE:
        raise ValidationFailed([("role", str(_l("Candidates register themselves.")))])
    return auth_services.create_user(
        email=data["email"],
        password=data["password"],
        role=role,
        full_name=data["full_name"],
        state_body=_body(data.get("state_body")),
        actor=actor,
    )


def _check_role_change(user: User, role: Role, actor: User) -> None:
    if role == user.role:
        return
    if user.id == actor.id:
        raise ValidationFailed([("role", str(_l("You cannot change your own role.")))])
    if Role.CANDIDATE in (role, user.role):
        raise ValidationFailed(
            [("role", str(_l("Candidate accounts cannot become staff accounts, or back.")))]
        )


def update_account(user: User, role: Role, body_id: int | None, actor: User) -> list[str]:
    """Change the role and the state body; returns the names of the changed fields."""
    role = Role(role)
    _check_role_change(user, role, actor)
    body = _body(body_id)
    problem = auth_services.body_problem(role, body, require_active=body_id != user.state_body_id)
    if problem:
        raise ValidationFailed([("state_body", problem)])
    changed = []
    if role != user.role:
        audit.record("user.role_change", user, actor=actor, old=user.role.value, new=role.value)
        user.role = role
        changed.append("role")
    if user.state_body_id != body_id:
        audit.record(
            "user.update",
            user,
            actor=actor,
            fields=["state_body"],
            old=user.state_body_id,
            new=body_id,
        )
        user.state_body_id = body_id
        changed.append("state_body")
    if changed:
        db.session.commit()
    return changed


def revoke_all_sessions(user: User) -> None:
    """Every live session of the user ends now (caller commits)."""
    db.session.execute(
        update(UserSession)
        .where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def set_account_active(user: User, active: bool, actor: User) -> None:
    """Deactivate (logging the user out everywhere) or reactivate an account."""
    if user.id == actor.id and not active:
        raise ValidationFailed([(None, str(_l("You cannot deactivate your own account.")))])
    if user.active == active:
        return
    user.active = active
    if not active:
        revoke_all_sessions(user)
    audit.record("user.reactivate" if active else "user.deactivate", user, actor=actor)
    db.session.commit()


def users_page(filters: dict, page: int, per_page: int):
    """Accounts filtered by role, body, status and a text, newest first."""
    stmt = select(User).order_by(User.created_at.desc(), User.id.desc())
    if filters.get("role"):
        stmt = stmt.where(User.role == Role(filters["role"]))
    if filters.get("body"):
        stmt = stmt.where(User.state_body_id == filters["body"])
    if filters.get("active") in ("yes", "no"):
        stmt = stmt.where(User.active.is_(filters["active"] == "yes"))
    if text := (filters.get("q") or "").strip().lower():
        stmt = stmt.where(
            or_(
                User.email.contains(text, autoescape=True),
                func.lower(User.full_name).contains(text, autoescape=True),
            )
        )
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def record_view(actor: User, page: str, user: User | None = None, shown: int = 0) -> None:
    """Log that an administrator or auditor looked at accounts' personal data (e-mails, names).

    One event per page shown: ``page`` names it, ``user`` is the one account shown, ``shown``
    how many a list showed.
    """
    audit.record("personal_data.view", user, actor=actor, page=page, shown=shown)
    db.session.commit()
