"""The eligibility service: the engine's verdict on real rows, stored, explained and acted on."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models import (
    Application,
    ApplicationStatus,
    AuditEvent,
    CandidateProfile,
    CVStatus,
    Notification,
    Outcome,
    Role,
    db,
    utcnow,
)
from nlp.iin import check_digit
from nlp.types import CVProfile, Education, Experience, LanguageSkill
from recruit import crypto
from recruit.screening.services import evaluate_application, local_date
from tests.factories import make_body, make_user, make_vacancy

S = ApplicationStatus
DECLARED = {
    "citizenship_kz": True,
    "no_criminal_record": True,
    "medically_fit": True,
    "truthful": True,
}
CV_TEXT = "Образование: бакалавр. Опыт: Министерство, главный эксперт. Навыки: Power BI."


def make_iin(first11: str = "90010130001") -> str:
    return first11 + str(check_digit(first11))


def cv_dict(level: str = "bachelor", public_years: float = 3.0, **kw) -> dict:
    """What the engine stores for a readable Russian CV (``CVProfile.to_dict()``)."""
    return CVProfile(
        language=kw.pop("language", "ru"),
        text_chars=len(CV_TEXT),
        education=(Education(level, "Информатика", "КазНУ", 2014, 0, 20),),
        experience=(
            Experience("главный эксперт", "Министерство", "2020-01", None, True, (21, 60)),
        ),
        experience_years=public_years,
        public_service_years=public_years,
        languages=(LanguageSkill("kk", "fluent", 0, 5),),
        **kw,
    ).to_dict()


def make_profile(user, **kw) -> CandidateProfile:
    """A complete profile with a certificate valid for the vacancy's deadline."""
    iin = kw.pop("iin", make_iin())
    profile = CandidateProfile(
        user_id=user.id,
        last_name="Иванов",
        first_name="Сергей",
        patronymic="Петрович",
        iin_ciphertext=crypto.encrypt(iin),
        iin_index=crypto.blind_index(iin),
        iin_last4=iin[-4:],
        phone="+77012345678",
        contact_email=user.email,
        education=kw.pop("education", []),
        experience=kw.pop("experience", []),
        languages=kw.pop("languages", []),
        test_certificate_number=kw.pop("test_certificate_number", "T-2026-0042"),
        test_certificate_date=kw.pop("test_certificate_date", date.today() - timedelta(days=30)),
        **kw,
    )
    db.session.add(profile)
    db.session.commit()
    return profile


def make_application(vacancy, candidate, status=S.SUBMITTED, **kw) -> Application:
    """A submitted application with a readable CV and every declaration made."""
    application = Application(
        vacancy_id=vacancy.id,
        candidate_id=candidate.id,
        status=status,
        step=5,
        code=kw.pop("code", f"K-{candidate.id:03d}"),
        cv_status=kw.pop("cv_status", CVStatus.OK),
        cv_language="ru",
        cv_profile=kw.pop("cv_profile", cv_dict()),
        skills=kw.pop("skills", []),
        declarations=kw.pop("declarations", dict(DECLARED)),
        submitted_at=utcnow() if status != S.DRAFT else None,
        **kw,
    )
    db.session.add(application)
    db.session.commit()
    return application


@pytest.fixture
def setup(app):
    """A published vacancy (bachelor; 1 year public service or 2 in the field; kk and ru)."""
    with app.app_context():
        body = make_body()
        vacancy = make_vacancy(body)
        candidate = make_user(Role.CANDIDATE)
        yield vacancy, candidate


def evaluate(application) -> Application:
    evaluate_application(application)
    db.session.commit()
    return db.session.get(Application, application.id)


def rules(application) -> dict[str, dict]:
    return {r["rule"]: r for r in application.eligibility_rules}


def test_meeting_every_requirement_makes_the_application_eligible(setup):
    vacancy, candidate = setup
    make_profile(candidate)
    application = evaluate(make_application(vacancy, candidate))
    assert application.eligibility_outcome == Outcome.PASS
    assert application.status == S.ELIGIBLE
    assert application.eligibility_checked_at is not None
    found = rules(application)
    assert {
        "education",
        "experience",
        "languages",
        "citizenship",
        "criminal_record",
        "medical_fitness",
        "truthfulness",
        "legislation_test",
    } <= set(found)
    assert all(r["outcome"] == "pass" for r in found.values())
    assert all(set(r["reason"]) == {"kk", "ru", "en"} for r in found.values())
    assert "T-2026-0042" in found["legislation_test"]["reason"]["en"]
    change = application.history[-1]
    assert (change.from_status, change.to_status) == ("submitted", "eligible")
    assert change.reason["en"] == "All qualification requirements are met."
    notes = db.session.execute(select(Notification)).scalars().all()
    assert [n.user_id for n in notes] == [candidate.id]


def test_a_failed_rule_makes_it_not_eligible_with_that_reason(setup):
    vacancy, candidate = setup
    make_profile(
        candidate, education=[{"level": "secondary", "field": "", "institution": "", "year": 2010}]
    )
    application = evaluate(make_application(vacancy, candidate))
    assert application.eligibility_outcome == Outcome.FAIL
    assert application.status == S.NOT_ELIGIBLE
    assert rules(application)["education"]["outcome"] == "fail"
    reason = application.history[-1].reason
    assert "below the required bachelor's level" in reason["en"]
    assert "ниже требуемого" in reason["ru"]


def test_the_confirmed_profile_takes_precedence_over_the_cv(setup):
    vacancy, candidate = setup
    make_profile(
        candidate,
        education=[{"level": "master", "field": "Право", "institution": "ЕНУ", "year": 2019}],
        experience=[
            {
                "title": "эксперт",
                "organization": "Акимат",
                "start": "2020-01",
                "end": "2021-06",
                "public_service": True,
            }
        ],
        languages=[{"code": "ru", "level": "native"}, {"code": "kk", "level": "B2"}],
    )
    cv = cv_dict(level="secondary", public_years=0.0)
    application = evaluate(make_application(vacancy, candidate, cv_profile=cv))
    found = rules(application)
    assert found["education"]["outcome"] == "pass"
    assert "master's" in found["education"]["reason"]["en"]
    assert found["experience"]["outcome"] == "pass"
    assert "1.5 years" in found["experience"]["reason"]["en"]
    assert application.status == S.ELIGIBLE


@pytest.mark.parametrize(
    ("cv_field", "outcome"), [("Информационные системы", "pass"), ("Информатика", "needs_review")]
)
def test_the_vacancy_fields_of_study_reach_the_engine(setup, cv_field, outcome):
    vacancy, candidate = setup
    vacancy.education_fields = "информационных систем, вычислительная техника"
    make_profile(
        candidate,
        education=[{"level": "bachelor", "field": cv_field, "institution": "ЕНУ", "year": 2015}],
    )
    found = rules(evaluate(make_application(vacancy, candidate)))["education"]
    assert found["outcome"] == outcome
    assert "информационных систем" in found["reason"]["ru"]
    if outcome == "needs_review":
        assert "Информатика" in found["reason"]["ru"]


@pytest.mark.parametrize("cv_status", [CVStatus.NEEDS_REVIEW, CVStatus.REJECTED])
def test_an_unreadable_cv_never_fails_by_itself(setup, cv_status):
    vacancy, candidate = setup
    make_profile(candidate)
    application = evaluate(make_application(vacancy, candidate, cv_status=cv_status, cv_profile={}))
    found = rules(application)
    assert application.eligibility_outcome == Outcome.NEEDS_REVIEW
    assert application.status == S.SUBMITTED
    for rule in ("education", "experience", "languages"):
        assert found[rule]["outcome"] == "needs_review"
    assert "No dated work period" in found["experience"]["reason"]["en"]
    assert application.history == []


def test_an_unreadable_cv_with_a_failing_profile_still_fails(setup):
    vacancy, candidate = setup
    make_profile(
        candidate, education=[{"level": "vocational", "field": "", "institution": "", "year": 2012}]
    )
    application = evaluate(
        make_application(vacancy, candidate, cv_status=CVStatus.NEEDS_REVIEW, cv_profile={})
    )
    assert rules(application)["education"]["outcome"] == "fail"
    assert application.status == S.NOT_ELIGIBLE


def test_the_certificate_is_checked_on_the_deadline_not_today(setup):
    vacancy, candidate = setup
    deadline = local_date(vacancy.deadline)
    make_profile(candidate, test_certificate_date=deadline - timedelta(days=366))
    application = evaluate(make_application(vacancy, candidate))
    found = rules(application)["legislation_test"]
    assert found["outcome"] == "fail"
    assert f"is not valid on {deadline.isoformat()}" in found["reason"]["en"]
    assert application.status == S.NOT_ELIGIBLE


def test_the_certificate_validity_period_is_configurable(app, setup):
    vacancy, candidate = setup
    app.config["LEGISLATION_TEST_VALID_DAYS"] = 730
    deadline = local_date(vacancy.deadline)
    make_profile(candidate, test_certificate_date=deadline - timedelta(days=400))
    application = evaluate(make_application(vacancy, candidate))
    assert rules(application)["legislation_test"]["outcome"] == "pass"


def test_a_missing_certificate_goes_to_hr(setup):
    vacancy, candidate = setup
    make_profile(candidate, test_certificate_number="", test_certificate_date=None)
    application = evaluate(make_application(vacancy, candidate))
    found = rules(application)["legislation_test"]
    assert found["outcome"] == "needs_review"
    assert "No legislation-test certificate" in found["reason"]["en"]
    assert application.status == S.SUBMITTED


@pytest.mark.parametrize(
    ("answer", "outcome", "status"),
    [(False, "fail", S.NOT_ELIGIBLE), (None, "needs_review", S.SUBMITTED)],
)
def test_declarations_refused_fail_and_unanswered_go_to_review(setup, answer, outcome, status):
    vacancy, candidate = setup
    make_profile(candidate)
    declarations = {**DECLARED, "medically_fit": answer}
    application = evaluate(make_application(vacancy, candidate, declarations=declarations))
    assert rules(application)["medical_fitness"]["outcome"] == outcome
    assert application.status == status


def test_citizenship_comes_from_the_profile(setup):
    vacancy, candidate = setup
    make_profile(candidate, citizenship="RU")
    application = evaluate(make_application(vacancy, candidate))
    found = rules(application)["citizenship"]
    assert found["outcome"] == "fail"
    assert "(RU)" in found["reason"]["en"]
    assert application.status == S.NOT_ELIGIBLE


def test_an_application_without_a_profile_is_checked_from_the_cv(setup):
    vacancy, candidate = setup
    application = evaluate(make_application(vacancy, candidate))
    assert rules(application)["education"]["outcome"] == "pass"
    assert rules(application)["legislation_test"]["outcome"] == "needs_review"


def test_a_recheck_after_the_status_moved_on_keeps_the_status(setup):
    vacancy, candidate = setup
    make_profile(
        candidate, education=[{"level": "secondary", "field": "", "institution": "", "year": 2010}]
    )
    application = make_application(vacancy, candidate, status=S.ELIGIBLE)
    application = evaluate(application)
    assert application.eligibility_outcome == Outcome.FAIL
    assert application.status == S.ELIGIBLE


def test_each_check_is_audited_without_personal_data(setup):
    vacancy, candidate = setup
    make_profile(candidate)
    application = evaluate(make_application(vacancy, candidate))
    events = (
        db.session.execute(select(AuditEvent).where(AuditEvent.action == "eligibility.check"))
        .scalars()
        .all()
    )
    assert [(e.object_id, e.details["outcome"]) for e in events] == [(str(application.id), "pass")]
    assert "Иванов" not in str(events[0].details)
