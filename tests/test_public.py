"""Public pages: home, search, announcement with "how you will be evaluated", language."""

from datetime import timedelta

import pytest

from models import Corps, Role, StateBody, VacancySkill, VacancyStatus, db, utcnow
from tests.factories import make_body, make_user, make_vacancy


@pytest.fixture
def body(app) -> int:
    """The id of a state body with Russian and English names."""
    with app.app_context():
        return make_body(
            name_ru="Министерство цифрового развития", name_en="Ministry of Digital"
        ).id


def _vacancy(app, body: int, **kw) -> int:
    with app.app_context():
        return make_vacancy(db.session.get(StateBody, body), **kw).id


def test_home_shows_facts_and_search(app, client, body):
    _vacancy(app, body, title="Open analyst")
    _vacancy(app, body, title="Late clerk", deadline=utcnow() - timedelta(days=1))
    _vacancy(app, body, title="Hidden draft", status=VacancyStatus.DRAFT)
    html = client.get("/").get_data(as_text=True)
    assert 'role="search"' in html and 'name="q"' in html
    assert "<strong>1</strong>" in html
    assert "Open analyst" in html and "Late clerk" in html
    assert "Hidden draft" not in html


def test_home_empty_state(client):
    html = client.get("/").get_data(as_text=True)
    assert "No vacancies have been published yet" in html


@pytest.mark.parametrize("role", [None, *Role])
def test_public_pages_are_open_to_everyone(app, client, auth, body, role):
    vacancy_id = _vacancy(app, body, title="Visible analyst")
    if role is not None:
        with app.app_context():
            user = make_user(
                role, body=db.session.get(StateBody, body) if role in ("hr", "commission") else None
            )
            email = user.email
        assert auth.login(email).status_code == 302
    for url in ("/", "/vacancies", f"/vacancies/{vacancy_id}"):
        response = client.get(url)
        html = response.get_data(as_text=True)
        assert response.status_code == 200, url
        assert "Visible analyst" in html
        assert ("Log out" in html) is (role is not None)


def test_list_filters_are_kept_in_the_form(app, client, body):
    _vacancy(app, body, title="Data analyst", corps=Corps.B, category="C-4", salary_max=400000)
    _vacancy(app, body, title="Data lead", corps=Corps.A, category="A-3")
    html = client.get(
        "/vacancies?q=data&corps=B&category=c-4&salary_min=300000&open=y&sort=salary"
    ).get_data(as_text=True)
    assert "Data analyst" in html and "Data lead" not in html
    assert 'value="data"' in html and 'value="C-4"' in html and 'value="300000"' in html
    assert '<option selected value="B">' in html
    assert '<option selected value="salary">' in html
    assert "checked" in html
    assert "1 vacancy found" in html


def test_body_and_region_selects(app, client, body):
    _vacancy(app, body, title="Other place", region="Shymkent")
    _vacancy(app, body, title="Capital post", region="Astana")
    html = client.get(f"/vacancies?body={body}&region=Shymkent").get_data(as_text=True)
    assert "Other place" in html and "Capital post" not in html
    assert f'<option selected value="{body}">Ministry of Digital</option>' in html or (
        f'<option selected value="{body}">Министерство цифрового развития</option>' in html
    )
    assert '<option selected value="Shymkent">Shymkent</option>' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("corps=Z", "Corps must be A or B."),
        ("category=boss", "A category looks like C-4"),
        ("salary_min=much", "whole number of tenge"),
        ("salary_min=-1", "whole number of tenge"),
        ("body=x", "Choose the state body from the list."),
        ("region=Atlantis", "Choose the region from the list."),
        ("sort=price", "Sort by newest, deadline or salary."),
        ("page=0", "The page number must be a whole number from 1."),
    ],
)
def test_invalid_filters_get_a_clear_message(client, body, query, message):
    response = client.get(f"/vacancies?{query}")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in html
    assert "Some filters could not be used" in html


def test_empty_state_and_clear_link(app, client, body):
    _vacancy(app, body, title="Data analyst")
    html = client.get("/vacancies?q=astronaut").get_data(as_text=True)
    assert "No vacancies match these filters" in html
    assert "Clear filters" in html


def test_pagination_twenty_a_page(app, client, body):
    with app.app_context():
        merged = db.session.get(StateBody, body)
        start = utcnow() - timedelta(days=60)
        for n in range(21):
            make_vacancy(merged, title=f"Position {n:02d}", published_at=start + timedelta(hours=n))
    first = client.get("/vacancies?q=position").get_data(as_text=True)
    assert "Position 20" in first and "Position 01" in first and "Position 00" not in first
    assert "Page 1 of 2" in first and 'rel="next"' in first and "page=2" in first
    second = client.get("/vacancies?q=position&page=2").get_data(as_text=True)
    assert "Position 00" in second and "Position 20" not in second and 'rel="prev"' in second
    beyond = client.get("/vacancies?q=position&page=5").get_data(as_text=True)
    assert "There is no page 5" in beyond and "Go to the first page" in beyond


def test_announcement_explains_the_evaluation(app, client, body):
    with app.app_context():
        vacancy = make_vacancy(db.session.get(StateBody, body), title="Chief expert")
        vacancy.skills.append(VacancySkill(position=1, name="Python", weight=1, essential=False))
        db.session.commit()
        vacancy_id = vacancy.id
    html = client.get(f"/vacancies/{vacancy_id}").get_data(as_text=True)
    assert "Chief expert" in html
    assert "How you will be evaluated" in html
    stages = [
        "Document check",
        "Personal-qualities assessment",
        "Essay (senior positions)",
        "Interview or practical assessment",
        "Commission decision",
    ]
    positions = [html.index(stage) for stage in stages]
    assert positions == sorted(positions)
    assert "Power BI" in html and "Python" in html
    assert "Essential" in html and "Asset" in html
    assert "The ranking is advisory: people decide" in html
    assert "there is no essay in this competition" in html


def test_senior_announcement_has_the_essay(app, client, body):
    vacancy_id = _vacancy(app, body, title="Head of unit", senior=True)
    html = client.get(f"/vacancies/{vacancy_id}").get_data(as_text=True)
    assert "the essay is part of this competition" in html


@pytest.mark.parametrize("status", [VacancyStatus.DRAFT, VacancyStatus.CANCELLED])
def test_drafts_and_cancelled_are_invisible(app, client, body, status):
    vacancy_id = _vacancy(app, body, status=status, title="Secret post")
    assert client.get(f"/vacancies/{vacancy_id}").status_code == 404
    assert "Secret post" not in client.get("/vacancies").get_data(as_text=True)
    assert "Secret post" not in client.get("/vacancies?q=secret").get_data(as_text=True)
    assert "Secret post" not in client.get("/").get_data(as_text=True)


def test_unknown_vacancy_is_404(client):
    assert client.get("/vacancies/424242").status_code == 404


def test_closed_vacancy_is_readable_and_marked(app, client, body):
    vacancy_id = _vacancy(app, body, status=VacancyStatus.CLOSED, title="Past post")
    html = client.get(f"/vacancies/{vacancy_id}").get_data(as_text=True)
    assert "Past post" in html and "Applications for this vacancy are closed." in html


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_language_switch(client, lang):
    response = client.post("/language", data={"lang": lang, "next": "/vacancies?q=x"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/vacancies?q=x"
    with client.session_transaction() as session:
        assert session["lang"] == lang
    assert f'<html lang="{lang}">' in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""],
)
def test_language_switch_refuses_off_site_next(client, target):
    response = client.post("/language", data={"lang": "en", "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_language_switch_refuses_unknown_language(client):
    assert client.post("/language", data={"lang": "de", "next": "/"}).status_code == 400
    with client.session_transaction() as session:
        assert "lang" not in session


def test_language_switch_needs_csrf_token(app, client):
    app.config["WTF_CSRF_ENABLED"] = True
    assert client.post("/language", data={"lang": "en", "next": "/"}).status_code == 400


def test_language_switch_is_post_only(client):
    assert client.get("/language?lang=en").status_code == 405


def test_kazakh_announcement_names_known_skills_in_kazakh(app, client, body):
    with app.app_context():
        vacancy = make_vacancy(db.session.get(StateBody, body), title="Бас маман", language="kk")
        vacancy.skills[:] = [
            VacancySkill(position=0, name="Анализ данных", skill_id="data-analysis"),
            VacancySkill(position=1, name="Своя система учёта", skill_id=None),
        ]
        db.session.commit()
        vacancy_id = vacancy.id
    html = client.get(f"/vacancies/{vacancy_id}").get_data(as_text=True)
    assert '<span lang="kk">Деректерді талдау</span>' in html
    assert '<span lang="kk">Анализ данных</span>' not in html
    assert '<span lang="kk">Своя система учёта</span>' in html
