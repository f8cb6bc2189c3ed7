"""Every application route for every role: anonymous users log in, other roles are refused,
another candidate's application is not found, the owner gets the page."""

from datetime import timedelta

import pytest
from flask import render_template

from models import Role, Vacancy, db, utcnow
from recruit.applications import services
from tests.factories import make_body, make_user
from tests.test_apply_helpers import close_pool, english, make_draft, make_ready  # noqa: F401

pytestmark = pytest.mark.usefixtures("close_pool")

GET_PAGES = [
    "/applications/{a}",
    "/applications/{a}/cv",
    "/applications/{a}/confirm",
    "/applications/{a}/documents",
    "/applications/{a}/declarations",
    "/applications/{a}/submit",
    "/applications/{a}/withdraw",
    "/applications/{a}/documents/{d}/remove",
]
POSTS = [
    "/applications/{a}/cv",
    "/applications/{a}/confirm",
    "/applications/{a}/documents/0/upload",
    "/applications/{a}/documents/{d}/remove",
    "/applications/{a}/declarations",
    "/applications/{a}/submit",
    "/applications/{a}/withdraw",
]
NOT_MINE = [("GET", url) for url in GET_PAGES] + [("POST", url) for url in POSTS]
CANDIDATE_ONLY = [
    ("GET", "/applications/"),
    ("GET", "/applications/apply/{v}"),
    ("POST", "/applications/apply/{v}"),
    *NOT_MINE,
]
OTHER_ROLES = [Role.HR, Role.COMMISSION, Role.ADMIN, Role.AUDITOR]


@pytest.fixture
def world(app):
    """A ready draft of one candidate, and one user of every other kind."""
    with app.app_context():
        body = make_body()
        application = make_ready(make_draft(body))
        users = {
            role: make_user(role, body=body if role in (Role.HR, Role.COMMISSION) else None)
            for role in OTHER_ROLES
        }
        users["other"] = make_user(Role.CANDIDATE)
        required = services.documents_of(application, "required")
        return {
            "a": application.id,
            "v": application.vacancy_id,
            "d": required[0].id,
            "owner": application.candidate.email,
            **{key.value if isinstance(key, Role) else key: u.email for key, u in users.items()},
        }


def _url(template: str, world: dict) -> str:
    return template.format(a=world["a"], v=world["v"], d=world["d"])


def _call(client, method: str, url: str):
    return client.get(url) if method == "GET" else client.post(url, data={})


def _codes(client, world, routes) -> dict[str, int]:
    """The status code of every route, keyed by "METHOD url"."""
    return {f"{m} {url}": _call(client, m, _url(url, world)).status_code for m, url in routes}


def test_anonymous_is_sent_to_log_in(client, world):
    for method, url in CANDIDATE_ONLY:
        response = _call(client, method, _url(url, world))
        assert response.status_code == 302, (method, url)
        assert response.headers["Location"].startswith("/auth/login"), (method, url)


@pytest.mark.parametrize("role", OTHER_ROLES, ids=lambda r: r.value)
def test_other_roles_are_refused(client, auth, world, role):
    auth.login(world[role.value])
    codes = _codes(client, world, CANDIDATE_ONLY)
    assert codes == dict.fromkeys(codes, 403)


def test_another_candidates_application_is_not_found(client, auth, world):
    auth.login(world["other"])
    codes = _codes(client, world, NOT_MINE)
    assert codes == dict.fromkeys(codes, 404)


def test_the_owner_gets_every_page(client, auth, world):
    auth.login(world["owner"])
    pages = [("GET", url) for url in (*GET_PAGES, "/applications/", "/applications/apply/{v}")]
    codes = _codes(client, world, pages)
    assert codes == dict.fromkeys(codes, 200)
    assert "no-store" in client.get(_url(GET_PAGES[0], world)).headers["Cache-Control"]


def test_my_applications_lists_only_mine(client, auth, world):
    auth.login(world["other"])
    english(client)
    page = client.get("/applications/").get_data(as_text=True)
    assert "You have not applied for any vacancy yet." in page
    auth.logout()
    auth.login(world["owner"])
    page = client.get("/applications/").get_data(as_text=True)
    assert f'href="/applications/{world["a"]}"' in page


def test_a_missing_application_is_not_found(client, auth, world):
    auth.login(world["owner"])
    assert client.get("/applications/999999").status_code == 404


def _apply_button(vacancy_id: int) -> str:
    vacancy = db.session.get(Vacancy, vacancy_id)
    return render_template("applications/_apply_button.html", vacancy=vacancy, now=utcnow())


def test_the_apply_button_posts_for_candidates_and_sends_visitors_to_log_in(
    app, client, auth, world
):
    with app.test_request_context("/"):
        assert f"/auth/login?next=/applications/apply/{world['v']}" in _apply_button(world["v"])
    auth.login(world["other"])
    with client:
        client.get("/applications/")
        html = _apply_button(world["v"])
    assert f'action="/applications/apply/{world["v"]}"' in html and 'method="post"' in html
    auth.logout()
    auth.login(world["hr"])
    with client:
        client.get("/")
        assert "apply" not in _apply_button(world["v"])


def test_the_apply_button_is_gone_after_the_deadline(app, world):
    with app.test_request_context("/"):
        vacancy = db.session.get(Vacancy, world["v"])
        vacancy.deadline = utcnow() - timedelta(seconds=1)
        db.session.commit()
        assert _apply_button(world["v"]).strip() == ""
