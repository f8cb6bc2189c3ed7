"""The data subject's right to erasure (withdrawing consent is the same request).

Erasure removes personal data from the database and the stored files; applications stay as
anonymised statistics (no candidate, status, vacancy and dates kept). Files are deleted
after the commit, so a failed transaction never loses a file that a row still points to;
whatever a crash leaves behind, ``flask recruit cleanup`` removes.
"""

import logging
import secrets
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, or_, select, update

from models import (
    Application,
    ApplicationScore,
    CandidateProfile,
    ConflictOfInterest,
    Consent,
    Document,
    Notification,
    User,
    UserSession,
    Vote,
    db,
    utcnow,
)
from recruit import audit
from recruit.auth.passwords import verify_password
from recruit.errors import ValidationFailed
from recruit.storage import get_storage

log = logging.getLogger(__name__)
ERASED_DOMAIN = "erased.invalid"


def own_applications(user: User) -> list[Application]:
    """The user's applications that still carry their identity."""
    stmt = select(Application).where(Application.candidate_id == user.id).order_by(Application.id)
    return list(db.session.execute(stmt).scalars())


def own_documents(user: User, application_ids: list[int]) -> list[Document]:
    """Files the user uploaded or that belong to the given applications."""
    stmt = select(Document).where(
        or_(Document.owner_id == user.id, Document.application_id.in_(application_ids))
    )
    return list(db.session.execute(stmt.order_by(Document.id)).scalars())


def _delete_documents(documents: list[Document]) -> list[str]:
    keys = [doc.storage_key for doc in documents]
    for doc in documents:
        db.session.delete(doc)
    return keys


def _anonymise_consents(condition, now: datetime) -> None:
    db.session.execute(
        update(Consent)
        .where(condition)
        .values(user_id=None, ip="", withdrawn_at=db.func.coalesce(Consent.withdrawn_at, now))
    )


def _clear_texts_about(application_id: int) -> None:
    """Words others wrote about the applicant can quote them; numbers and decisions stay."""
    for model, values in (
        (ApplicationScore, {"explanation": {}}),
        (ConflictOfInterest, {"reason": ""}),
        (Vote, {"note": ""}),
    ):
        db.session.execute(
            update(model).where(model.application_id == application_id).values(**values)
        )


def anonymise_application(app: Application, now: datetime, reason: str, actor=None) -> list[str]:
    """Strip personal data from one application, keep its statistics; return file keys to delete.

    Runs in the caller's transaction. Eligibility reasons and free texts go (they can quote
    the candidate's data); outcomes, status, vacancy and dates stay.
    """
    app.cv_document_id = None
    db.session.flush()
    documents = list(
        db.session.execute(select(Document).where(Document.application_id == app.id)).scalars()
    )
    keys = _delete_documents(documents)
    _anonymise_consents(Consent.application_id == app.id, now)
    _clear_texts_about(app.id)
    app.candidate = None
    app.candidate_id = None
    app.cv_profile, app.skills, app.declarations = {}, [], {}
    app.eligibility_rules = [
        {"rule": r.get("rule"), "outcome": r.get("outcome")} for r in app.eligibility_rules or []
    ]
    app.override_reason = ""
    for change in app.history:
        change.reason = {}
    app.anonymised_at = now
    audit.record("application.anonymise", app, actor=actor, reason=reason)
    return keys


def erase_user_data(user: User, now: datetime, reason: str, actor=None) -> list[str]:
    """Erase the account's personal data in the caller's transaction; return file keys to delete."""
    keys = []
    for app in own_applications(user):
        keys += anonymise_application(app, now, reason, actor)
    db.session.flush()
    keys += _delete_documents(own_documents(user, []))
    db.session.execute(delete(CandidateProfile).where(CandidateProfile.user_id == user.id))
    db.session.execute(delete(Notification).where(Notification.user_id == user.id))
    _anonymise_consents(Consent.user_id == user.id, now)
    db.session.execute(
        update(UserSession)
        .where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    token = secrets.token_hex(8)
    user.email = f"erased-{user.id}-{token}@{ERASED_DOMAIN}"
    user.full_name = ""
    user.password_hash = f"!erased-{token}"
    user.active = False
    audit.record("account.erase", user, actor=actor, reason=reason)
    return keys


def delete_files(keys: list[str]) -> None:
    """Remove stored files after the commit; a failure leaves an orphan for ``cleanup``."""
    storage = get_storage()
    for key in keys:
        try:
            storage.delete(key)
        except OSError as e:
            log.warning("erasure: a stored file was not deleted (%s)", type(e).__name__)


WRONG_PASSWORD = _l("The password is not correct. Your account was not erased.")


def erase_account(user: User, password: str) -> None:
    """Erase the own account after checking the password (withdrawing consent does the same)."""
    if not verify_password(user.password_hash, password):
        audit.record("account.erase_refused", user, actor=user)
        db.session.commit()
        raise ValidationFailed([("password", str(WRONG_PASSWORD))])
    keys = erase_user_data(user, utcnow(), reason="request", actor=user)
    db.session.commit()
    delete_files(keys)
