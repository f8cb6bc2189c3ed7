"""HR's competition page: ranked list with explanations, neutral order, shortlist and overrides."""

import re

import pytest
from sqlalchemy import select

from models import Application, AuditEvent, Role, Setting, Vacancy, db
from recruit.ranking import services
from tests.factories import PASSWORD, make_body, make_user
from tests.ranking_helpers import (
    MEDIUM,
    S,
    analyst_vacancy,
    competition,
    make_applicant,
    use_english,
)


@pytest.fixture(autouse=True)
def _english(app, client):
    """Every page and message of these tests in English."""
    use_english(app, client)


def login(client, user):
    return client.post("/auth/login", data={"email": user.email, "password": PASSWORD})


def actions(action: str) -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


@pytest.fixture
def ranked(app, client):
    """A ranked competition (strong K-001, weak K-002, medium K-003) with HR logged in."""
    with app.app_context():
        body, hr, vacancy, apps = competition()
        services.rank_vacancy(vacancy, hr)
        ids = {"vacancy": vacancy.id, "apps": [a.id for a in apps], "body": body.id, "hr": hr.id}
        login(client, hr)
    return ids


def page(client, vacancy_id: int) -> str:
    response = client.get(f"/hr/competitions/{vacancy_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_ranked_list_is_name_blind_and_explained(client, ranked):
    html = page(client, ranked["vacancy"])
    assert html.index("K-001") < html.index("K-003") < html.index("K-002")
    assert "Candidate Name" not in html and "example.kz" not in html
    assert "Best qualified" in html or "Well qualified" in html or "Qualified" in html
    assert "Essential skills found" in html and "Power BI" in html
    assert "Essential skills missing" in html
    assert "Shared terms behind the fit" in html
    assert "Recent learning and certificates" in html
    assert "advisory" in html


def test_the_index_lists_only_the_bodys_competitions(app, client, ranked):
    with app.app_context():
        other_vacancy = competition()[2].id
    html = client.get("/hr/competitions/").get_data(as_text=True)
    assert f"/hr/competitions/{ranked['vacancy']}" in html
    assert f"/hr/competitions/{other_vacancy}" not in html
    assert "Eligible applicants" in html


def test_rank_now_from_the_page(app, client):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        vacancy_id = vacancy.id
        login(client, hr)
    response = client.post(f"/hr/competitions/{vacancy_id}/rank", follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "The applications are ranked." in html
    assert "Why this score (K-001)" in html


@pytest.mark.parametrize("where", ["global", "vacancy"])
def test_switched_off_shows_the_neutral_order(app, client, ranked, where):
    with app.app_context():
        if where == "global":
            db.session.add(Setting(key="ranking_enabled", value={"enabled": False}))
        else:
            vacancy = db.session.get(Vacancy, ranked["vacancy"])
            vacancy.ranking_enabled = False
        db.session.commit()
    html = page(client, ranked["vacancy"])
    assert "neutral order" in html
    assert "Why this score" not in html and "Rank now" not in html
    assert html.index("K-001") < html.index("K-002") < html.index("K-003")
    response = client.post(f"/hr/competitions/{ranked['vacancy']}/rank", follow_redirects=True)
    assert "switched off" in response.get_data(as_text=True)


def test_hr_switches_the_vacancy_off_with_a_reason(app, client, ranked):
    url = f"/hr/competitions/{ranked['vacancy']}/switch"
    response = client.post(url, data={"enabled": "off", "reason": ""})
    assert response.status_code == 422
    assert "Write the reason for the change." in response.get_data(as_text=True)
    response = client.post(
        url,
        data={"enabled": "off", "reason": "Pilot without automated ranking"},
        follow_redirects=True,
    )
    assert "Ranking is switched off." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Vacancy, ranked["vacancy"]).ranking_enabled is False
        (event,) = actions("ranking.vacancy_switch")
        assert event.details["enabled"] is False and event.actor_id == ranked["hr"]


def test_shortlist_by_top_n(app, client, ranked):
    response = client.post(
        f"/hr/competitions/{ranked['vacancy']}/shortlist",
        data={"mode": "top", "top_n": "2"},
        follow_redirects=True,
    )
    assert "The shortlist is formed: 2 candidates." in response.get_data(as_text=True)
    with app.app_context():
        strong, weak, medium = (db.session.get(Application, i) for i in ranked["apps"])
        assert (strong.status, medium.status, weak.status) == (
            S.SHORTLISTED,
            S.SHORTLISTED,
            S.NOT_SHORTLISTED,
        )
        assert strong.history[-1].reason["en"].startswith("You are included")
        assert actions("shortlist.form")[0].details["shortlisted"] == 2
    again = client.post(
        f"/hr/competitions/{ranked['vacancy']}/shortlist",
        data={"mode": "top", "top_n": "3"},
        follow_redirects=True,
    )
    assert "already formed" in again.get_data(as_text=True)


def test_shortlist_by_bands(app, client, ranked):
    with app.app_context():
        run = services.latest_run(db.session.get(Vacancy, ranked["vacancy"]))
        bands = {s.application_id: s.band for s in run.scores}
    band = bands[ranked["apps"][0]]
    client.post(
        f"/hr/competitions/{ranked['vacancy']}/shortlist", data={"mode": "bands", "bands": [band]}
    )
    with app.app_context():
        for app_id, b in bands.items():
            status = db.session.get(Application, app_id).status
            assert status == (S.SHORTLISTED if b == band else S.NOT_SHORTLISTED)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"mode": "top"}, "Enter how many candidates to shortlist."),
        ({"mode": "bands"}, "Choose at least one band."),
        ({"mode": "top", "top_n": "0"}, "Enter a number from 1 to 10000."),
    ],
)
def test_shortlist_form_messages(client, ranked, data, message):
    response = client.post(f"/hr/competitions/{ranked['vacancy']}/shortlist", data=data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)


def test_a_stale_ranking_must_be_redone_before_the_shortlist(app, client, ranked):
    with app.app_context():
        make_applicant(db.session.get(Vacancy, ranked["vacancy"]), MEDIUM, "K-050")
    html = page(client, ranked["vacancy"])
    assert "changed since this ranking" in html
    response = client.post(
        f"/hr/competitions/{ranked['vacancy']}/shortlist",
        data={"mode": "top", "top_n": "1"},
        follow_redirects=True,
    )
    assert "Rank again first." in response.get_data(as_text=True)


def test_moving_a_candidate_needs_a_reason_and_counts_as_override(app, client, ranked):
    client.post(
        f"/hr/competitions/{ranked['vacancy']}/shortlist", data={"mode": "top", "top_n": "1"}
    )
    weak = ranked["apps"][1]
    url = f"/hr/competitions/{ranked['vacancy']}/applications/{weak}/shortlist"
    response = client.post(url, data={f"m{weak}-direction": "in", f"m{weak}-reason": ""})
    assert response.status_code == 422
    assert "Write the reason for the move." in response.get_data(as_text=True)
    response = client.post(
        url,
        data={
            f"m{weak}-direction": "in",
            f"m{weak}-reason": "Strong interview record in a previous competition",
        },
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "Candidate K-002 is moved." in html
    assert "1 of 2 shortlisted (50.0%)" in html
    with app.app_context():
        application = db.session.get(Application, weak)
        assert application.status == S.SHORTLISTED
        assert application.shortlist_overridden is True
        assert application.shortlist_reason.startswith("Strong interview")
        (event,) = actions("shortlist.override")
        assert event.details["direction"] == "in" and event.object_id == str(weak)


def test_moving_out_a_shortlisted_candidate(app, client, ranked):
    client.post(
        f"/hr/competitions/{ranked['vacancy']}/shortlist", data={"mode": "top", "top_n": "2"}
    )
    strong = ranked["apps"][0]
    client.post(
        f"/hr/competitions/{ranked['vacancy']}/applications/{strong}/shortlist",
        data={f"m{strong}-direction": "out", f"m{strong}-reason": "Declared a conflict of duty"},
    )
    with app.app_context():
        assert db.session.get(Application, strong).status == S.NOT_SHORTLISTED
    html = page(client, ranked["vacancy"])
    assert "1 of 1 shortlisted (100.0%)" in html
    again = client.post(
        f"/hr/competitions/{ranked['vacancy']}/applications/{strong}/shortlist",
        data={f"m{strong}-direction": "out", f"m{strong}-reason": "Declared a conflict of duty"},
        follow_redirects=True,
    )
    assert "can no longer be moved" in again.get_data(as_text=True)


def test_verify_button_reports_reproduction(app, client, ranked):
    response = client.post(f"/hr/competitions/{ranked['vacancy']}/verify", follow_redirects=True)
    assert "reproduced bit for bit" in response.get_data(as_text=True)
    with app.app_context():
        assert actions("ranking.verify")[0].details["reproduced"] is True


def test_a_candidate_of_another_vacancy_cannot_be_moved(app, client, ranked):
    with app.app_context():
        body = db.session.get(Vacancy, ranked["vacancy"]).state_body
        other = make_applicant(analyst_vacancy(body), MEDIUM, "K-070")
        other_id = other.id
    response = client.post(
        f"/hr/competitions/{ranked['vacancy']}/applications/{other_id}/shortlist",
        data={f"m{other_id}-direction": "in", f"m{other_id}-reason": "A long enough reason"},
    )
    assert response.status_code == 404


ROUTES = [
    ("get", "/hr/competitions/"),
    ("get", "/hr/competitions/{v}"),
    ("post", "/hr/competitions/{v}/rank"),
    ("post", "/hr/competitions/{v}/verify"),
    ("post", "/hr/competitions/{v}/switch"),
    ("post", "/hr/competitions/{v}/shortlist"),
    ("post", "/hr/competitions/{v}/applications/{a}/shortlist"),
    ("get", "/hr/competitions/{v}/commission"),
    ("post", "/hr/competitions/{v}/commission"),
]


@pytest.fixture
def setup_ids(app):
    with app.app_context():
        body, hr, vacancy, apps = competition()
        users = {
            role: make_user(role, body).email
            for role in (Role.CANDIDATE, Role.COMMISSION, Role.ADMIN, Role.AUDITOR)
        }
        users["other_hr"] = make_user(Role.HR, make_body()).email
        users["hr"] = hr.email
        return {"v": vacancy.id, "a": apps[0].id, "users": users}


@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_anonymous_goes_to_login(client, setup_ids, method, route):
    response = getattr(client, method)(route.format(**setup_ids))
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", [Role.CANDIDATE, Role.COMMISSION, Role.ADMIN, Role.AUDITOR])
@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_other_roles_are_forbidden(client, setup_ids, method, route, role):
    client.post("/auth/login", data={"email": setup_ids["users"][role], "password": PASSWORD})
    assert getattr(client, method)(route.format(**setup_ids)).status_code == 403


@pytest.mark.parametrize(("method", "route"), ROUTES[1:])
def test_hr_of_another_body_gets_404(client, setup_ids, method, route):
    client.post("/auth/login", data={"email": setup_ids["users"]["other_hr"], "password": PASSWORD})
    assert getattr(client, method)(route.format(**setup_ids)).status_code == 404


@pytest.mark.parametrize(("method", "route"), ROUTES)
def test_hr_of_the_body_is_allowed(client, setup_ids, method, route):
    client.post("/auth/login", data={"email": setup_ids["users"]["hr"], "password": PASSWORD})
    response = getattr(client, method)(route.format(**setup_ids))
    assert response.status_code in (200, 302, 422)


def test_forms_carry_a_working_csrf_token(app, client):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        vacancy_id, email = vacancy.id, hr.email
    app.config["WTF_CSRF_ENABLED"] = True

    def token(html: str) -> str:
        return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)

    login_page = client.get("/auth/login").get_data(as_text=True)
    client.post(
        "/auth/login", data={"email": email, "password": PASSWORD, "csrf_token": token(login_page)}
    )
    html = page(client, vacancy_id)
    assert client.post(f"/hr/competitions/{vacancy_id}/rank").status_code == 400
    response = client.post(f"/hr/competitions/{vacancy_id}/rank", data={"csrf_token": token(html)})
    assert response.status_code == 302
    assert "Why this score (K-001)" in page(client, vacancy_id)
