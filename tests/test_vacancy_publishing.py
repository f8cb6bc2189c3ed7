"""Publishing, closing and cancelling: each refusal says why; the preview is the public view."""

from datetime import timedelta

import pytest
from flask import render_template, url_for
from sqlalchemy import select

from models import AuditEvent, Corps, Role, StateBody, Vacancy, VacancyStatus, db, utcnow
from tests.factories import make_body, make_user, make_vacancy

DRAFT, PUBLISHED = VacancyStatus.DRAFT, VacancyStatus.PUBLISHED
CLOSED, CANCELLED = VacancyStatus.CLOSED, VacancyStatus.CANCELLED
HR = "hr@own.kz"


@pytest.fixture
def body_id(app):
    """The own state body with its HR officer."""
    with app.app_context():
        body = make_body("mdai", name_ru="Министерство цифрового развития")
        make_user(Role.HR, body, email=HR)
        return body.id


def vacancy(app, body_id: int, status=DRAFT, **kw) -> int:
    with app.app_context():
        return make_vacancy(db.session.get(StateBody, body_id), status=status, **kw).id


def url(app, endpoint: str, vacancy_id: int) -> str:
    with app.test_request_context():
        return url_for(endpoint, vacancy_id=vacancy_id)


def status_of(app, vacancy_id: int) -> VacancyStatus:
    with app.app_context():
        return db.session.get(Vacancy, vacancy_id).status


def actions(app) -> list[str]:
    with app.app_context():
        return list(
            db.session.execute(
                select(AuditEvent.action).where(AuditEvent.action.startswith("vacancy."))
            ).scalars()
        )


def _later(days: float):
    return utcnow() + timedelta(days=days)


REFUSALS = [
    ({"deadline": _later(-1)}, "The application deadline must be in the future."),
    ({"deadline": None}, "Set the application deadline."),
    (
        {"salary_min": 500000, "salary_max": 300000},
        "The minimum salary is higher than the maximum salary.",
    ),
    ({"duties": []}, "List at least one duty of the position."),
    ({"required_documents": []}, "List at least one required document."),
    ({"corps": Corps.A}, "Category C-4 is not a corps A category: corps A uses A-codes."),
    ({"category": "A-3"}, "Category A-3 is not a corps B category: corps B uses B to E codes."),
    (
        {"deadline": _later(10), "testing_date": _later(9)},
        "The testing date must be after the application deadline.",
    ),
    (
        {"deadline": _later(10), "interview_date": _later(5)},
        "The interview date must be after the application deadline.",
    ),
]


@pytest.mark.parametrize(("overrides", "message"), REFUSALS)
def test_publish_refuses_with_a_clear_message(app, client, auth, body_id, overrides, message):
    vacancy_id = vacancy(app, body_id, **overrides)
    auth.login(HR)
    confirm = client.get(url(app, "vacancies.publish", vacancy_id))
    assert message in confirm.get_data(as_text=True)
    response = client.post(url(app, "vacancies.publish", vacancy_id))
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert status_of(app, vacancy_id) == DRAFT
    assert actions(app) == []


def test_publish_lists_every_problem_at_once(app, client, auth, body_id):
    vacancy_id = vacancy(app, body_id, duties=[], required_documents=[], salary_min=9, salary_max=1)
    auth.login(HR)
    page = client.post(url(app, "vacancies.publish", vacancy_id)).get_data(as_text=True)
    assert "List at least one duty" in page and "List at least one required document" in page
    assert "minimum salary is higher" in page


def test_publish_asks_for_confirmation_then_publishes(app, client, auth, body_id):
    vacancy_id = vacancy(app, body_id, testing_date=_later(12), interview_date=_later(15))
    auth.login(HR)
    confirm = client.get(url(app, "vacancies.publish", vacancy_id)).get_data(as_text=True)
    assert "Publish this vacancy?" in confirm and 'method="post"' in confirm
    assert status_of(app, vacancy_id) == DRAFT
    page = client.post(url(app, "vacancies.publish", vacancy_id), follow_redirects=True)
    assert "The vacancy is published." in page.get_data(as_text=True)
    with app.app_context():
        published = db.session.get(Vacancy, vacancy_id)
        assert published.status == PUBLISHED and published.published_at is not None
    assert actions(app) == ["vacancy.publish"]


@pytest.mark.parametrize(
    ("endpoint", "start", "end", "message"),
    [
        ("vacancies.close", PUBLISHED, CLOSED, "The vacancy is closed"),
        ("vacancies.cancel", DRAFT, CANCELLED, "The vacancy is cancelled."),
        ("vacancies.cancel", PUBLISHED, CANCELLED, "The vacancy is cancelled."),
    ],
)
def test_close_and_cancel_after_confirmation(
    app, client, auth, body_id, endpoint, start, end, message
):
    vacancy_id = vacancy(app, body_id, status=start)
    auth.login(HR)
    confirm = client.get(url(app, endpoint, vacancy_id)).get_data(as_text=True)
    assert "This cannot be undone." in confirm
    assert status_of(app, vacancy_id) == start
    page = client.post(url(app, endpoint, vacancy_id), follow_redirects=True)
    assert message in page.get_data(as_text=True)
    assert status_of(app, vacancy_id) == end
    assert actions(app) == [endpoint.replace("vacancies.", "vacancy.")]


@pytest.mark.parametrize(
    ("endpoint", "start", "message"),
    [
        (
            "vacancies.publish",
            PUBLISHED,
            "Only a draft can be published; this vacancy is published.",
        ),
        (
            "vacancies.close",
            DRAFT,
            "Only a published vacancy can be closed; this vacancy is a draft.",
        ),
        (
            "vacancies.cancel",
            CLOSED,
            "Only a draft or a published vacancy can be cancelled; this vacancy is closed.",
        ),
    ],
)
def test_state_changes_out_of_order_are_refused(
    app, client, auth, body_id, endpoint, start, message
):
    vacancy_id = vacancy(app, body_id, status=start)
    auth.login(HR)
    page = client.post(url(app, endpoint, vacancy_id), follow_redirects=True)
    assert message in page.get_data(as_text=True)
    assert status_of(app, vacancy_id) == start
    assert actions(app) == []


def announcement_html(app, vacancy_id: int, lang: str = "en") -> str:
    """The shared partial rendered on its own, as the public vacancy page includes it."""
    with app.test_request_context(headers={"Accept-Language": lang}):
        item = db.session.get(Vacancy, vacancy_id)
        return render_template(
            "public/_announcement.html", vacancy=item, state_body_name=item.state_body.name(lang)
        )


def test_preview_is_exactly_the_public_announcement(app, client, auth, body_id):
    vacancy_id = vacancy(
        app,
        body_id,
        testing_date=_later(12),
        interview_date=_later(15),
        education_fields="Информационные технологии",
    )
    auth.login(HR)
    preview = client.get(
        url(app, "vacancies.preview", vacancy_id), headers={"Accept-Language": "ru"}
    ).get_data(as_text=True)
    partial = announcement_html(app, vacancy_id, lang="ru")
    assert partial.strip() in preview
    for text in (
        "Министерство цифрового развития",
        "Главный эксперт управления цифровизации",
        "C-4",
        "Power BI",
        "Заявление",
        "Послужной список",
        "250 000",
    ):
        assert text in partial
    assert "at least 1 year(s) of civil service" in announcement_html(app, vacancy_id)


def test_preview_of_a_draft_lists_what_blocks_publishing(app, client, auth, body_id):
    vacancy_id = vacancy(app, body_id, duties=[])
    auth.login(HR)
    page = client.get(url(app, "vacancies.preview", vacancy_id)).get_data(as_text=True)
    assert "Before publishing, fix these:" in page
    assert "List at least one duty of the position." in page


def test_public_page_shows_the_same_announcement(app, client, body_id):
    vacancy_id = vacancy(app, body_id, status=PUBLISHED)
    with app.test_request_context():
        public_url = url_for("public.vacancy", vacancy_id=vacancy_id)
    page = client.get(public_url).get_data(as_text=True)
    assert announcement_html(app, vacancy_id).strip() in page


BODY_INACTIVE = "Your state body is deactivated: it can no longer create or publish vacancies."


def test_a_deactivated_body_cannot_publish_but_its_open_vacancies_stay(app, client, auth, body_id):
    draft = vacancy(app, body_id)
    open_id = vacancy(app, body_id, status=PUBLISHED)
    with app.app_context():
        db.session.get(StateBody, body_id).active = False
        db.session.commit()
    auth.login(HR)
    assert BODY_INACTIVE in client.get(url(app, "vacancies.preview", draft)).text
    confirm = client.get(url(app, "vacancies.publish", draft)).text
    publish_url = url(app, "vacancies.publish", draft)
    assert BODY_INACTIVE in confirm and f'action="{publish_url}"' not in confirm
    response = client.post(url(app, "vacancies.publish", draft))
    assert response.status_code == 422 and BODY_INACTIVE in response.text
    assert status_of(app, draft) == DRAFT and actions(app) == []
    with app.test_request_context():
        public_url = url_for("public.vacancy", vacancy_id=open_id)
    assert app.test_client().get(public_url).status_code == 200
    client.post(url(app, "vacancies.close", open_id))
    assert status_of(app, open_id) == CLOSED
