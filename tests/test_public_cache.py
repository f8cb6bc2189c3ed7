"""The public list keeps its results for a few seconds; nothing personal is ever cached."""

import pytest

from models import Role, db
from recruit import create_app
from recruit.public.cache import TTLCache, for_app
from tests.conftest import _test_config
from tests.factories import PASSWORD, make_body, make_user, make_vacancy


@pytest.fixture
def cached_app(app):
    """The test app with the production cache lifetime of a minute."""
    cached = create_app(
        {
            **_test_config(),
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "PUBLIC_CACHE_SECONDS": 60,
        }
    )
    yield cached
    with cached.app_context():
        db.session.remove()
        db.engine.dispose()


def test_a_new_vacancy_appears_once_the_cached_results_expire(cached_app):
    client = cached_app.test_client()
    with cached_app.app_context():
        body = make_body()
        make_vacancy(body, title="Первая вакансия")
        assert "Первая вакансия" in client.get("/vacancies").get_data(as_text=True)
        make_vacancy(body, title="Вторая вакансия")
        assert "Вторая вакансия" not in client.get("/vacancies").get_data(as_text=True)
        assert "Вторая вакансия" in client.get("/vacancies?sort=newest").get_data(as_text=True)
        for_app(cached_app).clear()
        assert "Вторая вакансия" in client.get("/vacancies").get_data(as_text=True)


def test_cached_results_do_not_carry_one_visitors_session_to_another(cached_app):
    with cached_app.app_context():
        make_vacancy(make_body())
        make_user(Role.HR, make_body(), email="hr.cache@example.kz", full_name="Асель Нурланова")
    first = cached_app.test_client()
    first.post("/auth/login", data={"email": "hr.cache@example.kz", "password": PASSWORD})
    first.get("/vacancies")
    html = cached_app.test_client().get("/vacancies").get_data(as_text=True)
    assert "hr.cache@example.kz" not in html and "Log out" not in html


def test_entries_expire_and_the_cache_stays_bounded(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr("recruit.public.cache.time.monotonic", lambda: clock[0])
    cache = TTLCache(seconds=5, size=2)
    assert cache.get_or_make("a", lambda: 1) == 1
    assert cache.get_or_make("a", lambda: 2) == 1
    clock[0] += 6
    assert cache.get_or_make("a", lambda: 3) == 3
    cache.get_or_make("b", lambda: 4)
    cache.get_or_make("c", lambda: 5)
    assert cache.get_or_make("a", lambda: 6) == 6
