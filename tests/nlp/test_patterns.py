"""First-character guards: the rule patterns find exactly what they found without them."""

import importlib
import random
import re

import pytest

from nlp.bench_corpus import cv_text
from nlp.components.patterns import guarded
from tests.nlp.test_profile import EN, KK, MIXED, RU

MODULES = ("dates", "organizations", "periods", "personal_data", "languages")
MODULES += ("certifications", "education", "education_fields", "education_levels")
MODULES += ("organization_words", "certificate_cues", "date_periods")
GUARD = re.compile(r"(?:\(\?<!\\w\))?\(\?=\[[^]]*\]\)\(\?:")
ODD = "".join(chr(code) for code in range(32, 1280)) + " İı ſ K Å Σσς ǅ ﬀ\tİSTANBUL straße"


def _texts() -> list[str]:
    """CVs in three languages and a line of every Latin, Cyrillic and odd-case character."""
    rng = random.Random(8)
    return [RU, KK, EN, MIXED, ODD] + [cv_text(lang, rng) for lang in ("kk", "ru", "en")]


def _guarded_patterns():
    """(name, pattern with a guard) of every guarded pattern the components use."""
    for module in MODULES:
        for name, value in vars(importlib.import_module(f"nlp.components.{module}")).items():
            if isinstance(value, re.Pattern) and GUARD.match(value.pattern):
                yield f"{module}.{name}", value


def _unguarded(pattern: re.Pattern) -> re.Pattern:
    """The pattern as written, without its guard."""
    body = pattern.pattern[GUARD.match(pattern.pattern).end() : -1]
    return re.compile(body, pattern.flags)


def _found(pattern: re.Pattern, text: str) -> list:
    """Every match of ``pattern`` in ``text``: span, groups and the last group's name."""
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("name", "pattern"), list(_guarded_patterns()))
def test_guarded_patterns_find_the_same_matches_as_written(name, pattern):
    plain = _unguarded(pattern)
    for text in _texts():
        assert _found(pattern, text) == _found(plain, text), name
        for line in text.splitlines():
            assert _found(pattern, line) == _found(plain, line), (name, line)


def test_every_rule_module_guards_its_costly_patterns():
    guarded_in = {name.split(".")[0] for name, _ in _guarded_patterns()}
    assert guarded_in == set(MODULES)


@pytest.mark.parametrize("source", [r"\W*x", r".x", r"[^a]b", r"(a)?\1", r"(?i)abc", r"x?"])
def test_a_pattern_whose_first_character_is_unbounded_is_left_as_written(source):
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"(?<!\w)(?:Jan|фев)\w*|\d{4}", re.IGNORECASE, "JANUARY 2019, ФЕВРАЛЬ, jan"),
        (r"(?-i:АО)|министерств\w*", re.IGNORECASE, "ао АО МИНИСТЕРСТВО"),
        (r"(?i:ао)|Министерство", 0, "АО ао министерство Министерство"),
        (r"[a-c]+x|\s+y", 0, "aax  y\tz"),
    ],
)
def test_guard_keeps_case_rules_of_groups_and_classes(source, flags, text):
    pattern = re.compile(source, flags)
    assert _found(guarded(pattern), text) == _found(pattern, text)


def test_a_pattern_of_word_starts_is_guarded_at_word_starts_only():
    pattern = guarded(re.compile(r"(?<!\w)(?:kazakh|қазақ)|(?<!\w)english", re.IGNORECASE))
    assert pattern.pattern.startswith(r"(?<!\w)(?=[")
    assert _found(pattern, "Kazakh, ENGLISH; subenglish") == [
        ((0, 6), (), None),
        ((8, 15), (), None),
    ]
