"""Outcomes of the eligibility rules: one RuleResult per requirement, and the overall verdict."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Outcome = Literal["pass", "fail", "needs_review"]


@dataclass(frozen=True, slots=True)
class Declarations:
    """The candidate's legal declarations; None means "not answered"."""

    citizen_kz: bool | None = None
    no_criminal_record: bool | None = None
    medically_fit: bool | None = None
    truthful: bool | None = None


@dataclass(frozen=True, slots=True)
class TestCertificate:
    """Certificate of the legislation test (number and date of issue)."""

    number: str
    issued: date
    passed: bool = True


@dataclass(frozen=True, slots=True)
class RuleResult:
    """The outcome of one requirement with its reason in kk/ru/en."""

    rule: str
    outcome: Outcome
    reason: dict[str, str]

    def to_dict(self) -> dict:
        """A JSON-ready form for the CLI and the web layer."""
        return {"rule": self.rule, "outcome": self.outcome, "reason": dict(self.reason)}


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Overall outcome (any fail → fail, else any needs_review → needs_review) and the rules."""

    outcome: Outcome
    rules: tuple[RuleResult, ...]

    @property
    def eligible(self) -> bool:
        """Only a full pass makes an applicant rankable."""
        return self.outcome == "pass"


def result(rule: str, outcome: Outcome, kk: str, ru: str, en: str) -> RuleResult:
    """Package one rule outcome with its three sentences."""
    return RuleResult(rule, outcome, {"kk": kk, "ru": ru, "en": en})


def overall(rules: tuple[RuleResult, ...]) -> Outcome:
    """Any fail → fail; else any needs_review → needs_review; else pass."""
    outcomes = {r.outcome for r in rules}
    return (
        "fail" if "fail" in outcomes else "needs_review" if "needs_review" in outcomes else "pass"
    )
