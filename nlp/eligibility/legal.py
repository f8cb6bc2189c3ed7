"""Legal preconditions: citizenship and declarations, and the legislation-test certificate."""

from __future__ import annotations

from datetime import date, timedelta

from nlp.eligibility.results import Declarations, RuleResult, TestCertificate
from nlp.eligibility.results import result as _result

CERTIFICATE_VALID_DAYS = 365

DECLARATION_TEXT = {
    "citizenship": (
        "Қазақстан Республикасының азаматтығы",
        "гражданство Республики Казахстан",
        "citizenship of the Republic of Kazakhstan",
    ),
    "criminal_record": (
        "қызметке кедергі келтіретін сотталғандықтың болмауы",
        "отсутствие судимости, препятствующей службе",
        "no criminal record barring civil service",
    ),
    "medical_fitness": (
        "денсаулық жағдайы бойынша жарамдылық",
        "годность по состоянию здоровья",
        "medical fitness for service",
    ),
    "truthfulness": (
        "мәліметтердің дұрыстығы",
        "достоверность сведений",
        "truthfulness of the information given",
    ),
}


def check_declarations(declarations: Declarations) -> tuple[RuleResult, ...]:
    """Citizenship and the legal declarations: confirmed, refused or not answered."""
    answers = {
        "citizenship": declarations.citizen_kz,
        "criminal_record": declarations.no_criminal_record,
        "medical_fitness": declarations.medically_fit,
        "truthfulness": declarations.truthful,
    }
    results = []
    for rule, answer in answers.items():
        kk, ru, en = DECLARATION_TEXT[rule]
        if answer is True:
            results.append(
                _result(
                    rule, "pass", f"Расталды: {kk}.", f"Подтверждено: {ru}.", f"Declared: {en}."
                )
            )
        elif answer is False:
            results.append(
                _result(
                    rule,
                    "fail",
                    f"Расталмады: {kk}.",
                    f"Не подтверждено: {ru}.",
                    f"Not declared: {en}.",
                )
            )
        else:
            results.append(
                _result(
                    rule,
                    "needs_review",
                    f"Мәлімдеме берілмеген: {kk}.",
                    f"Декларация не заполнена: {ru}.",
                    f"Not answered: {en}.",
                )
            )
    return tuple(results)


def check_certificate(cert: TestCertificate, on: date | None, valid_days: int) -> RuleResult:
    """The legislation-test certificate must be passed and valid on the deadline."""
    if on is None:
        return _result(
            "legislation_test",
            "needs_review",
            f"№{cert.number} сертификатты тексеру үшін мерзім белгісіз.",
            f"Нет даты окончания приёма для проверки сертификата №{cert.number}.",
            f"No deadline is known to check certificate No. {cert.number} against.",
        )
    until = cert.issued + timedelta(days=valid_days)
    d, u, i = on.isoformat(), until.isoformat(), cert.issued.isoformat()
    if not cert.passed:
        return _result(
            "legislation_test",
            "fail",
            f"№{cert.number} сертификат бойынша тест тапсырылмаған.",
            f"По сертификату №{cert.number} тестирование не пройдено.",
            f"Certificate No. {cert.number} records a failed test.",
        )
    if cert.issued <= on <= until:
        return _result(
            "legislation_test",
            "pass",
            f"№{cert.number} сертификат ({i}) {d} күні жарамды ({u} дейін).",
            f"Сертификат №{cert.number} от {i} действителен на {d} (до {u}).",
            f"Certificate No. {cert.number} of {i} is valid on {d} (until {u}).",
        )
    return _result(
        "legislation_test",
        "fail",
        f"№{cert.number} сертификат ({i}) {d} күні жарамсыз (жарамдылығы {u} дейін).",
        f"Сертификат №{cert.number} от {i} недействителен на {d} (срок до {u}).",
        f"Certificate No. {cert.number} of {i} is not valid on {d} (valid until {u}).",
    )
