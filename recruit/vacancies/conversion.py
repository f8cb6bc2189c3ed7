"""Conversion between the vacancy form and stored data: times, text areas, a vacancy as form data.

Times are entered in the configured local zone (Asia/Almaty) and stored as naive UTC.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import current_app

from models import Vacancy

DATE_FIELDS = ("deadline", "testing_date", "interview_date")


def lines(text: str | None) -> list[str]:
    """Non-empty lines of a text area, without list bullets."""
    return [ln.strip().lstrip("-•*–").strip() for ln in (text or "").splitlines() if ln.strip()]


def _zone() -> ZoneInfo:
    """The zone times are entered in (Asia/Almaty unless configured otherwise)."""
    return ZoneInfo(current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Asia/Almaty"))


def local_to_utc(value: datetime | None) -> datetime | None:
    """A time entered in Asia/Almaty as naive UTC for storage."""
    if value is None:
        return None
    return value.replace(tzinfo=_zone()).astimezone(UTC).replace(tzinfo=None)


def utc_to_local(value: datetime | None) -> datetime | None:
    """A stored naive UTC time as naive Asia/Almaty time for a form field."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC).astimezone(_zone()).replace(tzinfo=None)


def form_data(vacancy: Vacancy) -> dict:
    """The vacancy as form data (times in Asia/Almaty) for editing."""
    data = {
        name: getattr(vacancy, name)
        for name in (
            "language",
            "title",
            "structural_unit",
            "category",
            "posts",
            "education_fields",
            "languages",
            "salary_min",
            "salary_max",
            "location",
            "region",
            "hr_contact",
        )
    }
    data.update(
        corps=vacancy.corps.value,
        competition=vacancy.competition.value,
        education_min=vacancy.education_min.value,
    )
    for name in ("duties", "competencies", "required_documents"):
        data[name] = "\n".join(getattr(vacancy, name))
    for name in DATE_FIELDS:
        data[name] = utc_to_local(getattr(vacancy, name))
    data["experience"] = [
        {"years": r.years, "kind": r.kind.value, "description": r.description}
        for r in vacancy.experience_rules
    ]
    data["skills"] = [
        {"name": s.name, "weight": s.weight, "essential": "essential" if s.essential else "asset"}
        for s in vacancy.skills
    ]
    data["languages"] = [entry.partition(":")[0] for entry in vacancy.languages]
    for code, _, level in (entry.partition(":") for entry in vacancy.languages):
        data[f"level_{code}"] = level
    return data
