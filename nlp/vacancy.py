"""The VACANCY.json document (as ``GET /api/v1/vacancies/<id>`` returns it) as a frozen dataclass.

Skills may be named by taxonomy id or by any alias; names the taxonomy does not know are kept
(``VacancySkill.id`` is None) and reported, never a crash. The plain fields (numbers, lists,
languages, deadline) are read by ``nlp.vacancy_fields``, which also defines ``VacancyError``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nlp.types import EDUCATION_LEVELS
from nlp.vacancy_fields import (
    VacancyError,
    read_deadline,
    read_education_fields,
    read_languages,
    read_number,
    read_strings,
)

EXPERIENCE_KINDS = ("public_service", "field", "managerial")
TRANSLATION_LANGUAGES = ("kk", "ru", "en")
CATEGORY_RE = re.compile(r"^[A-E](-[A-Z])?-\d{1,2}$")
CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


@dataclass(frozen=True, slots=True)
class ExperienceRule:
    """One alternative of the experience requirement: ``years`` of ``kind`` experience."""

    years: float
    kind: str


@dataclass(frozen=True, slots=True)
class VacancySkill:
    """A digital skill the vacancy asks for; ``id`` is None when the taxonomy does not know it."""

    name: str
    id: str | None
    weight: int = 1
    essential: bool = False


@dataclass(frozen=True, slots=True)
class Translation:
    """The announcement's title and duties as published in another language."""

    language: str
    title: str
    duties: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the score components; the ranker normalises them to sum to one."""

    skills: float = 0.5
    potential: float = 0.3
    fit: float = 0.2


@dataclass(frozen=True, slots=True)
class Bands:
    """Lower thresholds of the "best qualified" and "well qualified" bands."""

    best: float = 0.70
    well: float = 0.50


@dataclass(frozen=True, slots=True)
class Vacancy:
    """A vacancy announcement with its qualification requirements and ranking settings."""

    title: str
    state_body: str = ""
    corps: str = "B"
    category: str = ""
    competition: str = "general"
    duties: tuple[str, ...] = ()
    education_min: str | None = None
    experience: tuple[ExperienceRule, ...] = ()
    digital_skills: tuple[VacancySkill, ...] = ()
    languages: tuple[str, ...] = ()
    education_fields: tuple[str, ...] = ()
    salary_min: int | None = None
    salary_max: int | None = None
    location: str = ""
    weights: Weights = Weights()
    bands: Bands = Bands()
    deadline: date | None = None
    field_keywords: tuple[str, ...] = ()
    translations: tuple[Translation, ...] = ()
    taxonomy_version: str | None = None

    @property
    def unknown_skills(self) -> tuple[str, ...]:
        """Names of required skills that the taxonomy could not resolve."""
        return tuple(s.name for s in self.digital_skills if s.id is None)

    def language_requirements(self) -> tuple[tuple[str, str | None], ...]:
        """(code, CEFR level or None) of each required language: "en:B2" → ("en", "B2")."""
        return tuple(
            (code, level or None) for code, _, level in (e.partition(":") for e in self.languages)
        )

    def announcement_texts(self) -> tuple[tuple[str, str | None], ...]:
        """(text, language) of the announcement as published, then of each translation.

        The fit component compares CVs with these: title, duties, skill names, keywords.
        The language of the main text is None (to be detected); translations carry theirs.
        """
        shared = [*(s.name for s in self.digital_skills), *self.field_keywords]
        main = ("\n".join([self.title, *self.duties, *shared]), None)
        return (
            main,
            *(("\n".join([t.title, *t.duties, *shared]), t.language) for t in self.translations),
        )


def _taxonomy_resolver() -> tuple[Callable[[str], str | None], str]:
    """The shared taxonomy's alias resolver and its version."""
    from nlp import taxonomy

    tax = taxonomy.load()
    return tax.resolve, tax.version


def _experience(requirements: Mapping) -> tuple[ExperienceRule, ...]:
    """The experience alternatives of the requirements block."""
    rules = []
    for i, item in enumerate(requirements.get("experience") or ()):
        if not isinstance(item, Mapping):
            raise VacancyError(f"requirements.experience[{i}]: expected an object")
        kind = item.get("kind", "field")
        if kind not in EXPERIENCE_KINDS:
            raise VacancyError(f"requirements.experience[{i}].kind: one of {EXPERIENCE_KINDS}")
        years = read_number(item, "years", 0.0)
        if years is None or years < 0:
            raise VacancyError(f"requirements.experience[{i}].years: a non-negative number")
        rules.append(ExperienceRule(years=years, kind=kind))
    return tuple(rules)


def _skills(items, resolve: Callable[[str], str | None]) -> tuple[VacancySkill, ...]:
    """The required digital skills, resolved to taxonomy ids where possible."""
    skills = []
    for i, item in enumerate(items or ()):
        if isinstance(item, str):
            item = {"name": item}
        name = item.get("name") if isinstance(item, Mapping) else None
        if not isinstance(name, str) or not name.strip():
            raise VacancyError(f"digital_skills[{i}].name: a non-empty string")
        weight = read_number(item, "weight", 1, int)
        if weight not in (1, 2, 3):
            raise VacancyError(f"digital_skills[{i}].weight: 1, 2 or 3")
        essential = bool(item.get("essential", False))
        skills.append(VacancySkill(name.strip(), resolve(name.strip()), weight, essential))
    return tuple(skills)


def _settings(doc: Mapping) -> tuple[Weights, Bands]:
    """Optional per-vacancy component weights and band thresholds."""
    w, b = doc.get("weights") or {}, doc.get("bands") or {}
    if not isinstance(w, Mapping) or not isinstance(b, Mapping):
        raise VacancyError("weights and bands: expected objects")
    weights = Weights(
        *(read_number(w, k, d) for k, d in (("skills", 0.5), ("potential", 0.3), ("fit", 0.2)))
    )
    if (
        min(weights.skills, weights.potential, weights.fit) < 0
        or sum((weights.skills, weights.potential, weights.fit)) <= 0
    ):
        raise VacancyError("weights: non-negative numbers with a positive sum")
    bands = Bands(read_number(b, "best", 0.70), read_number(b, "well", 0.50))
    if not 0 <= bands.well <= bands.best <= 1:
        raise VacancyError("bands: 0 <= well <= best <= 1")
    return weights, bands


def _translations(doc: Mapping) -> tuple[Translation, ...]:
    """Optional {"kk"|"ru"|"en": {"title", "duties"}} versions of the announcement."""
    value = doc.get("translations") or {}
    if not isinstance(value, Mapping):
        raise VacancyError("translations: expected an object keyed by language")
    out = []
    for lang in sorted(value):
        item = value[lang]
        if lang not in TRANSLATION_LANGUAGES or not isinstance(item, Mapping):
            raise VacancyError(f"translations.{lang}: a {{title, duties}} object in kk, ru or en")
        title = item.get("title")
        if not isinstance(title, str) or not title.strip():
            raise VacancyError(f"translations.{lang}.title: a non-empty string")
        out.append(Translation(lang, title.strip(), read_strings(item, "duties")))
    return tuple(out)


def parse_vacancy(
    doc: Mapping,
    resolve: Callable[[str], str | None] | None = None,
    taxonomy_version: str | None = None,
) -> Vacancy:
    """Build a Vacancy from the JSON document; skills resolve through the shared taxonomy."""
    if not isinstance(doc, Mapping):
        raise VacancyError("the vacancy document must be a JSON object")
    if resolve is None:
        resolve, taxonomy_version = _taxonomy_resolver()
    title = doc.get("title")
    if not isinstance(title, str) or not title.strip():
        raise VacancyError("title: a non-empty string")
    category = doc.get("category") or ""
    if category and not CATEGORY_RE.match(category):
        raise VacancyError(f"category: {category!r} is not a category code like C-4")
    requirements = doc.get("requirements") or {}
    if not isinstance(requirements, Mapping):
        raise VacancyError("requirements: expected an object")
    education_min = requirements.get("education_min")
    if education_min is not None and education_min not in EDUCATION_LEVELS:
        raise VacancyError(f"requirements.education_min: one of {EDUCATION_LEVELS}")
    weights, bands = _settings(doc)
    return Vacancy(
        title=title.strip(),
        state_body=str(doc.get("state_body") or ""),
        corps=str(doc.get("corps") or "B"),
        category=category,
        competition=str(doc.get("competition") or "general"),
        duties=read_strings(doc, "duties"),
        education_min=education_min,
        education_fields=read_education_fields(requirements),
        experience=_experience(requirements),
        digital_skills=_skills(doc.get("digital_skills"), resolve),
        languages=read_languages(doc),
        salary_min=read_number(doc, "salary_min", None, int),
        salary_max=read_number(doc, "salary_max", None, int),
        location=str(doc.get("location") or ""),
        weights=weights,
        bands=bands,
        deadline=read_deadline(doc),
        field_keywords=read_strings(doc, "field_keywords"),
        translations=_translations(doc),
        taxonomy_version=taxonomy_version,
    )


def load_vacancy(path: str | Path, **kwargs) -> Vacancy:
    """Read and parse a VACANCY.json file; unreadable JSON is a VacancyError."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise VacancyError(f"{path}: cannot read the vacancy document: {e}") from e
    return parse_vacancy(doc, **kwargs)
