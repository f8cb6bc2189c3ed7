"""Eligibility: the legal qualification requirements as a rule engine, not a score.

Every rule gives pass / fail / needs_review with a sentence in Kazakh, Russian and English
that carries the figures, so HR and the candidate see exactly why. Only applicants whose
overall outcome is "pass" are ranked.
"""

from __future__ import annotations

from datetime import date

from nlp.eligibility.experience import check_experience
from nlp.eligibility.languages import check_languages
from nlp.eligibility.legal import CERTIFICATE_VALID_DAYS, check_certificate, check_declarations
from nlp.eligibility.qualifications import check_education
from nlp.eligibility.results import (
    Declarations,
    Eligibility,
    Outcome,
    RuleResult,
    TestCertificate,
    overall,
)
from nlp.types import CVProfile
from nlp.vacancy import Vacancy

__all__ = [
    "CERTIFICATE_VALID_DAYS",
    "Declarations",
    "Eligibility",
    "Outcome",
    "RuleResult",
    "TestCertificate",
    "check",
    "overall",
]


def check(
    profile: CVProfile,
    vacancy: Vacancy,
    declarations: Declarations | None = None,
    test_certificate: TestCertificate | None = None,
    *,
    deadline: date | None = None,
    today: date | None = None,
    certificate_valid_days: int = CERTIFICATE_VALID_DAYS,
) -> Eligibility:
    """Check every qualification requirement; declarations and certificate only when given."""
    rules = [check_education(profile, vacancy), check_experience(profile, vacancy)]
    if vacancy.languages:
        rules.append(check_languages(profile, vacancy))
    if declarations is not None:
        rules.extend(check_declarations(declarations))
    if test_certificate is not None:
        on = deadline or vacancy.deadline or today
        rules.append(check_certificate(test_certificate, on, certificate_valid_days))
    return Eligibility(overall(tuple(rules)), tuple(rules))
