"""What the QA passes' tests (``test_qa_*.py``) compare with the HR reading written before the
engine ran: the highest finished education, the languages with their levels, the years of the
certificates and the skills found, and the years of work."""

from datetime import date
from pathlib import Path

from nlp.components.periods import total_years
from nlp.profile import read_cv
from nlp.types import EDUCATION_LEVELS


def highest_level(profile) -> str | None:
    """The highest education level a profile holds as finished."""
    levels = [entry.level for entry in profile.education if entry.level]
    return max(levels, key=EDUCATION_LEVELS.index) if levels else None


def language_levels(profile) -> dict[str, str]:
    """Each language of a profile with its level."""
    return {skill.code: skill.level for skill in profile.languages}


def certificate_years(profile) -> list:
    """The years of a profile's certificates and courses, in order."""
    return sorted(item.year for item in profile.certifications)


def skill_ids(profile) -> set[str]:
    """The taxonomy ids of a profile's skills."""
    return {skill.id for skill in profile.skills}


def read_folder(folder: Path, names) -> dict:
    """The profile of each named text CV of a QA pass's folder."""
    return {name: read_cv((folder / name).read_text("utf-8")) for name in names}


def years(profile, today: date) -> tuple[float, float]:
    """Total and civil-service years of a profile's work, counted to ``today``."""
    jobs = profile.experience
    return total_years(jobs, today=today), total_years(jobs, public_only=True, today=today)
