"""How the eligibility reasons write figures and names in Kazakh, Russian and English."""

from __future__ import annotations

import math

LANGS = ("kk", "ru", "en")
LEVEL_NAMES = {
    "kk": {
        "secondary": "орта",
        "vocational": "техникалық және кәсіптік",
        "bachelor": "жоғары — бакалавр",
        "master": "жоғары оқу орнынан кейінгі — магистр",
        "doctorate": "жоғары оқу орнынан кейінгі — доктор",
    },
    "ru": {
        "secondary": "среднее",
        "vocational": "техническое и профессиональное",
        "bachelor": "высшее — бакалавр",
        "master": "послевузовское — магистр",
        "doctorate": "послевузовское — доктор",
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
    "kk": {"kk": "қазақ", "ru": "орыс", "en": "ағылшын", "de": "неміс", "fr": "француз"},
    "ru": {
        "kk": "казахский",
        "ru": "русский",
        "en": "английский",
        "de": "немецкий",
        "fr": "французский",
    },
    "en": {"kk": "Kazakh", "ru": "Russian", "en": "English", "de": "German", "fr": "French"},
}


def shown(value: float) -> float:
    """The figure a reason prints: cut (not rounded) to tenths, so that 0.96 years is never
    shown as the "1 year" it falls short of."""
    return math.floor(round(value * 10, 6)) / 10


def num(value: float, lang: str) -> str:
    """A year figure the way each language writes it: 0,5 in kk/ru, 0.5 in English."""
    text = f"{shown(value):g}"
    return text if lang == "en" else text.replace(".", ",")


def _ru_year_noun(value: float) -> str:
    """год / года / лет for a figure: a fraction takes "года", whole numbers the usual plural."""
    if value != int(value):
        return "года"
    n = int(value) % 100
    if n % 10 == 1 and n != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n not in (12, 13, 14):
        return "года"
    return "лет"


def years(value: float, lang: str) -> str:
    """A figure with its noun for "years": "11,4 года", "5 лет", "1 жыл", "1 year"."""
    figure = shown(value)
    if lang == "ru":
        return f"{num(value, 'ru')} {_ru_year_noun(figure)}"
    if lang == "kk":
        return f"{num(value, 'kk')} жыл"
    return f"{num(value, 'en')} year" + ("" if figure == 1 else "s")


def per_lang(make) -> dict[str, str]:
    """{"kk": make("kk"), "ru": ..., "en": ...}: one text per reason language."""
    return {lang: make(lang) for lang in LANGS}


def sentence(text: str) -> str:
    """The text as a sentence: capital first letter, one full stop."""
    return text[:1].upper() + text[1:].rstrip(".") + "."
