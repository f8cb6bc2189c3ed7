"""Starting, finding and listing a candidate's applications; the deadline rule lives here.

Every time rule reads :func:`now`, so that a test can move the clock one second either side
of a deadline.
"""

from datetime import datetime

from flask import abort
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from models import Application, ApplicationStatus, Document, User, Vacancy, VacancyStatus, db
from models import utcnow as _utcnow
from recruit import audit
from recruit.applications.status import STATUS_NAMES
from recruit.errors import NotAllowed

LANGS = ("kk", "ru", "en")


def now() -> datetime:
    """The server's clock in naive UTC (tests monkeypatch this one function)."""
    return _utcnow()


def is_open(vacancy: Vacancy) -> bool:
    """True while the vacancy is published and its deadline has not passed."""
    if vacancy.status != VacancyStatus.PUBLISHED:
        return False
    return vacancy.deadline is None or now() <= vacancy.deadline


def closed_message() -> str:
    """What a candidate reads when the deadline has passed."""
    return _(
        "The application deadline has passed: applications can no longer be submitted or changed."
    )


def ensure_editable(application: Application) -> None:
    """Refuse any change to an application that is not a draft or whose deadline passed."""
    if application.status != ApplicationStatus.DRAFT:
        raise NotAllowed(_("This application has already been submitted and cannot be changed."))
    if not is_open(application.vacancy):
        raise NotAllowed(closed_message())


def get_own_application_or_404(user: User, application_id: int) -> Application:
    """The user's own application; anyone else's (or none) is a 404."""
    application = db.session.get(Application, application_id)
    if application is None or application.candidate_id != user.id:
        abort(404)
    return application


def get_applicable_vacancy_or_404(vacancy_id: int) -> Vacancy:
    """A vacancy the public can see (published or closed); drafts and cancelled are 404."""
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None or vacancy.status not in (VacancyStatus.PUBLISHED, VacancyStatus.CLOSED):
        abort(404)
    return vacancy


def _find(user: User, vacancy: Vacancy) -> Application | None:
    """The candidate's application for the vacancy, if there is one."""
    return db.session.execute(
        select(Application).where(
            Application.vacancy_id == vacancy.id, Application.candidate_id == user.id
        )
    ).scalar_one_or_none()


def start_application(user: User, vacancy: Vacancy) -> Application:
    """Create the candidate's draft for ``vacancy``, or return the one that exists.

    One application per candidate and vacancy is a database constraint: when two requests
    race, the loser rolls back and gets the winner's row.
    """
    existing = _find(user, vacancy)
    if existing is not None:
        return existing
    if not is_open(vacancy):
        raise NotAllowed(closed_message())
    application = Application(
        vacancy_id=vacancy.id,
        candidate_id=user.id,
        status=ApplicationStatus.DRAFT,
        step=1,
        cv_profile={},
        skills=[],
        declarations={},
        created_at=now(),
    )
    db.session.add(application)
    try:
        db.session.flush()
        audit.record("application.create", application, actor=user, vacancy=vacancy.id)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        application = _find(user, vacancy)
        if application is None:
            raise
    return application


def own_applications(user: User, page: int, per_page: int):
    """The user's applications, newest first, with their vacancies."""
    stmt = (
        select(Application)
        .where(Application.candidate_id == user.id)
        .options(selectinload(Application.vacancy))
        .order_by(Application.created_at.desc(), Application.id.desc())
    )
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def status_name(status: ApplicationStatus, lang: str) -> str:
    """The status as the candidate reads it, in the interface language."""
    names = STATUS_NAMES[status]
    return names.get(lang) or names["en"]


def history(application: Application, lang: str) -> list[dict]:
    """Each status change with its time and the reason in ``lang`` (English as a fallback)."""
    rows = []
    for change in application.history:
        reason = change.reason or {}
        status = ApplicationStatus(change.to_status)
        rows.append(
            {
                "at": change.created_at,
                "status": status,
                "name": status_name(status, lang),
                "reason": reason.get(lang) or reason.get("en") or "",
            }
        )
    return rows


def documents_of(application: Application, kind: str) -> list[Document]:
    """The application's stored files of one kind ("cv" or "required"), oldest first."""
    return list(
        db.session.execute(
            select(Document)
            .where(Document.application_id == application.id, Document.kind == kind)
            .order_by(Document.id)
        ).scalars()
    )
