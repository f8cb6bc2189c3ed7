"""The candidate's profile under /me: who may open it, saving and the IIN."""

import logging
from datetime import date, timedelta

import pytest
from flask import url_for
from sqlalchemy import select

from models import AuditEvent, CandidateProfile, Role, User, db
from nlp.iin import check_digit
from recruit import crypto
from recruit.candidates import services
from tests.factories import make_body, make_user

# (method, endpoint) of every page under /me
ME_ROUTES = [
    ("get", "candidates.profile"),
    ("post", "candidates.profile"),
    ("get", "candidates.notifications"),
    ("post", "candidates.mark_read"),
    ("get", "candidates.export"),
    ("post", "candidates.export"),
    ("get", "candidates.erase"),
    ("post", "candidates.erase"),
]


def make_iin(first11: str = "90010130001") -> str:
    """A valid IIN from its first 11 digits (birth date, century digit, serial)."""
    return first11 + str(check_digit(first11))


IIN = make_iin()


def profile_form(**overrides) -> dict:
    """A complete profile as a candidate types it; blank rows included."""
    data = {
        "last_name": "Сәрсенбаев",
        "first_name": "Ерлан",
        "patronymic": "Қайратұлы",
        "name_latin": "SARSENBAYEV ERLAN",
        "iin": IIN,
        "citizenship": "KZ",
        "phone": "8 (701) 234-56-78",
        "contact_email": "Erlan@Example.kz",
        "education-0-level": "master",
        "education-0-field": "Public administration",
        "education-0-institution": "Academy of Public Administration",
        "education-0-year": "2018",
        "education-1-level": "",
        "education-1-field": "",
        "education-1-institution": "",
        "education-1-year": "",
        "experience-0-title": "Chief expert",
        "experience-0-organization": "Ministry of Digital Development",
        "experience-0-start": "2019-09",
        "experience-0-end": "",
        "experience-0-public_service": "y",
        "experience-1-title": "",
        "experience-1-organization": "",
        "experience-1-start": "",
        "experience-1-end": "",
        "languages-0-code": "kk",
        "languages-0-level": "native",
        "languages-1-code": "ru",
        "languages-1-level": "C1",
        "languages-2-code": "",
        "languages-2-level": "",
        "test_certificate_number": "LT-2025-000123",
        "test_certificate_date": (date.today() - timedelta(days=30)).isoformat(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture(autouse=True)
def english(client):
    """Pages in English, so that messages read as the tests expect."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


def make_users(app) -> None:
    """One account of every role; the candidate is the one whose profile is tested."""
    with app.app_context():
        body = make_body()
        for role in Role:
            make_user(
                role,
                body=body if role in (Role.HR, Role.COMMISSION) else None,
                email=f"{role.value}@example.kz",
            )
        make_user(Role.CANDIDATE, email="other@example.kz")


@pytest.fixture
def users(app):
    """The accounts of ``make_users``."""
    make_users(app)


def url(app, endpoint: str, **values) -> str:
    with app.test_request_context():
        return url_for(endpoint, **values)


def _profile(app, email="candidate@example.kz") -> CandidateProfile | None:
    with app.app_context():
        stmt = select(CandidateProfile).join(CandidateProfile.user).where(User.email == email)
        profile = db.session.execute(stmt).scalar_one_or_none()
        if profile is not None:
            db.session.expunge(profile)
        return profile


def _events(app, action: str) -> list[AuditEvent]:
    with app.app_context():
        stmt = select(AuditEvent).where(AuditEvent.action == action)
        return list(db.session.execute(stmt).scalars())


@pytest.mark.parametrize(("method", "endpoint"), ME_ROUTES)
def test_anonymous_is_sent_to_login(app, client, users, method, endpoint):
    response = getattr(client, method)(url(app, endpoint))
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["hr", "commission", "admin", "auditor"])
@pytest.mark.parametrize(("method", "endpoint"), ME_ROUTES)
def test_other_roles_are_forbidden(app, client, auth, users, role, method, endpoint):
    auth.login(f"{role}@example.kz")
    assert getattr(client, method)(url(app, endpoint)).status_code == 403


@pytest.mark.parametrize("endpoint", [e for m, e in ME_ROUTES if m == "get"])
def test_candidate_opens_every_page(app, client, auth, users, endpoint):
    auth.login("candidate@example.kz")
    assert client.get(url(app, endpoint)).status_code == 200


def test_first_visit_creates_an_empty_profile_with_the_account_email(app, client, auth, users):
    auth.login("candidate@example.kz")
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert 'value="candidate@example.kz"' in page
    assert _profile(app).last_name == ""
    client.get(url(app, "candidates.profile"))
    with app.app_context():
        assert db.session.query(CandidateProfile).count() == 1
    assert len(_events(app, "profile.create")) == 1


def test_saving_the_profile_keeps_every_field(app, client, auth, users):
    auth.login("candidate@example.kz")
    response = client.post(url(app, "candidates.profile"), data=profile_form())
    assert response.status_code == 302
    saved = _profile(app)
    assert (saved.last_name, saved.first_name, saved.patronymic) == (
        "Сәрсенбаев",
        "Ерлан",
        "Қайратұлы",
    )
    assert saved.phone == "+77012345678" and saved.contact_email == "erlan@example.kz"
    assert saved.education == [
        {
            "level": "master",
            "field": "Public administration",
            "institution": "Academy of Public Administration",
            "year": 2018,
        }
    ]
    assert saved.experience == [
        {
            "title": "Chief expert",
            "organization": "Ministry of Digital Development",
            "start": "2019-09",
            "end": None,
            "public_service": True,
        }
    ]
    assert saved.languages == [{"code": "kk", "level": "native"}, {"code": "ru", "level": "C1"}]
    assert saved.test_certificate_number == "LT-2025-000123"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your profile is saved." in page
    assert 'value="Сәрсенбаев"' in page and "2019-09" in page


def test_the_iin_is_encrypted_and_shown_masked(app, client, auth, users):
    auth.login("candidate@example.kz")
    client.post(url(app, "candidates.profile"), data=profile_form())
    saved = _profile(app)
    assert IIN.encode() not in saved.iin_ciphertext
    assert saved.iin_last4 == IIN[-4:]
    with app.app_context():
        assert crypto.decrypt(saved.iin_ciphertext) == IIN
        assert saved.iin_index == crypto.blind_index(IIN)
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert f"********{IIN[-4:]}" in page
    assert IIN not in page


def test_an_empty_iin_keeps_the_saved_one(app, client, auth, users):
    auth.login("candidate@example.kz")
    client.post(url(app, "candidates.profile"), data=profile_form())
    before = _profile(app).iin_ciphertext
    client.post(url(app, "candidates.profile"), data=profile_form(iin="", first_name="Нұрлан"))
    after = _profile(app)
    assert after.iin_ciphertext == before and after.first_name == "Нұрлан"


def test_the_iin_is_never_in_logs_or_audit(app, client, auth, users, caplog):
    caplog.set_level(logging.DEBUG)
    auth.login("candidate@example.kz")
    client.post(url(app, "candidates.profile"), data=profile_form())
    client.post(url(app, "candidates.profile"), data=profile_form(iin=IIN[:-1] + "0"))
    assert IIN not in caplog.text and IIN[:-1] not in caplog.text
    (event,) = _events(app, "profile.update")
    assert "iin" in event.details["fields"]
    assert IIN not in str(event.details) and "Сәрсенбаев" not in str(event.details)


REFUSE_UPDATES = {
    "sqlite": (
        [
            "CREATE TRIGGER refuse_profile_update BEFORE UPDATE ON candidate_profiles "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        ],
        ["DROP TRIGGER IF EXISTS refuse_profile_update"],
    ),
    "postgresql": (
        [
            "CREATE FUNCTION refuse_profile_update() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'disk I/O error'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_profile_update BEFORE UPDATE ON candidate_profiles "
            "FOR EACH ROW EXECUTE FUNCTION refuse_profile_update()",
        ],
        [
            "DROP TRIGGER IF EXISTS refuse_profile_update ON candidate_profiles",
            "DROP FUNCTION IF EXISTS refuse_profile_update()",
        ],
    ),
}


def test_a_save_the_database_refuses_leaves_no_personal_data_in_the_log(
    app, client, auth, users, caplog
):
    """A database failure is logged with its trace, but the statement's values (the name,
    the phone, the e-mail the candidate typed) stay out of the log."""
    caplog.set_level(logging.DEBUG)
    auth.login("candidate@example.kz")
    client.get(url(app, "candidates.profile"))
    with app.app_context():
        create, drop = REFUSE_UPDATES[db.engine.dialect.name]
        with db.engine.begin() as conn:
            for statement in create:
                conn.exec_driver_sql(statement)
    try:
        response = client.post(url(app, "candidates.profile"), data=profile_form())
    finally:
        with app.app_context(), db.engine.begin() as conn:
            for statement in drop:
                conn.exec_driver_sql(statement)
    assert response.status_code == 500
    assert "disk I/O error" in caplog.text
    for value in ("Сәрсенбаев", "SARSENBAYEV", "erlan@example.kz", "+77012345678"):
        assert value not in caplog.text, value


def test_viewing_the_own_profile_is_not_audited(app, client, auth, users):
    auth.login("candidate@example.kz")
    client.post(url(app, "candidates.profile"), data=profile_form())
    client.get(url(app, "candidates.profile"))
    assert _events(app, "personal_data.view") == []


def test_reveal_iin_is_audited_for_the_reader(app, users):
    with app.app_context():
        user = make_user(Role.CANDIDATE, email="applicant@example.kz")
        profile = services.profile_for(user)
        profile.iin_ciphertext = crypto.encrypt(IIN)
        db.session.commit()
        hr = db.session.execute(select(User).where(User.email == "hr@example.kz")).scalar_one()
        assert services.reveal_iin(profile, hr) == IIN
    (event,) = _events(app, "personal_data.view")
    assert event.actor_role == "hr" and event.details["field"] == "iin"
    assert IIN not in str(event.details)


def test_a_candidate_sees_only_the_own_profile(app, client, auth, users):
    auth.login("candidate@example.kz")
    client.post(url(app, "candidates.profile"), data=profile_form())
    auth.logout()
    auth.login("other@example.kz")
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert "Сәрсенбаев" not in page and IIN[-4:] not in page
    assert 'value="other@example.kz"' in page
