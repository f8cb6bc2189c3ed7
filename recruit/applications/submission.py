"""Submitting and withdrawing an application: each one atomic, each safe to repeat.

Submission claims the row with a conditional ``UPDATE … WHERE status = 'draft'``: of many
simultaneous requests exactly one changes a row, and only that one writes the history entry,
the name-blind code and the audit event; the others find the application already submitted
and return it unchanged.
"""

from flask_babel import gettext as _
from sqlalchemy import select, update

from models import Application, ApplicationStatus, CVStatus, Vacancy, db
from recruit.applications import services
from recruit.applications.consent import declarations_done
from recruit.applications.documents import missing_documents
from recruit.applications.status import change_status
from recruit.errors import NotAllowed, ValidationFailed

CODE_PREFIX = "K-"
SUBMITTED_REASON = {
    "kk": "Өтінім қабылданды және талаптарға сәйкестігі тексеріледі.",
    "ru": "Заявка принята и будет проверена на соответствие требованиям.",
    "en": "The application was received and will be checked against the requirements.",
}
WITHDRAWN_REASON = {
    "kk": "Үміткер өтінімді кері қайтарды.",
    "ru": "Кандидат отозвал заявку.",
    "en": "The candidate withdrew the application.",
}


def problems(application: Application) -> list[tuple[str | None, str]]:
    """What still prevents submission, one message per missing piece."""
    found: list[tuple[str | None, str]] = []
    if application.cv_status not in (CVStatus.OK, CVStatus.NEEDS_REVIEW):
        found.append(("cv", _("Upload your CV.")))
    elif application.step < 3:
        found.append(("cv", _("Check and confirm what was read from your CV.")))
    for label in missing_documents(application):
        found.append(("documents", _("Upload the document: %(label)s.", label=label)))
    if not declarations_done(application):
        found.append(("declarations", _("Make the declarations and give your consent.")))
    return found


def _next_code(vacancy_id: int) -> str:
    """The next name-blind code of the vacancy ("K-001", …), with the vacancy row locked."""
    db.session.execute(select(Vacancy.id).where(Vacancy.id == vacancy_id).with_for_update())
    codes = db.session.execute(
        select(Application.code).where(
            Application.vacancy_id == vacancy_id, Application.code.startswith(CODE_PREFIX)
        )
    ).scalars()
    numbers = [int(c[len(CODE_PREFIX) :]) for c in codes if c[len(CODE_PREFIX) :].isdigit()]
    return f"{CODE_PREFIX}{max(numbers, default=0) + 1:03d}"


def submit(user, application: Application) -> Application:
    """Submit the draft; repeating it returns the same application with nothing added."""
    if application.status == ApplicationStatus.WITHDRAWN:
        raise NotAllowed(_("This application was withdrawn."))
    if application.status != ApplicationStatus.DRAFT:
        return application
    services.ensure_editable(application)
    if found := problems(application):
        raise ValidationFailed(found)
    when = services.now()
    claimed = db.session.execute(
        update(Application)
        .where(Application.id == application.id, Application.status == ApplicationStatus.DRAFT)
        .values(status=ApplicationStatus.SUBMITTED, submitted_at=when)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        db.session.rollback()
        db.session.refresh(application)
        if application.status == ApplicationStatus.WITHDRAWN:
            raise NotAllowed(_("This application was withdrawn."))
        return application
    application.code = _next_code(application.vacancy_id)
    application.submitted_at = when
    change_status(application, ApplicationStatus.SUBMITTED, SUBMITTED_REASON, actor=user)
    _evaluate(application)
    db.session.commit()
    return application


def _evaluate(application: Application) -> None:
    """Check eligibility in the submit transaction when the screening module is installed."""
    try:
        from recruit.screening.services import evaluate_application
    except ModuleNotFoundError as missing:
        if missing.name in ("recruit.screening", "recruit.screening.services"):
            return
        raise
    evaluate_application(application)


def withdraw(user, application: Application) -> Application:
    """Withdraw before the deadline; after it, or when already withdrawn, refuse."""
    if not services.is_open(application.vacancy):
        raise NotAllowed(services.closed_message())
    locked = db.session.execute(
        select(Application)
        .where(Application.id == application.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    if locked.status == ApplicationStatus.WITHDRAWN:
        db.session.rollback()
        raise NotAllowed(_("This application was already withdrawn."))
    try:
        change_status(locked, ApplicationStatus.WITHDRAWN, WITHDRAWN_REASON, actor=user)
    except NotAllowed:
        db.session.rollback()
        raise NotAllowed(_("This application can no longer be withdrawn.")) from None
    locked.withdrawn_at = services.now()
    db.session.commit()
    return locked
