"""Administration: who may open what, state bodies, accounts and the audit log."""

import pytest
from sqlalchemy import select

from models import AuditEvent, Role, StateBody, User, VacancyStatus, db
from tests.factories import PASSWORD, make_body, make_user, make_vacancy

GOOD_PASSWORD = "quiet river under stars"
ANON = None
ALL_ROLES = [ANON, Role.CANDIDATE, Role.HR, Role.COMMISSION, Role.AUDITOR, Role.ADMIN]

# (method, path, roles that may use it); {body} and {user} are filled from the fixture.
ROUTES = [
    ("GET", "/admin/", {Role.ADMIN, Role.AUDITOR}),
    ("GET", "/admin/audit", {Role.ADMIN, Role.AUDITOR}),
    ("GET", "/admin/bodies", {Role.ADMIN}),
    ("GET", "/admin/bodies/new", {Role.ADMIN}),
    ("POST", "/admin/bodies/new", {Role.ADMIN}),
    ("GET", "/admin/bodies/{body}/edit", {Role.ADMIN}),
    ("POST", "/admin/bodies/{body}/edit", {Role.ADMIN}),
    ("GET", "/admin/bodies/{body}/deactivate", {Role.ADMIN}),
    ("POST", "/admin/bodies/{body}/deactivate", {Role.ADMIN}),
    ("GET", "/admin/bodies/{body}/reactivate", {Role.ADMIN}),
    ("POST", "/admin/bodies/{body}/reactivate", {Role.ADMIN}),
    ("GET", "/admin/users", {Role.ADMIN}),
    ("GET", "/admin/users/new", {Role.ADMIN}),
    ("POST", "/admin/users/new", {Role.ADMIN}),
    ("GET", "/admin/users/{user}/edit", {Role.ADMIN}),
    ("POST", "/admin/users/{user}/edit", {Role.ADMIN}),
    ("GET", "/admin/users/{user}/deactivate", {Role.ADMIN}),
    ("POST", "/admin/users/{user}/deactivate", {Role.ADMIN}),
    ("GET", "/admin/users/{user}/reactivate", {Role.ADMIN}),
    ("POST", "/admin/users/{user}/reactivate", {Role.ADMIN}),
]


@pytest.fixture(autouse=True)
def english(client):
    """Pages in English, so that built-in form messages read as the tests expect."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def world(app):
    """A state body with an HR officer, and one logged-in-able account of every role."""
    with app.app_context():
        body = make_body(code="mdai")
        users = {
            role: make_user(
                role,
                body=body if role in (Role.HR, Role.COMMISSION) else None,
                email=f"{role.value}@example.kz",
            )
            for role in Role
        }
        target = make_user(Role.HR, body=body, email="target@example.kz")
        return {"body": body.id, "user": target.id, "me": users[Role.ADMIN].id}


def login(client, role):
    if role is not None:
        response = client.post(
            "/auth/login", data={"email": f"{role.value}@example.kz", "password": PASSWORD}
        )
        assert response.status_code == 302


def _events(app, action=None):
    with app.app_context():
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            stmt = stmt.where(AuditEvent.action == action)
        return db.session.scalars(stmt).all()


@pytest.mark.parametrize("role", ALL_ROLES, ids=lambda r: r.value if r else "anonymous")
@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    ROUTES,
    ids=lambda v: "+".join(sorted(r.value for r in v))
    if isinstance(v, (set, frozenset))
    else str(v),
)
def test_route_access(client, world, role, method, path, allowed):
    login(client, role)
    response = client.open(path.format(**world), method=method, data={})
    if role is None:
        assert response.status_code == 302
        assert "/auth/login" in response.location
    elif role not in allowed:
        assert response.status_code == 403
    else:
        assert response.status_code in (200, 302)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/bodies/999/edit",
        "/admin/bodies/999/deactivate",
        "/admin/users/999/edit",
        "/admin/users/999/deactivate",
        "/admin/users/999/reactivate",
    ],
)
def test_unknown_objects_are_404(client, world, path):
    login(client, Role.ADMIN)
    assert client.get(path).status_code == 404


def test_auditor_sees_only_dashboard_and_audit_links(client, world):
    login(client, Role.AUDITOR)
    page = client.get("/admin/").text
    assert "/admin/audit" in page
    assert "/admin/users" not in page and "/admin/bodies" not in page


def test_dashboard_shows_counts(client, world):
    login(client, Role.ADMIN)
    page = client.get("/admin/").text
    assert "active state bodies" in page and "Administrator" in page


BODY = {
    "code": "MinFin-RK",
    "name_kk": "Қаржы министрлігі",
    "name_ru": "Министерство финансов",
    "name_en": "Ministry of Finance",
    "level": "central",
    "region": "Astana",
}


def test_admin_creates_a_state_body(client, app, world):
    login(client, Role.ADMIN)
    response = client.post("/admin/bodies/new", data=BODY, follow_redirects=True)
    assert "State body minfin-rk added." in response.text
    assert (
        "Министерство финансов"
        in client.get("/admin/bodies", headers={"Accept-Language": "ru"}).text
    )
    [event] = _events(app, "body.create")
    assert event.actor_id == world["me"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": "MDAI"}, "Another state body already has this code."),
        ({"code": "bad code!"}, "Use Latin letters"),
        ({"name_ru": ""}, "Enter the name."),
        ({"level": "federal"}, "Not a valid choice"),
    ],
)
def test_body_form_explains_what_is_wrong(client, app, world, change, message):
    login(client, Role.ADMIN)
    response = client.post("/admin/bodies/new", data={**BODY, **change})
    assert response.status_code == 200
    assert message in response.text
    with app.app_context():
        assert db.session.scalar(select(db.func.count(StateBody.id))) == 1


def test_admin_edits_a_body_and_the_audit_names_only_fields(client, app, world):
    login(client, Role.ADMIN)
    edit = f"/admin/bodies/{world['body']}/edit"
    assert 'value="mdai"' in client.get(edit).text
    with app.app_context():
        body = db.session.get(StateBody, world["body"])
        data = {f: getattr(body, f) for f in ("code", "name_kk", "name_en", "region")}
    data.update(name_ru="Министерство цифрового развития", level="local")
    response = client.post(edit, data=data, follow_redirects=True)
    assert "Changes saved." in response.text
    [event] = _events(app, "body.update")
    assert sorted(event.details["fields"]) == ["level", "name_ru"]
    assert "Министерство цифрового развития" not in str(event.details)


def test_body_deactivation_asks_first(client, app, world):
    login(client, Role.ADMIN)
    url = f"/admin/bodies/{world['body']}/deactivate"
    page = client.get(url).text
    assert "Deactivate Ministry" in page and "active accounts belong to this body" in page
    with app.app_context():
        assert db.session.get(StateBody, world["body"]).active
    response = client.post(url, follow_redirects=True)
    assert "State body deactivated." in response.text and "badge-inactive" in response.text
    assert [e.action for e in _events(app, "body.deactivate")] == ["body.deactivate"]
    client.post(f"/admin/bodies/{world['body']}/reactivate")
    with app.app_context():
        assert db.session.get(StateBody, world["body"]).active


def test_bodies_are_paginated(client, app, world):
    app.config["PER_PAGE"] = 2
    with app.app_context():
        for n in range(3):
            make_body(code=f"zz-{n}")
    login(client, Role.ADMIN)
    first = client.get("/admin/bodies").text
    assert "Page 1 of 2" in first and "zz-2" not in first
    assert "zz-2" in client.get("/admin/bodies?page=2").text


def test_audit_log_is_newest_first_and_filters(client, app, world):
    login(client, Role.ADMIN)
    client.post(f"/admin/bodies/{world['body']}/deactivate")
    client.post(f"/admin/bodies/{world['body']}/reactivate")
    auditor = app.test_client()
    login(auditor, Role.AUDITOR)
    page = auditor.get("/admin/audit").text
    rows = [page.index(f"<code>{a}</code>") for a in ("body.reactivate", "body.deactivate")]
    assert (
        page.index("<code>auth.login</code>")
        < rows[0]
        < rows[1]
        < page.rindex("<code>auth.login</code>")
    )
    filtered = auditor.get("/admin/audit?action=body.deactivate").text
    assert "body.deactivate" in filtered and "<code>body.reactivate</code>" not in filtered
    by_actor = auditor.get("/admin/audit?actor=AUDITOR@example.kz").text
    assert "<code>auth.login</code>" in by_actor and "<code>body.deactivate</code>" not in by_actor
    assert "No events match" in auditor.get("/admin/audit?actor=nobody@example.kz").text


def test_looking_at_the_audit_log_is_logged(client, app, world):
    """The log shows every actor's e-mail (candidates' too) and IP: each page view is an event."""
    with app.app_context():
        make_user(Role.CANDIDATE, email="aigerim@example.kz")
    client.post("/auth/login", data={"email": "aigerim@example.kz", "password": PASSWORD})
    client.post("/auth/logout")
    login(client, Role.AUDITOR)
    assert "aigerim@example.kz" in client.get("/admin/audit").text
    client.get("/admin/audit?page=2")
    views = _events(app, "personal_data.view")
    with app.app_context():
        auditor = db.session.scalar(select(User.id).where(User.role == Role.AUDITOR))
    assert [(e.actor_id, e.details["page"], e.details["shown"]) for e in views] == [
        (auditor, "audit", 2),
        (auditor, "audit", 0),
    ]
    assert all("@" not in str(e.details) for e in views)


def test_body_deactivation_says_what_happens_to_its_vacancies(client, app, world):
    with app.app_context():
        body = db.session.get(StateBody, world["body"])
        make_vacancy(body)
        make_vacancy(body, status=VacancyStatus.DRAFT)
    login(client, Role.ADMIN)
    page = client.get(f"/admin/bodies/{world['body']}/deactivate").text
    assert "HR officers of this body will no longer be able to create or publish vacancies." in page
    assert (
        "Published vacancies of this body: 1; they stay public and take applications "
        "until their deadlines." in page
    )
