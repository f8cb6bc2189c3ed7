"""The CV step: the engine extracts the file and reads its text in sandboxed worker pools;
the candidate confirms the result.

A refused file changes nothing (the previous CV stays); a file the engine cannot read but
that may be a real CV (a scan) is kept and flagged for a person, never scored as empty. So is
a CV whose reading fails (a defect of the engine, or a text whose reading overruns the
reading worker's limits): the candidate goes on, a person reads it.
"""

import re

from flask_babel import gettext as _

from models import Application, CVStatus, Document, User, db
from nlp import taxonomy
from nlp.components.periods import total_years
from nlp.messages import MESSAGES
from nlp.pool import WorkerFailed, get_pool, get_reader
from nlp.types import Experience
from recruit import audit
from recruit.applications import services
from recruit.applications.documents import (
    DOCX,
    MAX_BYTES,
    PDF,
    delete_files,
    new_document,
    safe_name,
    stored,
)
from recruit.candidates.services import prefill_from_cv, profile_for
from recruit.errors import ValidationFailed

CONTENT_TYPES = {"pdf": PDF, "docx": DOCX, "txt": "text/plain"}
# More periods, degrees, languages or certificates than a CV holds (the most in the 388 CVs
# of the evaluation sets: 18 periods, 6 degrees): a text that repeats them, which a person
# reads instead of a candidate confirming, and an HR officer scrolling, thousands of rows.
MAX_ITEMS = 100
SENTENCE_END = re.compile(r"[.!?;\n]")
MAX_SENTENCE = 240


def upload_cv(user: User, application: Application, file, lang: str) -> Application:
    """Read, store and attach a new CV; a refused file raises with the engine's message."""
    services.ensure_editable(application)
    data = file.read(MAX_BYTES + 1) if file else b""
    extraction = get_pool().extract(data)
    if extraction.status == "rejected":
        raise ValidationFailed([("cv", extraction.reason.text(lang))])
    profile, reason = _read(extraction)
    old = services.documents_of(application, "cv")
    with stored(data) as file_:
        document = new_document(
            user,
            application,
            file_,
            safe_name(file.filename, f"cv.{extraction.kind or 'bin'}"),
            kind="cv",
            label="CV",
            text=extraction.text,
            content_type=CONTENT_TYPES.get(extraction.kind or "", "application/octet-stream"),
        )
        db.session.add(document)
        db.session.flush()
        _attach(application, document, reason, profile)
        for row in old:
            db.session.delete(row)
        audit.record(
            "application.cv_upload",
            application,
            actor=user,
            document=document.id,
            outcome=extraction.status,
        )
        db.session.commit()
    delete_files([row.storage_key for row in old])
    return application


def _read(extraction) -> tuple:
    """The engine's reading of an extracted CV and the reason code when there is none. A
    reading that fails, or that finds more items than a CV holds, sends the CV to a person
    instead of failing the upload (the pool logs the error's type only, as its message could
    quote the CV)."""
    if extraction.status != "ok":
        return None, extraction.reason.code if extraction.reason else ""
    try:
        profile = get_reader().read(extraction.text)
    except WorkerFailed as failure:
        return None, "read_timeout" if failure.code == "timeout" else "internal_error"
    items = (profile.experience, profile.education, profile.languages, profile.certifications)
    if max(map(len, items)) > MAX_ITEMS:
        return None, "too_many_items"
    return profile, ""


def _attach(application: Application, document: Document, reason: str, profile) -> None:
    """Point the application at the new CV and replace what was read from the old one."""
    own = [s for s in application.skills or [] if s.get("source") == "self"]
    found = (
        []
        if profile is None
        else [
            {
                "id": s.id,
                "label": s.label,
                "area": s.area,
                "source": "cv",
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in s.mentions],
            }
            for s in profile.skills
        ]
    )
    found_ids = {s["id"] for s in found}
    application.cv_document_id = document.id
    application.cv_status = CVStatus.OK if profile is not None else CVStatus.NEEDS_REVIEW
    application.cv_reason_code = reason
    application.cv_language = profile.language if profile is not None else ""
    application.cv_profile = profile.to_dict() if profile is not None else {}
    application.skills = found + [s for s in own if s["id"] not in found_ids]
    application.step = 2


def evidence(text: str, mention: dict) -> dict:
    """The sentence around a mention, split so a template can highlight the mention."""
    start, end = mention["start"], mention["end"]
    if not (0 <= start < end <= len(text)):
        return {"before": "", "mark": mention.get("text", ""), "after": ""}
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    left = max(left, start - MAX_SENTENCE // 2)
    right = min(right, end + MAX_SENTENCE // 2)
    return {
        "before": text[left:start].lstrip(),
        "mark": text[start:end],
        "after": text[end:right].rstrip(),
    }


def read_summary(application: Application, lang: str) -> dict:
    """What was read from the CV, ready to show: skills with evidence, education, periods."""
    document = (
        db.session.get(Document, application.cv_document_id)
        if (application.cv_document_id)
        else None
    )
    text = document.text if document is not None else ""
    tax = taxonomy.load()
    skills = []
    for skill in application.skills or []:
        label = tax.label(skill["id"], lang) if skill["id"] in tax.skills else skill["label"]
        mentions = skill.get("mentions") or []
        skills.append(
            {
                **skill,
                "label": label,
                "evidence": evidence(text, mentions[0]) if mentions and text else None,
            }
        )
    profile = application.cv_profile or {}
    reason = MESSAGES.get(application.cv_reason_code or "", {})
    return {
        "document": document,
        "reason": reason.get(lang) or reason.get("en", ""),
        "skills": skills,
        "education": profile.get("education") or [],
        "experience": profile.get("experience") or [],
        "languages": profile.get("languages") or [],
        "experience_years": profile.get("experience_years", 0.0),
        "public_service_years": profile.get("public_service_years", 0.0),
    }


def skill_choices(lang: str) -> list[tuple[str, str]]:
    """Every taxonomy skill as (id, label in ``lang``), sorted by label."""
    tax = taxonomy.load()
    return sorted(((sid, tax.label(sid, lang)) for sid in tax.skills), key=lambda c: c[1].lower())


def _added_skill(chosen: str, typed: str) -> str | None:
    """The taxonomy id of the skill picked from the list or typed by name."""
    tax = taxonomy.load()
    if chosen:
        if chosen not in tax.skills:
            raise ValidationFailed([("add", _("Choose a skill from the list."))])
        return chosen
    if typed.strip():
        found = tax.resolve(typed)
        if found is None:
            raise ValidationFailed(
                [
                    (
                        "add_name",
                        _(
                            "“%(name)s” is not a digital skill we know. "
                            "Choose it from the list instead.",
                            name=typed.strip()[:80],
                        ),
                    )
                ]
            )
        return found
    return None


def _corrected_periods(periods: list[dict], corrections: list[dict]) -> list[dict]:
    """The experience periods with the candidate's corrected months."""
    out = []
    for period, fix in zip(periods, corrections, strict=False):
        start, end = fix.get("start") or period["start"], fix.get("end") or None
        if end and end < start:
            raise ValidationFailed([("periods", _("The end month cannot be before the start."))])
        if max(start, end or "") > services.now().strftime("%Y-%m"):
            raise ValidationFailed([("periods", _("A period of work cannot be in the future."))])
        out.append({**period, "start": start, "end": end})
    return out + periods[len(out) :]


def _years(periods: list[dict], public_only: bool) -> float:
    """Years of (public-service) experience in the corrected periods, overlaps counted once."""
    items = [
        Experience(
            p.get("title"),
            p.get("organization"),
            p["start"],
            p.get("end"),
            bool(p.get("public_service")),
            tuple(p.get("span") or (0, 0)),
        )
        for p in periods
    ]
    return total_years(items, public_only=public_only, today=services.now().date())


def _edited_skills(skills: list[dict], changes: dict) -> list[dict]:
    """The skills without the removed ones, plus the one added (as self-declared)."""
    removed = set(changes.get("remove") or ())
    kept = [s for s in skills if s["id"] not in removed]
    added = _added_skill(changes.get("add") or "", changes.get("add_name") or "")
    if added is None or added in {s["id"] for s in kept}:
        return kept
    skill = taxonomy.load().skills[added]
    own = {"id": added, "label": skill.label["en"], "area": skill.area, "source": "self"}
    return [*kept, {**own, "mentions": []}]


def confirm_cv(user: User, application: Application, changes: dict, final: bool) -> list[str]:
    """Save the candidate's corrections; with ``final``, confirm the CV and prefill the profile.

    ``changes`` holds ``remove`` (skill ids), ``add`` (an id), ``add_name`` (a typed name) and
    ``periods`` (a {start, end} correction per experience period). Returns the profile fields
    filled from the CV.
    """
    services.ensure_editable(application)
    if application.cv_status is None:
        raise ValidationFailed([(None, _("Upload your CV first."))])
    skills = _edited_skills(application.skills or [], changes)
    cv_profile = dict(application.cv_profile or {})
    if cv_profile.get("experience"):
        periods = _corrected_periods(cv_profile["experience"], changes.get("periods") or [])
        cv_profile.update(
            experience=periods,
            experience_years=_years(periods, False),
            public_service_years=_years(periods, True),
        )
    application.skills = skills
    application.cv_profile = cv_profile
    filled: list[str] = []
    if final:
        application.step = max(application.step, 3)
        filled = prefill_from_cv(profile_for(user), cv_profile)
    audit.record(
        "application.cv_confirm",
        application,
        actor=user,
        final=final,
        skills=len(skills),
        self_declared=sum(s["source"] == "self" for s in skills),
    )
    db.session.commit()
    return filled
