"""Administration of user accounts: create, change role and body, (de)activate, filters."""

import pytest
from sqlalchemy import select

from models import Role, StateBody, User, db
from tests import test_admin
from tests.factories import PASSWORD, make_body, make_user
from tests.test_admin import GOOD_PASSWORD, _events, login

english = test_admin.english
world = test_admin.world


def _new_user(**change):
    data = {
        "email": "New.HR@Example.kz",
        "full_name": "Dana Sarsenova",
        "role": "hr",
        "state_body": "",
        "password": GOOD_PASSWORD,
        "confirm": GOOD_PASSWORD,
    }
    return {**data, **change}


def test_admin_creates_an_hr_account_for_a_body(client, app, world):
    login(client, Role.ADMIN)
    data = _new_user(state_body=str(world["body"]))
    response = client.post("/admin/users/new", data=data, follow_redirects=True)
    assert "Account new.hr@example.kz created." in response.text
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "new.hr@example.kz"))
        assert (user.role, user.state_body_id) == (Role.HR, world["body"])
    [event] = _events(app, "user.create")
    assert event.details["role"] == "hr" and event.actor_id == world["me"]
    assert "Dana" not in str(event.details) and "new.hr" not in str(event.details)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({}, "Choose the state body of this HR officer"),
        ({"role": "admin", "state_body": "BODY"}, "Only HR officers and commission members"),
        ({"role": "candidate"}, "Not a valid choice"),
        ({"email": "hr@example.kz", "state_body": "BODY"}, "already exists"),
        ({"password": "short", "confirm": "short", "state_body": "BODY"}, "at least 10"),
    ],
)
def test_account_form_explains_what_is_wrong(client, app, world, change, message):
    login(client, Role.ADMIN)
    if change.get("state_body") == "BODY":
        change["state_body"] = str(world["body"])
    response = client.post("/admin/users/new", data=_new_user(**change))
    assert response.status_code == 200
    assert message in response.text


def test_new_accounts_cannot_join_a_deactivated_body(client, app, world):
    with app.app_context():
        db.session.get(StateBody, world["body"]).active = False
        db.session.commit()
    login(client, Role.ADMIN)
    response = client.post("/admin/users/new", data=_new_user(state_body=str(world["body"])))
    assert "Not a valid choice" in response.text


def test_admin_changes_role_and_body(client, app, world):
    with app.app_context():
        other = make_body(code="other").id
    login(client, Role.ADMIN)
    url = f"/admin/users/{world['user']}/edit"
    response = client.post(url, data={"role": "commission", "state_body": str(other)})
    assert response.status_code == 302
    with app.app_context():
        user = db.session.get(User, world["user"])
        assert (user.role, user.state_body_id) == (Role.COMMISSION, other)
    [change] = _events(app, "user.role_change")
    assert (change.details["old"], change.details["new"]) == ("hr", "commission")
    [update] = _events(app, "user.update")
    assert update.details["fields"] == ["state_body"]
    response = client.post(url, data={"role": "auditor", "state_body": str(other)})
    assert "Only HR officers and commission members" in response.text


def test_admin_cannot_demote_or_deactivate_themselves(client, app, world):
    login(client, Role.ADMIN)
    me = world["me"]
    response = client.post(f"/admin/users/{me}/edit", data={"role": "auditor", "state_body": ""})
    assert "You cannot change your own role." in response.text
    response = client.post(f"/admin/users/{me}/deactivate", follow_redirects=True)
    assert "You cannot deactivate your own account." in response.text
    with app.app_context():
        user = db.session.get(User, me)
        assert user.role == Role.ADMIN and user.active
    assert client.get("/admin/").status_code == 200


def test_candidates_stay_candidates(client, app, world):
    with app.app_context():
        candidate = db.session.scalar(select(User.id).where(User.role == Role.CANDIDATE))
    login(client, Role.ADMIN)
    url = f"/admin/users/{candidate}/edit"
    assert client.post(url, data={"role": "hr", "state_body": ""}).status_code == 200
    with app.app_context():
        assert db.session.get(User, candidate).role == Role.CANDIDATE


def test_deactivate_and_reactivate_an_account(client, app, world, auth):
    login(client, Role.ADMIN)
    url = f"/admin/users/{world['user']}"
    assert "Deactivate the account target@example.kz?" in client.get(url + "/deactivate").text
    assert "Account deactivated." in client.post(url + "/deactivate", follow_redirects=True).text
    other = app.test_client()
    assert (
        "deactivated"
        in other.post("/auth/login", data={"email": "target@example.kz", "password": PASSWORD}).text
    )
    assert "Account reactivated." in client.post(url + "/reactivate", follow_redirects=True).text
    assert (
        other.post(
            "/auth/login", data={"email": "target@example.kz", "password": PASSWORD}
        ).status_code
        == 302
    )
    actions = [e.action for e in _events(app) if e.action.startswith("user.")]
    assert actions == ["user.deactivate", "user.reactivate"]


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("role=hr", "target@example.kz", "auditor@example.kz"),
        ("active=no", "No accounts match", "target@example.kz"),
        ("q=TARGET", "target@example.kz", "hr@example.kz"),
        ("role=admin&active=yes", "admin@example.kz", "target@example.kz"),
    ],
)
def test_users_list_filters(client, world, query, shown, hidden):
    login(client, Role.ADMIN)
    page = client.get(f"/admin/users?{query}").text
    assert shown in page and hidden not in page


def test_users_list_filters_by_body(client, app, world):
    with app.app_context():
        other = make_body(code="other")
        make_user(Role.HR, body=other, email="elsewhere@example.kz")
        other_id = other.id
    login(client, Role.ADMIN)
    page = client.get(f"/admin/users?body={other_id}").text
    assert "elsewhere@example.kz" in page and "target@example.kz" not in page


def test_looking_at_accounts_is_logged(client, app, world):
    login(client, Role.ADMIN)
    client.get("/admin/users")
    client.get(f"/admin/users/{world['user']}/edit")
    views = _events(app, "personal_data.view")
    assert [(e.details["page"], e.object_id) for e in views] == [
        ("users", ""),
        ("user", str(world["user"])),
    ]
    assert all("@" not in str(e.details) for e in views)


@pytest.mark.parametrize("action", ["deactivate", "reactivate"])
def test_the_confirm_pages_that_show_the_e_mail_are_logged(client, app, world, action):
    login(client, Role.ADMIN)
    assert "target@example.kz" in client.get(f"/admin/users/{world['user']}/{action}").text
    [view] = _events(app, "personal_data.view")
    assert (view.actor_id, view.details["page"], view.object_id) == (
        world["me"],
        f"user_{action}",
        str(world["user"]),
    )


def test_a_refused_account_change_shows_the_e_mail_and_is_logged(client, app, world):
    login(client, Role.ADMIN)
    url = f"/admin/users/{world['user']}/edit"
    response = client.post(url, data={"role": "hr", "state_body": ""})
    assert response.status_code == 200 and "target@example.kz" in response.text
    views = _events(app, "personal_data.view")
    assert [(e.details["page"], e.object_id) for e in views] == [("user", str(world["user"]))]
