"""The candidate's profile: business rules, one transaction per use case, and the CV prefill.

The IIN is personal data of the most sensitive kind: it is stored encrypted, shown masked,
and only field names (never values) reach the audit log.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale
from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from models import CandidateProfile, User, db
from nlp.iin import is_valid_iin
from recruit import audit, crypto
from recruit.candidates.profile_data import (
    EDUCATION_KEYS,
    IIN_INVALID,
    LANGUAGE_KEYS,
    LEVEL_KEYS,
    MONTH_FORM,
    PHONE_INVALID,
    normalise_phone,
)
from recruit.errors import ValidationFailed

PLAIN_FIELDS = (
    "last_name",
    "first_name",
    "patronymic",
    "name_latin",
    "citizenship",
    "phone",
    "contact_email",
    "test_certificate_number",
    "test_certificate_date",
    "education",
    "experience",
    "languages",
)


@dataclass(frozen=True)
class CertificateStatus:
    """Whether the legislation-test certificate is valid on ``today`` and until when."""

    valid: bool
    until: date


def _find_profile(user: User) -> CandidateProfile | None:
    return db.session.execute(
        select(CandidateProfile).where(CandidateProfile.user_id == user.id)
    ).scalar_one_or_none()


def _new_profile(user: User) -> CandidateProfile:
    profile = CandidateProfile(
        user_id=user.id, contact_email=user.email, education=[], experience=[], languages=[]
    )
    db.session.add(profile)
    return profile


def profile_for(user: User) -> CandidateProfile:
    """The user's profile, added to the session when there is none yet (caller commits)."""
    profile = _find_profile(user)
    if profile is None:
        profile = _new_profile(user)
        db.session.flush()
    return profile


def open_profile(user: User) -> CandidateProfile:
    """The own profile, created on the first visit; a concurrent first visit wins the race."""
    profile = _find_profile(user)
    if profile is not None:
        return profile
    profile = _new_profile(user)
    try:
        db.session.flush()
        audit.record("profile.create", profile, actor=user)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        profile = _find_profile(user)
    return profile


def form_data(profile: CandidateProfile) -> dict:
    """The profile as form data; the IIN is never put back into a form."""
    data = {name: getattr(profile, name) for name in PLAIN_FIELDS}
    data["experience"] = [{**row, "end": row.get("end") or ""} for row in profile.experience]
    return data


def local_today() -> date:
    """Today in Asia/Almaty, the date a candidate sees on the calendar."""
    zone = ZoneInfo(current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Asia/Almaty"))
    return datetime.now(zone).date()


def certificate_status(profile: CandidateProfile, today: date | None = None):
    """Validity of the legislation-test certificate (``LEGISLATION_TEST_VALID_DAYS``), or None."""
    if profile.test_certificate_date is None:
        return None
    days = current_app.config.get("LEGISLATION_TEST_VALID_DAYS", 365)
    until = profile.test_certificate_date + timedelta(days=days)
    return CertificateStatus(valid=(today or local_today()) <= until, until=until)


def _check_identity(data: dict, errors: list) -> None:
    if data.get("iin") and not is_valid_iin(data["iin"]):
        errors.append(("iin", str(IIN_INVALID)))
    if normalise_phone(data.get("phone", "")) is None:
        errors.append(("phone", str(PHONE_INVALID)))
    code = data.get("citizenship") or ""
    if not (len(code) == 2 and code in Locale.parse("en").territories):
        errors.append(("citizenship", str(_l("Choose your citizenship from the list."))))


def _check_certificate(data: dict, errors: list, today: date) -> None:
    number, issued = data.get("test_certificate_number"), data.get("test_certificate_date")
    if number and issued is None:
        errors.append(
            ("test_certificate_date", str(_l("Enter the date the certificate was issued.")))
        )
    elif issued is not None and not number:
        errors.append(("test_certificate_number", str(_l("Enter the certificate number."))))
    if issued is not None and issued > today:
        errors.append(
            ("test_certificate_date", str(_l("The date of issue cannot be in the future.")))
        )


def _check_rows(data: dict, errors: list, today: date) -> None:
    month = today.strftime("%Y-%m")
    education, experience = data.get("education", []), data.get("experience", [])
    if any(row.get("level") not in EDUCATION_KEYS for row in education):
        errors.append(("education", str(_l("Choose the level of every education record."))))
    for row in experience:
        start, end = row.get("start") or "", row.get("end")
        if not re.fullmatch(MONTH_FORM, start) or (end and not re.fullmatch(MONTH_FORM, end)):
            errors.append(("experience", str(_l("Enter months as YYYY-MM."))))
        elif start > month or (end and end > month):
            errors.append(("experience", str(_l("A period of work cannot be in the future."))))
        elif end and end < start:
            errors.append(("experience", str(_l("The end month cannot be before the start."))))
    codes = [row.get("code") for row in data.get("languages", [])]
    if any(c not in LANGUAGE_KEYS for c in codes) or any(
        row.get("level") not in LEVEL_KEYS for row in data.get("languages", [])
    ):
        errors.append(("languages", str(_l("Choose a language and a level in every row."))))
    elif len(set(codes)) != len(codes):
        errors.append(("languages", str(_l("List each language only once."))))


def update_profile(user: User, profile: CandidateProfile, data: dict) -> list[str]:
    """Check every field, then save them all or nothing; return the names of changed fields."""
    today = local_today()
    errors: list[tuple[str | None, str]] = []
    _check_identity(data, errors)
    _check_certificate(data, errors, today)
    _check_rows(data, errors, today)
    if errors:
        raise ValidationFailed(errors)
    values = {name: data.get(name) for name in PLAIN_FIELDS}
    values["phone"] = normalise_phone(data["phone"])
    values["contact_email"] = data["contact_email"].strip().lower()
    changed = [name for name, value in values.items() if getattr(profile, name) != value]
    for name in changed:
        setattr(profile, name, values[name])
    if data.get("iin"):
        changed += _set_iin(profile, data["iin"])
    audit.record("profile.update", profile, actor=user, fields=sorted(changed))
    db.session.commit()
    return changed


def _set_iin(profile: CandidateProfile, iin: str) -> list[str]:
    index = crypto.blind_index(iin)
    if profile.iin_index == index:
        return []
    profile.iin_ciphertext = crypto.encrypt(iin)
    profile.iin_index = index
    profile.iin_last4 = iin[-4:]
    return ["iin"]


def reveal_iin(profile: CandidateProfile, actor: User) -> str | None:
    """The full IIN for an authorised reader (HR); every reveal is a committed audit event."""
    if profile.iin_ciphertext is None:
        return None
    value = crypto.decrypt(profile.iin_ciphertext)
    audit.record("personal_data.view", profile, actor=actor, field="iin", subject=profile.user_id)
    db.session.commit()
    return value


def _cv_education(rows: list[dict]) -> list[dict]:
    return [
        {
            "level": r.get("level") if r.get("level") in EDUCATION_KEYS else "",
            "field": (r.get("field") or "")[:200],
            "institution": (r.get("institution") or "")[:300],
            "year": r.get("year"),
        }
        for r in rows
        if r.get("level") or r.get("institution") or r.get("field")
    ]


def _cv_experience(rows: list[dict]) -> list[dict]:
    return [
        {
            "title": (r.get("title") or "")[:200],
            "organization": (r.get("organization") or "")[:300],
            "start": r["start"],
            "end": r.get("end") or None,
            "public_service": bool(r.get("public_service")),
        }
        for r in rows
        if re.fullmatch(MONTH_FORM, r.get("start") or "")
        and (not r.get("end") or re.fullmatch(MONTH_FORM, r["end"]))
    ]


def _cv_languages(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        code = r.get("code")
        if code in LANGUAGE_KEYS and code not in seen:
            seen.add(code)
            out.append(
                {"code": code, "level": r.get("level") if r.get("level") in LEVEL_KEYS else ""}
            )
    return out


def prefill_from_cv(profile: CandidateProfile, cv_profile: dict) -> list[str]:
    """Fill EMPTY education, experience and languages from the engine's ``CVProfile`` dict.

    Runs in the caller's transaction (no commit); returns the names of the filled fields.
    """
    filled = []
    for name, convert in (
        ("education", _cv_education),
        ("experience", _cv_experience),
        ("languages", _cv_languages),
    ):
        rows = convert(cv_profile.get(name) or [])
        if not getattr(profile, name) and rows:
            setattr(profile, name, rows)
            filled.append(name)
    if filled:
        audit.record("profile.prefill", profile, fields=filled)
    return filled
