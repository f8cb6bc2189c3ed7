"""Storage limitation: personal data of candidates not selected is erased after a period.

``RETENTION_MONTHS`` (default 12) after a competition closed, the CV files and personal data
of its applications that were not selected (or kept in the reserve) are erased with the
same routine as an erasure request; the account goes too unless the user still has a live
application. ``cleanup`` removes stored files that no document row points to.
"""

import calendar
from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import select

from models import Application, ApplicationStatus, Document, User, Vacancy, db, utcnow
from recruit import audit
from recruit.candidates.rights import anonymise_application, delete_files, erase_user_data
from recruit.storage import get_storage

KEPT_STATUSES = (ApplicationStatus.SELECTED, ApplicationStatus.RESERVE)
BATCH = 200


@dataclass(frozen=True)
class RetentionResult:
    applications: int
    accounts: int
    files: int


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to the month's end)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _expired(cutoff: datetime):
    return (
        select(Application)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(
            Application.candidate_id.is_not(None),
            Application.anonymised_at.is_(None),
            Application.status.not_in(KEPT_STATUSES),
            Vacancy.closed_at.is_not(None),
            Vacancy.closed_at <= cutoff,
        )
        .order_by(Application.id)
        .limit(BATCH)
    )


def _has_live_application(user_id: int) -> bool:
    stmt = select(Application.id).where(
        Application.candidate_id == user_id, Application.anonymised_at.is_(None)
    )
    return db.session.execute(stmt.limit(1)).first() is not None


def _apply_batch(applications: list[Application], now: datetime) -> tuple[int, list[str]]:
    """Anonymise one batch, erase accounts left without live applications; commit."""
    keys, owners = [], {a.candidate_id for a in applications}
    for application in applications:
        keys += anonymise_application(application, now, reason="retention")
    db.session.flush()
    accounts = 0
    for user_id in sorted(owners):
        if not _has_live_application(user_id):
            keys += erase_user_data(db.session.get(User, user_id), now, reason="retention")
            accounts += 1
    db.session.commit()
    delete_files(keys)
    return accounts, keys


def apply_retention(months: int | None = None, now: datetime | None = None) -> RetentionResult:
    """Erase what the retention period no longer allows to keep, in batches of ``BATCH``."""
    months = current_app.config.get("RETENTION_MONTHS", 12) if months is None else months
    now = now or utcnow()
    cutoff = months_before(now, months)
    total = accounts = files = 0
    while batch := list(db.session.execute(_expired(cutoff)).scalars()):
        erased, keys = _apply_batch(batch, now)
        total, accounts, files = total + len(batch), accounts + erased, files + len(keys)
    audit.record(
        "retention.apply", None, months=months, applications=total, accounts=accounts, files=files
    )
    db.session.commit()
    return RetentionResult(applications=total, accounts=accounts, files=files)


def remove_orphan_files(min_age_seconds: int = 600) -> int:
    """Delete stored files that no document row points to; return how many went."""
    known = set(db.session.execute(select(Document.storage_key)).scalars())
    return get_storage().remove_orphans(known, min_age_seconds=min_age_seconds)
