"""Qualification requirements read from the CV: education level and field of study.

The engine decides only what the CV shows plainly; whether a specialty is equivalent is a
person's call, so those cases go to needs_review with the fields that were found (the
work-experience requirement is in ``experience``).
"""

from __future__ import annotations

from nlp.eligibility.fields import plainly_matching
from nlp.eligibility.results import RuleResult
from nlp.eligibility.results import result as _result
from nlp.eligibility.wording import LEVEL_NAMES, per_lang
from nlp.types import EDUCATION_LEVELS, CVProfile
from nlp.vacancy import Vacancy


def _rank(level: str) -> int:
    """Position of an education level on the ladder, secondary lowest."""
    return EDUCATION_LEVELS.index(level)


def _level_result(outcome, best: str, need: str) -> RuleResult:
    """Pass or fail on the level alone, naming the level found and the one required."""
    b = per_lang(lambda lang: LEVEL_NAMES[lang][best])
    n = per_lang(lambda lang: LEVEL_NAMES[lang][need])
    if outcome == "pass":
        return _result(
            "education",
            "pass",
            f"Білім деңгейі «{b['kk']}» талап етілетін «{n['kk']}» деңгейінен төмен емес.",
            f"Уровень образования «{b['ru']}» не ниже требуемого «{n['ru']}».",
            f"Education level ({b['en']}) meets the required {n['en']} level.",
        )
    return _result(
        "education",
        "fail",
        f"Білім деңгейі «{b['kk']}» талап етілетін «{n['kk']}» деңгейінен төмен.",
        f"Уровень образования «{b['ru']}» ниже требуемого «{n['ru']}».",
        f"Education level ({b['en']}) is below the required {n['en']} level.",
    )


def _field_result(profile: CVProfile, vacancy: Vacancy, need: str) -> RuleResult:
    """Level met: pass when a diploma of that level plainly is in a required field, else
    a person compares the specialties (never a refusal on the field alone)."""
    required = vacancy.education_fields
    fields = [
        e.field
        for e in profile.education
        if e.field and (e.level not in EDUCATION_LEVELS or _rank(e.level) >= _rank(need))
    ]
    want = "; ".join(required)
    if plainly_matching(fields, required):
        return _result(
            "education",
            "pass",
            f"Білім деңгейі мен мамандығы талапқа сай ({want}).",
            f"Уровень и специальность образования соответствуют требованию ({want}).",
            f"Education level and field of study meet the requirement ({want}).",
        )
    have = "; ".join(fields)
    kk = f"Түйіндемедегі мамандық: {have}" if have else "Түйіндемеде мамандық көрсетілмеген"
    ru = f"Специальность в резюме: {have}" if have else "Специальность в резюме не указана"
    en = f"Field of study in the CV: {have}" if have else "The CV does not state a field of study"
    return _result(
        "education",
        "needs_review",
        f"Білім деңгейі талапқа сай. {kk}; талап етілетіні: {want}. "
        "Мамандықтардың сәйкестігін адам тексеруі керек.",
        f"Уровень образования соответствует. {ru}; требуется: {want}. "
        "Соответствие специальностей должен проверить человек.",
        f"The education level is met. {en}; required: {want}. "
        "A person must check whether the specialties correspond.",
    )


def check_education(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Highest education level found must reach the vacancy's minimum, in a required field."""
    need = vacancy.education_min
    if need is None:
        return _result(
            "education",
            "pass",
            "Білім деңгейіне талап қойылмаған.",
            "Требование к уровню образования не установлено.",
            "No minimum education level is required.",
        )
    levels = [e.level for e in profile.education]
    known = [lv for lv in levels if lv in EDUCATION_LEVELS]
    best = max(known, key=_rank) if known else None
    if best is not None and _rank(best) >= _rank(need):
        if vacancy.education_fields:
            return _field_result(profile, vacancy, need)
        return _level_result("pass", best, need)
    if best is None or len(known) < len(levels):
        n = per_lang(lambda lang: LEVEL_NAMES[lang][need])
        return _result(
            "education",
            "needs_review",
            f"Түйіндемеде білім деңгейі анықталмады; талап: {n['kk']}. "
            "Дипломды адам тексеруі керек.",
            f"Уровень образования в резюме не определён; требуется: {n['ru']}. "
            "Диплом должен проверить человек.",
            f"The education level could not be read from the CV; required: "
            f"{n['en']}. A person must check the diploma.",
        )
    return _level_result("fail", best, need)
