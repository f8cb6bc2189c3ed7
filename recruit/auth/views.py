"""Registration, login and logout of every kind of user."""

import hashlib
import hmac
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from models import Role
from recruit.auth import services
from recruit.auth.forms import LoginForm, RegisterForm
from recruit.errors import ValidationFailed
from recruit.extensions import limiter

bp = Blueprint("auth", __name__, url_prefix="/auth")

HOME_BY_ROLE = {
    Role.HR: "vacancies.index",
    Role.ADMIN: "admin.index",
    Role.AUDITOR: "admin.index",
    Role.CANDIDATE: "public.index",
    Role.COMMISSION: "public.index",
}


def safe_next(target: str | None) -> str | None:
    """``target`` when it is a path on this site; anything pointing elsewhere is dropped."""
    if not target or "\\" in target or any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def _home(user) -> str:
    return url_for(HOME_BY_ROLE[user.role])


def _fresh_session() -> None:
    """Drop everything the old cookie carried, keeping only the chosen language."""
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _email_key() -> str:
    """The per-address limit's key: a keyed hash, as the limiter logs every breach with its
    key and keeps its counters under it (in Redis), where an address would be personal data."""
    email = services.normalise_email(request.form.get("email", ""))
    digest = hmac.new(current_app.secret_key.encode(), email.encode(), hashlib.sha256)
    return "login-email:" + digest.hexdigest()[:32]


def _failed(response) -> bool:
    """Only failed attempts count against the limit; a successful login redirects."""
    return response.status_code != 302


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
@limiter.limit(
    _login_limit, key_func=_email_key, methods=["POST"], deduct_when=_failed, scope="login-email"
)
def login():
    """Log in with e-mail and password; every login gets a new session id."""
    if current_user.is_authenticated and request.method == "GET":
        return redirect(_home(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        previous = current_user.session_id if current_user.is_authenticated else None
        try:
            user = services.log_in(form.email.data, form.password.data, previous)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            _fresh_session()
            login_user(user)
            return redirect(safe_next(request.args.get("next")) or _home(user))
    return render_template("auth/login.html", form=form)


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
def register():
    """Candidates create their own account and are logged in straight away."""
    if current_user.is_authenticated:
        return redirect(_home(current_user))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.register_candidate(
                form.email.data, form.full_name.data, form.password.data
            )
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            _fresh_session()
            login_user(user)
            flash(_("Your account has been created."), "success")
            return redirect(safe_next(request.args.get("next")) or _home(user))
    return render_template("auth/register.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    """End this session on the server too: replaying the old cookie gives nothing."""
    services.log_out(current_user)
    logout_user()
    _fresh_session()
    flash(_("You have logged out."), "success")
    return redirect(url_for("auth.login"))
