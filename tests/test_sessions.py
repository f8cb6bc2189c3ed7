"""Server-side sessions: a new id at every login, revoked on logout and on deactivation."""

from sqlalchemy import select

from models import Role, UserSession, db
from tests.factories import make_user

COOKIE = "recruit_session"


def _admin(app, email="boss@example.kz"):
    with app.app_context():
        return make_user(Role.ADMIN, email=email).id


def test_replaying_the_cookie_after_logout_gives_an_anonymous_user(client, app, auth):
    _admin(app)
    auth.login("boss@example.kz")
    assert client.get("/admin/").status_code == 200
    stolen = client.get_cookie(COOKIE).value
    auth.logout()
    client.set_cookie(COOKIE, stolen)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/auth/login" in response.location


def test_every_login_gets_a_new_session_and_the_old_one_is_revoked(client, app, auth):
    _admin(app)
    auth.login("boss@example.kz")
    first = client.get_cookie(COOKIE).value
    auth.login("boss@example.kz")
    with app.app_context():
        rows = db.session.scalars(select(UserSession).order_by(UserSession.created_at)).all()
        assert len(rows) == 2 and rows[0].id != rows[1].id
        assert rows[0].revoked_at is not None and rows[1].revoked_at is None
    assert client.get("/admin/").status_code == 200
    client.set_cookie(COOKIE, first)
    assert client.get("/admin/").status_code == 302


def test_login_clears_what_the_old_cookie_carried_but_keeps_the_language(client, app, auth):
    _admin(app)
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
        session["lang"] = "kk"
    auth.login("boss@example.kz")
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session["lang"] == "kk"


def test_logout_revokes_only_this_session(app, auth, client):
    _admin(app)
    other = app.test_client()
    other.post(
        "/auth/login", data={"email": "boss@example.kz", "password": "correct horse battery"}
    )
    auth.login("boss@example.kz")
    auth.logout()
    assert client.get("/admin/").status_code == 302
    assert other.get("/admin/").status_code == 200


def test_deactivation_ends_every_session_of_the_user(app, auth, client):
    _admin(app)
    with app.app_context():
        victim = make_user(Role.AUDITOR, email="aud@example.kz")
        victim_id = victim.id
    victim_client = app.test_client()
    victim_client.post(
        "/auth/login", data={"email": "aud@example.kz", "password": "correct horse battery"}
    )
    assert victim_client.get("/admin/audit").status_code == 200
    auth.login("boss@example.kz")
    response = client.post(f"/admin/users/{victim_id}/deactivate")
    assert response.status_code == 302
    with app.app_context():
        rows = db.session.scalars(select(UserSession).where(UserSession.user_id == victim_id))
        assert all(row.revoked_at is not None for row in rows)
    assert victim_client.get("/admin/audit").status_code == 302
    with app.app_context():
        db.session.get(type(victim), victim_id).active = True
        db.session.commit()
    assert victim_client.get("/admin/audit").status_code == 302


def test_the_cookie_holds_no_user_id(client, app, auth):
    user_id = _admin(app)
    auth.login("boss@example.kz")
    with client.session_transaction() as session:
        assert session["_user_id"] != str(user_id)
        assert len(session["_user_id"]) >= 32
