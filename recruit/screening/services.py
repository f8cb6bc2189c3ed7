"""The eligibility check of a submitted application: the rule engine's verdict, stored and acted on.

``evaluate_application`` runs in the caller's transaction (the submit service commits), so an
application is never submitted without its eligibility result, nor the result without it.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask import current_app

from models import Application, ApplicationStatus, CVStatus, Outcome, utcnow
from nlp import eligibility
from nlp.eligibility import RuleResult
from nlp.vacancy import Vacancy, VacancyError
from recruit import audit
from recruit.applications.status import change_status
from recruit.screening import inputs

S = ApplicationStatus
CV_UNREAD = {
    "kk": "Түйіндеме автоматты түрде оқылмады, сондықтан бұл талапты адам тексереді.",
    "ru": "Резюме не удалось прочитать автоматически, поэтому это требование проверит человек.",
    "en": "The CV could not be read automatically, so a person will check this requirement.",
}
NO_CERTIFICATE = {
    "kk": "Профильде заңнама бойынша тестілеу сертификаты көрсетілмеген; кадр қызметі тексереді.",
    "ru": "В профиле не указан сертификат о тестировании на знание законодательства; "
    "его проверит кадровая служба.",
    "en": "No legislation-test certificate is given in the profile; the HR service will check it.",
}
NOT_A_CITIZEN = {
    "kk": "Профильде Қазақстан Республикасының азаматтығы көрсетілмеген ({code}).",
    "ru": "В профиле указано гражданство не Республики Казахстан ({code}).",
    "en": "The profile gives a citizenship other than Kazakhstan ({code}).",
}
NO_REQUIREMENTS = {
    "kk": "Вакансияның біліктілік талаптары оқылмады; кадр қызметі тексереді.",
    "ru": "Квалификационные требования вакансии не удалось прочитать; проверит кадровая служба.",
    "en": "The vacancy's qualification requirements could not be read; the HR service will "
    "check them.",
}
ELIGIBLE_REASON = {
    "kk": "Барлық біліктілік талаптары орындалды.",
    "ru": "Все квалификационные требования выполнены.",
    "en": "All qualification requirements are met.",
}
NOT_ELIGIBLE_REASON = {
    "kk": "Біліктілік талаптары орындалмады:",
    "ru": "Квалификационные требования не выполнены:",
    "en": "Qualification requirements are not met:",
}


def local_date(value: datetime) -> date:
    """The Asia/Almaty calendar date of a naive UTC datetime."""
    zone = ZoneInfo(current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Asia/Almaty"))
    return value.replace(tzinfo=UTC).astimezone(zone).date()


def _rule(rule: str, outcome: str, reason: dict[str, str]) -> RuleResult:
    return RuleResult(rule, outcome, dict(reason))


def _cv_rules_to_review(rules: list[RuleResult], from_cv: set[str]) -> list[RuleResult]:
    """An unreadable CV never fails a candidate: its rules go to a person instead."""
    return [
        _rule(r.rule, "needs_review", {k: f"{CV_UNREAD[k]} {v}" for k, v in r.reason.items()})
        if r.rule in from_cv and r.outcome == "fail"
        else r
        for r in rules
    ]


def _citizenship(rules: list[RuleResult], profile) -> list[RuleResult]:
    """The profile's citizenship overrides a ticked declaration when it is not Kazakhstan."""
    code = getattr(profile, "citizenship", "KZ") or "KZ"
    if code == "KZ":
        return rules
    reason = {lang: text.format(code=code) for lang, text in NOT_A_CITIZEN.items()}
    failed = _rule("citizenship", "fail", reason)
    return [failed if r.rule == "citizenship" else r for r in rules]


def _engine_vacancy(application: Application) -> Vacancy | None:
    """The engine's vacancy, or None when the stored requirements cannot be read."""
    try:
        return inputs.vacancy(application)
    except VacancyError:
        return None


def run_rules(application: Application) -> tuple[str, list[RuleResult]]:
    """The engine's overall outcome and its rules for ``application``, adjusted as documented."""
    deadline = application.vacancy.deadline
    on_deadline = local_date(deadline) if deadline else None
    today = local_date(utcnow())
    profile = inputs.candidate_profile(application)
    cv, from_cv = inputs.merged_profile(application, profile, min(today, on_deadline or today))
    if application.cv_status == CVStatus.OK:
        from_cv = set()
    vacancy = _engine_vacancy(application)
    cert = inputs.certificate(profile)
    result = eligibility.check(
        cv,
        vacancy or Vacancy(title=application.vacancy.title),
        inputs.declarations(application),
        cert,
        deadline=on_deadline,
        today=today,
        certificate_valid_days=current_app.config.get("LEGISLATION_TEST_VALID_DAYS", 365),
    )
    rules = _citizenship(_cv_rules_to_review(list(result.rules), from_cv), profile)
    if vacancy is None:
        rules = [_rule("requirements", "needs_review", NO_REQUIREMENTS)] + [
            r for r in rules if r.rule not in inputs.CV_RULES
        ]
    if cert is None:
        rules.append(_rule("legislation_test", "needs_review", NO_CERTIFICATE))
    return eligibility.overall(tuple(rules)), rules


def _failed_reason(rules: list[RuleResult]) -> dict[str, str]:
    """The status reason of "not eligible": every failed rule's sentence."""
    failed = [r for r in rules if r.outcome == "fail"]
    return {
        lang: " ".join([head, *(r.reason.get(lang, "") for r in failed)])
        for lang, head in NOT_ELIGIBLE_REASON.items()
    }


def evaluate_application(application: Application, actor=None) -> Outcome:
    """Check eligibility, store every rule's result and move a submitted application on.

    pass → eligible, fail → not eligible (with the failed rules as the reason); needs_review
    keeps the status "submitted" for HR to decide. Runs in the caller's transaction.
    """
    outcome, rules = run_rules(application)
    application.eligibility_outcome = Outcome(outcome)
    application.eligibility_rules = [r.to_dict() for r in rules]
    application.eligibility_checked_at = utcnow()
    audit.record("eligibility.check", application, actor=actor, outcome=outcome)
    if application.status == S.SUBMITTED and application.override_outcome is None:
        if outcome == "pass":
            change_status(application, S.ELIGIBLE, dict(ELIGIBLE_REASON), actor)
        elif outcome == "fail":
            change_status(application, S.NOT_ELIGIBLE, _failed_reason(rules), actor)
    return application.eligibility_outcome
