"""Shared builders for the application tests (no tests here): a candidate with a draft, files.

The engine's worker pool is used for real; ``close_pool`` stops its workers after a module,
so the suite leaves no worker process behind.
"""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from models import Application, Document, Role, db, utcnow
from nlp import pool as nlp_pool
from recruit.applications import consent, cv, documents, services
from tests.factories import make_body, make_user, make_vacancy
from tests.nlp.builders import SAMPLE_CVS, make_docx, make_pdf

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
JPEG = b"\xff\xd8\xff\xe0" + bytes(64)


@pytest.fixture(scope="module")
def close_pool():
    """Stop this process's extraction and reading workers once the module's tests are done."""
    yield
    nlp_pool.configure()
    nlp_pool.configure("read")


def cv_pdf(lang: str = "ru") -> bytes:
    return make_pdf(SAMPLE_CVS[lang])


def cv_docx(lang: str = "ru") -> bytes:
    return make_docx(SAMPLE_CVS[lang].split("\n"))


def upload(data: bytes, name: str) -> FileStorage:
    """A file as the form would hand it to a service."""
    return FileStorage(io.BytesIO(data), filename=name)


def english(client) -> None:
    """Switch the interface to English (the texts the tests read)."""
    client.post("/language", data={"lang": "en", "next": "/"})


def post_file(client, url: str, field: str, data: bytes, name: str):
    """POST one file as a browser would (encoded in memory: no temporary file left open)."""
    boundary, body = encode_multipart({field: upload(data, name)})
    return client.post(url, data=body, content_type=f"multipart/form-data; boundary={boundary}")


def make_draft(body=None, candidate=None, **vacancy_kw) -> Application:
    """A published vacancy (deadline in 10 days) and a candidate's draft for it."""
    body = body or make_body()
    vacancy = make_vacancy(body, **vacancy_kw)
    candidate = candidate or make_user(Role.CANDIDATE)
    return services.start_application(candidate, vacancy)


def make_ready(application: Application, cv_bytes: bytes | None = None) -> Application:
    """Complete every step up to (not including) submission, through the services."""
    user = application.candidate
    cv.upload_cv(user, application, upload(cv_bytes or SAMPLE_CVS["ru"].encode(), "cv.txt"), "en")
    cv.confirm_cv(user, application, {}, final=True)
    for index, _label in enumerate(application.vacancy.required_documents):
        documents.upload_document(user, application, index, upload(PNG, f"doc{index}.png"))
    data = {name: True for name in (*consent.DECLARATIONS, "consent")}
    consent.save_declarations(user, application, data, "en", consent.consent_version(), "1.2.3.4")
    return application


def stored_files(app) -> list[str]:
    """Names of the files in the upload folder (temporary ones included)."""
    return sorted(p.name for p in Path(app.config["UPLOAD_FOLDER"]).iterdir())


def document_count() -> int:
    return db.session.scalar(select(func.count(Document.id)))


def deadline_in(days: float = 10):
    return utcnow().replace(microsecond=0) + timedelta(days=days)
