"""The work-experience requirement: alternatives of public-service, functional-area or
managerial years, any one of which is enough.

The engine passes only what the CV shows plainly: enough public-service years, or enough years
in posts whose titles are managerial (``managerial``). Whether work was in the functional area
of the position, or whether a post the engine cannot read as managerial was one, is a person's
call, so enough work years for those go to needs_review with the figures found; too few years
of any kind fail.
"""

from __future__ import annotations

from nlp.components.periods import total_years
from nlp.eligibility.managerial import managerial_periods
from nlp.eligibility.results import RuleResult
from nlp.eligibility.results import result as _result
from nlp.eligibility.wording import per_lang, sentence, years
from nlp.types import CVProfile
from nlp.vacancy import ExperienceRule, Vacancy

# How each kind of alternative is named: (the years of it found, in kk/ru/en), and (the
# requirement, in kk/ru/en).
_FOUND = {
    "public_service": (
        "мемлекеттік қызмет өтілі",
        "опыт государственной службы",
        "public-service experience",
    ),
    "field": ("жалпы еңбек өтілі", "общий трудовой стаж", "total work experience"),
    "managerial": (
        "басшы лауазымдардағы өтілі",
        "стаж на руководящих должностях",
        "experience in managerial posts",
    ),
}
_REQUIRED = {
    "public_service": ("мемлекеттік қызметте", "государственной службы", "of public service"),
    "field": ("функционалдық салада", "в функциональной области", "in the functional area"),
    "managerial": ("басшы лауазымдарда", "на руководящих должностях", "in managerial posts"),
}


def managerial_years(profile: CVProfile) -> float:
    """Years in posts whose titles are managerial, overlaps counted once."""
    periods = managerial_periods(profile.experience)
    return total_years(periods) if periods else 0.0


def _have_years(profile: CVProfile, kind: str) -> float:
    """The years of one kind the CV shows; for "field" all work years (the area is not read)."""
    if kind == "public_service":
        return profile.public_service_years
    if kind == "managerial":
        return managerial_years(profile)
    return profile.experience_years


def _phrases(rule: ExperienceRule, have: float) -> dict[str, str]:
    """One clause per language comparing found and required years of one kind; for a
    "field" alternative the figure is all work experience, and the clause says so."""
    ok = have >= rule.years
    need = per_lang(lambda lang: years(rule.years, lang))
    got = per_lang(lambda lang: years(have, lang))
    kk, ru, en = _FOUND[rule.kind]
    area = per_lang(lambda lang: "")
    if rule.kind == "field":
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
    phrases = [_phrases(r, _have_years(profile, r.kind)) for r in rules]
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


def _managerial_to_review(rule: ExperienceRule, profile: CVProfile) -> RuleResult:
    """Too few years in posts read as managerial, but enough work years in all: whether the
    other posts were managerial is a person's call."""
    got = per_lang(lambda lang: years(managerial_years(profile), lang))
    need = per_lang(lambda lang: years(rule.years, lang))
    total = per_lang(lambda lang: years(profile.experience_years, lang))
    return _result(
        "experience",
        "needs_review",
        f"Түйіндемеде басшы лауазымдар ретінде оқылған {got['kk']} өтіл табылды (басшы "
        f"лауазымдарда {need['kk']} талап етіледі, жалпы еңбек өтілі {total['kk']}); басқа "
        "лауазымдардың басшы лауазым болғанын адам тексеруі керек.",
        f"В резюме найдено {got['ru']} на должностях, прочитанных как руководящие (требуется "
        f"{need['ru']} на руководящих должностях, общий трудовой стаж — {total['ru']}); были ли "
        "руководящими другие должности, должен проверить человек.",
        f"{got['en'].capitalize()} in posts read as managerial found ({need['en']} in "
        f"managerial posts required, total work experience {total['en']}); whether the other "
        "posts were managerial must be checked by a person.",
    )


def _required_list(rules: tuple[ExperienceRule, ...]) -> dict[str, str]:
    """The experience alternatives as "1 year of public service or 2 years in the area"."""
    parts = [
        {
            "kk": f"{_REQUIRED[r.kind][0]} {years(r.years, 'kk')}",
            "ru": f"{years(r.years, 'ru')} {_REQUIRED[r.kind][1]}",
            "en": f"{years(r.years, 'en')} {_REQUIRED[r.kind][2]}",
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


def _to_review(profile: CVProfile, rules: tuple[ExperienceRule, ...]) -> RuleResult | None:
    """The first alternative enough work years might meet, for a person to check."""
    for rule in rules:
        if profile.experience_years >= rule.years:
            if rule.kind == "field":
                return _field_to_review(rule, profile.experience_years)
            if rule.kind == "managerial":
                return _managerial_to_review(rule, profile)
    return None


def check_experience(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Public-service or managerial years met → pass; enough work years for a "field" or a
    managerial alternative → a person; none met → fail, unless no dated period was read."""
    rules = vacancy.experience
    if not rules:
        return _result(
            "experience",
            "pass",
            "Жұмыс өтіліне талап қойылмаған.",
            "Требование к стажу работы не установлено.",
            "No work experience is required.",
        )
    plain = [r for r in rules if r.kind != "field" and _have_years(profile, r.kind) >= r.years]
    if plain:
        text = _joined(plain[:1], profile)
        return _result("experience", "pass", text["kk"], text["ru"], text["en"])
    review = _to_review(profile, rules)
    if review is not None:
        return review
    if not any(period.start for period in profile.experience):
        return _undated_to_review(rules)
    text = _joined(rules, profile)
    return _result(
        "experience",
        "fail",
        text["kk"] + " Бірде-бір балама орындалмады.",
        text["ru"] + " Ни одна из альтернатив не выполнена.",
        text["en"] + " No alternative is satisfied.",
    )
