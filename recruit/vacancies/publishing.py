"""Publishing, closing and cancelling announcements: the checks before a vacancy goes public."""

from flask_babel import gettext as _

from models import Vacancy, VacancyStatus, db, utcnow
from recruit import audit
from recruit.errors import NotAllowed, ValidationFailed
from recruit.vacancies import categories
from recruit.vacancies.services import (
    body_inactive_reason,
    category_corps_message,
    status_label,
)


def publish_problems(vacancy: Vacancy) -> list[tuple[str, str]]:
    """Every reason the announcement cannot be published yet, as (field, message)."""
    problems = []
    if reason := body_inactive_reason(vacancy.state_body):
        problems.append((None, reason))
    problems += _date_problems(vacancy)
    if vacancy.salary_max <= 0:
        problems.append(("salary_max", _("Enter the salary range in KZT.")))
    elif vacancy.salary_min > vacancy.salary_max:
        problems.append(("salary_min", _("The minimum salary is higher than the maximum salary.")))
    if not vacancy.duties:
        problems.append(("duties", _("List at least one duty of the position.")))
    if not vacancy.required_documents:
        problems.append(("required_documents", _("List at least one required document.")))
    if not vacancy.experience_rules:
        problems.append(("experience", _("Add at least one experience requirement.")))
    if categories.get(vacancy.category) is None:
        problems.append(
            ("category", _("%(code)s is not a category in the register.", code=vacancy.category))
        )
    elif not categories.valid_for_corps(vacancy.category, vacancy.corps):
        problems.append(("category", category_corps_message(vacancy.category, vacancy.corps)))
    return problems


def _date_problems(vacancy: Vacancy) -> list[tuple[str, str]]:
    """The deadline lies ahead; testing and interview come after it, the interview last."""
    problems = []
    deadline = vacancy.deadline
    if deadline is None:
        problems.append(("deadline", _("Set the application deadline.")))
    elif deadline <= utcnow():
        problems.append(("deadline", _("The application deadline must be in the future.")))
    if deadline and vacancy.testing_date and vacancy.testing_date <= deadline:
        problems.append(
            ("testing_date", _("The testing date must be after the application deadline."))
        )
    if deadline and vacancy.interview_date and vacancy.interview_date <= deadline:
        problems.append(
            ("interview_date", _("The interview date must be after the application deadline."))
        )
    elif (
        vacancy.testing_date
        and vacancy.interview_date
        and vacancy.interview_date <= vacancy.testing_date
    ):
        problems.append(("interview_date", _("The interview date must be after the testing date.")))
    return problems


def _require_status(vacancy: Vacancy, allowed: set[VacancyStatus], message) -> None:
    """Raise NotAllowed with ``message(status label)`` unless the status is one of ``allowed``."""
    if vacancy.status not in allowed:
        raise NotAllowed(message(status_label(vacancy.status)))


def publish_vacancy(user, vacancy: Vacancy) -> Vacancy:
    """Make a complete draft public; refuse with every problem when it is not ready."""
    _require_status(
        vacancy,
        {VacancyStatus.DRAFT},
        lambda s: _("Only a draft can be published; this vacancy is %(status)s.", status=s),
    )
    problems = publish_problems(vacancy)
    if problems:
        raise ValidationFailed(problems)
    vacancy.status = VacancyStatus.PUBLISHED
    vacancy.published_at = utcnow()
    audit.record("vacancy.publish", vacancy, actor=user)
    db.session.commit()
    return vacancy


def close_vacancy(user, vacancy: Vacancy) -> Vacancy:
    """Stop taking applications for a published vacancy."""
    _require_status(
        vacancy,
        {VacancyStatus.PUBLISHED},
        lambda s: _(
            "Only a published vacancy can be closed; this vacancy is %(status)s.", status=s
        ),
    )
    vacancy.status = VacancyStatus.CLOSED
    vacancy.closed_at = utcnow()
    audit.record("vacancy.close", vacancy, actor=user)
    db.session.commit()
    return vacancy


def cancel_vacancy(user, vacancy: Vacancy) -> Vacancy:
    """Withdraw a draft or a published announcement; the competition will not take place."""
    _require_status(
        vacancy,
        {VacancyStatus.DRAFT, VacancyStatus.PUBLISHED},
        lambda s: _(
            "Only a draft or a published vacancy can be cancelled; this vacancy is %(status)s.",
            status=s,
        ),
    )
    previous = vacancy.status.value
    vacancy.status = VacancyStatus.CANCELLED
    vacancy.closed_at = utcnow()
    audit.record("vacancy.cancel", vacancy, actor=user, previous_status=previous)
    db.session.commit()
    return vacancy
