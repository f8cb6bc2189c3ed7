"""Registration, login, logout, the password policy and the create-admin command."""

import logging
import os
import time
import uuid

import pytest
import redis
from argon2 import PasswordHasher
from flask import url_for
from sqlalchemy import select

from models import AuditEvent, Role, User, UserSession, db
from recruit import create_app
from recruit.auth import services
from recruit.auth.views import safe_next
from recruit.errors import ValidationFailed
from tests.conftest import _test_config
from tests.factories import PASSWORD, make_body, make_user

GOOD_PASSWORD = "quiet river under stars"


def register(client, email="Aigerim@Example.KZ", password=GOOD_PASSWORD, confirm=None):
    data = {
        "email": email,
        "full_name": "Aigerim Nurlanovna",
        "password": password,
        "confirm": password if confirm is None else confirm,
    }
    return client.post("/auth/register", data=data)


def test_register_creates_a_logged_in_candidate(client, app):
    response = register(client)
    assert response.status_code == 302
    page = client.get(response.location)
    assert "Your account has been created." in page.text
    assert "Log out" in page.text
    with app.app_context():
        user = db.session.execute(select(User)).scalar_one()
        assert user.email == "aigerim@example.kz"
        assert user.role == Role.CANDIDATE and user.state_body_id is None
        actions = db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions == ["user.register", "auth.login"]
        assert all("aigerim" not in str(e.details) for e in db.session.scalars(select(AuditEvent)))


@pytest.mark.parametrize(
    ("password", "confirm", "message"),
    [
        ("short1", None, "at least 10 characters"),
        ("password123", None, "too common"),
        ("aigerim-and-more", None, "too common"),
        (GOOD_PASSWORD, GOOD_PASSWORD + "x", "The two passwords do not match."),
    ],
)
def test_register_refuses_weak_passwords(client, app, password, confirm, message):
    response = register(client, password=password, confirm=confirm)
    assert response.status_code == 200
    assert message in response.text
    with app.app_context():
        assert db.session.execute(select(User)).first() is None


def test_register_refuses_a_bad_email(client):
    response = register(client, email="not-an-email")
    assert "Enter a valid e-mail address" in response.text


def test_register_refuses_a_taken_email_in_any_case(client, app):
    with app.app_context():
        make_user(email="taken@example.kz")
    response = register(client, email="  TAKEN@example.KZ ")
    assert response.status_code == 200
    assert "An account with this e-mail already exists." in response.text
    with app.app_context():
        assert len(db.session.execute(select(User)).scalars().all()) == 1


@pytest.mark.parametrize(
    ("role", "with_body", "home"),
    [
        (Role.HR, True, "vacancies.index"),
        (Role.ADMIN, False, "admin.index"),
        (Role.AUDITOR, False, "admin.index"),
        (Role.CANDIDATE, False, "public.index"),
        (Role.COMMISSION, True, "public.index"),
    ],
)
def test_login_redirects_by_role(client, app, auth, role, with_body, home):
    with app.app_context():
        email = make_user(role, body=make_body() if with_body else None).email
    with app.test_request_context():
        expected = url_for(home)
    response = auth.login(email.upper())
    assert response.status_code == 302
    assert response.location == expected


@pytest.mark.parametrize("email", ["known@example.kz", "unknown@example.kz"])
def test_login_error_is_the_same_for_unknown_email_and_wrong_password(client, app, auth, email):
    with app.app_context():
        make_user(email="known@example.kz")
    response = auth.login(email, "wrong password here")
    assert response.status_code == 200
    assert "Wrong e-mail or password." in response.text
    assert "Log out" not in response.text


def test_deactivated_account_cannot_log_in(client, app, auth):
    with app.app_context():
        make_user(email="gone@example.kz", active=False)
    response = auth.login("gone@example.kz")
    assert "This account is deactivated." in response.text
    assert client.get("/admin/").status_code == 302


def test_logged_in_user_visiting_login_goes_home(client, app, auth):
    with app.app_context():
        make_user(Role.ADMIN, email="boss@example.kz")
    auth.login("boss@example.kz")
    assert client.get("/auth/login").location.endswith("/admin/")
    assert client.get("/auth/register").location.endswith("/admin/")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/vacancies?page=2", "/vacancies?page=2"),
        ("https://evil.example/", None),
        ("//evil.example/", None),
        ("/\\evil.example", None),
        ("javascript:alert(1)", None),
        ("evil.example", None),
        ("", None),
    ],
)
def test_safe_next_keeps_only_site_paths(target, expected):
    assert safe_next(target) == expected


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x"])
def test_login_never_redirects_off_site(client, app, target):
    with app.app_context():
        make_user(email="c@example.kz")
    response = client.post(
        "/auth/login",
        query_string={"next": target},
        data={"email": "c@example.kz", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert "evil" not in response.location


def test_login_follows_a_same_site_next(client, app):
    with app.app_context():
        make_user(email="c@example.kz")
    response = client.post(
        "/auth/login",
        query_string={"next": "/vacancies?q=data"},
        data={"email": "c@example.kz", "password": PASSWORD},
    )
    assert response.location == "/vacancies?q=data"


def test_login_rehashes_when_argon2_parameters_change(client, app, auth):
    old_hash = PasswordHasher(time_cost=2, memory_cost=8192).hash(PASSWORD)
    with app.app_context():
        user = make_user(email="old@example.kz")
        user.password_hash = old_hash
        db.session.commit()
    assert auth.login("old@example.kz").status_code == 302
    with app.app_context():
        new_hash = db.session.execute(select(User.password_hash)).scalar_one()
        assert new_hash != old_hash
        assert "t=1" in new_hash
    auth.logout()
    assert auth.login("old@example.kz").status_code == 302


def test_logout_is_post_only(client, app, auth):
    with app.app_context():
        make_user(email="c@example.kz")
    auth.login("c@example.kz")
    assert client.get("/auth/logout").status_code == 405
    response = auth.logout()
    assert response.status_code == 302 and "/auth/login" in response.location
    assert "You have logged out." in client.get(response.location).text


def test_anonymous_logout_goes_to_login(client):
    response = client.post("/auth/logout")
    assert response.status_code == 302 and "/auth/login" in response.location


def _redis_url() -> str:
    """Redis runs beside the suite (as in CI); an unreachable server is a failure."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as e:
        pytest.fail(f"Redis is not reachable at {url}: {e}")
    return url


def _limited_app(app, limit, storage="memory://"):
    config = {
        **_test_config(),
        "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": _redis_url() if storage == "redis" else storage,
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "LOGIN_RATE_LIMIT": limit,
    }
    return create_app(config)


def _redis_keys(app) -> list[str]:
    """The limiter's counters in Redis under the app's own key prefix."""
    store = redis.Redis.from_url(app.config["RATELIMIT_STORAGE_URI"], decode_responses=True)
    prefix = app.config["RATELIMIT_KEY_PREFIX"]
    return list(store.scan_iter(match=f"*/{prefix}/*"))


def _post_login(client, email, password, ip="10.0.0.1"):
    return client.post(
        "/auth/login",
        data={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": ip},
    )


@pytest.mark.parametrize("storage", ["memory://", "redis"])
def test_login_attempts_are_limited_per_ip_then_allowed_again(app, storage):
    limited = _limited_app(app, "3 per 2 seconds", storage)
    with limited.app_context():
        make_user(email="c@example.kz")
    client = limited.test_client()
    for n in range(3):
        assert _post_login(client, f"x{n}@example.kz", "wrong password!").status_code == 200
    blocked = _post_login(client, "c@example.kz", PASSWORD)
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.text
    if storage == "redis":
        assert _redis_keys(limited), "the counters are not in Redis under the app's prefix"
    time.sleep(2.2)
    assert _post_login(client, "c@example.kz", PASSWORD).status_code == 302
    with limited.app_context():
        db.engine.dispose()


def test_login_attempts_are_limited_per_email_across_ips(app):
    limited = _limited_app(app, "2 per 2 seconds")
    with limited.app_context():
        make_user(email="c@example.kz")
    client = limited.test_client()
    assert _post_login(client, "c@example.kz", "wrong password!", "10.0.0.1").status_code == 200
    assert _post_login(client, "C@example.kz", "wrong password!", "10.0.0.2").status_code == 200
    assert _post_login(client, "c@example.kz", PASSWORD, "10.0.0.3").status_code == 429
    assert _post_login(client, "other@example.kz", "wrong password!", "10.0.0.4").status_code == 200
    with limited.app_context():
        db.engine.dispose()


def test_the_per_email_limit_keeps_the_address_out_of_logs_and_the_store(app, caplog):
    """The limiter logs each breach with its key and keeps its counters under that key (in
    Redis in production): the key names the e-mail by a keyed hash, never the address."""
    from recruit.extensions import limiter

    caplog.set_level(logging.INFO, logger="flask-limiter")
    limited = _limited_app(app, "2 per 2 seconds")
    client = limited.test_client()
    for n in range(2):
        _post_login(client, "aigerim.n@example.kz", "wrong password!", f"10.0.1.{n}")
    assert _post_login(client, "aigerim.n@example.kz", PASSWORD, "10.0.1.9").status_code == 429
    assert "exceeded" in caplog.text and "aigerim.n@example.kz" not in caplog.text
    keys = [key for key in limiter.storage.storage if "login-email" in key]
    assert keys and not any("aigerim" in key for key in keys)
    with limited.app_context():
        db.engine.dispose()


def test_create_user_requires_a_body_only_for_hr_and_commission(app):
    with app.app_context():
        body = make_body()
        with pytest.raises(ValidationFailed) as hr_error:
            services.create_user("hr@example.kz", GOOD_PASSWORD, Role.HR, "HR")
        assert hr_error.value.errors[0][0] == "state_body"
        with pytest.raises(ValidationFailed) as admin_error:
            services.create_user("a@example.kz", GOOD_PASSWORD, Role.ADMIN, "A", state_body=body)
        assert admin_error.value.errors[0][0] == "state_body"
        hr = services.create_user("HR@Example.kz", GOOD_PASSWORD, Role.HR, "HR", state_body=body)
        assert (hr.email, hr.state_body_id) == ("hr@example.kz", body.id)


def test_create_admin_command(runner, app):
    result = runner.invoke(
        args=["recruit", "create-admin", "Root@Example.kz", "--password", GOOD_PASSWORD]
    )
    assert result.exit_code == 0, result.output
    assert "created" in result.output
    with app.app_context():
        user = db.session.execute(select(User)).scalar_one()
        assert (user.email, user.role) == ("root@example.kz", Role.ADMIN)
        event = db.session.execute(select(AuditEvent)).scalar_one()
        assert (event.action, event.actor_role) == ("user.create", "system")


def test_create_admin_command_refuses_a_weak_password(runner, app):
    result = runner.invoke(args=["recruit", "create-admin", "root@example.kz", "--password", "123"])
    assert result.exit_code != 0
    assert "at least 10 characters" in result.output
    with app.app_context():
        assert db.session.execute(select(UserSession)).first() is None
        assert db.session.execute(select(User)).first() is None


def test_failed_registrations_are_limited_per_ip(app):
    limited = _limited_app(app, "2 per 2 seconds")
    client = limited.test_client()
    for _ in range(2):
        assert register(client, password="short").status_code == 200
    assert register(client).status_code == 429
    with limited.app_context():
        db.engine.dispose()
