"""The candidate's right of access: a ZIP of every own record and file, and nothing else."""

import io
import json
import zipfile

import pytest
from flask import url_for
from sqlalchemy import select

from models import (
    Application,
    ApplicationScore,
    ApplicationStatus,
    AuditEvent,
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
    Vote,
    db,
    utcnow,
)
from recruit.storage import get_storage
from tests.factories import make_body, make_user, make_vacancy
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


def make_world(app) -> dict:
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


@pytest.fixture
def world(app):
    """The vacancy and the two candidates of ``make_world``."""
    return make_world(app)


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
