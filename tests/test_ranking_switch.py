"""The administrators' global ranking switch: reasoned, audited, and obeyed everywhere."""

import pytest
from sqlalchemy import select

from models import AuditEvent, Role, Setting, Vacancy, db
from recruit.ranking import listing, services
from tests.factories import PASSWORD, make_user
from tests.ranking_helpers import competition, use_english

URL = "/admin/ranking/"


@pytest.fixture(autouse=True)
def _english(app, client):
    """Every page and message of these tests in English."""
    use_english(app, client)


@pytest.fixture
def world(app):
    with app.app_context():
        body, hr, vacancy, _ = competition()
        services.rank_vacancy(vacancy, hr)
        emails = {
            role: make_user(role, body).email
            for role in (Role.ADMIN, Role.AUDITOR, Role.COMMISSION, Role.CANDIDATE)
        }
        emails[Role.HR] = hr.email
        return {"vacancy": vacancy.id, "emails": emails}


def login(client, world, role):
    client.post("/auth/login", data={"email": world["emails"][role], "password": PASSWORD})


def test_admin_sees_the_switch_on_by_default(client, world):
    login(client, world, Role.ADMIN)
    html = client.get(URL).get_data(as_text=True)
    assert "Automated ranking is ON." in html
    assert "high-risk" in html


def test_switching_off_needs_a_reason(app, client, world):
    login(client, world, Role.ADMIN)
    response = client.post(URL, data={"enabled": "off", "reason": "short"})
    assert response.status_code == 422
    assert "Write the reason in 10 to 2000 characters." in response.get_data(as_text=True)
    with app.app_context():
        assert services.ranking_enabled_globally() is True


def test_switching_off_is_audited_and_obeyed(app, client, world):
    login(client, world, Role.ADMIN)
    response = client.post(
        URL,
        data={"enabled": "off", "reason": "Fairness review of the ranker pending"},
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "everyone sees a neutral order" in html
    assert "Automated ranking is OFF" in html
    assert "Fairness review of the ranker pending" in html
    with app.app_context():
        setting = db.session.get(Setting, "ranking_enabled")
        assert setting.value["enabled"] is False
        event = db.session.execute(
            select(AuditEvent).where(AuditEvent.action == "ranking.switch")
        ).scalar_one()
        assert event.details["enabled"] is False and event.actor_id is not None
        vacancy = db.session.get(Vacancy, world["vacancy"])
        assert services.ranking_active(vacancy) is False
        state = listing.competition(vacancy, 1, 20)
        assert state.run is None and all(row.score is None for row in state.page.rows)
        assert [r.application.code for r in state.page.rows] == ["K-001", "K-002", "K-003"]
    client.post("/auth/logout")
    login(client, world, Role.HR)
    page = client.get(f"/hr/competitions/{world['vacancy']}").get_data(as_text=True)
    assert "switched off by the administrators" in page
    assert "Why this score" not in page


def test_switching_back_on_shows_the_ranking_again(app, client, world):
    login(client, world, Role.ADMIN)
    client.post(URL, data={"enabled": "off", "reason": "Fairness review of the ranker pending"})
    client.post(URL, data={"enabled": "on", "reason": "Review finished, no bias found"})
    with app.app_context():
        assert services.ranking_enabled_globally() is True
        assert (
            len(
                db.session.execute(
                    select(AuditEvent).where(AuditEvent.action == "ranking.switch")
                ).all()
            )
            == 2
        )
    client.post("/auth/logout")
    login(client, world, Role.HR)
    page = client.get(f"/hr/competitions/{world['vacancy']}").get_data(as_text=True)
    assert "Why this score (K-001)" in page


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_goes_to_login(client, world, method):
    response = getattr(client, method)(URL)
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", [Role.HR, Role.AUDITOR, Role.COMMISSION, Role.CANDIDATE])
@pytest.mark.parametrize("method", ["get", "post"])
def test_non_admins_are_forbidden(app, client, world, role, method):
    login(client, world, role)
    data = {"enabled": "off", "reason": "Trying to switch it off"}
    response = getattr(client, method)(URL, **({"data": data} if method == "post" else {}))
    assert response.status_code == 403
    with app.app_context():
        assert services.ranking_enabled_globally() is True
