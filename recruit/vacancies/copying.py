"""Copying an announcement into a new draft (e.g. to announce the same position again)."""

from flask_babel import gettext as _

from models import ExperienceRule, Vacancy, VacancySkill, VacancyStatus, db
from recruit import audit
from recruit.vacancies.services import SCALAR_FIELDS, build_search_text, check_body_active

CLEARED = ("deadline", "testing_date", "interview_date")
TITLE_MAX = 300


def copy_title(title: str) -> str:
    """The title with a "(copy)" mark, shortened to fit the column."""
    mark = " " + _("(copy)")
    return title[: TITLE_MAX - len(mark)] + mark


def copy_vacancy(user, vacancy: Vacancy) -> Vacancy:
    """A new draft of the user's body with every field of ``vacancy``; the dates are cleared.

    A deactivated body gets no new drafts (NotAllowed).
    """
    check_body_active(vacancy.state_body)
    copy = Vacancy(
        state_body_id=vacancy.state_body_id, created_by_id=user.id, status=VacancyStatus.DRAFT
    )
    for name in SCALAR_FIELDS:
        value = getattr(vacancy, name)
        setattr(copy, name, list(value) if isinstance(value, list) else value)
    for name in CLEARED:
        setattr(copy, name, None)
    copy.title = copy_title(vacancy.title)
    copy.state_body = vacancy.state_body
    copy.experience_rules = [
        ExperienceRule(position=r.position, years=r.years, kind=r.kind, description=r.description)
        for r in vacancy.experience_rules
    ]
    copy.skills = [
        VacancySkill(
            position=s.position,
            name=s.name,
            skill_id=s.skill_id,
            weight=s.weight,
            essential=s.essential,
        )
        for s in vacancy.skills
    ]
    copy.search_text = build_search_text(copy)
    db.session.add(copy)
    db.session.flush()
    audit.record("vacancy.copy", copy, actor=user, source_id=vacancy.id)
    db.session.commit()
    return copy
