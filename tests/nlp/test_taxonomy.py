"""The digital-skills taxonomy: versioned data, names in three languages, lookup by any name."""

import copy
import re

import pytest

from nlp import taxonomy

DIGCOMP = {"information", "communication", "content", "safety", "problem-solving"}


@pytest.fixture(scope="module")
def tax():
    return taxonomy.load()


def test_taxonomy_is_versioned_and_large(tax):
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", tax.version)
    assert len(tax.skills) >= 400
    assert taxonomy.load() is tax


def test_every_skill_has_kebab_id_labels_and_area(tax):
    for skill_id, skill in tax.skills.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", skill_id)
        assert all(skill.label[lang] for lang in ("en", "ru", "kk"))
        if skill.area in DIGCOMP:
            assert re.fullmatch(r"[1-5]\.[1-6]", skill.competence or ""), skill_id


def test_all_five_digcomp_areas_are_covered(tax):
    assert DIGCOMP <= {skill.area for skill in tax.skills.values()}


@pytest.mark.parametrize(
    ("skill_id", "en", "ru", "kk"),
    [
        ("data-analysis", "Data analysis", "Анализ данных", "Деректерді талдау"),
        ("power-bi", "Power BI", "Power BI", "Power BI"),
        ("esedo", None, "ЕСЭДО", "ЭҚАБЖ"),
        ("1c-accounting", None, "1С:Бухгалтерия", "1С:Бухгалтерия"),
    ],
)
def test_labels_in_three_languages(tax, skill_id, en, ru, kk):
    if en:
        assert tax.label(skill_id, "en") == en
    assert tax.label(skill_id, "ru") == ru
    assert tax.label(skill_id, "kk") == kk


@pytest.mark.parametrize(
    ("name", "skill_id"),
    [
        ("eGov.kz", "egov-kz"),
        ("е-Өтініш", "e-otinish"),
        ("e-Otinish", "e-otinish"),
        ("ЕСЭДО", "esedo"),
        ("ЭҚАБЖ", "esedo"),
        ("e-Qyzmet", "e-qyzmet"),
        ("е-лицензирование", "e-licensing"),
        ("1С:Предприятие", "1c-enterprise"),
        ("1С:Бухгалтерия", "1c-accounting"),
        ("SAP", "sap"),
        ("ArcGIS", "arcgis"),
        ("QGIS", "qgis"),
        ("портал открытых данных", "open-data"),
        ("open budgets", "open-budgets"),
        ("ЭЦП", "digital-signature"),
    ],
)
def test_kazakhstan_egov_and_enterprise_systems_resolve(tax, name, skill_id):
    assert tax.resolve(name) == skill_id


@pytest.mark.parametrize(
    ("name", "skill_id"),
    [
        ("power-bi", "power-bi"),
        ("POWER  BI", "power-bi"),
        ("ms excel", "ms-excel"),
        ("деректерді талдауға", "data-analysis"),
        ("деректер талдауы", "data-analysis"),
        ("анализа данных", "data-analysis"),
        ("бағдарламалауды", "programming"),
        ("Relational Databases", "dbms"),
    ],
)
def test_resolve_by_id_any_case_and_lemma_forms(tax, name, skill_id):
    assert tax.resolve(name) == skill_id


def test_unknown_name_does_not_resolve(tax):
    assert tax.resolve("underwater basket weaving") is None


@pytest.mark.parametrize(
    ("skill_id", "name"),
    [
        ("c-lang", "c"),
        ("r-lang", "r"),
        ("go-lang", "go"),
        ("ms-word", "word"),
        ("ms-access", "access"),
        ("ms-excel", "excel"),
        ("ms-office", "office"),
        ("swift", "swift"),
        ("spring", "spring"),
        ("rust-lang", "rust"),
        ("oracle-db", "oracle"),
    ],
)
def test_ambiguous_names_are_marked(tax, skill_id, name):
    assert name in tax.skills[skill_id].ambiguous


def test_an_edited_data_file_changes_the_taxonomy_without_code():
    data = copy.deepcopy(taxonomy.read_data())
    data["version"] = "2099.1.1"
    data["skills"].append(
        {
            "id": "e-akimat-mobile",
            "area": "egov",
            "label": {"en": "e-Akimat Mobile", "ru": "Е-акимат Мобайл", "kk": "Е-әкімдік Мобайл"},
            "aliases": {"en": ["eakimat mobile"]},
        }
    )
    edited = taxonomy.from_data(data)
    assert edited.version == "2099.1.1"
    assert edited.resolve("EAkimat Mobile") == "e-akimat-mobile"
    assert edited.label("e-akimat-mobile", "kk") == "Е-әкімдік Мобайл"


def test_the_shipped_tagger_belongs_to_this_taxonomy_and_records_its_cross_validation(tax):
    data = taxonomy.read_data("skill_tagger.json")
    assert data["taxonomy_version"] == tax.version
    assert data["trained_on"] == "train.jsonl"
    assert data["cv"]["folds"] >= 5 and 0.7 <= data["cv"]["f1"] <= 1
    assert 0 < data["floor"] < data["threshold"] < 1
