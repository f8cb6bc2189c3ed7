"""Who may open HR officers' vacancy pages: anonymous users log in, other roles are refused,
another body's HR gets 404, the own body's HR gets the page."""

import pytest

from models import VacancyStatus
from tests.factories import make_vacancy
from tests.test_vacancies import _body, make_world, url

DRAFT, PUBLISHED = VacancyStatus.DRAFT, VacancyStatus.PUBLISHED

# (method, endpoint, status of the vacancy it needs or None, status code for its own HR)
ROUTES = [
    ("get", "vacancies.index", None, 200),
    ("get", "vacancies.create", None, 200),
    ("get", "vacancies.edit", DRAFT, 200),
    ("get", "vacancies.preview", DRAFT, 200),
    ("get", "vacancies.publish", DRAFT, 200),
    ("post", "vacancies.publish", DRAFT, 302),
    ("get", "vacancies.close", PUBLISHED, 200),
    ("post", "vacancies.close", PUBLISHED, 302),
    ("get", "vacancies.cancel", DRAFT, 200),
    ("post", "vacancies.cancel", PUBLISHED, 302),
    ("post", "vacancies.copy", PUBLISHED, 302),
]
OBJECT_ROUTES = [r for r in ROUTES if r[2] is not None]


@pytest.fixture
def world(app):
    """Two state bodies with their HR officers, and one user of every other role."""
    return make_world(app)


def route_url(app, world, endpoint: str, status) -> str:
    """The route's URL, with a fresh vacancy of the own body in ``status`` when it needs one."""
    if status is None:
        return url(app, endpoint)
    with app.app_context():
        vacancy = make_vacancy(_body(world.own), status=status)
        return url(app, endpoint, vacancy_id=vacancy.id)


@pytest.mark.parametrize(("method", "endpoint", "status", "code"), ROUTES)
def test_anonymous_is_sent_to_login(app, client, world, method, endpoint, status, code):
    response = getattr(client, method)(route_url(app, world, endpoint, status))
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["candidate", "commission", "admin", "auditor"])
@pytest.mark.parametrize(("method", "endpoint", "status", "code"), ROUTES)
def test_other_roles_are_forbidden(app, client, auth, world, role, method, endpoint, status, code):
    target = route_url(app, world, endpoint, status)
    auth.login(world.emails[role])
    assert getattr(client, method)(target).status_code == 403


@pytest.mark.parametrize(("method", "endpoint", "status", "code"), OBJECT_ROUTES)
def test_hr_of_another_body_gets_404(app, client, auth, world, method, endpoint, status, code):
    target = route_url(app, world, endpoint, status)
    auth.login(world.emails["other_hr"])
    assert getattr(client, method)(target).status_code == 404


@pytest.mark.parametrize(("method", "endpoint", "status", "code"), ROUTES)
def test_own_hr_is_allowed(app, client, auth, world, method, endpoint, status, code):
    target = route_url(app, world, endpoint, status)
    auth.login(world.emails["hr"])
    response = getattr(client, method)(target)
    assert response.status_code == code
    if code == 302:
        assert "/hr/vacancies/" in response.headers["Location"]
