"""Qualification requirements read from the CV: education level, experience, languages."""

from __future__ import annotations

from nlp.eligibility.results import RuleResult
from nlp.eligibility.results import result as _result
from nlp.types import EDUCATION_LEVELS, CVProfile
from nlp.vacancy import Vacancy

LEVEL_NAMES = {
    "kk": {
        "secondary": "орта",
        "vocational": "техникалық және кәсіптік",
        "bachelor": "жоғары (бакалавр)",
        "master": "магистр",
        "doctorate": "докторантура",
    },
    "ru": {
        "secondary": "среднее",
        "vocational": "техническое и профессиональное",
        "bachelor": "высшее (бакалавр)",
        "master": "магистратура",
        "doctorate": "докторантура",
    },
    "en": {
        "secondary": "secondary",
        "vocational": "vocational",
        "bachelor": "bachelor's",
        "master": "master's",
        "doctorate": "doctorate",
    },
}
LANGUAGE_NAMES = {
    "kk": {"kk": "қазақ", "ru": "орыс", "en": "ағылшын"},
    "ru": {"kk": "казахский", "ru": "русский", "en": "английский"},
    "en": {"kk": "Kazakh", "ru": "Russian", "en": "English"},
}
WEAK_LEVELS = {"basic", "a1", "a2", "elementary", "beginner"}


def _num(value: float, lang: str) -> str:
    """A year figure the way each language writes it: 0,5 in kk/ru, 0.5 in English."""
    text = f"{round(value, 1):g}"
    return text if lang == "en" else text.replace(".", ",")


def _years_en(value: float) -> str:
    """An English year figure with its noun in the right number."""
    return f"{_num(value, 'en')} year" + ("" if value == 1 else "s")


def check_education(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Highest education level found must reach the vacancy's minimum."""
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
    best = max(known, key=EDUCATION_LEVELS.index) if known else None
    n = {lang: LEVEL_NAMES[lang][need] for lang in LEVEL_NAMES}
    if best is not None and EDUCATION_LEVELS.index(best) >= EDUCATION_LEVELS.index(need):
        b = {lang: LEVEL_NAMES[lang][best] for lang in LEVEL_NAMES}
        return _result(
            "education",
            "pass",
            f"Білім деңгейі ({b['kk']}) талап етілетіннен ({n['kk']}) төмен емес.",
            f"Уровень образования ({b['ru']}) не ниже требуемого ({n['ru']}).",
            f"Education level ({b['en']}) meets the required {n['en']} level.",
        )
    if best is None or len(known) < len(levels):
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
    b = {lang: LEVEL_NAMES[lang][best] for lang in LEVEL_NAMES}
    return _result(
        "education",
        "fail",
        f"Білім деңгейі ({b['kk']}) талап етілетіннен ({n['kk']}) төмен.",
        f"Уровень образования ({b['ru']}) ниже требуемого ({n['ru']}).",
        f"Education level ({b['en']}) is below the required {n['en']} level.",
    )


def _have_years(profile: CVProfile, kind: str) -> float:
    """Years of the given kind; "field" experience is approximated by all work experience."""
    return profile.public_service_years if kind == "public_service" else profile.experience_years


def _experience_phrases(kind: str, have: float, need: float) -> dict[str, str]:
    """One clause per language comparing found and required years of one kind."""
    ok = have >= need
    if kind == "public_service":
        kk = f"мемлекеттік қызмет өтілі {_num(have, 'kk')} жыл"
        ru = f"опыт государственной службы {_num(have, 'ru')} г."
        en = f"public-service experience of {_years_en(have)}"
    else:
        kk = f"функционалдық саладағы өтіл {_num(have, 'kk')} жыл"
        ru = f"опыт в функциональной области {_num(have, 'ru')} г."
        en = f"experience in the functional area of {_years_en(have)}"
    cmp_kk, cmp_ru = ("кем емес", "не меньше") if ok else ("аз", "меньше")
    cmp_en = "meets" if ok else "is less than"
    return {
        "kk": f"{kk}, талап етілетін {_num(need, 'kk')} жылдан {cmp_kk}",
        "ru": f"{ru} {cmp_ru} требуемого {_num(need, 'ru')} г.",
        "en": f"{en} {cmp_en} the required {_years_en(need)}",
    }


def check_experience(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Any one experience alternative satisfied is enough; otherwise fail with every figure."""
    if not vacancy.experience:
        return _result(
            "experience",
            "pass",
            "Жұмыс өтіліне талап қойылмаған.",
            "Требование к стажу работы не установлено.",
            "No work experience is required.",
        )
    met = [r for r in vacancy.experience if _have_years(profile, r.kind) >= r.years]
    shown = met[:1] if met else vacancy.experience
    phrases = [_experience_phrases(r.kind, _have_years(profile, r.kind), r.years) for r in shown]
    text = {lang: "; ".join(p[lang] for p in phrases) for lang in ("kk", "ru", "en")}
    for lang in text:
        text[lang] = text[lang][0].upper() + text[lang][1:].rstrip(".") + "."
    if met:
        return _result("experience", "pass", text["kk"], text["ru"], text["en"])
    return _result(
        "experience",
        "fail",
        text["kk"] + " Бірде-бір балама орындалмады.",
        text["ru"] + " Ни одна из альтернатив не выполнена.",
        text["en"] + " No alternative is satisfied.",
    )


def _language_found(profile: CVProfile, code: str) -> tuple[bool, bool]:
    """(found, weak): the CV lists the language or is written in it; weak = A1/A2/basic only."""
    levels = [(s.level or "").lower() for s in profile.languages if s.code == code]
    if profile.language == code:
        return True, False
    return bool(levels), bool(levels) and all(lv in WEAK_LEVELS for lv in levels)


def check_languages(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Each required language must appear in the CV; absence or a basic level goes to a person."""
    missing, weak = [], []
    for code in vacancy.languages:
        found, is_weak = _language_found(profile, code)
        (missing if not found else weak if is_weak else []).append(code)

    def names(codes, lang):
        """Language names in the sentence's language, comma-separated."""
        return ", ".join(LANGUAGE_NAMES[lang].get(c, c) for c in codes)

    if not missing and not weak:
        req = {lang: names(vacancy.languages, lang) or "—" for lang in LANGUAGE_NAMES}
        return _result(
            "languages",
            "pass",
            f"Талап етілетін тілдер расталды: {req['kk']}.",
            f"Требуемые языки подтверждены: {req['ru']}.",
            f"Required languages are shown in the CV: {req['en']}.",
        )
    m = {lang: names(missing + weak, lang) for lang in LANGUAGE_NAMES}
    return _result(
        "languages",
        "needs_review",
        f"Түйіндемеде тілді меңгеру расталмады: {m['kk']}. Адам тексеруі керек.",
        f"В резюме не подтверждено владение языками: {m['ru']}. Нужна проверка.",
        f"The CV does not show sufficient command of: {m['en']}. A person must check.",
    )
