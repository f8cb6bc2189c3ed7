"""Roles, permissions, route decorators, object loaders and HTTP security headers."""

import enum
from functools import wraps

from flask import abort, request
from flask.sessions import SecureCookieSessionInterface
from flask_login import current_user

from models import Role


class Permission(enum.StrEnum):
    VACANCY_MANAGE = "vacancy:manage"
    BODY_MANAGE = "body:manage"
    USER_MANAGE = "user:manage"
    AUDIT_READ = "audit:read"
    APPLICATION_CREATE = "application:create"
    APPLICATION_REVIEW = "application:review"
    COMPETITION_SCORE = "competition:score"
    RANKING_SWITCH = "ranking:switch"
    FAIRNESS_READ = "fairness:read"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CANDIDATE: frozenset({Permission.APPLICATION_CREATE}),
    Role.HR: frozenset({Permission.VACANCY_MANAGE, Permission.APPLICATION_REVIEW}),
    Role.COMMISSION: frozenset({Permission.COMPETITION_SCORE}),
    Role.ADMIN: frozenset(
        {
            Permission.BODY_MANAGE,
            Permission.USER_MANAGE,
            Permission.AUDIT_READ,
            Permission.RANKING_SWITCH,
            Permission.FAIRNESS_READ,
        }
    ),
    Role.AUDITOR: frozenset({Permission.AUDIT_READ, Permission.FAIRNESS_READ}),
}


def has_permission(user, permission: Permission) -> bool:
    """True when the user's role grants ``permission``."""
    return bool(user and user.is_authenticated and permission in ROLE_PERMISSIONS[user.role])


def permission_required(permission: Permission):
    """Anonymous users go to the login page (302); other roles get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            from recruit.extensions import login_manager

            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not has_permission(current_user, permission):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


class SessionInterface(SecureCookieSessionInterface):
    """Marks the session cookie Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or request.is_secure)


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def set_security_headers(response):
    """Headers on every response: CSP without inline script, no sniffing, no framing."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    if request.endpoint and not request.endpoint.startswith(("public.", "api.", "static")):
        headers.setdefault("Cache-Control", "no-store")
    return response


def init_app(app) -> None:
    app.session_interface = SessionInterface()
    app.after_request(set_security_headers)
