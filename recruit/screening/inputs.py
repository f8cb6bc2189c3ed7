"""The rule engine's inputs built from rows: the CV profile merged with the confirmed profile."""

from contextlib import nullcontext
from dataclasses import fields
from datetime import date

from flask import current_app, has_request_context

from models import Application, CandidateProfile, CVStatus, db
from nlp.eligibility import Declarations, TestCertificate
from nlp.types import (
    Certification,
    CVProfile,
    Education,
    Experience,
    LanguageSkill,
    Mention,
    PersonalData,
    Section,
    SkillMatch,
)
from nlp.vacancy import Vacancy, parse_vacancy
from recruit.api.documents import vacancy_document

CV_RULES = ("education", "experience", "languages")


def _rows(cls, rows, **convert) -> tuple:
    """Dataclass instances from JSON rows; unknown keys are ignored, ``convert`` fixes types."""
    names = {f.name for f in fields(cls)}
    out = []
    for row in rows or ():
        if not isinstance(row, dict):
            continue
        values = {k: v for k, v in row.items() if k in names}
        values.update({k: fn(values[k]) for k, fn in convert.items() if k in values})
        try:
            out.append(cls(**values))
        except TypeError:
            continue
    return tuple(out)


def _mentions(rows) -> tuple[Mention, ...]:
    return _rows(Mention, rows)


def cv_profile(data: dict | None) -> CVProfile:
    """Rebuild the engine's ``CVProfile`` from ``CVProfile.to_dict()`` stored as JSON."""
    data = data or {}
    return CVProfile(
        language=data.get("language") or "",
        text_chars=int(data.get("text_chars") or 0),
        skills=_rows(SkillMatch, data.get("skills"), mentions=_mentions),
        education=_rows(Education, data.get("education")),
        experience=_rows(Experience, data.get("experience"), span=tuple),
        experience_years=float(data.get("experience_years") or 0.0),
        public_service_years=float(data.get("public_service_years") or 0.0),
        languages=_rows(LanguageSkill, data.get("languages")),
        certifications=_rows(Certification, data.get("certifications")),
        personal_data=_rows(PersonalData, data.get("personal_data")),
        sections=_rows(Section, data.get("sections")),
    )


def _profile_education(rows: list[dict]) -> tuple[Education, ...]:
    return tuple(
        Education(
            r.get("level") or None,
            r.get("field") or None,
            r.get("institution") or None,
            r.get("year"),
            0,
            0,
        )
        for r in rows
    )


def _profile_experience(rows: list[dict]) -> tuple[Experience, ...]:
    return tuple(
        Experience(
            r.get("title") or None,
            r.get("organization") or None,
            r["start"],
            r.get("end") or None,
            bool(r.get("public_service")),
            (0, 0),
        )
        for r in rows
        if r.get("start")
    )


def _years(periods: tuple[Experience, ...], on: date) -> tuple[float, float]:
    """(all, public-service) years of the periods up to ``on``, overlaps counted once."""
    from nlp.components.periods import total_years

    return total_years(periods, today=on), total_years(periods, public_only=True, today=on)


def merged_profile(
    application: Application, profile: CandidateProfile | None, on: date
) -> tuple[CVProfile, set[str]]:
    """The CV's reading with the confirmed profile's data in front; and what came from the CV.

    Education, experience and languages the candidate filled in the profile take precedence;
    the returned set names the CV-dependent rules that still rest on the CV alone.
    """
    readable = application.cv_status == CVStatus.OK
    cv = cv_profile(application.cv_profile if readable else None)
    education, experience, languages = cv.education, cv.experience, cv.languages
    years = (cv.experience_years, cv.public_service_years)
    from_cv = set(CV_RULES)
    if profile is not None and profile.education:
        education = _profile_education(profile.education)
        from_cv.discard("education")
    if profile is not None and _profile_experience(profile.experience):
        experience = _profile_experience(profile.experience)
        years = _years(experience, on)
        from_cv.discard("experience")
    if profile is not None and profile.languages:
        languages = tuple(
            LanguageSkill(r.get("code") or "", r.get("level") or None, 0, 0)
            for r in profile.languages
        )
        from_cv.discard("languages")
    merged = CVProfile(
        language=cv.language,
        text_chars=cv.text_chars,
        skills=cv.skills,
        education=education,
        experience=experience,
        experience_years=years[0],
        public_service_years=years[1],
        languages=languages,
        certifications=cv.certifications,
    )
    return merged, from_cv


def declarations(application: Application) -> Declarations:
    """The application's declarations; a missing answer stays None ("not answered")."""
    given = application.declarations or {}

    def answer(key: str) -> bool | None:
        value = given.get(key)
        return value if isinstance(value, bool) else None

    return Declarations(
        citizen_kz=answer("citizenship_kz"),
        no_criminal_record=answer("no_criminal_record"),
        medically_fit=answer("medically_fit"),
        truthful=answer("truthful"),
    )


def certificate(profile: CandidateProfile | None) -> TestCertificate | None:
    """The legislation-test certificate of the profile, or None when none is given."""
    if profile is None or not profile.test_certificate_number or not profile.test_certificate_date:
        return None
    return TestCertificate(profile.test_certificate_number, profile.test_certificate_date)


def vacancy(application: Application) -> Vacancy:
    """The engine's vacancy, parsed from the same document the public API serves."""
    context = nullcontext() if has_request_context() else current_app.test_request_context()
    with context:
        document = vacancy_document(application.vacancy)
    return parse_vacancy(document)


def candidate_profile(application: Application) -> CandidateProfile | None:
    """The applicant's profile (None once the account was erased)."""
    if application.candidate_id is None:
        return None
    return db.session.execute(
        db.select(CandidateProfile).where(CandidateProfile.user_id == application.candidate_id)
    ).scalar_one_or_none()
