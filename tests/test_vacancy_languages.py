"""A vacancy's required languages with the CEFR level HR asks for ("English, level B2")."""

from sqlalchemy import select

from models import Vacancy, db
from recruit.api.documents import vacancy_document
from tests.test_vacancies import announcement_form, url


def test_a_required_level_is_saved_shown_and_passed_to_the_checks(app, client, hr):
    form = announcement_form(languages=["kk", "en"], level_en="B2")
    response = client.post(url(app, "vacancies.create"), data=form)
    assert response.status_code == 302
    with app.test_request_context():
        vacancy = db.session.execute(select(Vacancy)).scalar_one()
        assert vacancy.languages == ["kk", "en:B2"]
        assert vacancy_document(vacancy)["languages"] == ["kk", "en:B2"]
        vacancy_id = vacancy.id
    edit = client.get(url(app, "vacancies.edit", vacancy_id=vacancy_id)).get_data(as_text=True)
    assert '<option selected value="B2">B2</option>' in edit
    assert 'id="languages-2" name="languages" type="checkbox" value="en"' in edit
    preview = client.get(url(app, "vacancies.preview", vacancy_id=vacancy_id))
    assert "English (level B2 or higher)" in preview.get_data(as_text=True)


def test_a_level_for_a_language_not_required_is_refused(app, client, hr):
    form = announcement_form(languages=["kk", "ru"], level_en="C1")
    response = client.post(url(app, "vacancies.create"), data=form)
    assert response.status_code == 200
    assert "Tick the language to require a level of it." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(select(Vacancy)).first() is None
