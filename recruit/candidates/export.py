"""The data subject's right of access: every own record as JSON and every own file, in a ZIP."""

import io
import json
import logging
import re
import zipfile
from datetime import date, datetime

from sqlalchemy import select

from models import Application, CandidateProfile, Consent, Document, Notification, User, db
from recruit import audit, crypto
from recruit.candidates.rights import own_applications, own_documents
from recruit.storage import get_storage

log = logging.getLogger(__name__)


def _row(obj, *names) -> dict:
    return {name: getattr(obj, name) for name in names}


def _profile(profile: CandidateProfile | None) -> dict | None:
    if profile is None:
        return None
    data = _row(
        profile,
        "last_name",
        "first_name",
        "patronymic",
        "name_latin",
        "citizenship",
        "phone",
        "contact_email",
        "education",
        "experience",
        "languages",
        "test_certificate_number",
        "test_certificate_date",
        "created_at",
        "updated_at",
    )
    data["iin"] = crypto.decrypt(profile.iin_ciphertext) if profile.iin_ciphertext else None
    return data


def _application(app: Application) -> dict:
    data = _row(
        app,
        "id",
        "vacancy_id",
        "code",
        "status",
        "step",
        "created_at",
        "submitted_at",
        "withdrawn_at",
        "cv_status",
        "cv_reason_code",
        "cv_language",
        "cv_profile",
        "skills",
        "declarations",
        "eligibility_outcome",
        "eligibility_rules",
        "eligibility_checked_at",
        "override_outcome",
        "override_reason",
        "override_at",
    )
    data["vacancy_title"] = app.vacancy.title
    data["history"] = [
        _row(c, "from_status", "to_status", "reason", "created_at") for c in app.history
    ]
    return data


def _safe_name(name: str) -> str:
    base = re.sub(r"[^\w.\- ]", "_", (name or "").replace("\\", "/").rsplit("/", 1)[-1])
    return base.strip(" .")[:100] or "file"


def _json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _write_json(archive: zipfile.ZipFile, name: str, data) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    archive.writestr(name, text)


def _write_files(archive: zipfile.ZipFile, documents: list[Document]) -> list[dict]:
    storage, listed = get_storage(), []
    for doc in documents:
        entry = _row(
            doc,
            "id",
            "application_id",
            "kind",
            "label",
            "original_name",
            "sha256",
            "size",
            "content_type",
            "created_at",
            "text",
        )
        entry["file"] = f"files/{doc.id}-{_safe_name(doc.original_name)}"
        try:
            archive.writestr(entry["file"], storage.read(doc.storage_key))
        except FileNotFoundError:
            log.warning("export: stored file of document %s is missing", doc.id)
            entry["file"] = None
        listed.append(entry)
    return listed


CONSENT_FIELDS = (
    "application_id",
    "text_version",
    "text_sha256",
    "language",
    "accepted_at",
    "ip",
    "withdrawn_at",
)
NOTIFICATION_FIELDS = ("subject", "body", "created_at", "read_at", "emailed_at")


def _records(user: User, applications: list[Application]) -> dict[str, object]:
    """The JSON files of the archive, by name."""
    profile = db.session.execute(
        select(CandidateProfile).where(CandidateProfile.user_id == user.id)
    ).scalar_one_or_none()
    consents = db.session.execute(select(Consent).where(Consent.user_id == user.id)).scalars()
    notes = db.session.execute(
        select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
    ).scalars()
    return {
        "account.json": _row(user, "email", "full_name", "role", "created_at", "last_login_at"),
        "profile.json": _profile(profile),
        "applications.json": [_application(a) for a in applications],
        "consents.json": [_row(c, *CONSENT_FIELDS) for c in consents],
        "notifications.json": [_row(n, *NOTIFICATION_FIELDS) for n in notes],
    }


def export_archive(user: User) -> bytes:
    """Every own record as JSON and every own stored file, in one ZIP; the export is audited."""
    applications = own_applications(user)
    documents = own_documents(user, [a.id for a in applications])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _records(user, applications).items():
            _write_json(archive, name, data)
        _write_json(archive, "documents.json", _write_files(archive, documents))
    audit.record(
        "personal_data.export",
        user,
        actor=user,
        documents=len(documents),
        applications=len(applications),
    )
    db.session.commit()
    return buffer.getvalue()
