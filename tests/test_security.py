"""CSRF, security headers, cookies, size limits, error pages and the SECRET_KEY guard."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from models import Role
from recruit import create_app
from tests.conftest import _test_config
from tests.factories import PASSWORD, make_user

ROOT = Path(__file__).resolve().parents[1]

CSRF_MESSAGE = "The form has expired or was sent from another site."


@pytest.fixture
def csrf_app(app):
    """The test app with CSRF protection switched on, as in production."""
    config = {
        **_test_config(),
        "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
        "WTF_CSRF_ENABLED": True,
    }
    protected = create_app(config)
    yield protected
    with protected.app_context():
        from models import db

        db.engine.dispose()


def _token(client, path):
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(path).text).group(1)


@pytest.mark.parametrize("path", ["/auth/login", "/auth/register"])
def test_post_without_csrf_token_is_refused(csrf_app, path):
    client = csrf_app.test_client()
    response = client.post(path, data={"email": "a@example.kz", "password": PASSWORD})
    assert response.status_code == 400
    assert CSRF_MESSAGE in response.text
    assert "Traceback" not in response.text


def test_admin_form_without_csrf_token_is_refused(csrf_app):
    with csrf_app.app_context():
        make_user(Role.ADMIN, email="boss@example.kz")
    client = csrf_app.test_client()
    token = _token(client, "/auth/login")
    login = {"email": "boss@example.kz", "password": PASSWORD, "csrf_token": token}
    assert client.post("/auth/login", data=login).status_code == 302
    body = {
        "code": "x",
        "name_kk": "x",
        "name_ru": "x",
        "name_en": "x",
        "level": "central",
        "region": "Astana",
    }
    refused = client.post("/admin/bodies/new", data=body)
    assert refused.status_code == 400 and CSRF_MESSAGE in refused.text
    body["csrf_token"] = _token(client, "/admin/bodies/new")
    assert client.post("/admin/bodies/new", data=body).status_code == 302


@pytest.mark.parametrize("path", ["/auth/login", "/auth/register"])
def test_pages_carry_security_headers(client, path):
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]+)", csp).group(1)
    assert "'unsafe-inline'" not in script_src and "'self'" in script_src
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"]


def _session_cookie(response):
    return next(
        c for c in response.headers.getlist("Set-Cookie") if c.startswith("recruit_session=")
    )


def test_session_cookie_is_httponly_and_lax(client, app):
    with app.app_context():
        make_user(email="c@example.kz")
    response = client.post("/auth/login", data={"email": "c@example.kz", "password": PASSWORD})
    cookie = _session_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_session_cookie_is_secure_over_https(client, app):
    with app.app_context():
        make_user(email="c@example.kz")
    response = client.post(
        "/auth/login",
        data={"email": "c@example.kz", "password": PASSWORD},
        base_url="https://localhost",
    )
    cookie = _session_cookie(response)
    assert "Secure" in cookie and "HttpOnly" in cookie
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_oversized_request_gets_a_413_page(client, app):
    app.config["MAX_CONTENT_LENGTH"] = 2048
    response = client.post("/auth/login", data={"email": "a@example.kz", "password": "x" * 5000})
    assert response.status_code == 413
    assert "too large" in response.text


def test_error_pages_show_no_stack_trace(new_app):
    def explode():
        raise RuntimeError("secret internals: db password hunter2")

    new_app.add_url_rule("/test-only/explode", "explode", explode)
    client = new_app.test_client()
    response = client.get("/test-only/explode")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.text
    assert "Traceback" not in response.text and "hunter2" not in response.text
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "Page not found" in missing.text


def test_app_refuses_to_start_without_secret_key(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = {"INSTANCE_PATH": str(tmp_path), "SQLALCHEMY_DATABASE_URI": "sqlite://"}
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(config)
    assert not (tmp_path / "secret_key").exists()


def test_debug_app_makes_its_own_secret_key(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = {"INSTANCE_PATH": str(tmp_path), "SQLALCHEMY_DATABASE_URI": "sqlite://", "DEBUG": True}
    app = create_app(config)
    assert len(app.config["SECRET_KEY"]) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_a_deployment_database_url_in_the_shell_never_reaches_the_suite(tmp_path):
    # A developer with a real DATABASE_URL (and REDIS_URL) exported runs `make test`: the
    # fixtures empty every table of the database their apps use, so it must be the test one.
    production = tmp_path / "production.db"
    script = (
        "import tests.conftest as c; from recruit import create_app; "
        "app = create_app({**c._test_config(), 'SQLALCHEMY_DATABASE_URI': 'sqlite://'}); "
        "print(app.config['SQLALCHEMY_DATABASE_URI'], app.config.get('REDIS_URL'))"
    )
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{production}",
        "REDIS_URL": "redis://production.example:6379/0",
    }
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["sqlite://", "None"]
