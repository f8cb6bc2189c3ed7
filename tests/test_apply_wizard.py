"""The whole application wizard as a candidate walks it, with real CVs read by the engine."""

import hashlib
import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from models import (
    Application,
    ApplicationStatus,
    CandidateProfile,
    Consent,
    CVStatus,
    Role,
    StatusChange,
    db,
)
from nlp import pool as nlp_pool
from nlp.messages import MESSAGES
from recruit.applications import consent
from recruit.applications.documents import safe_name
from tests.factories import make_body, make_user, make_vacancy
from tests.nlp.builders import make_image_pdf, make_pdf
from tests.nlp.test_hostile import zip_bomb_docx
from tests.test_apply_helpers import (  # noqa: F401 - close_pool is a fixture
    PNG,
    close_pool,
    cv_docx,
    cv_pdf,
    document_count,
    english,
    post_file,
    stored_files,
)

pytestmark = pytest.mark.usefixtures("close_pool")
EXPECTED_SKILL = {"ru": "postgresql", "kk": "power-bi", "en": "tableau"}
SUBMITTED = {"ru": "Подано", "kk": "Жіберілді", "en": "Submitted"}


@pytest.fixture
def candidate(app, auth):
    with app.app_context():
        body = make_body()
        vacancy = make_vacancy(body)
        user = make_user(Role.CANDIDATE)
        ids = {"vacancy": vacancy.id, "user": user.id, "email": user.email}
    auth.login(ids["email"])
    return ids


def _set_language(client, lang):
    client.post("/language", data={"lang": lang, "next": "/"})


@pytest.fixture
def in_english(client):
    english(client)


def _start(client, vacancy_id) -> int:
    page = client.get(f"/applications/apply/{vacancy_id}")
    assert page.status_code == 200
    response = client.post(f"/applications/apply/{vacancy_id}")
    assert response.status_code == 302
    application_id = int(response.headers["Location"].split("/")[2])
    assert response.headers["Location"] == f"/applications/{application_id}/cv"
    return application_id


def _upload_cv(client, application_id, data, name):
    return post_file(client, f"/applications/{application_id}/cv", "cv", data, name)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_candidate_walks_the_wizard_and_submits(app, client, candidate, lang, fmt):
    _set_language(client, lang)
    application_id = _start(client, candidate["vacancy"])
    data = cv_pdf(lang) if fmt == "pdf" else cv_docx(lang)
    response = _upload_cv(client, application_id, data, f"Резюме {lang}.{fmt}")
    assert response.headers["Location"] == f"/applications/{application_id}/confirm"

    page = client.get(f"/applications/{application_id}/confirm").get_data(as_text=True)
    with app.app_context():
        application = db.session.get(Application, application_id)
        assert application.cv_status == CVStatus.OK
        assert application.cv_language == lang
        ids = [s["id"] for s in application.skills]
        mention = application.skills[ids.index(EXPECTED_SKILL[lang])]["mentions"][0]["text"]
    assert f"<mark>{mention}</mark>" in page
    _confirm_with_changes(client, app, application_id, remove=EXPECTED_SKILL[lang])
    _documents_declarations_submit(client, app, application_id, lang)


def _confirm_with_changes(client, app, application_id, remove):
    url = f"/applications/{application_id}/confirm"
    saved = client.post(
        url,
        data={
            "remove": [remove],
            "add": "gis",
            "periods-0-start": "2015-03",
            "periods-0-end": "2021-12",
            "save": "1",
        },
    )
    assert saved.headers["Location"] == url
    page = client.get(url).get_data(as_text=True)
    assert "GIS" in page
    with app.app_context():
        application = db.session.get(Application, application_id)
        skills = {s["id"]: s["source"] for s in application.skills}
        assert remove not in skills and skills["gis"] == "self"
        assert application.cv_profile["experience"][0]["start"] == "2015-03"
    done = client.post(
        url, data={"periods-0-start": "2015-03", "periods-0-end": "2021-12", "done": "1"}
    )
    assert done.status_code == 302, re.findall(r"<li>[^<]*</li>", done.get_data(as_text=True))[:20]
    assert done.headers["Location"] == f"/applications/{application_id}/documents"
    with app.app_context():
        profile = db.session.execute(select(CandidateProfile)).scalar_one()
        assert profile.education and profile.experience


def _documents_declarations_submit(client, app, application_id, lang):
    for index, (data, name) in enumerate(
        [(PNG, "заявление.png"), (make_pdf("Послужной"), "p.pdf")]
    ):
        url = f"/applications/{application_id}/documents/{index}/upload"
        response = post_file(client, url, f"doc{index}-file", data, name)
        assert response.status_code == 302
    page = client.get(f"/applications/{application_id}/declarations").get_data(as_text=True)
    assert "94-V" in page
    declared = {name: "y" for name in (*consent.DECLARATIONS, "consent")}
    response = client.post(
        f"/applications/{application_id}/declarations",
        data={**declared, "consent_version": consent.consent_version(), "consent_language": lang},
    )
    assert response.headers["Location"] == f"/applications/{application_id}/submit"
    response = client.post(f"/applications/{application_id}/submit")
    assert response.headers["Location"] == f"/applications/{application_id}"
    detail = client.get(f"/applications/{application_id}").get_data(as_text=True)
    assert "K-001" in detail and SUBMITTED[lang] in detail
    with app.app_context():
        application = db.session.get(Application, application_id)
        assert application.submitted_at is not None
        given = db.session.execute(select(Consent)).scalar_one()
        text = consent.consent_text(application, lang)
        assert given.text_sha256 == hashlib.sha256(text.encode()).hexdigest()
        assert (given.language, given.ip, given.text_version) == (
            lang,
            "127.0.0.1",
            consent.consent_version(),
        )


HOSTILE = {
    "zip-bomb.docx": (zip_bomb_docx, "zip_bomb"),
    "encrypted.pdf": (
        lambda: make_pdf("Секрет", owner_password="o", user_password="u"),
        "encrypted",
    ),
    "elf.pdf": (lambda: Path("/bin/true").read_bytes(), "unsupported_type"),
}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_cv_gets_a_clear_message_and_nothing_is_saved(app, client, candidate, lang, name):
    _set_language(client, lang)
    application_id = _start(client, candidate["vacancy"])
    build, code = HOSTILE[name]
    response = _upload_cv(client, application_id, build(), name)
    assert response.status_code == 422
    assert MESSAGES[code][lang] in response.get_data(as_text=True)
    with app.app_context():
        assert document_count() == 0
        assert db.session.get(Application, application_id).cv_status is None
    assert stored_files(app) == []


def test_a_refused_file_keeps_the_previous_cv(app, client, candidate):
    application_id = _start(client, candidate["vacancy"])
    assert _upload_cv(client, application_id, cv_pdf("ru"), "cv.pdf").status_code == 302
    before = stored_files(app)
    response = _upload_cv(client, application_id, Path("/bin/true").read_bytes(), "cv.pdf")
    assert response.status_code == 422
    assert stored_files(app) == before
    with app.app_context():
        application = db.session.get(Application, application_id)
        assert application.cv_status == CVStatus.OK and document_count() == 1
        assert application.skills


def test_a_scanned_cv_is_kept_for_a_person_to_read(app, client, candidate, in_english):
    application_id = _start(client, candidate["vacancy"])
    response = _upload_cv(client, application_id, make_image_pdf("Иванов"), "scan.pdf")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "a person will read it" in page
    with app.app_context():
        application = db.session.get(Application, application_id)
        assert application.cv_status == CVStatus.NEEDS_REVIEW
        assert application.cv_profile == {} and document_count() == 1


def test_a_new_cv_replaces_the_old_file(app, client, candidate):
    application_id = _start(client, candidate["vacancy"])
    _upload_cv(client, application_id, cv_pdf("ru"), "one.pdf")
    first = stored_files(app)
    _upload_cv(client, application_id, cv_docx("en"), "two.docx")
    second = stored_files(app)
    assert len(first) == len(second) == 1 and first != second
    with app.app_context():
        application = db.session.get(Application, application_id)
        assert application.cv_language == "en" and document_count() == 1


def test_unknown_typed_skill_is_refused_and_a_known_one_resolved(
    app, client, candidate, in_english
):
    application_id = _start(client, candidate["vacancy"])
    _upload_cv(client, application_id, cv_pdf("en"), "cv.pdf")
    url = f"/applications/{application_id}/confirm"
    refused = client.post(url, data={"add_name": "Underwater basket weaving", "save": "1"})
    assert refused.status_code == 422
    assert "is not a digital skill we know" in refused.get_data(as_text=True)
    assert client.post(url, data={"add_name": "power bi", "save": "1"}).status_code == 302
    with app.app_context():
        skills = {s["id"]: s["source"] for s in db.session.get(Application, application_id).skills}
    assert skills["power-bi"] == "self"


def test_applying_twice_resumes_the_same_draft(app, client, candidate):
    first = _start(client, candidate["vacancy"])
    again = client.post(f"/applications/apply/{candidate['vacancy']}")
    assert again.headers["Location"] == f"/applications/{first}/cv"
    with app.app_context():
        assert db.session.execute(select(Application)).scalars().all()[0].id == first
        assert db.session.scalar(select(StatusChange.id)) is None
        assert db.session.get(Application, first).status == ApplicationStatus.DRAFT


@pytest.mark.parametrize(
    ("data", "code"), [(b"", "empty"), (b"a" * (5 * 1024 * 1024 + 1), "too_large")]
)
def test_empty_or_oversized_cv_gets_the_engines_message(app, client, candidate, data, code):
    _set_language(client, "kk")
    application_id = _start(client, candidate["vacancy"])
    response = _upload_cv(client, application_id, data, "cv.txt")
    assert response.status_code == 422
    assert MESSAGES[code]["kk"] in response.get_data(as_text=True)
    assert stored_files(app) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\Резюме 2026.pdf", "Резюме 2026.pdf"),
        ('a"b;<script>.pdf', "a_b_script_.pdf"),
        ("\x00\x1f", "cv.pdf"),
        ("", "cv.pdf"),
    ],
)
def test_uploaded_names_are_sanitised(name, expected):
    assert safe_name(name, "cv.pdf") == expected


def _kept_for_a_person(app, client, response, message, code):
    """After an upload that a person must read: the page the candidate lands on shows why,
    and the CV is kept, flagged ``needs_review`` with ``code``. The application and page."""
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert message in page
    application_id = int(response.headers["Location"].split("/")[2])
    with app.app_context():
        application = db.session.get(Application, application_id)
        assert application.cv_status == CVStatus.NEEDS_REVIEW
        assert application.cv_reason_code == code and document_count() == 1
    return application, page


@pytest.fixture
def reader_settings():
    """Set this process's reading pool up for one test; the defaults come back afterwards."""
    yield lambda **settings: nlp_pool.configure("read", **settings)
    nlp_pool.configure("read")


def test_a_reader_that_dies_sends_the_cv_to_a_person(app, client, candidate, in_english, caplog):
    """A reading worker that dies while it reads (killed here) keeps the file for a person: no
    server error, and the log names the failure, not the CV's words."""
    reader = nlp_pool.get_reader()
    reader.warm()
    (pid,) = reader.worker_pids()
    application_id = _start(client, candidate["vacancy"])
    threading.Timer(0.5, os.kill, (pid, signal.SIGKILL)).start()
    text = "Иванов Иван\n" + ("01.2001 - 02.2003 " * 12_000)[:190_000]
    response = _upload_cv(client, application_id, text.encode(), "cv.txt")
    assert response.status_code == 302
    _kept_for_a_person(app, client, response, "a person will review it", "internal_error")
    assert "worker_crashed" in caplog.text and "Иванов" not in caplog.text


def test_a_cv_whose_reading_overruns_is_kept_for_a_person(
    app, client, candidate, in_english, reader_settings
):
    """A text that extracts cleanly but takes the reading worker longer than allowed (half a
    second here, twelve in production; it takes about three) stops there: the upload answers
    within seconds and a person reads the CV. The worker is started first, as a deployment's
    are at start-up: its start is not the upload's time."""
    reader_settings(timeout=0.5)
    nlp_pool.get_reader().warm()
    text = ("01.2001 - 02.2003 " * 12_000)[:200_000]
    application_id = _start(client, candidate["vacancy"])
    began = time.monotonic()
    response = _upload_cv(client, application_id, text.encode(), "cv.txt")
    assert time.monotonic() - began < 10
    message = "took longer than allowed; a person will review it"
    _kept_for_a_person(app, client, response, message, "read_timeout")


def test_a_cv_of_hundreds_of_periods_is_kept_for_a_person(app, client, candidate, in_english):
    """210 periods of work, where a real CV has at most a few dozen: a person reads the CV, and
    the candidate is not asked to confirm a page of hundreds of rows."""
    text = "Опыт работы\n" + "".join(
        f"{month:02d}.{year} – {month + 1:02d}.{year} Главный специалист, ТОО Ромашка\n"
        for year in range(1990, 2025)
        for month in range(1, 12, 2)
    )
    application_id = _start(client, candidate["vacancy"])
    response = _upload_cv(client, application_id, text.encode(), "cv.txt")
    message = "than a CV holds; a person will review it"
    application, page = _kept_for_a_person(app, client, response, message, "too_many_items")
    assert application.cv_profile == {} and page.count("ТОО Ромашка") < 5
