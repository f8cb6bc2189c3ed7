"""The VACANCY.json document: skills resolved through the taxonomy, clear errors otherwise."""

import json
from datetime import date

import pytest

from nlp.vacancy import ExperienceRule, VacancyError, load_vacancy, parse_vacancy

DOC = {
    "title": "Эксперт",
    "category": "C-4",
    "deadline": "2026-03-15",
    "requirements": {"education_min": "master", "experience": [{"years": 2, "kind": "field"}]},
    "digital_skills": [
        {"name": "PowerBI", "weight": 3, "essential": True},
        {"name": "MS Excel", "weight": 2},
        {"name": "Quantum Basket Weaving", "weight": 1},
    ],
    "weights": {"skills": 0.6, "potential": 0.2, "fit": 0.2},
    "bands": {"best": 0.8},
}


def test_skills_named_by_alias_resolve_and_unknown_ones_are_kept():
    from nlp import taxonomy

    vacancy = parse_vacancy(DOC)
    assert [s.id for s in vacancy.digital_skills] == ["power-bi", "ms-excel", None]
    assert vacancy.unknown_skills == ("Quantum Basket Weaving",)
    assert vacancy.taxonomy_version == taxonomy.load().version
    assert vacancy.digital_skills[0].essential and not vacancy.digital_skills[1].essential


def test_settings_requirements_and_deadline_are_read():
    vacancy = parse_vacancy(DOC, resolve=lambda name: None, taxonomy_version="test")
    assert vacancy.weights.skills == 0.6 and vacancy.weights.fit == 0.2
    assert vacancy.bands.best == 0.8 and vacancy.bands.well == 0.5
    assert vacancy.deadline == date(2026, 3, 15)
    assert vacancy.education_min == "master"
    assert vacancy.experience == (ExperienceRule(2.0, "field"),)


def test_defaults_when_optional_fields_are_absent():
    vacancy = parse_vacancy({"title": "Эксперт"}, resolve=lambda name: None)
    assert (vacancy.weights.skills, vacancy.weights.potential, vacancy.weights.fit) == (
        0.5,
        0.3,
        0.2,
    )
    assert vacancy.deadline is None and vacancy.digital_skills == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "title"),
        ({"category": "X-99"}, "category"),
        ({"requirements": {"education_min": "phd"}}, "education_min"),
        ({"requirements": {"experience": [{"years": -1}]}}, "years"),
        ({"requirements": {"experience": [{"years": 1, "kind": "army"}]}}, "kind"),
        ({"digital_skills": [{"name": "SQL", "weight": 7}]}, "weight"),
        ({"digital_skills": [{"weight": 1}]}, "name"),
        ({"deadline": "15.03.2026"}, "deadline"),
        ({"bands": {"best": 0.3, "well": 0.6}}, "bands"),
        ({"weights": {"skills": -1}}, "weights"),
        ({"salary_min": "много"}, "salary_min"),
        ({"languages": ["english"]}, "languages"),
        ({"languages": ["en:B3"]}, "languages"),
        ({"requirements": {"education_fields": [1]}}, "education_fields"),
    ],
)
def test_malformed_document_names_the_field(change, message):
    with pytest.raises(VacancyError, match=message):
        parse_vacancy({"title": "Эксперт", **change}, resolve=lambda name: None)


def test_unreadable_file_is_a_vacancy_error(tmp_path):
    broken = tmp_path / "vacancy.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(VacancyError, match="cannot read"):
        load_vacancy(broken)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"title": "Эксперт"}), encoding="utf-8")
    assert load_vacancy(good, resolve=lambda name: None).title == "Эксперт"


def test_translations_give_one_announcement_text_per_language():
    doc = {
        **DOC,
        "translations": {
            "kk": {"title": "Сарапшы", "duties": ["Есептер"]},
            "en": {"title": "Expert"},
        },
    }
    vacancy = parse_vacancy(doc, resolve=lambda name: None)
    texts = vacancy.announcement_texts()
    assert [lang for _, lang in texts] == [None, "en", "kk"]
    assert texts[2][0].startswith("Сарапшы\nЕсептер\nPowerBI")
    with pytest.raises(VacancyError, match="translations.de"):
        parse_vacancy(
            {**DOC, "translations": {"de": {"title": "Experte"}}}, resolve=lambda name: None
        )


def test_required_fields_of_study_are_one_item_per_field():
    doc = {"title": "Эксперт", "requirements": {"education_fields": "Право, экономика\nLaw"}}
    vacancy = parse_vacancy(doc, resolve=lambda name: None)
    assert vacancy.education_fields == ("Право", "экономика", "Law")
    listed = {"title": "Эксперт", "requirements": {"education_fields": ["Информатика"]}}
    assert parse_vacancy(listed, resolve=lambda n: None).education_fields == ("Информатика",)


def test_a_language_may_carry_a_required_cefr_level():
    doc = {"title": "Эксперт", "languages": ["kk", "en:b2"]}
    vacancy = parse_vacancy(doc, resolve=lambda name: None)
    assert vacancy.languages == ("kk", "en:B2")
    assert vacancy.language_requirements() == (("kk", None), ("en", "B2"))
