"""The legal declarations and the versioned consent to personal-data processing.

The consent text is data (``recruit/data/consent_v1.json``); the exact text shown, with the
operator, vacancy and retention period filled in, is hashed and stored with its version,
language, time and address.
"""

import functools
import hashlib
import json
from pathlib import Path

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from models import Application, Consent, User, db
from recruit import audit
from recruit.applications import services
from recruit.errors import ValidationFailed

CONSENT_FILE = Path(__file__).resolve().parent.parent / "data" / "consent_v1.json"
DECLARATIONS = ("citizenship_kz", "no_criminal_record", "medically_fit", "truthful")
DECLARATION_TEXTS = {
    "citizenship_kz": _l("I am a citizen of the Republic of Kazakhstan."),
    "no_criminal_record": _l("I have no criminal record that bars entry to the civil service."),
    "medically_fit": _l("My health allows me to work in the civil service."),
    "truthful": _l("Everything I have stated and uploaded is true and complete."),
}


@functools.cache
def _consent_data() -> dict:
    """The versioned consent texts (read once)."""
    return json.loads(CONSENT_FILE.read_text(encoding="utf-8"))


def consent_version() -> str:
    """The version of the consent text shown now."""
    return _consent_data()["version"]


def consent_text(application: Application, lang: str) -> str:
    """The consent text for this vacancy in ``lang``, exactly as the candidate reads it."""
    data = _consent_data()
    template = data["texts"].get(lang) or data["texts"]["en"]
    vacancy = application.vacancy
    return template.format(
        version=data["version"],
        body=vacancy.state_body.name(lang),
        vacancy=vacancy.title,
        months=current_app.config.get("RETENTION_MONTHS", 12),
    )


def current_consent(application: Application) -> Consent | None:
    """The consent given for this application, if any (the latest one)."""
    return db.session.execute(
        select(Consent)
        .where(Consent.application_id == application.id, Consent.withdrawn_at.is_(None))
        .order_by(Consent.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def declarations_done(application: Application) -> bool:
    """Every declaration made and the consent given."""
    made = application.declarations or {}
    return all(made.get(name) is True for name in DECLARATIONS) and (
        current_consent(application) is not None
    )


def _refusals(data: dict, version: str) -> list[tuple[str | None, str]]:
    """A message for every declaration not made, a missing consent or an outdated text."""
    missing: list[tuple[str | None, str]] = [
        (name, str(_l("This declaration is required to apply.")))
        for name in DECLARATIONS
        if data.get(name) is not True
    ]
    if data.get("consent") is not True:
        missing.append(
            (
                "consent",
                str(_l("You must consent to the processing of your personal data to apply.")),
            )
        )
    if version != consent_version():
        missing.append((None, str(_l("The consent text has changed. Read it again and confirm."))))
    return missing


def save_declarations(
    user: User, application: Application, data: dict, lang: str, version: str, ip: str
) -> Consent:
    """Record the declarations and the consent to the exact text shown in ``lang``."""
    services.ensure_editable(application)
    if missing := _refusals(data, version):
        raise ValidationFailed(missing)
    when = services.now()
    application.declarations = {name: True for name in DECLARATIONS} | {"at": when.isoformat()}
    text = consent_text(application, lang)
    consent = Consent(
        user_id=user.id,
        application_id=application.id,
        text_version=version,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        language=lang,
        accepted_at=when,
        ip=(ip or "")[:45],
    )
    db.session.add(consent)
    if application.step >= 4:
        application.step = 5
    db.session.flush()
    audit.record(
        "application.consent",
        consent,
        actor=user,
        application=application.id,
        version=version,
        language=lang,
    )
    db.session.commit()
    return consent
