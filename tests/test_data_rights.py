"""The candidate's rights: a ZIP of every own record and file, and erasure of the account."""

import io
import json
import logging
import zipfile
from pathlib import Path

import pytest
from flask import url_for
from sqlalchemy import select

from models import (
    Application,
    ApplicationScore,
    ApplicationStatus,
    AuditEvent,
    CandidateProfile,
    Commission,
    CommissionMember,
    ConflictOfInterest,
    Consent,
    CVStatus,
    Document,
    Notification,
    Outcome,
    RankingRun,
    Role,
    StatusChange,
    User,
    UserSession,
    Vote,
    db,
    utcnow,
)
from recruit.audit import verify
from recruit.storage import get_storage
from tests.factories import PASSWORD, make_body, make_user, make_vacancy
from tests.test_profile import make_iin, profile_form

CANARY_NAME = "Канарейкина"
CANARY_IIN = make_iin("85050240077")
CANARY_PHONE = "+77015550199"
CANARY_EMAIL = "canary.erase@example.kz"
CANARIES = (CANARY_NAME, CANARY_IIN, CANARY_PHONE, CANARY_EMAIL)


def cv_text(name=CANARY_NAME, iin=CANARY_IIN, phone=CANARY_PHONE, email=CANARY_EMAIL) -> str:
    return (
        f"{name} Ақбөпе\nИИН {iin}\nТел.: {phone}\nE-mail: {email}\n"
        "Опыт работы\n2015-03 — 2020-12 Аналитик, акимат г. Астаны\nНавыки: Power BI, SQL\n"
    )


def _application(user: User, vacancy, status, text: str) -> Application:
    """An application whose every personal field quotes the CV text."""
    quote = text[:12]
    skill = {
        "id": "power-bi",
        "label": "Power BI",
        "source": "cv",
        "mentions": [{"start": 0, "end": 8, "text": text[:8]}],
    }
    rule = {
        "rule": "legislation_test",
        "outcome": "pass",
        "reason": {"en": f"Certificate of {quote}"},
    }
    return Application(
        vacancy_id=vacancy.id,
        candidate_id=user.id,
        status=status,
        step=5,
        code=f"K-{user.id:03d}",
        cv_status=CVStatus.OK,
        cv_language="ru",
        submitted_at=utcnow(),
        cv_profile={"text": text, "personal_data": [{"kind": "email"}]},
        skills=[skill],
        declarations={"citizenship_kz": True, "truthful": True},
        eligibility_outcome=Outcome.PASS,
        eligibility_rules=[rule],
        override_reason=f"Checked the diploma of {quote}",
    )


def make_application(
    user: User, vacancy, status=ApplicationStatus.SUBMITTED, text: str | None = None
) -> Application:
    """A submitted application with a stored CV, consent, history and a notification."""
    text = cv_text() if text is None else text
    stored = get_storage().save(text.encode())
    app = _application(user, vacancy, status, text)
    db.session.add(app)
    db.session.flush()
    doc = Document(
        owner_id=user.id,
        application_id=app.id,
        kind="cv",
        original_name="../cv.txt",
        storage_key=stored.key,
        sha256=stored.sha256,
        size=stored.size,
        content_type="text/plain",
        text=text,
    )
    db.session.add(doc)
    db.session.flush()
    app.cv_document_id = doc.id
    db.session.add_all(
        [
            Consent(
                user_id=user.id,
                application_id=app.id,
                text_version="2026-01",
                text_sha256="0" * 64,
                language="ru",
                ip="10.1.2.3",
            ),
            StatusChange(
                application_id=app.id,
                from_status="draft",
                to_status=status.value,
                reason={"en": f"Received from {text[:12]}"},
            ),
            Notification(user_id=user.id, subject="Submitted", body=f"Dear {text[:12]}"),
        ]
    )
    db.session.commit()
    return app


def commission_texts(application: Application, member_user: User) -> None:
    """What ranking and the commission wrote about the application, quoting the candidate."""
    quote = f"{CANARY_NAME} {CANARY_PHONE}"
    run = RankingRun(
        vacancy_id=application.vacancy_id,
        ranker_version="1",
        taxonomy_version="1",
        input_sha256="0" * 64,
    )
    run.scores = [
        ApplicationScore(
            application_id=application.id,
            rank=1,
            total_micro=500000,
            components={"skills": 500000},
            band="qualified",
            explanation={"evidence": quote},
        )
    ]
    member = CommissionMember(user_id=member_user.id)
    db.session.add_all([run, Commission(vacancy_id=application.vacancy_id, members=[member])])
    db.session.flush()
    db.session.add_all(
        [
            ConflictOfInterest(member_id=member.id, application_id=application.id, reason=quote),
            Vote(
                member_id=member.id, application_id=application.id, decision="selected", note=quote
            ),
        ]
    )
    db.session.commit()


@pytest.fixture(autouse=True)
def english(client):
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def world(app):
    """A body with a vacancy, the canary candidate and another candidate, both applied."""
    with app.app_context():
        body = make_body()
        vacancy = make_vacancy(body)
        canary = make_user(Role.CANDIDATE, email=CANARY_EMAIL, full_name=f"{CANARY_NAME} Ақбөпе")
        other = make_user(Role.CANDIDATE, email="other@example.kz", full_name="Басқа Адам")
        application = make_application(canary, vacancy)
        commission_texts(application, make_user(Role.COMMISSION, body))
        make_application(
            other,
            vacancy,
            text=cv_text("Басқаев", make_iin("90010130001"), "+77019998877", "other@example.kz"),
        )
        return {"vacancy": vacancy.id, "canary": canary.id, "other": other.id}


def url(app, endpoint: str) -> str:
    with app.test_request_context():
        return url_for(endpoint)


def fill_profile(app, client, auth, email=CANARY_EMAIL):
    auth.login(email)
    form = profile_form(
        last_name=CANARY_NAME, iin=CANARY_IIN, phone=CANARY_PHONE, contact_email=CANARY_EMAIL
    )
    assert client.post(url(app, "candidates.profile"), data=form).status_code == 302


def download(app, client) -> zipfile.ZipFile:
    response = client.post(url(app, "candidates.export"))
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert "attachment" in response.headers["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(response.data))


def test_export_holds_every_own_record_and_file(app, client, auth, world):
    fill_profile(app, client, auth)
    archive = download(app, client)
    profile = json.loads(archive.read("profile.json"))
    assert profile["iin"] == CANARY_IIN and profile["last_name"] == CANARY_NAME
    (application,) = json.loads(archive.read("applications.json"))
    assert application["status"] == "submitted"
    assert [h["to_status"] for h in application["history"]] == ["submitted"]
    assert application["eligibility_rules"][0]["reason"]["en"].startswith("Certificate")
    assert json.loads(archive.read("consents.json"))[0]["text_version"] == "2026-01"
    assert json.loads(archive.read("notifications.json"))[0]["subject"] == "Submitted"
    (document,) = json.loads(archive.read("documents.json"))
    assert document["file"] == f"files/{document['id']}-cv.txt"
    assert archive.read(document["file"]).decode() == cv_text()
    assert json.loads(archive.read("account.json"))["email"] == CANARY_EMAIL


def test_export_contains_nothing_of_another_candidate(app, client, auth, world):
    fill_profile(app, client, auth)
    archive = download(app, client)
    everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"other@example.kz" not in everything and "Басқаев".encode() not in everything


def test_export_page_explains_and_the_download_is_audited(app, client, auth, world):
    fill_profile(app, client, auth)
    page = client.get(url(app, "candidates.export")).get_data(as_text=True)
    assert "Download ZIP" in page and "request to erase your account" in page
    download(app, client)
    with app.app_context():
        (event,) = db.session.execute(
            select(AuditEvent).where(AuditEvent.action == "personal_data.export")
        ).scalars()
        assert event.actor_id == world["canary"] and event.details["documents"] == 1


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
