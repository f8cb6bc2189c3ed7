"""Open-data API: list, document, CSV and OpenAPI; only published and closed vacancies."""

import csv
import io
import json
from datetime import timedelta

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi

from models import Corps, ExperienceKind, ExperienceRule, VacancySkill, VacancyStatus, db, utcnow
from tests.factories import make_body, make_vacancy

DOCUMENT_KEYS = {
    "id",
    "status",
    "title",
    "state_body",
    "structural_unit",
    "corps",
    "category",
    "competition",
    "posts",
    "duties",
    "requirements",
    "competencies",
    "digital_skills",
    "languages",
    "salary_min",
    "salary_max",
    "location",
    "region",
    "required_documents",
    "deadline",
    "testing_date",
    "interview_date",
    "published_at",
    "hr_contact",
    "url",
}
SUMMARY_KEYS = {
    "id",
    "status",
    "title",
    "state_body",
    "structural_unit",
    "corps",
    "category",
    "competition",
    "posts",
    "salary_min",
    "salary_max",
    "location",
    "region",
    "deadline",
    "published_at",
    "url",
}


@pytest.fixture
def vacancies(app):
    """One vacancy in each status; returns their ids by status."""
    with app.app_context():
        body = make_body(name_ru="Министерство цифрового развития", name_en="Ministry of Digital")
        return {
            status: make_vacancy(body, status=status, title=f"{status.value} post").id
            for status in VacancyStatus
        }


def test_list_shows_published_and_closed_only(client, vacancies):
    data = client.get("/api/v1/vacancies").get_json()
    assert {item["title"] for item in data["items"]} == {"published post", "closed post"}
    assert data["total"] == 2
    assert set(data["items"][0]) == SUMMARY_KEYS


def test_list_filters_and_cors(client, vacancies):
    response = client.get("/api/v1/vacancies?q=CLOSED&corps=B&category=c-4&salary_min=1")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert [item["title"] for item in response.get_json()["items"]] == ["closed post"]
    assert client.get("/api/v1/vacancies?open=true").get_json()["total"] == 1
    assert client.get("/api/v1/vacancies?open=false").get_json()["total"] == 2


def test_list_pagination_and_links(app, client):
    with app.app_context():
        body = make_body()
        for n in range(5):
            make_vacancy(body, title=f"Post {n}")
    data = client.get("/api/v1/vacancies?per_page=2&page=2&sort=salary").get_json()
    assert (data["page"], data["per_page"], data["total"], data["pages"]) == (2, 2, 5, 3)
    assert len(data["items"]) == 2
    assert "page=3" in data["links"]["next"] and "sort=salary" in data["links"]["next"]
    assert "page=1" in data["links"]["prev"]
    last = client.get(data["links"]["next"]).get_json()
    assert len(last["items"]) == 1 and last["links"]["next"] is None
    beyond = client.get("/api/v1/vacancies?per_page=2&page=9").get_json()
    assert beyond["items"] == [] and beyond["total"] == 5


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("corps=C", "corps"),
        ("category=engineer", "category"),
        ("body=abc", "body"),
        ("region=Atlantis", "region"),
        ("salary_min=-5", "salary_min"),
        ("salary_min=lots", "salary_min"),
        ("sort=random", "sort"),
        ("page=0", "page"),
        ("page=x", "page"),
        ("per_page=101", "per_page"),
        ("per_page=0", "per_page"),
    ],
)
def test_bad_parameters_are_a_json_400(client, query, field):
    for url in (f"/api/v1/vacancies?{query}", f"/api/v1/vacancies.csv?{query}"):
        response = client.get(url)
        assert response.status_code == 400
        body = response.get_json()
        assert body["status"] == 400 and body["errors"][field][0]


def test_document_shape(app, client):
    with app.app_context():
        body = make_body(name_ru="Министерство", name_en="Ministry")
        deadline = utcnow().replace(microsecond=0) + timedelta(days=5)
        vacancy = make_vacancy(body, deadline=deadline)
        vacancy.education_fields = "Право, экономика;\nИнформационные системы"
        vacancy.experience_rules.append(
            ExperienceRule(position=2, years=1.5, kind=ExperienceKind.FIELD)
        )
        vacancy.skills.append(VacancySkill(position=1, name="SQL", weight=1, essential=False))
        db.session.commit()
        vacancy_id = vacancy.id
    doc = client.get(f"/api/v1/vacancies/{vacancy_id}").get_json()
    assert set(doc) == DOCUMENT_KEYS
    assert doc["state_body"] == "Министерство"
    assert doc["requirements"] == {
        "education_min": "bachelor",
        "education_fields": ["Право", "экономика", "Информационные системы"],
        "experience": [
            {"years": 1, "kind": "public_service"},
            {"years": 2, "kind": "field"},
            {"years": 1.5, "kind": "field"},
        ],
    }
    assert doc["digital_skills"] == [
        {"name": "Power BI", "weight": 3, "essential": True},
        {"name": "SQL", "weight": 1, "essential": False},
    ]
    assert doc["deadline"] == deadline.isoformat() + "Z"
    assert doc["testing_date"] is None
    assert doc["url"].endswith(f"/vacancies/{vacancy_id}")
    assert "@example.kz" not in json.dumps(doc)


@pytest.mark.parametrize("status", [VacancyStatus.DRAFT, VacancyStatus.CANCELLED])
def test_hidden_document_is_a_json_404(client, vacancies, status):
    response = client.get(f"/api/v1/vacancies/{vacancies[status]}")
    assert response.status_code == 404
    assert response.get_json()["status"] == 404


def test_closed_document_is_readable(client, vacancies):
    doc = client.get(f"/api/v1/vacancies/{vacancies[VacancyStatus.CLOSED]}").get_json()
    assert doc["status"] == "closed"


def test_csv_has_bom_header_and_visible_rows(client, vacancies):
    response = client.get("/api/v1/vacancies.csv?sort=deadline")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert {row["title"] for row in rows} == {"published post", "closed post"}
    assert set(rows[0]) == SUMMARY_KEYS
    assert rows[0]["state_body"] == "Министерство цифрового развития"


def test_csv_streams_every_matching_row(app, client):
    with app.app_context():
        body = make_body()
        for n in range(250):
            make_vacancy(body, title=f"=Post {n}", corps=Corps.A if n % 2 else Corps.B)
    text = client.get("/api/v1/vacancies.csv?corps=A").data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 125
    assert all(row["corps"] == "A" for row in rows)
    assert rows[0]["title"].startswith("'=Post")


def test_openapi_describes_the_endpoints(client):
    response = client.get("/api/v1/openapi.json")
    doc = json.loads(response.data)
    assert doc["openapi"].startswith("3.1")
    assert set(doc["paths"]) == {
        "/api/v1/vacancies",
        "/api/v1/vacancies/{id}",
        "/api/v1/vacancies.csv",
        "/api/v1/openapi.json",
    }
    names = {p["name"] for p in doc["paths"]["/api/v1/vacancies"]["get"]["parameters"]}
    assert names == {
        "q",
        "corps",
        "category",
        "body",
        "region",
        "salary_min",
        "open",
        "sort",
        "page",
        "per_page",
    }
    schema = doc["components"]["schemas"]["Vacancy"]
    assert set(schema["required"]) == DOCUMENT_KEYS
    validate_openapi(doc)


def _conforms(doc: dict, name: str, instance) -> bool:
    """True when ``instance`` matches the named schema of the OpenAPI document."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
    return Draft202012Validator(schema).is_valid(instance)


def test_responses_match_the_openapi_schemas(client, vacancies):
    doc = client.get("/api/v1/openapi.json").get_json()
    listing = client.get("/api/v1/vacancies").get_json()
    one = client.get(f"/api/v1/vacancies/{vacancies[VacancyStatus.PUBLISHED]}").get_json()
    error = client.get("/api/v1/vacancies?corps=Z").get_json()
    assert _conforms(doc, "VacancyList", listing)
    assert _conforms(doc, "Vacancy", one)
    assert _conforms(doc, "Error", error)
    assert not _conforms(doc, "Vacancy", {**one, "corps": "C"})


def test_api_refuses_writes(client, vacancies):
    assert client.post("/api/v1/vacancies").status_code == 405
