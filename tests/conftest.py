"""Fixtures: one app per test session, its tables emptied and its settings put back for each
test, on SQLite or PostgreSQL; clients and logins.

``RECRUIT_TEST_DB=postgresql`` runs the suite against ``TEST_DATABASE_URL`` (default
``postgresql://postgres@127.0.0.1:5432/test``): the session creates its own database there
and drops it at the end. With ``CI=true`` an unreachable server fails the run.
"""

import contextlib
import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models import Role, db
from recruit import create_app
from recruit.config import ENV_SETTINGS, TestConfig
from tests.factories import make_body, make_user

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
# A deployment's settings exported in the developer's shell never reach the apps the tests
# build (``config.from_environment`` reads them after the test configuration): above all a
# real DATABASE_URL, whose tables the fixtures would empty.
DEPLOYMENT_VARIABLES = (
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "RECRUIT_DATA_KEY",
    "RECRUIT_TRUST_PROXY",
    *(f"RECRUIT_{name}" for name in ENV_SETTINGS),
)
for _variable in DEPLOYMENT_VARIABLES:
    os.environ.pop(_variable, None)


def _postgres_database():
    """Create a throw-away database on the test server; return (url, dropper)."""
    base = make_url(os.environ.get("TEST_DATABASE_URL", DEFAULT_PG)).set(
        drivername="postgresql+psycopg"
    )
    name = f"recruit_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:  # the server is down or refuses us
        admin.dispose()
        if os.environ.get("CI") == "true":
            pytest.exit(f"PostgreSQL at {base.render_as_string()} is unreachable: {e}", 1)
        raise
    url = base.set(database=name)

    def drop():
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()

    return url.render_as_string(hide_password=False), drop


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    """One database for the session; tables are emptied between tests."""
    if os.environ.get("RECRUIT_TEST_DB", "sqlite") == "postgresql":
        url, drop = _postgres_database()
        yield url
        drop()
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session")
def _schema(database_url):
    """Create the schema once per session from the models."""
    app = _new_app(database_url)
    with app.app_context():
        db.create_all()
        db.engine.dispose()
    return database_url


def _test_config() -> dict:
    return {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}


def _empty_tables() -> None:
    with db.engine.begin() as conn:
        for table in reversed(db.metadata.sorted_tables):
            conn.execute(table.delete())


@contextlib.contextmanager
def _test_round(app):
    """One test's use of ``app``: every table empty before it, the session removed after."""
    with app.app_context():
        _empty_tables()
    yield app
    with app.app_context():
        db.session.remove()


def _new_app(database_url: str, **settings):
    """An app of the test configuration bound to ``database_url``."""
    return create_app({**_test_config(), "SQLALCHEMY_DATABASE_URI": database_url, **settings})


@pytest.fixture(scope="session")
def _app(_schema):
    """One app for the session's tests: building one for each test took about a fifth of the
    web tests' time (Werkzeug compiles every URL rule's builder anew), and each compiled its
    templates and opened its connections again; the web tests run 27-33 % faster so."""
    app = _new_app(_schema)
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def app(_app, tmp_path):
    """The app bound to the test database, every table empty, its settings those of the test
    configuration and its uploads in a folder of the test's own. What a test changes in its
    settings, and the helpers it makes on first use (the file storage, the page cache), are
    put back after it."""
    settings, extensions = dict(_app.config), dict(_app.extensions)
    _app.config["UPLOAD_FOLDER"] = str(tmp_path)
    with _test_round(_app):
        yield _app
    _app.config.clear()
    _app.config.update(settings)
    _app.extensions.clear()
    _app.extensions.update(extensions)


@pytest.fixture
def new_app(_schema, tmp_path):
    """An app of the test's own, for a test that adds a route: the shared one has served
    requests, after which Flask refuses new routes."""
    app = _new_app(_schema, UPLOAD_FOLDER=str(tmp_path))
    with _test_round(app):
        yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class AuthActions:
    """Log in and out through the real login form."""

    def __init__(self, client):
        self._client = client

    def login(self, email: str, password: str = "correct horse battery"):
        return self._client.post("/auth/login", data={"email": email, "password": password})

    def logout(self):
        return self._client.post("/auth/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture
def hr(app, auth):
    """An HR officer of the state body "mdai" (hr@own.kz), logged in."""
    with app.app_context():
        make_user(Role.HR, make_body("mdai"), email="hr@own.kz")
    auth.login("hr@own.kz")
