"""Submitting and withdrawing: the deadline to the second, idempotence, and concurrency."""

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models import Application, ApplicationStatus, Role, StatusChange, User, db
from recruit.applications import services, submission
from tests.factories import make_body, make_user, make_vacancy
from tests.test_apply_helpers import (  # noqa: F401 - close_pool is a fixture
    close_pool,
    english,
    make_draft,
    make_ready,
)

pytestmark = pytest.mark.usefixtures("close_pool")
PARALLEL = 20


@pytest.fixture
def ready(app, client, auth):
    """A draft with every step done, its candidate logged in (English interface)."""
    with app.app_context():
        application = make_ready(make_draft())
        ids = {
            "a": application.id,
            "email": application.candidate.email,
            "deadline": application.vacancy.deadline,
        }
    auth.login(ids["email"])
    english(client)
    return ids


def _history(app, application_id, to=None) -> int:
    with app.app_context():
        stmt = select(func.count(StatusChange.id)).where(
            StatusChange.application_id == application_id
        )
        if to:
            stmt = stmt.where(StatusChange.to_status == to)
        return db.session.scalar(stmt)


def _status(app, application_id) -> ApplicationStatus:
    with app.app_context():
        return db.session.get(Application, application_id).status


def test_submitting_one_second_before_the_deadline_is_accepted(app, client, ready, monkeypatch):
    monkeypatch.setattr(services, "now", lambda: ready["deadline"] - timedelta(seconds=1))
    response = client.post(f"/applications/{ready['a']}/submit")
    assert response.headers["Location"] == f"/applications/{ready['a']}"
    assert "Your application is submitted" in client.get(response.headers["Location"]).get_data(
        as_text=True
    )
    assert _status(app, ready["a"]) != ApplicationStatus.DRAFT
    with app.app_context():
        application = db.session.get(Application, ready["a"])
        assert application.code == "K-001"
        assert application.submitted_at == ready["deadline"] - timedelta(seconds=1)


def test_submitting_one_second_after_the_deadline_is_refused(app, client, ready, monkeypatch):
    monkeypatch.setattr(services, "now", lambda: ready["deadline"] + timedelta(seconds=1))
    response = client.post(f"/applications/{ready['a']}/submit")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The application deadline has passed" in page
    assert _status(app, ready["a"]) == ApplicationStatus.DRAFT
    assert _history(app, ready["a"]) == 0


@pytest.mark.parametrize("url", ["cv", "confirm", "documents/0/upload", "declarations"])
def test_nothing_can_be_changed_after_the_deadline(app, client, ready, monkeypatch, url):
    monkeypatch.setattr(services, "now", lambda: ready["deadline"] + timedelta(seconds=1))
    response = client.post(f"/applications/{ready['a']}/{url}", data={})
    assert response.headers["Location"] == f"/applications/{ready['a']}"


def test_a_repeated_submit_returns_the_same_application(app, client, ready):
    first = client.post(f"/applications/{ready['a']}/submit")
    second = client.post(f"/applications/{ready['a']}/submit")
    assert first.headers["Location"] == second.headers["Location"]
    assert "already submitted" in client.get(second.headers["Location"]).get_data(as_text=True)
    assert _history(app, ready["a"], "submitted") == 1


def test_submit_lists_what_is_missing_and_changes_nothing(app, client, auth):
    with app.app_context():
        application = make_draft()
        email, application_id = application.candidate.email, application.id
    auth.login(email)
    english(client)
    response = client.post(f"/applications/{application_id}/submit")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Upload your CV." in page and "Upload the document: Заявление." in page
    assert "Make the declarations and give your consent." in page
    assert _status(app, application_id) == ApplicationStatus.DRAFT


def _in_threads(app, count: int, work):
    """Run ``work(i)`` in ``count`` threads at once, each with its own app context and session."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(i):
        with app.app_context():
            try:
                prepared = work(i)
                db.session.rollback()  # give the connection back while waiting for the others
                barrier.wait(timeout=60)
                results.append(prepared())
            except Exception as e:  # collected: the test shows every failure
                errors.append(e)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


def test_twenty_parallel_submissions_create_exactly_one(app):
    with app.app_context():
        application = make_ready(make_draft())
        application_id, user_id = application.id, application.candidate_id

    def work(_):
        user, application = (
            db.session.get(User, user_id),
            db.session.get(Application, application_id),
        )
        return lambda: submission.submit(user, application).id

    results, errors = _in_threads(app, PARALLEL, work)
    assert errors == []
    assert results == [application_id] * PARALLEL
    assert _history(app, application_id, "submitted") == 1
    with app.app_context():
        assert db.session.get(Application, application_id).code == "K-001"
        assert db.session.scalar(select(func.count(Application.id))) == 1


def test_parallel_submissions_to_one_vacancy_get_distinct_codes(app):
    with app.app_context():
        vacancy = make_vacancy(make_body())
        ids = []
        for _ in range(5):
            application = make_ready(services.start_application(make_user(Role.CANDIDATE), vacancy))
            ids.append((application.id, application.candidate_id))

    def work(i):
        user, application = db.session.get(User, ids[i][1]), db.session.get(Application, ids[i][0])
        return lambda: submission.submit(user, application).code

    codes, errors = _in_threads(app, len(ids), work)
    assert errors == []
    assert sorted(codes) == ["K-001", "K-002", "K-003", "K-004", "K-005"]


def test_parallel_apply_creates_one_draft(app):
    with app.app_context():
        vacancy = make_vacancy(make_body())
        user = make_user(Role.CANDIDATE)
        vacancy_id, user_id = vacancy.id, user.id

    def work(_):
        from models import Vacancy

        user, vacancy = db.session.get(User, user_id), db.session.get(Vacancy, vacancy_id)
        return lambda: services.start_application(user, vacancy).id

    results, errors = _in_threads(app, 10, work)
    assert errors == []
    assert len(set(results)) == 1
    with app.app_context():
        assert db.session.scalar(select(func.count(Application.id))) == 1


def test_withdraw_asks_first_then_records_the_reason(app, client, ready):
    client.post(f"/applications/{ready['a']}/submit")
    url = f"/applications/{ready['a']}/withdraw"
    assert "cannot be submitted again" in client.get(url).get_data(as_text=True)
    response = client.post(url)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your application is withdrawn." in page
    assert "The candidate withdrew the application." in page
    assert _status(app, ready["a"]) == ApplicationStatus.WITHDRAWN
    again = client.post(f"/applications/{ready['a']}/submit")
    assert "was withdrawn" in client.get(again.headers["Location"]).get_data(as_text=True)
    assert _history(app, ready["a"], "withdrawn") == 1


def test_withdrawing_after_the_deadline_is_refused(app, client, ready, monkeypatch):
    client.post(f"/applications/{ready['a']}/submit")
    monkeypatch.setattr(services, "now", lambda: ready["deadline"] + timedelta(seconds=1))
    response = client.post(f"/applications/{ready['a']}/withdraw")
    assert "deadline has passed" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert _status(app, ready["a"]) != ApplicationStatus.WITHDRAWN


def test_history_reasons_are_shown_in_the_interface_language(app, client, ready):
    client.post(f"/applications/{ready['a']}/submit")
    client.post("/language", data={"lang": "kk", "next": "/"})
    page = client.get(f"/applications/{ready['a']}").get_data(as_text=True)
    assert submission.SUBMITTED_REASON["kk"] in page
