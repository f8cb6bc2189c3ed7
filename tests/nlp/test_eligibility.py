"""Eligibility rules: each outcome with a real reason in Kazakh, Russian and English."""

from datetime import date

import pytest

from nlp.eligibility import Declarations, check
from nlp.eligibility import TestCertificate as Certificate
from nlp.types import CVProfile, Education, Experience, LanguageSkill
from nlp.vacancy import ExperienceRule, Vacancy

KAZAKH_LETTERS = set("әғқңөұүһі")


def vacancy(**changes) -> Vacancy:
    """A corps B vacancy: bachelor, 1 year public service OR 2 years in the field, kk + ru."""
    base = dict(
        title="Главный эксперт",
        education_min="bachelor",
        experience=(ExperienceRule(1, "public_service"), ExperienceRule(2, "field")),
        languages=("kk", "ru"),
        deadline=date(2026, 3, 15),
    )
    return Vacancy(**{**base, **changes})


DATED = (Experience("эксперт", "Акимат", "2023-01", "2024-06", True, (20, 60)),)


def profile(levels=("master",), years=3.0, public=1.5, language="ru", langs=("kk",)) -> CVProfile:
    """A CV profile with the given education levels, experience (with a dated period behind
    the totals) and languages."""
    return CVProfile(
        language=language,
        text_chars=1000,
        education=tuple(Education(lv, None, None, 2015, 0, 10) for lv in levels),
        experience=DATED,
        experience_years=years,
        public_service_years=public,
        languages=tuple(LanguageSkill(code, "fluent", 0, 5) for code in langs),
    )


def rule(result, name):
    """The result of one named rule."""
    return next(r for r in result.rules if r.rule == name)


def assert_three_languages(reason: dict) -> None:
    """A reason is three different real sentences; the Kazakh one uses Kazakh letters."""
    assert set(reason) == {"kk", "ru", "en"}
    assert len({reason["kk"], reason["ru"], reason["en"]}) == 3
    assert all(len(text.split()) >= 3 and text.endswith(".") for text in reason.values())
    assert KAZAKH_LETTERS & set(reason["kk"].lower())


def test_eligible_applicant_passes_every_rule():
    result = check(profile(), vacancy())
    assert result.outcome == "pass" and result.eligible
    assert [r.rule for r in result.rules] == ["education", "experience", "languages"]
    for r in result.rules:
        assert r.outcome == "pass"
        assert_three_languages(r.reason)


@pytest.mark.parametrize(
    ("levels", "outcome"),
    [
        (("bachelor",), "pass"),
        (("doctorate", "secondary"), "pass"),
        (("vocational",), "fail"),
        ((None,), "needs_review"),
        ((), "needs_review"),
        (("vocational", None), "needs_review"),
    ],
)
def test_education_level_against_the_minimum(levels, outcome):
    result = check(profile(levels=levels), vacancy())
    assert rule(result, "education").outcome == outcome
    assert result.outcome == outcome
    assert_three_languages(rule(result, "education").reason)


def test_education_fail_names_both_levels():
    reason = rule(check(profile(levels=("vocational",)), vacancy()), "education").reason
    assert "техническое и профессиональное" in reason["ru"] and "бакалавр" in reason["ru"]
    assert "vocational" in reason["en"] and "bachelor's" in reason["en"]


def test_public_service_alternative_passes_with_both_figures():
    by_service = check(profile(years=1.0, public=1.0), vacancy())
    reason = rule(by_service, "experience").reason
    assert rule(by_service, "experience").outcome == "pass"
    assert reason["ru"] == "Опыт государственной службы — 1 год, требуется 1 год."
    assert reason["en"] == "Public-service experience of 1 year meets the required 1 year."
    assert reason["kk"] == "Мемлекеттік қызмет өтілі 1 жыл, талап етілетін 1 жылдан кем емес."


def test_experience_fail_gives_every_figure_in_three_languages():
    result = check(profile(years=1.5, public=0.5), vacancy())
    reason = rule(result, "experience").reason
    assert result.outcome == "fail"
    assert reason["ru"].startswith(
        "Опыт государственной службы — 0,5 года, требуется 1 год: меньше требуемого;"
    )
    assert (
        "общий трудовой стаж — 1,5 года, требуется 2 года в функциональной области"
        in (reason["ru"])
    )
    assert "0.5 years is less than the required 1 year" in reason["en"]
    assert "1.5 years is less than the required 2 years in the functional area" in reason["en"]
    assert "0,5 жыл" in reason["kk"] and "1,5 жыл" in reason["kk"]
    assert " г." not in reason["ru"]
    assert_three_languages(reason)


def test_no_requirement_passes():
    result = check(
        profile(levels=(), years=0, public=0), vacancy(education_min=None, experience=())
    )
    assert rule(result, "education").outcome == "pass"
    assert rule(result, "experience").outcome == "pass"


@pytest.mark.parametrize(
    ("language", "langs", "outcome"),
    [
        ("ru", ("kk",), "pass"),
        ("kk", ("ru",), "pass"),
        ("en", ("ru",), "needs_review"),
        ("ru", (), "needs_review"),
    ],
)
def test_required_languages(language, langs, outcome):
    result = check(profile(language=language, langs=langs), vacancy())
    assert rule(result, "languages").outcome == outcome
    assert_three_languages(rule(result, "languages").reason)


def test_missing_language_is_named():
    reason = rule(check(profile(language="en", langs=("ru",)), vacancy()), "languages").reason
    assert "Kazakh" in reason["en"] and "казахский" in reason["ru"] and "қазақ" in reason["kk"]


def test_declarations_are_checked_only_when_given():
    assert "citizenship" not in [r.rule for r in check(profile(), vacancy()).rules]
    refused = check(profile(), vacancy(), Declarations(True, False, True, True))
    assert refused.outcome == "fail"
    assert rule(refused, "criminal_record").outcome == "fail"
    assert "судимости" in rule(refused, "criminal_record").reason["ru"]
    partial = check(profile(), vacancy(), Declarations(True, True, None, True))
    assert partial.outcome == "needs_review"
    assert rule(partial, "medical_fitness").outcome == "needs_review"
    full = check(profile(), vacancy(), Declarations(True, True, True, True))
    assert full.outcome == "pass"
    for name in ("citizenship", "criminal_record", "medical_fitness", "truthfulness"):
        assert_three_languages(rule(full, name).reason)


def test_certificate_valid_at_the_deadline():
    cert = Certificate("KZ-2025-0001", date(2025, 6, 1))
    result = check(profile(), vacancy(), test_certificate=cert)
    assert rule(result, "legislation_test").outcome == "pass"
    assert "2026-03-15" in rule(result, "legislation_test").reason["ru"]
    assert_three_languages(rule(result, "legislation_test").reason)


def test_certificate_validity_period_is_configurable():
    cert = Certificate("KZ-2025-0001", date(2025, 6, 1))
    result = check(profile(), vacancy(), test_certificate=cert, certificate_valid_days=180)
    assert result.outcome == "fail"
    reason = rule(result, "legislation_test").reason
    assert "2025-11-28" in reason["en"] and "not valid" in reason["en"]


def test_certificate_issued_after_deadline_or_failed_is_refused():
    late = Certificate("KZ-1", date(2026, 4, 1))
    failed = Certificate("KZ-2", date(2026, 1, 1), passed=False)
    assert check(profile(), vacancy(), test_certificate=late).outcome == "fail"
    assert check(profile(), vacancy(), test_certificate=failed).outcome == "fail"


def test_certificate_without_any_date_goes_to_a_person():
    cert = Certificate("KZ-3", date(2025, 6, 1))
    result = check(profile(), vacancy(deadline=None), test_certificate=cert)
    assert rule(result, "legislation_test").outcome == "needs_review"
    explicit = check(
        profile(), vacancy(deadline=None), test_certificate=cert, deadline=date(2025, 7, 1)
    )
    assert rule(explicit, "legislation_test").outcome == "pass"


def test_fail_wins_over_needs_review():
    result = check(profile(levels=(None,), years=0, public=0), vacancy())
    assert rule(result, "education").outcome == "needs_review"
    assert result.outcome == "fail" and not result.eligible
