"""Server-checked login sessions: the cookie carries a random id, revoked on logout."""

import secrets

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from models import User, UserSession, db, utcnow
from recruit.extensions import login_manager


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """Find the live session behind the cookie; a revoked or unknown one is anonymous."""
    row = db.session.execute(
        select(UserSession).where(UserSession.id == session_id, UserSession.revoked_at.is_(None))
    ).scalar_one_or_none()
    if row is None or not row.user.active:
        return None
    row.user.session_id = row.id
    return row.user


def open_session(user: User) -> str:
    """Create a new server-side session for ``user`` (caller commits)."""
    token = secrets.token_urlsafe(32)
    db.session.add(UserSession(id=token, user_id=user.id))
    user.session_id = token
    user.last_login_at = utcnow()
    return token


def revoke_session(session_id: str | None) -> None:
    """Revoke one session so that its cookie becomes useless (caller commits)."""
    if session_id:
        row = db.session.get(UserSession, session_id)
        if row is not None and row.revoked_at is None:
            row.revoked_at = utcnow()


def init_app(app) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to open this page.")
    login_manager.session_protection = None
