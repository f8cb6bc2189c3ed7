"""The OpenAPI 3.1 description of the open-data API (kept next to the code it describes)."""

from recruit.api.documents import SUMMARY_FIELDS
from recruit.public.search import SORTS
from recruit.vacancies.regions import REGION_CODES

_STRING = {"type": "string"}
_INT = {"type": "integer"}
_TIME = {"type": ["string", "null"], "format": "date-time", "description": "UTC, ends in Z"}
_STRINGS = {"type": "array", "items": _STRING}


def _param(name: str, schema: dict, description: str) -> dict:
    """An optional query parameter."""
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


FILTERS = [
    _param(
        "q",
        {"type": "string", "maxLength": 200},
        "Words that must all occur in the title, duties or skills (case-insensitive).",
    ),
    _param("corps", {"type": "string", "enum": ["A", "B"]}, "Civil-service corps."),
    _param(
        "category",
        {"type": "string", "pattern": r"^[A-E](-[A-Z])?-\d{1,2}$"},
        "Position category code, e.g. C-4.",
    ),
    _param("body", {"type": "integer", "minimum": 1}, "State body id."),
    _param(
        "region",
        {"type": "string", "enum": sorted(REGION_CODES)},
        "Region of the duty location (city of republican significance or oblast).",
    ),
    _param(
        "salary_min",
        {"type": "integer", "minimum": 0},
        "Only vacancies whose maximum salary (KZT) is at least this.",
    ),
    _param(
        "open",
        {"type": "boolean"},
        "true: only published vacancies whose deadline is in the future.",
    ),
    _param(
        "sort",
        {"type": "string", "enum": list(SORTS), "default": "newest"},
        "newest (published), deadline (closing soonest first) or salary (highest first).",
    ),
]
PAGING = [
    _param("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number."),
    _param(
        "per_page",
        {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
        "Items per page.",
    ),
]

_SUMMARY_TYPES = {
    "id": _INT,
    "posts": _INT,
    "salary_min": _INT,
    "salary_max": _INT,
    "status": {"type": "string", "enum": ["published", "closed"]},
    "corps": {"type": "string", "enum": ["A", "B"]},
    "competition": {"type": "string", "enum": ["general", "internal"]},
    "deadline": _TIME,
    "published_at": _TIME,
    "url": {"type": "string", "format": "uri"},
}
SUMMARY = {
    "type": "object",
    "required": list(SUMMARY_FIELDS),
    "properties": {name: _SUMMARY_TYPES.get(name, _STRING) for name in SUMMARY_FIELDS},
}
_REQUIREMENTS = {
    "type": "object",
    "required": ["education_min", "experience"],
    "properties": {
        "education_min": {
            "type": "string",
            "enum": ["secondary", "vocational", "bachelor", "master", "doctorate"],
        },
        "experience": {
            "type": "array",
            "description": "Alternatives: any one rule satisfied is enough.",
            "items": {
                "type": "object",
                "required": ["years", "kind"],
                "properties": {
                    "years": {"type": "number", "minimum": 0},
                    "kind": {"type": "string", "enum": ["public_service", "field", "managerial"]},
                },
            },
        },
        "education_fields": {
            **_STRINGS,
            "description": "Fields of education the post accepts; a CV's field that does not "
            "plainly match one goes to a person (equivalence of specialties).",
        },
    },
}
_SKILL = {
    "type": "object",
    "required": ["name", "weight", "essential"],
    "properties": {
        "name": _STRING,
        "weight": {"type": "integer", "minimum": 1, "maximum": 3},
        "essential": {"type": "boolean"},
    },
}
_DOCUMENT_PROPERTIES = {
    **SUMMARY["properties"],
    "duties": _STRINGS,
    "requirements": _REQUIREMENTS,
    "competencies": _STRINGS,
    "digital_skills": {"type": "array", "items": _SKILL},
    "languages": {
        **_STRINGS,
        "description": 'ISO 639-1 codes, optionally with a required CEFR level: "kk", "en:B2".',
    },
    "required_documents": _STRINGS,
    "testing_date": _TIME,
    "interview_date": _TIME,
    "hr_contact": {"type": "string", "description": "The HR office's contact, not a person's."},
}
DOCUMENT = {
    "type": "object",
    "description": "The vacancy document of the nlp command line (`python -m nlp rank`).",
    "required": list(_DOCUMENT_PROPERTIES),
    "properties": _DOCUMENT_PROPERTIES,
}
_LINK = {"type": ["string", "null"], "format": "uri"}
LIST = {
    "type": "object",
    "required": ["items", "page", "per_page", "total", "pages", "links"],
    "properties": {
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/VacancySummary"}},
        "page": _INT,
        "per_page": _INT,
        "total": _INT,
        "pages": _INT,
        "links": {"type": "object", "properties": {"self": _LINK, "next": _LINK, "prev": _LINK}},
    },
}
ERROR = {
    "type": "object",
    "required": ["error", "status"],
    "properties": {
        "error": _STRING,
        "status": _INT,
        "errors": {
            "type": "object",
            "additionalProperties": _STRINGS,
            "description": "Messages per parameter.",
        },
    },
}


def _json(ref: str, description: str) -> dict:
    """A JSON response whose body is the named component schema."""
    schema = {"$ref": f"#/components/schemas/{ref}"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _get(operation_id: str, summary: str, responses: dict, parameters=()) -> dict:
    """A path item with one GET operation."""
    get = {"operationId": operation_id, "summary": summary, "responses": responses}
    if parameters:
        get["parameters"] = list(parameters)
    return {"get": get}


def _paths() -> dict:
    """The four read-only endpoints."""
    bad = _json("Error", "A parameter is invalid; `errors` says which and why.")
    csv_ok = {
        "description": "CSV with the VacancySummary columns.",
        "content": {"text/csv": {"schema": _STRING}},
    }
    spec_ok = {
        "description": "OpenAPI 3.1",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    vacancy_id = {"name": "id", "in": "path", "required": True, "schema": _INT}
    return {
        "/api/v1/vacancies": _get(
            "listVacancies",
            "Search published and closed vacancies",
            {"200": _json("VacancyList", "A page of vacancies."), "400": bad},
            FILTERS + PAGING,
        ),
        "/api/v1/vacancies/{id}": _get(
            "getVacancy",
            "One vacancy announcement",
            {
                "200": _json("Vacancy", "The vacancy document."),
                "404": _json("Error", "No published or closed vacancy has this id."),
            },
            [vacancy_id],
        ),
        "/api/v1/vacancies.csv": _get(
            "exportVacancies",
            "Every matching vacancy as CSV (UTF-8 with BOM, header row)",
            {"200": csv_ok, "400": bad},
            FILTERS,
        ),
        "/api/v1/openapi.json": _get("getOpenApi", "This document", {"200": spec_ok}),
    }


def openapi_document() -> dict:
    """The whole OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Recruit open data",
            "version": "1.0.0",
            "description": "Published and closed civil-service vacancies of the Republic of "
            "Kazakhstan. Read-only; no personal data; times in UTC.",
        },
        "paths": _paths(),
        "components": {
            "schemas": {
                "VacancySummary": SUMMARY,
                "Vacancy": DOCUMENT,
                "VacancyList": LIST,
                "Error": ERROR,
            }
        },
    }
