"""Uploads are limited per account: a script cannot keep the server's readers busy, and
candidates behind one address do not share a budget."""

import uuid

import pytest

from models import db
from recruit import create_app
from tests.conftest import _test_config
from tests.factories import PASSWORD
from tests.test_apply_helpers import (  # noqa: F401 - close_pool is a fixture
    PNG,
    close_pool,
    english,
    make_draft,
    post_file,
)

pytestmark = pytest.mark.usefixtures("close_pool")
CV = "Иванов Иван\nОпыт работы\n2019 - 2023 Министерство финансов, главный эксперт\n".encode()
TOO_MANY = {
    "en": "Too many attempts. Please wait a minute and try again.",
    "ru": "Слишком много попыток",
    "kk": "Әрекеттер тым көп",
}


def _limited_app(app, tmp_path, **settings):
    return create_app(
        {
            **_test_config(),
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "UPLOAD_FOLDER": str(tmp_path),
            "RATELIMIT_ENABLED": True,
            "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
            **settings,
        }
    )


@pytest.fixture
def limited(app, tmp_path):
    """The app with rate limits on: two uploads a minute per account."""
    limited = _limited_app(app, tmp_path, UPLOAD_RATE_LIMIT="2 per minute")
    yield limited
    with limited.app_context():
        db.engine.dispose()


def _candidate(limited, lang="en"):
    """A logged-in client of a new candidate with a draft (listing two documents)."""
    with limited.app_context():
        application = make_draft()
        application_id, email = application.id, application.candidate.email
    client = limited.test_client()
    login = client.post("/auth/login", data={"email": email, "password": PASSWORD})
    assert login.status_code == 302
    client.post("/language", data={"lang": lang, "next": "/"})
    return client, application_id


def _upload_cv(client, application_id):
    return post_file(client, f"/applications/{application_id}/cv", "cv", CV, "cv.txt")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_third_cv_upload_in_a_minute_is_refused_with_a_message(limited, lang):
    client, application_id = _candidate(limited, lang)
    for _ in range(2):
        assert _upload_cv(client, application_id).status_code == 302
    refused = _upload_cv(client, application_id)
    assert refused.status_code == 429
    assert TOO_MANY[lang] in refused.text
    # What was saved stays: the CV read before the limit is on the confirm page.
    page = client.get(f"/applications/{application_id}/confirm")
    assert page.status_code == 200
    assert "Министерство финансов" in page.text


def test_the_limit_is_per_account_not_per_address(limited):
    first, first_id = _candidate(limited)
    second, second_id = _candidate(limited)
    for _ in range(2):
        assert _upload_cv(first, first_id).status_code == 302
    assert _upload_cv(first, first_id).status_code == 429
    # Same address (the test client's), another account: still served.
    assert _upload_cv(second, second_id).status_code == 302
    # Pages are not uploads: the limited candidate can still read and move on.
    assert first.get(f"/applications/{first_id}/documents").status_code == 200


def test_document_uploads_are_limited_apart_from_the_cv(limited):
    client, application_id = _candidate(limited)
    for _ in range(2):
        assert _upload_cv(client, application_id).status_code == 302
    url = f"/applications/{application_id}/documents/0/upload"
    for _ in range(2):
        assert post_file(client, url, "doc0-file", PNG, "scan.png").status_code == 302
    refused = post_file(client, url, "doc0-file", PNG, "scan.png")
    assert refused.status_code == 429
    assert TOO_MANY["en"] in refused.text


def test_uploads_are_not_limited_when_rate_limits_are_off(app, client, auth):
    with app.app_context():
        application = make_draft()
        application_id, email = application.id, application.candidate.email
    auth.login(email)
    english(client)
    for _ in range(4):
        assert _upload_cv(client, application_id).status_code == 302


def test_an_operator_sets_the_limit_in_the_environment(app, tmp_path, monkeypatch):
    monkeypatch.setenv("RECRUIT_UPLOAD_RATE_LIMIT", "1 per minute")
    limited = _limited_app(app, tmp_path)
    client, application_id = _candidate(limited)
    assert _upload_cv(client, application_id).status_code == 302
    assert _upload_cv(client, application_id).status_code == 429
    with limited.app_context():
        db.engine.dispose()
