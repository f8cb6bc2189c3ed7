"""Required documents (type by magic bytes, replace, remove) and downloads of stored files."""

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from models import Application, AuditEvent, Document, Role, db
from recruit.applications import documents, services, submission
from tests.factories import make_body, make_user
from tests.nlp.builders import make_docx, make_pdf
from tests.test_apply_helpers import (  # noqa: F401 - close_pool is a fixture
    JPEG,
    PNG,
    close_pool,
    document_count,
    english,
    make_draft,
    make_ready,
    post_file,
    stored_files,
    upload,
)

pytestmark = pytest.mark.usefixtures("close_pool")
MB = 1024 * 1024


@pytest.fixture
def draft(app, client, auth):
    """A candidate's draft (listing two documents), logged in."""
    with app.app_context():
        application = make_draft()
        ids = {
            "a": application.id,
            "email": application.candidate.email,
            "body": application.vacancy.state_body_id,
        }
    auth.login(ids["email"])
    english(client)
    return ids


def _upload(client, draft, data, name, index=0):
    url = f"/applications/{draft['a']}/documents/{index}/upload"
    return post_file(client, url, f"doc{index}-file", data, name)


@pytest.mark.parametrize(
    ("build", "name", "content_type"),
    [
        (lambda: make_pdf("Заявление"), "заявление.pdf", "application/pdf"),
        (
            lambda: make_docx(["Послужной список"]),
            "список.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (lambda: JPEG, "photo.jpg", "image/jpeg"),
        (lambda: PNG, "scan.png", "image/png"),
        (lambda: PNG, "renamed.pdf", "image/png"),
    ],
)
def test_accepted_types_are_stored_with_the_type_their_bytes_show(
    app, client, draft, build, name, content_type
):
    response = _upload(client, draft, build(), name)
    assert response.status_code == 302
    with app.app_context():
        document = db.session.execute(select(Document)).scalar_one()
        assert (document.content_type, document.original_name) == (content_type, name)
        assert document.label == "Заявление" and document.kind == "required"
    assert len(stored_files(app)) == 1


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x7fELF" + bytes(100), "elf.pdf"),
        (b"GIF89a" + bytes(100), "photo.png"),
        (b"<html><script>alert(1)</script></html>", "page.pdf"),
        (b"PK\x03\x04" + bytes(100), "broken.docx"),
        (b"plain text", "note.txt"),
        (PNG + bytes(5 * MB), "huge.png"),
    ],
    ids=["elf", "gif", "html", "broken-zip", "text", "over-5-mb"],
)
def test_refused_documents_leave_nothing_behind(app, client, draft, data, name):
    response = _upload(client, draft, data, name)
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    assert "not accepted" in text or "too large" in text
    with app.app_context():
        assert document_count() == 0
    assert stored_files(app) == []


def test_replacing_a_document_deletes_the_old_file(app, client, draft):
    _upload(client, draft, PNG, "first.png")
    first = stored_files(app)
    _upload(client, draft, JPEG, "second.jpg")
    second = stored_files(app)
    assert len(first) == len(second) == 1 and first != second
    with app.app_context():
        assert db.session.execute(select(Document.original_name)).scalar_one() == "second.jpg"


def test_removing_asks_first_then_deletes_row_and_file(app, client, draft):
    _upload(client, draft, PNG, "scan.png")
    with app.app_context():
        document_id = db.session.execute(select(Document.id)).scalar_one()
    url = f"/applications/{draft['a']}/documents/{document_id}/remove"
    assert "Remove the file" in client.get(url).get_data(as_text=True)
    assert stored_files(app) != []
    response = client.post(url)
    assert response.headers["Location"] == f"/applications/{draft['a']}/documents"
    assert stored_files(app) == []
    with app.app_context():
        assert document_count() == 0


def test_an_unlisted_document_index_is_not_found(client, draft):
    assert _upload(client, draft, PNG, "x.png", index=7).status_code == 404


def test_documents_cannot_change_after_the_deadline(app, client, draft, monkeypatch):
    with app.app_context():
        deadline = db.session.get(Application, draft["a"]).vacancy.deadline
    monkeypatch.setattr(services, "now", lambda: deadline + timedelta(seconds=1))
    response = _upload(client, draft, PNG, "late.png")
    assert response.headers["Location"] == f"/applications/{draft['a']}"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "deadline has passed" in page
    assert stored_files(app) == []


@pytest.fixture
def submitted(app):
    """A submitted application and users who may or may not read its files."""
    with app.app_context():
        body = make_body()
        application = make_ready(make_draft(body))
        submission.submit(application.candidate, application)
        cv_id = application.cv_document_id
        return {
            "cv": cv_id,
            "doc": services.documents_of(application, "required")[0].id,
            "owner": application.candidate.email,
            "hr": make_user(Role.HR, body=body).email,
            "hr_other": make_user(Role.HR, body=make_body()).email,
            "commission": make_user(Role.COMMISSION, body=body).email,
            "admin": make_user(Role.ADMIN).email,
            "auditor": make_user(Role.AUDITOR).email,
            "other": make_user(Role.CANDIDATE).email,
        }


def _downloads(app, action="personal_data.download"):
    with app.app_context():
        return db.session.execute(
            select(AuditEvent.actor_role, AuditEvent.object_id).where(AuditEvent.action == action)
        ).all()


@pytest.mark.parametrize("who", ["owner", "hr"])
@pytest.mark.parametrize("kind", ["cv", "doc"])
def test_owner_and_hr_of_the_body_download_as_attachment_and_it_is_audited(
    app, client, auth, submitted, who, kind
):
    auth.login(submitted[who])
    response = client.get(f"/applications/documents/{submitted[kind]}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    expected = "text/plain" if kind == "cv" else "image/png"
    assert response.headers["Content-Type"] == expected
    assert "no-store" in response.headers["Cache-Control"]
    role = "candidate" if who == "owner" else "hr"
    assert (role, str(submitted[kind])) in _downloads(app)


@pytest.mark.parametrize("who", ["hr_other", "commission", "admin", "auditor", "other"])
def test_anyone_else_gets_not_found_and_nothing_is_audited(app, client, auth, submitted, who):
    auth.login(submitted[who])
    assert client.get(f"/applications/documents/{submitted['cv']}").status_code == 404
    assert client.get(f"/applications/documents/{submitted['doc']}").status_code == 404
    assert _downloads(app) == []


def test_anonymous_download_goes_to_log_in(client, submitted):
    response = client.get(f"/applications/documents/{submitted['cv']}")
    assert response.status_code == 302 and response.headers["Location"].startswith("/auth/login")


def test_hr_cannot_download_from_a_draft(app, client, auth):
    with app.app_context():
        body = make_body()
        application = make_ready(make_draft(body))
        hr = make_user(Role.HR, body=body).email
        cv_id = application.cv_document_id
    auth.login(hr)
    assert client.get(f"/applications/documents/{cv_id}").status_code == 404


def test_a_missing_document_is_not_found(client, auth, submitted):
    auth.login(submitted["owner"])
    assert client.get("/applications/documents/999999").status_code == 404


def test_a_failed_commit_deletes_the_stored_file(app, monkeypatch):
    with app.app_context():
        application = make_draft()

        def fail():
            raise OperationalError("COMMIT", {}, Exception("disk full"))

        monkeypatch.setattr(db.session, "commit", fail)
        with pytest.raises(OperationalError):
            documents.upload_document(application.candidate, application, 0, upload(PNG, "a.png"))
        monkeypatch.undo()
        assert document_count() == 0
    assert stored_files(app) == []
