"""The documents a vacancy requires, and downloads of every stored file.

A file is written first (temporary name, fsync, rename), then its row is committed; when the
commit fails the file is deleted, so a failure never leaves a file without a row nor a row
without a file. A replaced or removed file is deleted only after the commit.
"""

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

from flask import abort
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from models import Application, ApplicationStatus, Document, Role, User, db
from nlp.extraction.limits import Refused
from nlp.extraction.sniff import sniff
from recruit import audit
from recruit.applications import services
from recruit.errors import ValidationFailed
from recruit.storage import StoredFile, get_storage

MAX_BYTES = 5 * 1024 * 1024
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JPEG = "image/jpeg"
PNG = "image/png"
NOT_ACCEPTED = _l("This type of file is not accepted. Upload a PDF, DOCX, JPEG or PNG file.")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|;]+')


@contextmanager
def stored(data: bytes) -> Iterator[StoredFile]:
    """Store ``data`` durably; if the block (which commits the row) fails, delete the file."""
    storage = get_storage()
    file = storage.save(data)
    try:
        yield file
    except BaseException:
        db.session.rollback()
        storage.delete(file.key)
        raise


def delete_files(keys: list[str]) -> None:
    """Delete files whose rows are gone (after the commit; a crash leaves orphans to cleanup)."""
    storage = get_storage()
    for key in keys:
        storage.delete(key)


def safe_name(name: str | None, default: str) -> str:
    """The uploaded file's base name without path, control or shell-special characters."""
    name = unicodedata.normalize("NFC", (name or "").replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE_NAME.sub("_", name).strip(" ._")
    return name[:200] or default


def read_upload(file, field: str) -> bytes:
    """The bytes of an uploaded file, refused when missing or over 5 MB."""
    data = file.read(MAX_BYTES + 1) if file else b""
    if not data:
        raise ValidationFailed([(field, _("Choose a file to upload."))])
    if len(data) > MAX_BYTES:
        raise ValidationFailed([(field, _("The file is too large. The maximum size is 5 MB."))])
    return data


def _is_docx(data: bytes) -> bool:
    """A zip whose directory lists the WordprocessingML parts (nothing is unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return {"[Content_Types].xml", "word/document.xml"} <= names


def document_type(data: bytes) -> str | None:
    """The content type of a required document by its magic bytes: PDF, DOCX, JPEG or PNG."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    try:
        kind = sniff(data)
    except Refused:
        return None
    if kind == "pdf":
        return PDF
    if kind == "docx" and _is_docx(data):
        return DOCX
    return None


def required_slots(application: Application) -> list[dict]:
    """Each document the vacancy lists, with the uploaded file (or None)."""
    uploaded = {d.label: d for d in services.documents_of(application, "required")}
    return [
        {"index": i, "label": label, "document": uploaded.get(label)}
        for i, label in enumerate(application.vacancy.required_documents or [])
    ]


def missing_documents(application: Application) -> list[str]:
    """Labels of the required documents not uploaded yet."""
    return [slot["label"] for slot in required_slots(application) if slot["document"] is None]


def new_document(user: User, application: Application, file_: StoredFile, name: str, **fields):
    """A Document row for a file just stored for ``application``."""
    return Document(
        owner_id=user.id,
        application_id=application.id,
        original_name=name,
        storage_key=file_.key,
        sha256=file_.sha256,
        size=file_.size,
        created_at=services.now(),
        **fields,
    )


def upload_document(user: User, application: Application, index: int, file) -> Document:
    """Store the file for the ``index``-th required document, replacing an earlier one."""
    services.ensure_editable(application)
    labels = application.vacancy.required_documents or []
    if not 0 <= index < len(labels):
        abort(404)
    data = read_upload(file, "file")
    content_type = document_type(data)
    if content_type is None:
        raise ValidationFailed([("file", str(NOT_ACCEPTED))])
    old = [d for d in services.documents_of(application, "required") if d.label == labels[index]]
    with stored(data) as file_:
        document = new_document(
            user,
            application,
            file_,
            safe_name(file.filename, "document"),
            kind="required",
            label=labels[index],
            content_type=content_type,
        )
        db.session.add(document)
        for row in old:
            db.session.delete(row)
        _advance(application)
        db.session.flush()
        audit.record(
            "application.document_upload",
            document,
            actor=user,
            application=application.id,
            replaced=len(old),
        )
        db.session.commit()
    delete_files([row.storage_key for row in old])
    return document


def _advance(application: Application) -> None:
    """Move the wizard past the documents step once every listed document is there."""
    db.session.flush()
    if application.step >= 3 and not missing_documents(application):
        application.step = max(application.step, 4)


def get_own_document_or_404(user: User, application: Application, document_id: int) -> Document:
    """A required document of the user's own application; anything else is a 404."""
    document = db.session.get(Document, document_id)
    if document is None or document.application_id != application.id or document.kind != "required":
        abort(404)
    if document.owner_id != user.id:
        abort(404)
    return document


def remove_document(user: User, application: Application, document: Document) -> None:
    """Delete an uploaded document before submission (row first, then the file)."""
    services.ensure_editable(application)
    key = document.storage_key
    audit.record("application.document_remove", document, actor=user, application=application.id)
    db.session.delete(document)
    db.session.commit()
    delete_files([key])


def can_download(user: User, document: Document) -> bool:
    """Who may download a stored file: its owner, and HR of the vacancy's state body once the
    application is submitted. Extend here for other readers (such as the assigned commission).
    """
    if not user.is_authenticated:
        return False
    if document.owner_id is not None and document.owner_id == user.id:
        return True
    application = document.application
    if application is None or application.status == ApplicationStatus.DRAFT:
        return False
    return (
        user.role == Role.HR
        and user.state_body_id is not None
        and user.state_body_id == application.vacancy.state_body_id
    )


def open_download(user: User, document_id: int) -> tuple[Document, bytes]:
    """The document and its bytes for an allowed reader (404 otherwise); always audited."""
    document = db.session.get(Document, document_id)
    if document is None or not can_download(user, document):
        abort(404)
    try:
        data = get_storage().read(document.storage_key)
    except (FileNotFoundError, ValueError):
        abort(404)
    audit.record(
        "personal_data.download",
        document,
        actor=user,
        field=document.kind,
        own=document.owner_id == user.id,
    )
    db.session.commit()
    return document, data


def cv_document(application: Application) -> Document | None:
    """The application's current CV file, if one was accepted."""
    if application.cv_document_id is None:
        return None
    return db.session.execute(
        select(Document).where(Document.id == application.cv_document_id)
    ).scalar_one_or_none()
