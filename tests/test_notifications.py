"""In-app notifications of the candidate and the e-mail outbox."""

import logging
import smtplib
from datetime import timedelta

import pytest
from flask import url_for
from sqlalchemy import select

from models import Notification, Role, User, db, utcnow
from recruit.notifications import MAX_ATTEMPTS, notify, send_outbox
from tests.factories import make_user


@pytest.fixture(autouse=True)
def english(client):
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def people(app):
    """Two candidates: ``me`` with three notifications, ``other`` with one."""
    with app.app_context():
        me = make_user(Role.CANDIDATE, email="me@example.kz")
        other = make_user(Role.CANDIDATE, email="other@example.kz")
        start = utcnow() - timedelta(hours=3)
        for n in range(3):
            note = notify(me, f"Status {n}", f"Body of message {n}\n\nSecond paragraph {n}")
            note.created_at = start + timedelta(hours=n)
        notify(other, "Not yours", "Secret of another candidate")
        db.session.commit()
        return {"me": me.id, "other": other.id}


def url(app, endpoint: str, **values) -> str:
    with app.test_request_context():
        return url_for(endpoint, **values)


def _notes(app, user_id: int) -> list[Notification]:
    with app.app_context():
        stmt = select(Notification).where(Notification.user_id == user_id).order_by(Notification.id)
        notes = list(db.session.execute(stmt).scalars())
        db.session.expunge_all()
        return notes


def test_own_notifications_newest_first(app, client, auth, people):
    auth.login("me@example.kz")
    page = client.get(url(app, "candidates.notifications")).get_data(as_text=True)
    assert page.index("Status 2") < page.index("Status 1") < page.index("Status 0")
    assert "Second paragraph 2" in page and "You have 3 unread notifications." in page
    assert "Not yours" not in page and "Secret of another candidate" not in page


def test_empty_state(app, client, auth, people):
    with app.app_context():
        make_user(Role.CANDIDATE, email="new@example.kz")
    auth.login("new@example.kz")
    page = client.get(url(app, "candidates.notifications")).get_data(as_text=True)
    assert "No notifications yet." in page


def test_notifications_are_paginated(app, client, auth, people):
    app.config["PER_PAGE"] = 2
    auth.login("me@example.kz")
    first = client.get(url(app, "candidates.notifications")).get_data(as_text=True)
    second = client.get(url(app, "candidates.notifications", page=2)).get_data(as_text=True)
    assert "Status 2" in first and "Status 0" not in first and "Page 1 of 2" in first
    assert "Status 0" in second and "Status 2" not in second


def test_mark_one_as_read(app, client, auth, people):
    auth.login("me@example.kz")
    target = _notes(app, people["me"])[1]
    response = client.post(url(app, "candidates.mark_read"), data={"notification": target.id})
    assert response.status_code == 302
    assert [n.read_at is not None for n in _notes(app, people["me"])] == [False, True, False]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "You have 2 unread notifications." in page


def test_mark_all_as_read(app, client, auth, people):
    auth.login("me@example.kz")
    client.post(url(app, "candidates.mark_read"), data={"notification": ""})
    assert all(n.read_at for n in _notes(app, people["me"]))
    assert _notes(app, people["other"])[0].read_at is None
    page = client.get(url(app, "candidates.notifications")).get_data(as_text=True)
    assert "unread notification" not in page


def test_another_candidates_notification_is_404(app, client, auth, people):
    auth.login("me@example.kz")
    theirs = _notes(app, people["other"])[0]
    response = client.post(url(app, "candidates.mark_read"), data={"notification": theirs.id})
    assert response.status_code == 404
    assert _notes(app, people["other"])[0].read_at is None


def test_send_mail_without_smtp_logs_without_content(app, runner, people, caplog):
    caplog.set_level(logging.DEBUG)
    result = runner.invoke(args=["recruit", "send-mail"])
    assert result.exit_code == 0 and "Sent 4 e-mail(s)." in result.output
    assert all(n.emailed_at for n in _notes(app, people["me"]))
    assert "Body of message" not in caplog.text and "me@example.kz" not in caplog.text
    assert "Sent 0 e-mail(s)." in runner.invoke(args=["recruit", "send-mail"]).output


class FakeSMTP:
    """Records the messages an SMTP server would have received."""

    sent: list = []
    fail = False

    def __init__(self, host, port, timeout):
        self.host = host

    def __enter__(self):
        if FakeSMTP.fail:
            raise ConnectionRefusedError("down")
        return self

    def __exit__(self, *exc):
        return False

    def starttls(self):
        pass

    def send_message(self, msg):
        FakeSMTP.sent.append(msg)


@pytest.fixture
def smtp(app, monkeypatch):
    app.config["SMTP_HOST"] = "smtp.example.kz"
    FakeSMTP.sent, FakeSMTP.fail = [], False
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    return FakeSMTP


def test_send_mail_with_smtp_sends_each_once(app, people, smtp):
    with app.app_context():
        assert send_outbox(limit=2) == 2
        assert send_outbox() == 2
        assert send_outbox() == 0
    recipients = sorted(m["To"] for m in smtp.sent)
    assert recipients == ["me@example.kz"] * 3 + ["other@example.kz"]


def test_a_failing_server_is_retried_then_given_up(app, people, smtp):
    smtp.fail = True
    with app.app_context():
        for _ in range(MAX_ATTEMPTS + 1):
            assert send_outbox() == 0
        notes = db.session.execute(select(Notification)).scalars().all()
        assert all(n.email_attempts == MAX_ATTEMPTS and n.emailed_at is None for n in notes)
        assert db.session.get(User, people["me"]) is not None
