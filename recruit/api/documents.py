"""Vacancies as open-data documents: no personal data, times in UTC with a ``Z``."""

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import datetime

from flask import url_for

from models import Vacancy
from nlp.vacancy_fields import split_fields
from recruit.public.search import body_name

SUMMARY_FIELDS = (
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
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def iso_utc(value: datetime | None) -> str | None:
    """A naive UTC datetime as ISO 8601 with ``Z`` (whole seconds), or None."""
    if value is None:
        return None
    return value.replace(microsecond=0).isoformat() + "Z"


def _years(value: float) -> int | float:
    """Whole years as an int (``1``, not ``1.0``), fractions as they are."""
    return int(value) if float(value).is_integer() else float(value)


def vacancy_document(vacancy: Vacancy) -> dict:
    """The VACANCY.json document of DESIGN.md plus the announcement's public details."""
    return {
        "id": vacancy.id,
        "status": vacancy.status.value,
        "title": vacancy.title,
        "state_body": vacancy.state_body.name(vacancy.language),
        "structural_unit": vacancy.structural_unit,
        "corps": vacancy.corps.value,
        "category": vacancy.category,
        "competition": vacancy.competition.value,
        "posts": vacancy.posts,
        "duties": list(vacancy.duties),
        "requirements": {
            "education_min": vacancy.education_min.value,
            "education_fields": list(split_fields(vacancy.education_fields or "")),
            "experience": [
                {"years": _years(rule.years), "kind": rule.kind.value}
                for rule in vacancy.experience_rules
            ],
        },
        "competencies": list(vacancy.competencies),
        "digital_skills": [
            {"name": s.name, "weight": s.weight, "essential": s.essential} for s in vacancy.skills
        ],
        "languages": list(vacancy.languages),
        "salary_min": vacancy.salary_min,
        "salary_max": vacancy.salary_max,
        "location": vacancy.location,
        "region": vacancy.region,
        "required_documents": list(vacancy.required_documents),
        "deadline": iso_utc(vacancy.deadline),
        "testing_date": iso_utc(vacancy.testing_date),
        "interview_date": iso_utc(vacancy.interview_date),
        "published_at": iso_utc(vacancy.published_at),
        "hr_contact": vacancy.hr_contact,
        "url": url_for("public.vacancy", vacancy_id=vacancy.id, _external=True),
    }


def summary_item(row) -> dict:
    """One search row as a list item (the state body named in the announcement's language)."""
    return {
        "id": row.id,
        "status": row.status.value,
        "title": row.title,
        "state_body": body_name(row, row.language),
        "structural_unit": row.structural_unit,
        "corps": row.corps.value,
        "category": row.category,
        "competition": row.competition.value,
        "posts": row.posts,
        "salary_min": row.salary_min,
        "salary_max": row.salary_max,
        "location": row.location,
        "region": row.region,
        "deadline": iso_utc(row.deadline),
        "published_at": iso_utc(row.published_at),
        "url": url_for("public.vacancy", vacancy_id=row.id, _external=True),
    }


def _cell(value):
    """A CSV cell; text that a spreadsheet would run as a formula is quoted with ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_chunks(rows: Iterable, batch: int = 200) -> Iterator[str]:
    """The CSV export: a BOM for Excel, a header row, then the rows in chunks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(SUMMARY_FIELDS)
    for n, row in enumerate(rows, 1):
        item = summary_item(row)
        writer.writerow([_cell(item[name]) for name in SUMMARY_FIELDS])
        if n % batch == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
