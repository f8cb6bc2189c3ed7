"""Qualification requirements read from the CV: education level and field, work experience.

The engine decides only what the CV shows plainly; whether a specialty is equivalent or work
was in the functional area is a person's call, so those cases go to needs_review with the
figures that were found.
"""

from __future__ import annotations

from nlp.eligibility.fields import plainly_matching
from nlp.eligibility.results import RuleResult
from nlp.eligibility.results import result as _result
from nlp.eligibility.wording import LEVEL_NAMES, per_lang, sentence, years
from nlp.types import EDUCATION_LEVELS, CVProfile
from nlp.vacancy import ExperienceRule, Vacancy


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


def _have_years(profile: CVProfile, kind: str) -> float:
    """Public-service years, or for "field" all work years (the area is not read)."""
    return profile.public_service_years if kind == "public_service" else profile.experience_years


def _experience_phrases(rule: ExperienceRule, have: float) -> dict[str, str]:
    """One clause per language comparing found and required years of one kind; for a
    "field" alternative the figure is all work experience, and the clause says so."""
    ok = have >= rule.years
    need = per_lang(lambda lang: years(rule.years, lang))
    got = per_lang(lambda lang: years(have, lang))
    if rule.kind == "public_service":
        kk, ru = "мемлекеттік қызмет өтілі", "опыт государственной службы"
        en, area = "public-service experience", per_lang(lambda lang: "")
    else:
        kk, ru, en = "жалпы еңбек өтілі", "общий трудовой стаж", "total work experience"
        area = {
            "kk": "функционалдық салада ",
            "ru": " в функциональной области",
            "en": " in the functional area",
        }
    return {
        "kk": f"{kk} {got['kk']}, {area['kk']}талап етілетін {need['kk']}дан "
        + ("кем емес" if ok else "аз"),
        "ru": f"{ru} — {got['ru']}, требуется {need['ru']}{area['ru']}"
        + ("" if ok else ": меньше требуемого"),
        "en": f"{en} of {got['en']} {'meets' if ok else 'is less than'} the required "
        f"{need['en']}{area['en']}",
    }


def _joined(rules, profile: CVProfile) -> dict[str, str]:
    """The clauses of several alternatives as one sentence per language."""
    phrases = [_experience_phrases(r, _have_years(profile, r.kind)) for r in rules]
    return per_lang(lambda lang: sentence("; ".join(p[lang] for p in phrases)))


def _field_to_review(rule: ExperienceRule, have: float) -> RuleResult:
    """Enough work years for a "field" alternative, but the area is a person's call."""
    got = per_lang(lambda lang: years(have, lang))
    need = per_lang(lambda lang: years(rule.years, lang))
    return _result(
        "experience",
        "needs_review",
        f"Түйіндемеде {got['kk']} жұмыс өтілі табылды (функционалдық салада {need['kk']} "
        "талап етіледі); оның осы салада болғанын адам тексеруі керек.",
        f"В резюме найдено {got['ru']} трудового стажа (требуется {need['ru']} в "
        "функциональной области); была ли работа в этой области, должен проверить человек.",
        f"{got['en'].capitalize()} of work experience found ({need['en']} in the functional "
        "area required); whether it was in the functional area must be checked by a person.",
    )


def _required_list(rules: tuple[ExperienceRule, ...]) -> dict[str, str]:
    """The experience alternatives as "1 year of public service or 2 years in the area"."""
    kinds = {
        "public_service": ("мемлекеттік қызметте", "государственной службы", "of public service"),
        "field": ("функционалдық салада", "в функциональной области", "in the functional area"),
    }
    parts = [
        {
            "kk": f"{kinds[r.kind][0]} {years(r.years, 'kk')}",
            "ru": f"{years(r.years, 'ru')} {kinds[r.kind][1]}",
            "en": f"{years(r.years, 'en')} {kinds[r.kind][2]}",
        }
        for r in rules
    ]
    joiner = {"kk": " немесе ", "ru": " или ", "en": " or "}
    return per_lang(lambda lang: joiner[lang].join(p[lang] for p in parts))


def _undated_to_review(rules: tuple[ExperienceRule, ...]) -> RuleResult:
    """No dated work period was read: stated totals cannot refuse anyone."""
    need = _required_list(rules)
    return _result(
        "experience",
        "needs_review",
        f"Түйіндемеде күндері көрсетілген жұмыс кезеңі оқылмады; талап: {need['kk']}. "
        "Еңбек жолын адам тексеруі керек.",
        f"В резюме не прочитан ни один период работы с датами; требуется: {need['ru']}. "
        "Трудовую деятельность должен проверить человек.",
        f"No dated work period could be read from the CV; required: {need['en']}. "
        "A person must check the track record.",
    )


def check_experience(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Public service met → pass; only "field" years met → a person; none met → fail,
    unless no dated period was read at all."""
    if not vacancy.experience:
        return _result(
            "experience",
            "pass",
            "Жұмыс өтіліне талап қойылмаған.",
            "Требование к стажу работы не установлено.",
            "No work experience is required.",
        )
    met = [r for r in vacancy.experience if _have_years(profile, r.kind) >= r.years]
    service = [r for r in met if r.kind == "public_service"]
    if service:
        text = _joined(service[:1], profile)
        return _result("experience", "pass", text["kk"], text["ru"], text["en"])
    if met:
        return _field_to_review(met[0], profile.experience_years)
    if not any(period.start for period in profile.experience):
        return _undated_to_review(vacancy.experience)
    text = _joined(vacancy.experience, profile)
    return _result(
        "experience",
        "fail",
        text["kk"] + " Бірде-бір балама орындалмады.",
        text["ru"] + " Ни одна из альтернатив не выполнена.",
        text["en"] + " No alternative is satisfied.",
    )
