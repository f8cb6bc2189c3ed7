"""First-character guards: the rule patterns find exactly what they found without them."""

import importlib
import pkgutil
import random
import re
from collections.abc import Mapping

import pytest

from nlp.bench_corpus import cv_text
from nlp.components.patterns import LazyPattern, guard_each, guarded, lazy
from tests.nlp.test_profile import EN, KK, MIXED, RU

MODULES = ("dates", "organizations", "periods", "personal_data", "languages")
MODULES += ("certifications", "education", "education_fields", "education_levels")
MODULES += ("organization_words", "certificate_cues", "date_periods")
GUARD = re.compile(r"(?:\(\?<!\\w\))?\(\?=\[[^]]*\]\)\(\?:")
PATTERNS = (re.Pattern, LazyPattern)
ODD = "".join(chr(code) for code in range(32, 1280)) + " İı ſ K Å Σσς ǅ ﬀ\tİSTANBUL straße"


def _texts() -> list[str]:
    """CVs in three languages and a line of every Latin, Cyrillic and odd-case character."""
    rng = random.Random(8)
    return [RU, KK, EN, MIXED, ODD] + [cv_text(lang, rng) for lang in ("kk", "ru", "en")]


def _guarded_patterns():
    """(name, pattern with a guard) of every guarded pattern the components use."""
    for module in MODULES:
        for name, value in vars(importlib.import_module(f"nlp.components.{module}")).items():
            if isinstance(value, PATTERNS) and GUARD.match(value.pattern):
                yield f"{module}.{name}", value
            # a table of (name, pattern) pairs, such as the education levels
            pairs = value if isinstance(value, tuple) else ()
            for pair in (pair for pair in pairs if isinstance(pair, tuple) and len(pair) == 2):
                if isinstance(pair[1], PATTERNS) and GUARD.match(pair[1].pattern):
                    yield f"{module}.{name}[{pair[0]}]", pair[1]


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


@pytest.mark.parametrize(
    ("module", "name", "start", "parts"),
    [
        ("dates", "_POINT", "_POINT_START", "_POINT_PARTS"),
        ("languages", "_NAME", "", "_NAME_PARTS"),
    ],
)
def test_patterns_guarded_alternative_by_alternative_find_the_same_matches_as_written(
    module, name, start, parts
):
    found = vars(importlib.import_module(f"nlp.components.{module}"))
    pattern = found[name]
    written = found.get(start, "") + "(?:" + "|".join(found[parts]) + ")"
    plain = re.compile(written, pattern.flags)
    assert pattern.pattern.count("(?=[") > len(found[parts])  # each one guarded, and the whole
    for text in _texts():
        assert _found(pattern, text) == _found(plain, text), name
        for line in text.splitlines():
            assert _found(pattern, line) == _found(plain, line), (name, line)


def test_guard_each_guards_every_alternative_it_can_bound():
    source = guard_each((r"(?<!\w)kazakh", r"(?P<year>\d{4})", r".x"), re.IGNORECASE)
    assert source.split("|") == [
        r"(?<!\w)(?=[k])(?:(?<!\w)kazakh)",
        r"(?=[\d])(?:(?P<year>\d{4}))",
        ".x",
    ]
    pattern = re.compile(source, re.IGNORECASE)
    assert _found(pattern, "KAZAKH 2019 ax") == [
        ((0, 6), (None,), None),
        ((7, 11), ("2019",), "year"),
        ((12, 14), (None,), None),
    ]


def test_every_rule_module_guards_its_costly_patterns():
    guarded_in = {name.split(".")[0] for name, _ in _guarded_patterns()}
    assert guarded_in == set(MODULES)


@pytest.mark.parametrize("source", [r"\W*x", r".x", r"[^a]b", r"(a)?\1", r"(?i)abc", r"x?"])
def test_a_pattern_whose_first_character_is_unbounded_is_left_as_written(source):
    assert guarded(re.compile(source)).pattern == source


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


def test_a_lazy_pattern_compiles_on_first_use_and_finds_what_re_compile_finds():
    source = r"(?P<year>(?:19|20)\d\d)|министерств\w*"
    pattern = lazy(source, re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled at import
    text = "2019 — МИНИСТЕРСТВО; 1899"
    assert _found(pattern, text) == _found(re.compile(source, re.IGNORECASE), text)
    assert pattern.sub("#", text) == "# — #; 1899"
    assert (pattern.pattern, pattern.groupindex) == (source, {"year": 1})
    assert pattern.flags & re.IGNORECASE


def test_a_guarded_lazy_pattern_compiles_with_its_guard():
    pattern = guarded(lazy(r"(?<!\w)kazakh|english", re.IGNORECASE))
    assert pattern.written == r"(?<!\w)kazakh|english"
    assert pattern.pattern == r"(?=[ke])(?:(?<!\w)kazakh|english)"
    assert _found(pattern, "KAZAKH subenglish") == [((0, 6), (), None), ((10, 17), (), None)]


def _lazy_patterns(value):
    """The lazy patterns in a module attribute: itself, or inside its tuples and dicts."""
    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _lazy_patterns(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item)


def test_every_lazy_pattern_of_the_rule_modules_compiles():
    # A mistake in a pattern shows up here, not first when a CV needs the pattern.
    import nlp.components

    found = 0
    for info in pkgutil.iter_modules(nlp.components.__path__):
        module = importlib.import_module(f"nlp.components.{info.name}")
        for value in vars(module).values():
            for pattern in _lazy_patterns(value):
                assert isinstance(pattern.groupindex, Mapping), pattern
                found += 1
    assert found > 350  # the walk reaches them (397 at writing)
