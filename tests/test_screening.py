"""HR's screening pages: who may open them, applicants with eligibility reasons, the file."""

from types import SimpleNamespace

import pytest
from flask import url_for
from sqlalchemy import select

from models import Application, ApplicationStatus, AuditEvent, Consent, Document, Role, db
from recruit.screening.services import evaluate_application
from tests.factories import make_body, make_user, make_vacancy
from tests.test_eligibility_service import CV_TEXT, make_iin, make_profile
from tests.test_eligibility_service import make_application as _make_application

S = ApplicationStatus
IIN = make_iin("85020340012")
POWER_BI = CV_TEXT.index("Power BI")
REASON = "The diploma was checked in person and is recognised."
SKILLS = [
    {
        "id": "power-bi",
        "label": "Power BI",
        "area": "data",
        "source": "cv",
        "mentions": [{"start": POWER_BI, "end": POWER_BI + 8, "text": "Power BI"}],
    },
    {"id": "sql", "label": "SQL", "area": "data", "source": "self", "mentions": []},
]

ROUTES = [
    ("get", "screening.index", None),
    ("get", "screening.vacancy", "vacancy"),
    ("get", "screening.application", "application"),
    ("post", "screening.reveal_iin", "application"),
    ("post", "screening.override", "application"),
]
OBJECT_ROUTES = [r for r in ROUTES if r[2] is not None]


def make_application(vacancy, candidate, **kw):
    """A submitted, evaluated application with a CV file, a document and a consent."""
    application = _make_application(vacancy, candidate, skills=SKILLS, **kw)
    cv = Document(
        owner_id=candidate.id,
        application_id=application.id,
        kind="cv",
        original_name="cv.pdf",
        storage_key=f"k{application.id}cv",
        sha256="0" * 64,
        size=2048,
        content_type="application/pdf",
        text=CV_TEXT,
    )
    required = Document(
        owner_id=candidate.id,
        application_id=application.id,
        kind="required",
        label="Послужной список",
        original_name="track.pdf",
        storage_key=f"k{application.id}doc",
        sha256="1" * 64,
        size=1024,
        content_type="application/pdf",
    )
    db.session.add_all([cv, required])
    db.session.add(
        Consent(
            user_id=candidate.id,
            application_id=application.id,
            text_version="2026-03",
            text_sha256="2" * 64,
            language="ru",
            ip="127.0.0.1",
        )
    )
    db.session.flush()
    application.cv_document_id = cv.id
    if application.status == S.SUBMITTED:
        evaluate_application(application)
    db.session.commit()
    return application


def make_world(app) -> SimpleNamespace:
    """Two bodies with HR officers; an applicant to the own body's vacancy; other roles."""
    with app.app_context():
        own, other = make_body("own"), make_body("other")
        vacancy, other_vacancy = make_vacancy(own), make_vacancy(other)
        users = {
            "hr": make_user(Role.HR, own, email="hr@own.kz"),
            "other_hr": make_user(Role.HR, other, email="hr@other.kz"),
            "candidate": make_user(Role.CANDIDATE, email="candidate@example.kz"),
            "commission": make_user(Role.COMMISSION, own, email="commission@own.kz"),
            "admin": make_user(Role.ADMIN, email="admin@example.kz"),
            "auditor": make_user(Role.AUDITOR, email="auditor@example.kz"),
        }
        make_profile(users["candidate"], iin=IIN)
        application = make_application(vacancy, users["candidate"])
        return SimpleNamespace(
            vacancy=vacancy.id,
            other_vacancy=other_vacancy.id,
            application=application.id,
            candidate=users["candidate"].id,
            emails={k: u.email for k, u in users.items()},
        )


@pytest.fixture
def world(app):
    """The bodies, users and application of ``make_world``."""
    return make_world(app)


def url(app, endpoint: str, **values) -> str:
    with app.test_request_context():
        return url_for(endpoint, **values)


def route_url(app, world, endpoint: str, needs) -> str:
    if needs is None:
        return url(app, endpoint)
    key = "vacancy_id" if needs == "vacancy" else "application_id"
    return url(app, endpoint, **{key: getattr(world, needs)})


def fetch(client, method: str, path: str, **kw):
    return getattr(client, method)(path, **kw)


def load(app, application_id: int) -> Application:
    with app.app_context():
        application = db.session.get(Application, application_id)
        db.session.expunge(application)
        return application


def events(app, action: str) -> list[AuditEvent]:
    with app.app_context():
        return list(
            db.session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars()
        )


@pytest.mark.parametrize(("method", "endpoint", "needs"), ROUTES)
def test_anonymous_users_are_sent_to_log_in(app, client, world, method, endpoint, needs):
    response = fetch(client, method, route_url(app, world, endpoint, needs))
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["candidate", "commission", "admin", "auditor"])
@pytest.mark.parametrize(("method", "endpoint", "needs"), ROUTES)
def test_other_roles_are_refused(app, client, auth, world, role, method, endpoint, needs):
    auth.login(world.emails[role])
    assert fetch(client, method, route_url(app, world, endpoint, needs)).status_code == 403


@pytest.mark.parametrize(("method", "endpoint", "needs"), OBJECT_ROUTES)
def test_hr_of_another_body_gets_404(app, client, auth, world, method, endpoint, needs):
    auth.login(world.emails["other_hr"])
    response = fetch(
        client,
        method,
        route_url(app, world, endpoint, needs),
        data={"outcome": "pass", "reason": REASON},
    )
    assert response.status_code == 404
    assert load(app, world.application).override_outcome is None


@pytest.mark.parametrize(("method", "endpoint", "needs"), ROUTES)
def test_hr_of_the_body_may_use_every_route(app, client, auth, world, method, endpoint, needs):
    auth.login(world.emails["hr"])
    response = fetch(
        client,
        method,
        route_url(app, world, endpoint, needs),
        data={"outcome": "pass", "reason": REASON},
    )
    assert response.status_code in (200, 302)


def test_a_draft_is_not_visible_to_hr(app, client, auth, world):
    with app.app_context():
        vacancy = db.session.get(Application, world.application).vacancy
        draft = _make_application(vacancy, make_user(Role.CANDIDATE), status=S.DRAFT, code="K-777")
        draft_id = draft.id
    auth.login(world.emails["hr"])
    assert client.get(url(app, "screening.application", application_id=draft_id)).status_code == 404
    page = client.get(url(app, "screening.vacancy", vacancy_id=world.vacancy)).get_data(True)
    assert "K-777" not in page


def test_the_index_lists_vacancies_with_applications(app, client, auth, world):
    auth.login(world.emails["hr"])
    page = client.get(url(app, "screening.index")).get_data(as_text=True)
    assert url(app, "screening.vacancy", vacancy_id=world.vacancy) in page
    assert url(app, "screening.vacancy", vacancy_id=world.other_vacancy) not in page


def test_the_list_shows_each_outcome_with_every_rule_reason(app, client, auth, world):
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    page = client.get(url(app, "screening.vacancy", vacancy_id=world.vacancy)).get_data(True)
    code = load(app, world.application).code
    assert code in page
    assert "Eligible" in page
    assert "Education level (bachelor&#39;s) meets the required bachelor&#39;s level." in page
    assert "Legislation-test certificate" in page
    assert "Иванов" not in page


def test_the_list_filters_by_outcome_and_counts(app, client, auth, world):
    with app.app_context():
        vacancy = db.session.get(Application, world.application).vacancy
        failing = make_user(Role.CANDIDATE)
        make_profile(failing, citizenship="RU")
        make_application(vacancy, failing, code="K-900")
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    all_ = client.get(url(app, "screening.vacancy", vacancy_id=world.vacancy)).get_data(True)
    assert "All (2)" in all_ and "Eligible (1)" in all_ and "Not eligible (1)" in all_
    failed = client.get(
        url(app, "screening.vacancy", vacancy_id=world.vacancy, outcome="fail")
    ).get_data(True)
    assert "K-900" in failed
    assert load(app, world.application).code not in failed
    empty = client.get(
        url(app, "screening.vacancy", vacancy_id=world.vacancy, outcome="needs_review")
    ).get_data(True)
    assert "No applications with this outcome." in empty


def test_the_applicant_file_shows_everything_and_is_audited(app, client, auth, world):
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    response = client.get(url(app, "screening.application", application_id=world.application))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Иванов Сергей Петрович" in page
    assert "********" + IIN[-4:] in page and IIN not in page
    assert "version 2026-03" in page
    assert "Power BI</mark>" in page and "Навыки: " in page
    assert "self-declared" in page
    assert "Послужной список" in page and "cv.pdf" in page
    assert "Declarations and consent" in page
    viewed = events(app, "personal_data.view")
    assert [e.object_id for e in viewed] == [str(world.application)]
    assert IIN not in str(viewed[0].details)


def test_the_iin_is_revealed_only_on_request_and_audited(app, client, auth, world):
    auth.login(world.emails["hr"])
    response = client.post(url(app, "screening.reveal_iin", application_id=world.application))
    assert response.status_code == 200
    assert IIN in response.get_data(as_text=True)
    reveals = [e for e in events(app, "personal_data.view") if e.details.get("field") == "iin"]
    assert len(reveals) == 1
    assert IIN not in str(reveals[0].details)


def test_the_list_is_paginated(app, client, auth, world):
    app.config["PER_PAGE"] = 1
    with app.app_context():
        vacancy = db.session.get(Application, world.application).vacancy
        make_application(vacancy, make_user(Role.CANDIDATE), code="K-002")
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    first = client.get(url(app, "screening.vacancy", vacancy_id=world.vacancy)).get_data(True)
    assert "Page 1 of 2" in first
    second = client.get(url(app, "screening.vacancy", vacancy_id=world.vacancy, page=2))
    assert "Page 2 of 2" in second.get_data(True)


def test_hr_without_applications_sees_an_empty_state(app, client, auth, world):
    auth.login(world.emails["other_hr"])
    client.post("/language", data={"lang": "en"})
    page = client.get(url(app, "screening.index")).get_data(as_text=True)
    assert "No applications have been submitted to your body's vacancies yet." in page
