"""Who may open the commission's pages: every route against every role, and no name leaks."""

import pytest
from flask import url_for

from models import ConflictOfInterest, Role, User, db
from tests.commission_seed import seed
from tests.factories import make_body, make_user


@pytest.fixture(autouse=True)
def english(client):
    """Assertions read the English interface."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


MEMBER_ROUTES = [
    ("get", "commission.competition", False, 200),
    ("get", "commission.candidate", True, 200),
    ("post", "commission.scores", True, 422),
    ("get", "commission.conflict", True, 200),
    ("post", "commission.conflict", True, 422),
    ("post", "commission.vote", True, 422),
    ("post", "commission.decision", True, 422),
    ("get", "commission.protocol_view", False, 200),
    ("get", "commission.submit", False, 200),
    ("get", "commission.close", False, 200),
    ("get", "commission.lock", False, 200),
    ("post", "commission.attendance", False, 302),
]
HR_ROUTES = [
    ("get", "commission.hr_results", False, 200),
    ("post", "commission.hr_save_results", True, 422),
    ("get", "commission.hr_protocol", False, 200),
]
CANDIDATE_ROUTES = {"commission.candidate", "commission.scores", "commission.conflict"}
CANDIDATE_ROUTES |= {"commission.vote", "commission.decision", "commission.hr_save_results"}


@pytest.fixture
def world(app):
    """The competition, and one account of every kind that might try to open it."""
    with app.app_context():
        s = seed()
        other = make_body()
        s.accounts = {
            "chair": s.users[0].email,
            "member": s.users[2].email,
            "own_hr": s.hr.email,
            "other_hr": make_user(Role.HR, other).email,
            "other_member": make_user(Role.COMMISSION, other).email,
            "unassigned": s.outsider.email,
            "candidate": s.applications[0].candidate.email,
            "admin": make_user(Role.ADMIN).email,
            "auditor": make_user(Role.AUDITOR).email,
        }
        recused = s.commission.members[2]
        db.session.add(
            ConflictOfInterest(member_id=recused.id, application_id=s.applications[0].id)
        )
        db.session.commit()
        s.ids = {
            "vacancy_id": s.vacancy.id,
            "application_id": s.applications[0].id,
            "member_id": s.commission.members[1].id,
        }
        return s


def _url(app, world, endpoint, needs_application):
    args = {"vacancy_id": world.ids["vacancy_id"]}
    if needs_application:
        args["application_id"] = world.ids["application_id"]
    if endpoint == "commission.attendance":
        args["member_id"] = world.ids["member_id"]
    with app.test_request_context(headers={"Accept-Language": "en"}):
        return url_for(endpoint, **args)


def _call(client, method, url):
    return client.post(url, data={}) if method == "post" else client.get(url)


DENIED_MEMBER = {
    "own_hr": 403,
    "other_hr": 403,
    "candidate": 403,
    "admin": 403,
    "auditor": 403,
    "unassigned": 404,
    "other_member": 404,
}


@pytest.mark.parametrize(("method", "endpoint", "needs_app", "ok"), MEMBER_ROUTES)
@pytest.mark.parametrize("who", ["anonymous", "chair", *DENIED_MEMBER, "member"])
def test_member_routes(app, client, auth, world, method, endpoint, needs_app, ok, who):
    url = _url(app, world, endpoint, needs_app)
    if who != "anonymous":
        auth.login(world.accounts[who])
    response = _call(client, method, url)
    if who == "anonymous":
        assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    elif who == "chair":
        assert response.status_code == ok
    elif who == "member":
        expected = ok
        if needs_app:
            expected = 403  # recused from this candidate
        elif endpoint in ("commission.close", "commission.lock"):
            expected = 403  # only the chair
        assert response.status_code == expected
        if needs_app:
            assert "You are recused from this candidate" in response.get_data(as_text=True)
    else:
        assert response.status_code == DENIED_MEMBER[who]
    body = response.get_data(as_text=True)
    for name, email in zip(world.names, world.emails, strict=True):
        assert name not in body and email not in body


DENIED_HR = {
    "chair": 403,
    "member": 403,
    "candidate": 403,
    "admin": 403,
    "auditor": 403,
    "other_hr": 404,
}


@pytest.mark.parametrize(("method", "endpoint", "needs_app", "ok"), HR_ROUTES)
@pytest.mark.parametrize("who", ["anonymous", "own_hr", *DENIED_HR])
def test_hr_routes(app, client, auth, world, method, endpoint, needs_app, ok, who):
    url = _url(app, world, endpoint, needs_app)
    if who != "anonymous":
        auth.login(world.accounts[who])
    response = _call(client, method, url)
    if who == "anonymous":
        assert response.status_code == 302
    elif who == "own_hr":
        assert response.status_code == ok
    else:
        assert response.status_code == DENIED_HR[who]


def test_my_competitions_lists_only_own(app, client, auth, world):
    auth.login(world.accounts["chair"])
    assert world.vacancy.title in client.get("/commission/").get_data(as_text=True)
    auth.logout()
    auth.login(world.accounts["unassigned"])
    body = client.get("/commission/").get_data(as_text=True)
    assert "You are not on any competition commission yet" in body


def test_nav_link_for_commission_members(client, auth, world):
    auth.login(world.accounts["member"])
    assert "My competitions" in client.get("/commission/").get_data(as_text=True)


def test_a_candidate_of_another_vacancy_is_not_found(app, client, auth, world):
    with app.app_context():
        other = seed(n=1)
        foreign = other.applications[0].id
    auth.login(world.accounts["chair"])
    url = f"/commission/competitions/{world.ids['vacancy_id']}/candidates/{foreign}"
    assert client.get(url).status_code == 404


def test_a_not_shortlisted_application_is_not_found(app, client, auth, world):
    from models import Application, ApplicationStatus

    with app.app_context():
        application = db.session.get(Application, world.ids["application_id"])
        application.status = ApplicationStatus.NOT_SHORTLISTED
        db.session.commit()
    auth.login(world.accounts["chair"])
    url = _url(app, world, "commission.candidate", True)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("who", "status"),
    [("own_hr", 403), ("other_hr", 403), ("candidate", 403), ("admin", 403), ("auditor", 403)],
)
def test_my_competitions_is_for_commission_members_only(client, auth, world, who, status):
    auth.login(world.accounts[who])
    assert client.get("/commission/").status_code == status


def test_my_competitions_needs_a_login(client):
    response = client.get("/commission/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_a_member_moved_to_another_body_loses_the_competition(app, client, auth, world):
    """An administrator moves a member to another state body: from then on the old body's
    shortlist, CVs and protocol are closed to them, as they are to that body's HR."""
    with app.app_context():
        admin = make_user(Role.ADMIN).email
        new_body = make_body().id
        email = world.accounts["member"]
        member = db.session.execute(db.select(User.id).where(User.email == email)).scalar_one()
    auth.login(admin)
    moved = client.post(
        f"/admin/users/{member}/edit",
        data={"role": "commission", "state_body": str(new_body)},
    )
    assert moved.status_code == 302
    auth.logout()
    auth.login(email)
    assert world.vacancy.title not in client.get("/commission/").get_data(as_text=True)
    for method, endpoint, needs_app, _ok in MEMBER_ROUTES:
        response = _call(client, method, _url(app, world, endpoint, needs_app))
        assert response.status_code == 404, endpoint


def test_a_candidate_page_showing_the_name_is_an_audited_view(app, client, auth, world):
    """After the lock a candidate's page shows the name: the view is audited like the list's."""
    from models import AuditEvent, Commission, utcnow

    with app.app_context():
        commission = db.session.get(Commission, world.commission.id)
        commission.decisions_locked_at = utcnow()
        db.session.commit()
    auth.login(world.accounts["chair"])
    page = client.get(_url(app, world, "commission.candidate", True)).get_data(as_text=True)
    assert world.names[0] in page
    with app.app_context():
        views = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "personal_data.view")
        ).scalars()
        fields = [e.details.get("field") for e in views if e.actor_role == "commission"]
    assert "full_name" in fields
