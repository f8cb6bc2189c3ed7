"""Demo data: enough realistic bodies, announcements and accounts, loaded once and fast."""

import time

from sqlalchemy import func, select

from models import Corps, Role, StateBody, User, Vacancy, VacancyStatus, db
from recruit.demo import DEMO_PASSWORD, load_demo
from recruit.vacancies import categories
from recruit.vacancies.publishing import publish_problems
from recruit.vacancies.regions import REGION_CODES
from tests.factories import make_body


def count(model, *where) -> int:
    return db.session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def published() -> list[Vacancy]:
    return list(
        db.session.execute(
            select(Vacancy).where(Vacancy.status == VacancyStatus.PUBLISHED)
        ).scalars()
    )


def test_demo_loads_bodies_vacancies_and_accounts_quickly(app):
    with app.app_context():
        started = time.monotonic()
        assert load_demo(only_if_empty=True) is True
        assert time.monotonic() - started < 5
        assert count(StateBody) >= 8
        vacancies = published()
        assert len(vacancies) >= 30
        assert {v.corps for v in vacancies} == {Corps.A, Corps.B}
        assert {v.language for v in vacancies} == {"kk", "ru", "en"}
        assert len({v.region for v in vacancies}) >= 6
        assert count(Vacancy, Vacancy.status == VacancyStatus.DRAFT) >= 1
        assert count(Vacancy, Vacancy.status == VacancyStatus.CLOSED) >= 1
        for role in (Role.ADMIN, Role.AUDITOR, Role.CANDIDATE):
            assert count(User, User.email == f"{role.value}@demo.recruit.kz") == 1
        assert count(User, User.role == Role.HR) == count(StateBody)
        assert count(User, User.role == Role.COMMISSION) >= 3


def test_published_demo_vacancies_would_pass_the_publishing_checks(app):
    with app.app_context():
        load_demo(only_if_empty=False)
        for vacancy in published():
            assert publish_problems(vacancy) == [], vacancy.title
            category = categories.get(vacancy.category)
            assert (vacancy.salary_min, vacancy.salary_max) == (
                category.salary_min,
                category.salary_max,
            )
            assert vacancy.region in REGION_CODES
            assert vacancy.skills and vacancy.duties and vacancy.required_documents
            assert vacancy.state_body.name_en.lower() in vacancy.search_text


def test_demo_accounts_log_in_with_the_demo_password(app, client, auth):
    with app.app_context():
        load_demo(only_if_empty=True)
    response = auth.login("hr.mdai@demo.recruit.kz", DEMO_PASSWORD)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Председатель Комитета телекоммуникаций" in page


def test_demo_is_skipped_when_the_database_is_not_empty(app):
    with app.app_context():
        make_body("own-body")
        assert load_demo(only_if_empty=True) is False
        assert count(StateBody) == 1 and count(Vacancy) == 0


def test_loading_twice_adds_nothing(app):
    with app.app_context():
        assert load_demo(only_if_empty=False) is True
        bodies, vacancies, users = count(StateBody), count(Vacancy), count(User)
        assert load_demo(only_if_empty=False) is False
        assert load_demo(only_if_empty=True) is False
        assert (count(StateBody), count(Vacancy), count(User)) == (bodies, vacancies, users)


def test_cli_command(runner, app):
    result = runner.invoke(args=["recruit", "demo", "--if-empty"])
    assert "Demo data loaded." in result.output
    again = runner.invoke(args=["recruit", "demo", "--if-empty"])
    assert "demo data skipped" in again.output
