"""Drafting vacancies: create and update a body's announcements, keep their search text."""

from flask import abort
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models import (
    Competition,
    Corps,
    EducationLevel,
    ExperienceKind,
    ExperienceRule,
    Vacancy,
    VacancySkill,
    VacancyStatus,
    db,
)
from recruit import audit
from recruit.errors import NotAllowed, ValidationFailed
from recruit.vacancies import categories

SCALAR_FIELDS = (
    "language",
    "title",
    "structural_unit",
    "corps",
    "category",
    "competition",
    "posts",
    "duties",
    "education_min",
    "education_fields",
    "competencies",
    "languages",
    "salary_min",
    "salary_max",
    "location",
    "region",
    "required_documents",
    "deadline",
    "testing_date",
    "interview_date",
    "hr_contact",
)
ENUMS = {
    "corps": Corps,
    "competition": Competition,
    "education_min": EducationLevel,
}


def get_own_vacancy_or_404(vacancy_id: int) -> Vacancy:
    """The vacancy when it belongs to the current user's state body; 404 otherwise."""
    vacancy = db.session.execute(
        select(Vacancy)
        .where(Vacancy.id == vacancy_id)
        .options(selectinload(Vacancy.experience_rules), selectinload(Vacancy.skills))
    ).scalar_one_or_none()
    body_id = getattr(current_user, "state_body_id", None)
    if vacancy is None or body_id is None or vacancy.state_body_id != body_id:
        abort(404)
    return vacancy


def own_vacancies(user, status: VacancyStatus | None, page: int, per_page: int):
    """One page of the user's body's vacancies, newest first, optionally of one status."""
    query = select(Vacancy).where(Vacancy.state_body_id == user.state_body_id)
    if status is not None:
        query = query.where(Vacancy.status == status)
    query = query.order_by(Vacancy.updated_at.desc(), Vacancy.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def status_counts(user) -> dict[VacancyStatus, int]:
    """How many of the body's vacancies are in each status (zero included)."""
    rows = db.session.execute(
        select(Vacancy.status, func.count())
        .where(Vacancy.state_body_id == user.state_body_id)
        .group_by(Vacancy.status)
    ).all()
    counts = dict.fromkeys(VacancyStatus, 0)
    counts.update({VacancyStatus(status): n for status, n in rows})
    return counts


def resolve_skill(name: str) -> str | None:
    """The taxonomy id for a skill name, or None (kept as free text) when unknown."""
    try:
        from nlp.taxonomy import load
    except ImportError:
        return None
    found = load().resolve(name)
    if found is None or isinstance(found, str):
        return found
    return getattr(found, "id", None)


def build_search_text(vacancy: Vacancy) -> str:
    """Lower-cased text the public search matches: title, unit, duties, body, skills, place."""
    body = vacancy.state_body
    parts = [vacancy.title, vacancy.structural_unit, *vacancy.duties, vacancy.location]
    if body is not None:
        parts += [body.name_kk, body.name_ru, body.name_en]
    parts += [skill.name for skill in vacancy.skills]
    return " ".join(p.strip() for p in parts if p and p.strip()).lower()


def fill_vacancy(vacancy: Vacancy, data: dict) -> None:
    """Copy the announcement ``data`` onto the vacancy, its rows and its search text."""
    for name in SCALAR_FIELDS:
        if name in data:
            value = data[name]
            setattr(vacancy, name, ENUMS[name](value) if name in ENUMS else value)
    vacancy.category = (vacancy.category or "").strip().upper()
    vacancy.experience_rules = [
        ExperienceRule(
            position=i,
            years=row["years"],
            kind=ExperienceKind(row["kind"]),
            description=row.get("description", ""),
        )
        for i, row in enumerate(data.get("experience", []))
    ]
    vacancy.skills = [
        VacancySkill(
            position=i,
            name=row["name"],
            skill_id=resolve_skill(row["name"]),
            weight=row["weight"],
            essential=row["essential"],
        )
        for i, row in enumerate(data.get("skills", []))
    ]
    vacancy.search_text = build_search_text(vacancy)


def check_draft(data: dict) -> None:
    """Business rules every saved draft keeps: a known category of its corps, some experience."""
    errors = []
    code = (data.get("category") or "").strip().upper()
    category = categories.get(code)
    if category is None:
        errors.append(("category", _("%(code)s is not a category in the register.", code=code)))
    elif category.corps != Corps(data["corps"]):
        errors.append(("category", category_corps_message(code, data["corps"])))
    if not data.get("experience"):
        errors.append(("experience", _("Add at least one experience requirement.")))
    if errors:
        raise ValidationFailed(errors)


def category_corps_message(code: str, corps) -> str:
    """The refusal when a category code does not belong to the chosen corps."""
    if Corps(corps) == Corps.A:
        return _("Category %(code)s is not a corps A category: corps A uses A-codes.", code=code)
    return _("Category %(code)s is not a corps B category: corps B uses B to E codes.", code=code)


def body_inactive_reason(body) -> str | None:
    """Why the state body may not create or publish vacancies (it is deactivated), or None."""
    if body is None or body.active:
        return None
    return _(
        "Your state body is deactivated: it can no longer create or publish vacancies. "
        "Contact the administrator of the system."
    )


def check_body_active(body) -> None:
    """Refuse a new vacancy (created or copied) for a deactivated state body."""
    if reason := body_inactive_reason(body):
        raise NotAllowed(reason)


def create_vacancy(user, data: dict) -> Vacancy:
    """Save a new draft for the user's state body (an active one)."""
    if user.state_body_id is None:
        raise NotAllowed(_("Your account is not attached to a state body."))
    check_body_active(user.state_body)
    check_draft(data)
    vacancy = Vacancy(
        state_body_id=user.state_body_id, created_by_id=user.id, status=VacancyStatus.DRAFT
    )
    vacancy.state_body = user.state_body
    fill_vacancy(vacancy, data)
    db.session.add(vacancy)
    db.session.flush()
    audit.record("vacancy.create", vacancy, actor=user, category=vacancy.category)
    db.session.commit()
    return vacancy


def update_vacancy(user, vacancy: Vacancy, data: dict) -> Vacancy:
    """Change a draft; published, closed and cancelled announcements stay as they are."""
    if vacancy.status != VacancyStatus.DRAFT:
        raise NotAllowed(not_a_draft_message(vacancy))
    check_draft(data)
    before = snapshot(vacancy)
    fill_vacancy(vacancy, data)
    changed = sorted(k for k, v in snapshot(vacancy).items() if before.get(k) != v)
    audit.record("vacancy.update", vacancy, actor=user, fields=changed)
    db.session.commit()
    return vacancy


def not_a_draft_message(vacancy: Vacancy) -> str:
    """Why a non-draft announcement cannot be edited, and what to do instead."""
    return _(
        "Only drafts can be edited. This vacancy is %(status)s; copy it to prepare a new "
        "announcement.",
        status=status_label(vacancy.status),
    )


def status_label(status: VacancyStatus) -> str:
    """The status in the interface language."""
    return {
        VacancyStatus.DRAFT: _("a draft"),
        VacancyStatus.PUBLISHED: _("published"),
        VacancyStatus.CLOSED: _("closed"),
        VacancyStatus.CANCELLED: _("cancelled"),
    }[status]


def snapshot(vacancy: Vacancy) -> dict:
    """Comparable values of every announcement field (for the audit's list of changes)."""
    values = {name: getattr(vacancy, name) for name in SCALAR_FIELDS}
    values["experience"] = [(r.years, r.kind, r.description) for r in vacancy.experience_rules]
    values["skills"] = [(s.name, s.weight, s.essential) for s in vacancy.skills]
    return values
