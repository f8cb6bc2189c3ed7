"""A corps "A" announcement may require years in managerial posts; the check reads them."""

import pytest
from sqlalchemy import select

from models import Application, ExperienceKind, ExperienceRule, Role, Vacancy, db
from nlp.types import CVProfile, Education, Experience, LanguageSkill
from recruit.api.documents import vacancy_document
from tests.factories import make_body, make_user, make_vacancy
from tests.test_eligibility_service import evaluate, make_application, make_profile, rules
from tests.test_vacancies import announcement_form, url


def test_hr_requires_managerial_years_and_the_announcement_says_so(app, client, hr):
    form = announcement_form(
        corps="A",
        category="a-2",
        title="Председатель Комитета телекоммуникаций",
        **{"experience-1-years": "5", "experience-1-kind": "managerial"},
    )
    response = client.post(url(app, "vacancies.create"), data=form)
    assert response.status_code == 302
    with app.test_request_context():
        vacancy = db.session.execute(select(Vacancy)).scalar_one()
        kinds = [(r.years, r.kind) for r in vacancy.experience_rules]
        assert (5, ExperienceKind.MANAGERIAL) in kinds
        assert {"years": 5, "kind": "managerial"} in vacancy_document(vacancy)["requirements"][
            "experience"
        ]
        vacancy_id = vacancy.id
    edit = client.get(url(app, "vacancies.edit", vacancy_id=vacancy_id)).get_data(as_text=True)
    assert '<option selected value="managerial">Managerial posts (head or deputy head)' in edit
    preview = client.get(url(app, "vacancies.preview", vacancy_id=vacancy_id))
    assert "at least 5 year(s) in managerial posts" in preview.get_data(as_text=True)


def corps_a_cv(title: str) -> dict:
    """A Russian CV read by the engine: eight years in one post of the given title."""
    return CVProfile(
        language="ru",
        text_chars=400,
        education=(Education("master", "Информатика", "КазНУ", 2012, 0, 20),),
        experience=(Experience(title, "Министерство", "2017-01", "2024-12", True, (21, 60)),),
        experience_years=8.0,
        public_service_years=8.0,
        languages=(LanguageSkill("kk", "fluent", 0, 5),),
    ).to_dict()


@pytest.mark.parametrize(
    ("title", "outcome"),
    [("Руководитель управления", "pass"), ("Главный эксперт", "needs_review")],
)
def test_the_managerial_years_of_an_application_are_read_from_its_posts(app, title, outcome):
    with app.app_context():
        vacancy = make_vacancy(make_body(), corps="A", category="A-2")
        vacancy.experience_rules = [
            ExperienceRule(position=0, years=5, kind=ExperienceKind.MANAGERIAL)
        ]
        candidate = make_user(Role.CANDIDATE)
        make_profile(candidate)
        application = make_application(vacancy, candidate, cv_profile=corps_a_cv(title))
        found = rules(evaluate(application))["experience"]
        assert found["outcome"] == outcome
        assert "руководящих должностях" in found["reason"]["ru"]
        assert db.session.get(Application, application.id).eligibility_checked_at is not None
