"""The candidate's right to erasure: the account and personal data go, statistics stay."""

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from models import (
    Application,
    ApplicationStatus,
    CandidateProfile,
    Consent,
    Document,
    User,
    UserSession,
    db,
)
from recruit.audit import verify
from tests.factories import PASSWORD
from tests.test_data_rights import (  # noqa: F401 - english is an autouse fixture
    CANARIES,
    CANARY_EMAIL,
    CANARY_NAME,
    download,
    english,
    fill_profile,
    make_world,
    url,
)


@pytest.fixture
def world(app):
    """A body with a vacancy, the canary candidate and another candidate, both applied."""
    return make_world(app)


def test_erasure_needs_the_password_and_the_confirmation(app, client, auth, world):
    fill_profile(app, client, auth)
    page = client.get(url(app, "candidates.erase")).get_data(as_text=True)
    assert "Withdrawing your consent" in page and "cannot be undone" in page
    response = client.post(
        url(app, "candidates.erase"), data={"password": "wrong password!", "confirm": "y"}
    )
    assert response.status_code == 422
    assert "The password is not correct." in response.get_data(as_text=True)
    response = client.post(url(app, "candidates.erase"), data={"password": PASSWORD})
    assert "Tick the box to confirm the erasure." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, world["canary"]).email == CANARY_EMAIL
        assert db.session.execute(select(CandidateProfile)).scalar_one().last_name == CANARY_NAME


def _erase(app, client):
    response = client.post(
        url(app, "candidates.erase"), data={"password": PASSWORD, "confirm": "y"}
    )
    assert response.status_code == 302
    return response


def test_erasure_keeps_anonymous_statistics_and_logs_out(app, client, auth, world):
    fill_profile(app, client, auth)
    response = _erase(app, client)
    assert "Your account and personal data were erased." in client.get(
        response.headers["Location"]
    ).get_data(as_text=True)
    assert client.get(url(app, "candidates.profile")).status_code == 302
    assert "Wrong e-mail or password." in auth.login(CANARY_EMAIL).get_data(as_text=True)
    with app.app_context():
        user = db.session.get(User, world["canary"])
        assert not user.active and user.email.endswith("@erased.invalid")
        assert all(
            s.revoked_at
            for s in db.session.execute(
                select(UserSession).where(UserSession.user_id == user.id)
            ).scalars()
        )
        apps = db.session.execute(select(Application).order_by(Application.id)).scalars().all()
        erased, kept = apps
        assert erased.candidate_id is None and erased.anonymised_at is not None
        assert erased.status == ApplicationStatus.SUBMITTED
        assert erased.vacancy_id == world["vacancy"]
        assert erased.eligibility_rules == [{"rule": "legislation_test", "outcome": "pass"}]
        assert [h.to_status for h in erased.history] == ["submitted"]
        assert kept.candidate_id == world["other"] and kept.cv_profile
        consents = db.session.execute(select(Consent).order_by(Consent.id)).scalars().all()
        assert consents[0].user_id is None and consents[0].withdrawn_at is not None
        assert consents[1].user_id == world["other"] and consents[1].ip == "10.1.2.3"
        assert db.session.execute(select(Document)).scalar_one().owner_id == world["other"]
        assert verify() is None


def _database_text() -> str:
    """Every value of every row of every table, bytes decoded, as one text."""
    parts = []
    with db.engine.connect() as conn:
        for table in db.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        parts.append(bytes(value).decode("latin-1"))
                    elif isinstance(value, dict | list):
                        parts.append(json.dumps(value, ensure_ascii=False))
                    else:
                        parts.append(str(value))
    return "\n".join(parts)


def _files_bytes(folder: str) -> bytes:
    return b"\n".join(p.read_bytes() for p in Path(folder).rglob("*") if p.is_file())


def test_after_erasure_the_canary_is_found_nowhere(app, client, auth, world, caplog):
    caplog.set_level(logging.DEBUG)
    fill_profile(app, client, auth)
    download(app, client)
    client.get(url(app, "candidates.notifications"))
    with app.app_context():
        before = _database_text()
    assert all(value in before for value in CANARIES)
    assert all(v.encode() in _files_bytes(app.config["UPLOAD_FOLDER"]) for v in CANARIES)
    _erase(app, client)
    with app.app_context():
        after = _database_text()
    files = _files_bytes(app.config["UPLOAD_FOLDER"])
    for value in CANARIES:
        assert value not in after, value
        assert value.encode() not in files, value
        assert value not in caplog.text, value
    assert "Басқаев" in after and b"other@example.kz" in files
