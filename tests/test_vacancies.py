"""HR officers' vacancy pages: drafting, editing, the list and copying."""

import sys
from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from flask import url_for
from sqlalchemy import select

from models import AuditEvent, Role, StateBody, Vacancy, VacancyStatus, db
from recruit.audit import verify
from tests.factories import make_body, make_user, make_vacancy

DRAFT, PUBLISHED = VacancyStatus.DRAFT, VacancyStatus.PUBLISHED


def make_world(app) -> SimpleNamespace:
    """Two state bodies with their HR officers, and one user of every other role."""
    with app.app_context():
        own, other = make_body("mdai"), make_body("minfin")
        users = {
            "hr": make_user(Role.HR, own, email="hr@own.kz"),
            "other_hr": make_user(Role.HR, other, email="hr@other.kz"),
            "candidate": make_user(Role.CANDIDATE, email="candidate@example.kz"),
            "commission": make_user(Role.COMMISSION, own, email="commission@own.kz"),
            "admin": make_user(Role.ADMIN, email="admin@example.kz"),
            "auditor": make_user(Role.AUDITOR, email="auditor@example.kz"),
        }
        return SimpleNamespace(
            own=own.id, other=other.id, emails={k: u.email for k, u in users.items()}
        )


@pytest.fixture
def world(app):
    """The two bodies and their users of ``make_world``."""
    return make_world(app)


def url(app, endpoint: str, **values) -> str:
    with app.test_request_context():
        return url_for(endpoint, **values)


def _body(body_id: int) -> StateBody:
    return db.session.get(StateBody, body_id)


def announcement_form(**overrides) -> dict:
    """A complete announcement as the HR officer would type it (times in Asia/Almaty)."""
    data = {
        "language": "ru",
        "title": "Главный эксперт управления цифровизации",
        "structural_unit": "Департамент цифровой трансформации",
        "corps": "B",
        "category": "c-4",
        "competition": "general",
        "posts": "2",
        "duties": "- Анализ данных о государственных услугах\n\nПодготовка отчётов в Power BI\n",
        "education_min": "bachelor",
        "education_fields": "Информационные технологии, экономика",
        "experience-0-years": "1",
        "experience-0-kind": "public_service",
        "experience-0-description": "",
        "experience-1-years": "",
        "experience-1-kind": "field",
        "experience-1-description": "",
        "experience-2-years": "2",
        "experience-2-kind": "field",
        "experience-2-description": "в сфере информационных технологий",
        "competencies": "Инициативность\nОтветственность",
        "skills-0-name": "Power BI",
        "skills-0-weight": "3",
        "skills-0-essential": "essential",
        "skills-1-name": "",
        "skills-1-weight": "2",
        "skills-1-essential": "essential",
        "skills-2-name": "Местная учётная система",
        "skills-2-weight": "1",
        "skills-2-essential": "asset",
        "languages": ["kk", "ru"],
        "salary_min": "330000",
        "salary_max": "440000",
        "location": "г. Астана, пр. Мәңгілік Ел, 55/15",
        "region": "Astana",
        "required_documents": "Заявление\nПослужной список",
        "deadline": "2030-01-10T18:00",
        "testing_date": "2030-01-15T10:00",
        "interview_date": "2030-01-20T10:00",
        "hr_contact": "8 (7172) 00-00-00",
    }
    data.update(overrides)
    return data


@pytest.fixture
def taxonomy(monkeypatch):
    """A stand-in for ``nlp.taxonomy`` that knows only Power BI."""
    known = {"power bi": SimpleNamespace(id="power-bi")}
    fake = SimpleNamespace(load=lambda: SimpleNamespace(resolve=lambda n: known.get(n.lower())))
    monkeypatch.setitem(sys.modules, "nlp.taxonomy", fake)


def test_create_saves_a_draft_with_every_section(app, client, auth, world, taxonomy):
    auth.login(world.emails["hr"])
    response = client.post(url(app, "vacancies.create"), data=announcement_form())
    assert response.status_code == 302
    with app.app_context():
        vacancy = db.session.execute(select(Vacancy)).scalar_one()
        assert response.headers["Location"].endswith(f"/hr/vacancies/{vacancy.id}")
        assert vacancy.status == DRAFT and vacancy.state_body_id == world.own
        assert vacancy.category == "C-4" and vacancy.posts == 2
        assert vacancy.duties == [
            "Анализ данных о государственных услугах",
            "Подготовка отчётов в Power BI",
        ]
        assert [(r.years, r.kind.value) for r in vacancy.experience_rules] == [
            (1, "public_service"),
            (2, "field"),
        ]
        assert [(s.name, s.skill_id, s.weight, s.essential) for s in vacancy.skills] == [
            ("Power BI", "power-bi", 3, True),
            ("Местная учётная система", None, 1, False),
        ]
        entered = datetime(2030, 1, 10, 18, 0, tzinfo=ZoneInfo("Asia/Almaty"))
        assert vacancy.deadline == entered.astimezone(UTC).replace(tzinfo=None)
        assert "power bi" in vacancy.search_text and "ministry" in vacancy.search_text
        assert "главный эксперт" in vacancy.search_text


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"category": "C4"}, "Enter a category code such as C-4"),
        ({"category": "C-9"}, "C-9 is not a category in the register."),
        ({"category": "A-2"}, "Category A-2 is not a corps B category"),
        ({"corps": "A", "category": "C-4"}, "Category C-4 is not a corps A category"),
        (
            {"experience-0-years": "", "experience-2-years": "", "experience-2-description": ""},
            "Add at least one experience requirement.",
        ),
        (
            {"experience-1-description": "без срока"},
            "Enter the number of years for this requirement.",
        ),
        ({"title": ""}, "Enter the position title."),
        ({"posts": "0"}, "Enter a number of posts from 1 to 100."),
    ],
)
def test_create_refuses_bad_input_with_a_message(app, client, auth, world, overrides, message):
    auth.login(world.emails["hr"])
    response = client.post(url(app, "vacancies.create"), data=announcement_form(**overrides))
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(select(Vacancy)).first() is None


def test_edit_shows_the_draft_and_saves_changes(app, client, auth, world):
    with app.app_context():
        vacancy_id = make_vacancy(_body(world.own), status=DRAFT).id
    auth.login(world.emails["hr"])
    page = client.get(url(app, "vacancies.edit", vacancy_id=vacancy_id)).get_data(as_text=True)
    assert "Главный эксперт управления цифровизации" in page
    assert 'name="experience-3-years"' in page  # blank rows after the two filled ones
    response = client.post(
        url(app, "vacancies.edit", vacancy_id=vacancy_id), data=announcement_form(title="Эксперт")
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Vacancy, vacancy_id).title == "Эксперт"
        event = db.session.execute(
            select(AuditEvent).where(AuditEvent.action == "vacancy.update")
        ).scalar_one()
        assert "title" in event.details["fields"]


def test_edit_of_a_published_vacancy_is_refused(app, client, auth, world):
    with app.app_context():
        vacancy_id = make_vacancy(_body(world.own), status=PUBLISHED).id
    auth.login(world.emails["hr"])
    for method in (client.get, client.post):
        response = method(
            url(app, "vacancies.edit", vacancy_id=vacancy_id),
            data=announcement_form(title="Changed"),
            follow_redirects=True,
        )
        assert "Only drafts can be edited." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Vacancy, vacancy_id).title != "Changed"


def test_index_lists_own_body_by_status_with_counts(app, client, auth, world):
    with app.app_context():
        make_vacancy(_body(world.own), status=DRAFT, title="Черновик один")
        make_vacancy(_body(world.own), status=PUBLISHED, title="Опубликованная")
        make_vacancy(_body(world.other), status=PUBLISHED, title="Чужая вакансия")
    auth.login(world.emails["hr"])
    page = client.get(url(app, "vacancies.index")).get_data(as_text=True)
    assert "Черновик один" in page and "Опубликованная" in page
    assert "Чужая вакансия" not in page
    assert "Drafts (1)" in page and "Published (1)" in page and "All (2)" in page
    drafts = client.get(url(app, "vacancies.index", status="draft")).get_data(as_text=True)
    assert "Черновик один" in drafts and "Опубликованная" not in drafts
    closed = client.get(url(app, "vacancies.index", status="closed")).get_data(as_text=True)
    assert "No vacancies with this status." in closed


def test_index_paginates_and_shows_an_empty_state(app, client, auth, world):
    app.config["PER_PAGE"] = 2
    auth.login(world.emails["hr"])
    assert "has no vacancies yet" in client.get(url(app, "vacancies.index")).get_data(as_text=True)
    with app.app_context():
        for n in range(3):
            make_vacancy(_body(world.own), status=DRAFT, title=f"Позиция {n}")
    first = client.get(url(app, "vacancies.index")).get_data(as_text=True)
    second = client.get(url(app, "vacancies.index", page=2)).get_data(as_text=True)
    assert first.count("Позиция") == 2 and second.count("Позиция") == 1
    assert 'rel="next"' in first


def test_copy_makes_a_new_draft_without_dates(app, client, auth, world):
    with app.app_context():
        source = make_vacancy(_body(world.own), status=PUBLISHED)
        source_id, title = source.id, source.title
    auth.login(world.emails["hr"])
    response = client.post(url(app, "vacancies.copy", vacancy_id=source_id))
    with app.app_context():
        copy = db.session.execute(select(Vacancy).where(Vacancy.id != source_id)).scalar_one()
        assert response.headers["Location"].endswith(f"/hr/vacancies/{copy.id}/edit")
        assert copy.title == f"{title} (copy)" and copy.status == DRAFT
        assert copy.deadline is None and copy.published_at is None
        assert copy.duties == ["Анализ данных о государственных услугах"]
        assert [s.name for s in copy.skills] == ["Power BI"]
        assert len(copy.experience_rules) == 2
        assert db.session.get(Vacancy, source_id).status == PUBLISHED


def test_every_change_is_audited(app, client, auth, world):
    auth.login(world.emails["hr"])
    client.post(url(app, "vacancies.create"), data=announcement_form())
    with app.app_context():
        vacancy_id = db.session.execute(select(Vacancy.id)).scalar_one()
    client.post(url(app, "vacancies.edit", vacancy_id=vacancy_id), data=announcement_form())
    client.post(url(app, "vacancies.publish", vacancy_id=vacancy_id))
    client.post(url(app, "vacancies.copy", vacancy_id=vacancy_id))
    client.post(url(app, "vacancies.close", vacancy_id=vacancy_id))
    with app.app_context():
        copy_id = db.session.execute(
            select(Vacancy.id).where(Vacancy.id != vacancy_id)
        ).scalar_one()
    client.post(url(app, "vacancies.cancel", vacancy_id=copy_id))
    with app.app_context():
        events = (
            db.session.execute(
                select(AuditEvent)
                .where(AuditEvent.action.startswith("vacancy."))
                .order_by(AuditEvent.id)
            )
            .scalars()
            .all()
        )
        assert [e.action for e in events] == [
            "vacancy.create",
            "vacancy.update",
            "vacancy.publish",
            "vacancy.copy",
            "vacancy.close",
            "vacancy.cancel",
        ]
        assert {e.actor_role for e in events} == {"hr"}
        assert verify() is None


BODY_INACTIVE = "Your state body is deactivated: it can no longer create or publish vacancies."


def test_a_deactivated_body_gets_no_new_vacancies(app, client, auth, world):
    with app.app_context():
        source = make_vacancy(_body(world.own)).id
        _body(world.own).active = False
        db.session.commit()
    auth.login(world.emails["hr"])
    index = client.get(url(app, "vacancies.index")).text
    assert BODY_INACTIVE in index and url(app, "vacancies.create") not in index
    assert BODY_INACTIVE in client.get(url(app, "vacancies.create"), follow_redirects=True).text
    created = client.post(url(app, "vacancies.create"), data=announcement_form())
    copied = client.post(url(app, "vacancies.copy", vacancy_id=source), follow_redirects=True)
    assert created.status_code == 302 and BODY_INACTIVE in copied.text
    with app.app_context():
        assert db.session.scalars(select(Vacancy.id)).all() == [source]
        assert (
            db.session.scalars(
                select(AuditEvent.action).where(AuditEvent.action.startswith("vacancy."))
            ).all()
            == []
        )


@pytest.mark.parametrize(
    ("lang", "reason"),
    [
        ("kk", "Мемлекеттік органыңыздың белсенділігі тоқтатылған"),
        ("ru", "Ваш государственный орган деактивирован"),
    ],
)
def test_the_deactivated_body_reason_is_translated(app, client, auth, world, lang, reason):
    with app.app_context():
        _body(world.own).active = False
        db.session.commit()
    auth.login(world.emails["hr"])
    page = client.get(url(app, "vacancies.index"), headers={"Accept-Language": lang}).text
    assert f'<html lang="{lang}">' in page and reason in page
