"""Requirements a person must judge go to needs_review with the figures; plain ones decide."""

import pytest

from nlp.eligibility import check
from nlp.eligibility.wording import years
from nlp.profile import read_cv
from nlp.types import CVProfile, Education, LanguageSkill
from nlp.vacancy import ExperienceRule
from tests.nlp.test_eligibility import assert_three_languages, profile, rule, vacancy


def test_field_years_alone_go_to_a_person_with_the_figures():
    result = check(profile(years=14.9, public=0.0), vacancy())
    found = rule(result, "experience")
    assert found.outcome == "needs_review" and result.outcome == "needs_review"
    assert found.reason["en"].startswith("14.9 years of work experience found")
    assert "must be checked by a person" in found.reason["en"]
    assert "14,9 года трудового стажа" in found.reason["ru"]
    assert "требуется 2 года в функциональной области" in found.reason["ru"]
    assert "14,9 жыл" in found.reason["kk"] and "2 жыл" in found.reason["kk"]
    assert_three_languages(found.reason)
    with_service = check(profile(years=14.9, public=1.2), vacancy())
    assert rule(with_service, "experience").outcome == "pass"


def test_a_cv_without_dated_periods_goes_to_a_person_not_a_refusal():
    totals = read_cv("Стаж государственной службы: 6 лет\nОбщий стаж: 9 лет\n")
    found = rule(check(totals, vacancy()), "experience")
    assert found.outcome == "needs_review"
    assert "No dated work period" in found.reason["en"]
    assert "1 year of public service or 2 years in the functional area" in found.reason["en"]
    assert "1 год государственной службы или 2 года в функциональной области" in found.reason["ru"]
    assert "мемлекеттік қызметте 1 жыл" in found.reason["kk"]
    assert_three_languages(found.reason)


def diploma(level: str, field: str | None) -> Education:
    return Education(level, field, "ЕНУ", 2015, 0, 10)


def with_education(*entries: Education) -> CVProfile:
    return CVProfile("ru", 1000, education=entries)


@pytest.mark.parametrize(
    ("cv_field", "required"),
    [
        ("Информационные системы", ("информационных систем",)),
        ("Юриспруденция", ("Право", "юриспруденции")),
        ("Law", ("law",)),
        ("Ақпараттық жүйелер", ("Ақпараттық жүйелерді",)),
    ],
)
def test_a_plainly_matching_field_of_study_passes(cv_field, required):
    result = check(
        with_education(diploma("bachelor", cv_field)),
        vacancy(education_fields=required, experience=(), languages=()),
    )
    assert result.outcome == "pass"
    assert required[-1] in rule(result, "education").reason["en"]


def test_another_field_of_study_goes_to_a_person_naming_both():
    econ = with_education(diploma("master", "Экономика"))
    found = rule(check(econ, vacancy(education_fields=("Юриспруденция", "Law"))), "education")
    assert found.outcome == "needs_review"
    for lang in ("kk", "ru", "en"):
        assert "Экономика" in found.reason[lang] and "Юриспруденция; Law" in found.reason[lang]
    assert "specialties correspond" in found.reason["en"]
    assert_three_languages(found.reason)


def test_only_a_diploma_of_the_required_level_counts_for_the_field():
    cv = with_education(diploma("bachelor", "Юриспруденция"), diploma("master", "Экономика"))
    need = vacancy(education_min="master", education_fields=("Юриспруденция",))
    found = rule(check(cv, need), "education")
    assert found.outcome == "needs_review" and "Экономика" in found.reason["ru"]


def test_field_without_a_stated_specialty_goes_to_a_person_and_a_low_level_still_fails():
    unknown = rule(
        check(
            with_education(diploma("bachelor", None)), vacancy(education_fields=("Информатика",))
        ),
        "education",
    )
    assert unknown.outcome == "needs_review"
    assert "does not state a field of study" in unknown.reason["en"]
    low = check(
        with_education(diploma("vocational", "Информатика")),
        vacancy(education_fields=("Информатика",)),
    )
    assert rule(low, "education").outcome == "fail"


def test_level_names_are_not_nested_in_brackets():
    reason = rule(
        check(with_education(diploma("bachelor", None)), vacancy(education_min="master")),
        "education",
    ).reason
    assert reason["ru"] == (
        "Уровень образования «высшее — бакалавр» ниже требуемого «послевузовское — магистр»."
    )
    assert "((" not in reason["kk"] and "))" not in reason["kk"] and "бакалавр" in reason["kk"]


def speaker(level: str | None, language: str = "ru") -> CVProfile:
    return CVProfile(language, 1000, languages=(LanguageSkill("en", level, 0, 5),))


@pytest.mark.parametrize(
    ("level", "language", "outcome"),
    [
        ("B1", "ru", "fail"),
        ("A2", "en", "fail"),
        ("basic", "ru", "fail"),
        ("intermediate", "ru", "fail"),
        ("B2", "ru", "pass"),
        ("C1", "ru", "pass"),
        ("fluent", "ru", "pass"),
        (None, "en", "needs_review"),
    ],
)
def test_stated_english_level_against_b2(level, language, outcome):
    found = rule(check(speaker(level, language), vacancy(languages=("en:B2",))), "languages")
    assert found.outcome == outcome
    assert all("B2" in text for text in found.reason.values())
    assert (level or "no level stated") in found.reason["en"]
    assert_three_languages(found.reason)


def test_a_level_below_the_requirement_names_both_levels():
    reason = rule(check(speaker("A2", "en"), vacancy(languages=("en:B2",))), "languages").reason
    assert reason["en"] == "Language level is below the requirement: English — A2 (required: B2)."
    assert (
        reason["ru"] == "Уровень владения языком ниже требуемого: английский — A2 (требуется: B2)."
    )
    assert "ағылшын — A2 (талап: B2)" in reason["kk"]


def test_fluent_against_c2_and_an_absent_language_go_to_a_person():
    fluent = rule(check(speaker("fluent"), vacancy(languages=("en:C2",))), "languages")
    assert fluent.outcome == "needs_review"
    assert "свободно (C1 или выше) (требуется: C2)" in fluent.reason["ru"]
    absent = rule(check(speaker("B2"), vacancy(languages=("de:B1",))), "languages")
    assert absent.outcome == "needs_review" and "not mentioned" in absent.reason["en"]


def test_without_a_level_the_stated_weak_level_wins_over_the_cv_language():
    found = rule(check(speaker("A2", "en"), vacancy(languages=("en",))), "languages")
    assert found.outcome == "needs_review" and "English — A2" in found.reason["en"]
    written = rule(check(speaker(None, "en"), vacancy(languages=("en",))), "languages")
    assert written.outcome == "pass" and "written in it" in written.reason["en"]


@pytest.mark.parametrize(
    ("value", "ru", "en"),
    [
        (1, "1 год", "1 year"),
        (2, "2 года", "2 years"),
        (5, "5 лет", "5 years"),
        (11, "11 лет", "11 years"),
        (21, "21 год", "21 years"),
        (11.4, "11,4 года", "11.4 years"),
        (0.96, "0,9 года", "0.9 years"),
    ],
)
def test_years_are_written_with_the_right_noun(value, ru, en):
    assert years(value, "ru") == ru and years(value, "en") == en


def test_a_shortfall_is_never_shown_as_the_figure_required():
    found = rule(
        check(
            profile(public=0.96, years=0.96),
            vacancy(experience=(ExperienceRule(1, "public_service"),)),
        ),
        "experience",
    )
    assert (
        found.outcome == "fail"
        and "0.9 years is less than the required 1 year" in found.reason["en"]
    )
