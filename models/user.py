"""Accounts, roles and server-side login sessions."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import db, str_enum, utcnow
from models.state_body import StateBody


class Role(enum.StrEnum):
    CANDIDATE = "candidate"
    HR = "hr"
    COMMISSION = "commission"
    ADMIN = "admin"
    AUDITOR = "auditor"


BODY_ROLES = frozenset({Role.HR, Role.COMMISSION})


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(
        str_enum(Role),
        index=True,
    )
    state_body_id: Mapped[int | None] = mapped_column(ForeignKey("state_bodies.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]

    state_body: Mapped[StateBody | None] = relationship()

    # Flask-Login protocol. ``session_id`` is set by the loader to the server-side session
    # this request belongs to, so that logging out revokes exactly that session.
    session_id = None

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str | None:
        return self.session_id

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role.value}>"


class UserSession(db.Model):
    """A login: the cookie holds only this random id, so a revoked row ends the session."""

    __tablename__ = "user_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<UserSession user={self.user_id}>"
