"""Accounts and logins: creating users, checking passwords, opening and closing sessions."""

from functools import cache

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from models import BODY_ROLES, Role, StateBody, User, db
from recruit import audit
from recruit.auth.passwords import hash_password, needs_rehash, password_problems, verify_password
from recruit.errors import ValidationFailed
from recruit.sessions import open_session, revoke_session

BAD_LOGIN = _l("Wrong e-mail or password.")
EMAIL_TAKEN = _l("An account with this e-mail already exists. Log in instead.")
INACTIVE = _l("This account is deactivated. Contact the administrator of the system.")


def normalise_email(email: str) -> str:
    """Trimmed and lower-cased: one address is one account, whatever its spelling."""
    return (email or "").strip().lower()


def _email_problem(email: str) -> str | None:
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError:
        return str(_l("Enter a valid e-mail address, such as name@example.kz."))
    return None


def body_problem(role: Role, state_body: StateBody | None, require_active=True) -> str | None:
    """HR officers and commission members belong to one active body; nobody else does."""
    if role in BODY_ROLES and state_body is None:
        return str(_l("Choose the state body of this HR officer or commission member."))
    if role not in BODY_ROLES and state_body is not None:
        return str(_l("Only HR officers and commission members belong to a state body."))
    if require_active and state_body is not None and not state_body.active:
        return str(_l("This state body is deactivated; choose an active one."))
    return None


def _check_new_user(email: str, password: str, role: Role, state_body) -> None:
    errors: list[tuple[str | None, str]] = []
    if problem := _email_problem(email):
        errors.append(("email", problem))
    elif db.session.execute(select(User.id).where(User.email == email)).first():
        errors.append(("email", str(EMAIL_TAKEN)))
    errors += [("password", p) for p in password_problems(password, email)]
    if problem := body_problem(role, state_body):
        errors.append(("state_body", problem))
    if errors:
        raise ValidationFailed(errors)


def _commit_new() -> None:
    """Commit; a concurrent registration of the same e-mail hits the unique constraint."""
    try:
        db.session.commit()
    except IntegrityError as e:
        db.session.rollback()
        raise ValidationFailed([("email", str(EMAIL_TAKEN))]) from e


def _add_user(email, password, role, full_name, state_body) -> User:
    email = normalise_email(email)
    _check_new_user(email, password, role, state_body)
    user = User(
        email=email,
        password_hash=hash_password(password),
        full_name=(full_name or "").strip(),
        role=role,
        state_body_id=state_body.id if state_body else None,
    )
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError as e:
        db.session.rollback()
        raise ValidationFailed([("email", str(EMAIL_TAKEN))]) from e
    return user


def create_user(
    email: str,
    password: str,
    role: Role,
    full_name: str,
    state_body: StateBody | None = None,
    actor: User | None = None,
) -> User:
    """Create an account of any role (administrators and ``flask recruit create-admin``)."""
    role = Role(role)
    user = _add_user(email, password, role, full_name, state_body)
    audit.record("user.create", user, actor=actor, role=role.value, state_body=user.state_body_id)
    _commit_new()
    return user


def register_candidate(email: str, full_name: str, password: str) -> User:
    """A candidate's self-registration, logged in at once; the account is its own actor."""
    user = _add_user(email, password, Role.CANDIDATE, full_name, None)
    audit.record("user.register", user, actor=user)
    open_session(user)
    audit.record("auth.login", user, actor=user)
    _commit_new()
    return user


@cache
def _dummy_hash(params: tuple) -> str:
    """A hash to verify against when the e-mail is unknown, so both cases take as long."""
    return hash_password("not-a-password-of-anyone")


def _find_by_email(email: str) -> User | None:
    stmt = select(User).where(User.email == normalise_email(email))
    return db.session.execute(stmt).scalar_one_or_none()


def authenticate(email: str, password: str) -> User:
    """The account behind e-mail and password; one generic error whichever part is wrong."""
    user = _find_by_email(email)
    if user is None:
        cfg = current_app.config
        params = (cfg.get("ARGON2_TIME_COST"), cfg.get("ARGON2_MEMORY_COST"))
        verify_password(_dummy_hash(params), password)
        raise ValidationFailed([(None, str(BAD_LOGIN))])
    if not verify_password(user.password_hash, password):
        audit.record("auth.login_failed", user)
        db.session.commit()
        raise ValidationFailed([(None, str(BAD_LOGIN))])
    if not user.active:
        raise ValidationFailed([(None, str(INACTIVE))])
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def log_in(email: str, password: str, previous_session: str | None = None) -> User:
    """Check the password and open a brand-new server-side session (the old one is revoked)."""
    user = authenticate(email, password)
    revoke_session(previous_session)
    open_session(user)
    audit.record("auth.login", user, actor=user)
    db.session.commit()
    return user


def log_out(user: User) -> None:
    """Revoke the session this request belongs to: its cookie is useless from now on."""
    revoke_session(user.session_id)
    audit.record("auth.logout", user, actor=user)
    db.session.commit()
