"""The language requirement: each required language, and its CEFR level when one is set.

A level stated in the CV wins over the language the CV is written in (an English CV that
says "English – A2" does not show B2). Word levels are placed on the CEFR scale as a range,
so that "fluent" against C2 goes to a person instead of being guessed.
"""

from __future__ import annotations

from nlp.eligibility.results import Outcome, RuleResult
from nlp.eligibility.results import result as _result
from nlp.eligibility.wording import LANGS, LANGUAGE_NAMES, per_lang
from nlp.types import CVProfile
from nlp.vacancy import CEFR_LEVELS, Vacancy

WEAK_LEVELS = {"basic", "a1", "a2", "elementary", "beginner"}
WORD_RANGES = {
    "native": ("C1", "C2"),
    "fluent": ("C1", "C2"),
    "advanced": ("C1", "C1"),
    "intermediate": ("B1", "B1"),
    "basic": ("A2", "A2"),
    "elementary": ("A2", "A2"),
    "beginner": ("A2", "A2"),
}
WORD_NAMES = {
    "kk": {"native": "ана тілі", "fluent": "еркін", "advanced": "жоғары деңгей",
           "intermediate": "орта деңгей", "basic": "бастапқы деңгей"},
    "ru": {"native": "родной", "fluent": "свободно", "advanced": "продвинутый",
           "intermediate": "средний", "basic": "базовый"},
}  # fmt: skip
PHRASES = {
    "kk": {"absent": "түйіндемеде көрсетілмеген", "written": "түйіндеме осы тілде жазылған",
           "listed": "түйіндемеде көрсетілген",
           "unstated": "деңгейі көрсетілмеген", "required": "талап", "or_above": "немесе жоғары"},
    "ru": {"absent": "в резюме не указан", "written": "резюме написано на этом языке",
           "listed": "указан в резюме",
           "unstated": "уровень не указан", "required": "требуется", "or_above": "или выше"},
    "en": {"absent": "not mentioned in the CV", "written": "the CV is written in it",
           "listed": "listed in the CV",
           "unstated": "no level stated", "required": "required", "or_above": "or above"},
}  # fmt: skip
HEADINGS = {
    "pass": ("Тіл талаптары орындалды", "Требования к языкам выполнены",
             "Language requirements are met"),
    "fail": ("Тілді меңгеру деңгейі талап етілгеннен төмен",
             "Уровень владения языком ниже требуемого", "Language level is below the requirement"),
    "needs_review": ("Тілді меңгеруді адам тексеруі керек",
                     "Владение языком должен проверить человек",
                     "A person must check command of the language"),
}  # fmt: skip


def _range(level: str | None) -> tuple[str, str] | None:
    """The CEFR range a stated level stands for; None when it cannot be placed."""
    if level is None:
        return None
    code = level.strip().upper()
    if code in CEFR_LEVELS:
        return code, code
    return WORD_RANGES.get(level.strip().lower())


def _level_text(level: str, lang: str) -> str:
    """A stated level as the reason writes it: "B2", "свободно (C1 или выше)"."""
    span = _range(level)
    if span is None or level.upper() in CEFR_LEVELS:
        return level.upper() if span else level
    word = WORD_NAMES.get(lang, {}).get(level.lower(), level.lower())
    low, high = span
    return f"{word} ({low})" if low == high else f"{word} ({low} {PHRASES[lang]['or_above']})"


def _best_stated(profile: CVProfile, code: str) -> str | None:
    """The highest level the CV states for a language that the CEFR scale can place."""
    stated = [s.level for s in profile.languages if s.code == code and _range(s.level)]
    return max(stated, key=lambda lv: [CEFR_LEVELS.index(x) for x in _range(lv)], default=None)


def _against_level(profile: CVProfile, code: str, need: str) -> tuple[Outcome, dict]:
    """Outcome and clause for a language with a required CEFR level."""
    best = _best_stated(profile, code)
    if best is None:
        listed = any(s.code == code for s in profile.languages) or profile.language == code
        key = "unstated" if listed else "absent"
        return "needs_review", per_lang(
            lambda lang: f"{PHRASES[lang][key]} ({PHRASES[lang]['required']}: {need})"
        )
    low, high = (CEFR_LEVELS.index(x) for x in _range(best))
    rank = CEFR_LEVELS.index(need)
    outcome = "pass" if low >= rank else "fail" if high < rank else "needs_review"
    return outcome, per_lang(
        lambda lang: f"{_level_text(best, lang)} ({PHRASES[lang]['required']}: {need})"
    )


def _present(profile: CVProfile, code: str) -> tuple[Outcome, dict]:
    """Outcome and clause for a language required without a level: a stated A1/A2/basic
    goes to a person, any other mention passes, absence goes to a person."""
    stated = [s.level for s in profile.languages if s.code == code and s.level]
    if stated:
        best = _best_stated(profile, code) or stated[0]
        weak = all(lv.lower() in WEAK_LEVELS for lv in stated)
        return ("needs_review" if weak else "pass"), per_lang(lambda lang: _level_text(best, lang))
    if profile.language == code:
        return "pass", per_lang(lambda lang: PHRASES[lang]["written"])
    if any(s.code == code for s in profile.languages):
        return "pass", per_lang(lambda lang: PHRASES[lang]["listed"])
    return "needs_review", per_lang(lambda lang: PHRASES[lang]["absent"])


def check_languages(profile: CVProfile, vacancy: Vacancy) -> RuleResult:
    """Each required language, at its level if one is set; the worst outcome decides."""
    found = []
    for code, need in vacancy.language_requirements():
        outcome, clause = _against_level(profile, code, need) if need else _present(profile, code)
        found.append((code, outcome, clause))
    outcomes = {outcome for _, outcome, _ in found}
    worst = (
        "fail" if "fail" in outcomes else "needs_review" if "needs_review" in outcomes else "pass"
    )
    shown = [item for item in found if worst == "pass" or item[1] != "pass"]
    text = per_lang(
        lambda lang: "; ".join(
            f"{LANGUAGE_NAMES[lang].get(code, code)} — {clause[lang]}" for code, _, clause in shown
        )
    )
    kk, ru, en = (f"{HEADINGS[worst][i]}: {text[lang]}." for i, lang in enumerate(LANGS))
    return _result("languages", worst, kk, ru, en)
