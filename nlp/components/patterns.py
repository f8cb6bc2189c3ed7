"""Faster searches with the same matches: a first-character guard for big alternations.

Python's ``re`` tries every branch of an alternation such as ``министерств\\w*|ministry|...``
at every position of the text, and it cannot skip ahead by first character once a pattern is
case-insensitive or starts with a lookbehind. :func:`guarded` derives, from the parsed
pattern, a class holding every character a match can start with, and puts a lookahead on that
class in front: ``(?=[мmа...])(?:pattern)``, after ``(?<!\\w)`` when every branch starts at
a word start anyway. The guard only rejects positions where no match could start, so the
matches (spans, groups, ``lastgroup``) are exactly the original's; a pattern whose first
character cannot be bounded (it may match empty text, or starts with ``.``, a negated class
or a back-reference) is returned unchanged. :func:`guard_each` guards every alternative of a
long alternation as well.

:func:`cue_text` folds a text for the cheaper test in front of a rare pattern: a word that
each of its matches holds, looked for with ``in`` (tests/nlp/test_cue_words.py checks the
words of every such pattern).
"""

import re
import re._constants as c
import re._parser as p

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.ASSERT, c.ASSERT_NOT, c.AT)


def _char(code: int) -> str:
    """One character escaped for use inside a character class."""
    return re.escape(chr(code))


def _in_class(items: list) -> list[str] | None:
    """Class fragments of a parsed character set, None when it is negated or unknown."""
    out = []
    for op, av in items:
        if op == c.LITERAL:
            out.append(_char(av))
        elif op == c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op == c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return out


def _first(items, folded: bool) -> tuple[list[str] | None, bool]:
    """Class fragments that can start a match of a parsed sequence, and whether it may be
    empty; fragments None when the first character cannot be bounded. ``folded`` tells
    whether the guard ignores case: a group that turns case-folding on needs one that does."""
    found: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == c.LITERAL:
            return found + [_char(av)], False
        if op == c.IN:
            part = _in_class(av)
            return (None, False) if part is None else (found + part, False)
        if op == c.SUBPATTERN and (folded or not av[1] & re.IGNORECASE):
            part, empty = _first(av[3], folded)
        elif op == c.ATOMIC_GROUP:
            part, empty = _first(av, folded)
        elif op == c.BRANCH:
            results = [_first(branch, folded) for branch in av[1]]
            if any(part is None for part, _ in results):
                return None, False
            part = [x for fragments, _ in results for x in fragments]
            empty = any(empty for _, empty in results)
        elif op in _REPEATS:
            part, empty = _first(av[2], folded)
            empty = empty or av[0] == 0
        else:
            return None, False
        if part is None:
            return None, False
        found += part
        if not empty:
            return found, False
    return found, True


def _word_start(items) -> bool:
    """Whether every match of a parsed sequence begins with ``(?<!\\w)`` (at a word start)."""
    if not len(items):
        return False
    op, av = items[0]
    if op == c.ASSERT_NOT:
        return av[0] == -1 and list(av[1]) == [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)])]
    if op == c.SUBPATTERN and not (av[1] or av[2]):
        return _word_start(av[3])
    if op == c.BRANCH:
        return all(_word_start(branch) for branch in av[1])
    return False


def guarded(pattern: "re.Pattern | LazyPattern") -> "LazyPattern":
    """``pattern`` with a first-character lookahead in front (same matches, found sooner);
    the guard is derived when the pattern is first used."""
    if isinstance(pattern, LazyPattern):
        return LazyPattern(pattern.written, pattern.written_flags, guard=True)
    return LazyPattern(pattern.pattern, pattern.flags, guard=True)


# What a compiled pattern offers, copied onto a LazyPattern when it compiles.
_COMPILED = ("pattern", "flags", "groups", "groupindex", "scanner")
_COMPILED += ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A regular expression that compiles the first time it is used, then is used as fast as
    the compiled pattern (whose methods it holds from then on). The rule modules hold about 470
    patterns; compiled at import they cost half a second of every start-up, while an ordinary
    CV uses about a third of them (the bibliography's, the referees' and rare forms' wait for
    a CV that has them). ``written`` and ``written_flags`` are the source as written; with
    ``guard`` it is compiled with its first-character guard (:func:`guarded`)."""

    def __init__(self, source: str, flags: int = 0, guard: bool = False) -> None:
        self.written = source
        self.written_flags = flags
        self._guard = guard

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy and pickle look for optional special methods
            raise AttributeError(name)
        source = self.written
        if self._guard:
            source = _guard(source, self.written_flags) or source
        compiled = re.compile(source, self.written_flags)
        for attribute in _COMPILED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.written!r})"


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """``re.compile(source, flags)`` when first used (see :class:`LazyPattern`)."""
    return LazyPattern(source, flags)


def guard_each(alternatives: tuple[str, ...], flags: int) -> str:
    """The alternation of ``alternatives`` with each one guarded (see :func:`guarded`): where
    the whole pattern's guard lets many word starts through, every alternative that cannot
    start there is passed over with one test instead of being tried (the same matches)."""
    return "|".join(_guard(part, flags) or part for part in alternatives)


def _guard(source: str, flags: int) -> str | None:
    """``source`` with its guard in front, None when its first character is unbounded."""
    if source.startswith("(?") and source[2:3] in "aiLmsux":
        return None
    parsed = p.parse(source, flags)
    fragments, empty = _first(parsed, bool(flags & re.IGNORECASE))
    if fragments is None or empty or not fragments:
        return None
    unique = "".join(dict.fromkeys(fragments))
    start = r"(?<!\w)" if _word_start(parsed) else ""
    return f"{start}(?=[{unique}])(?:{source})"


def cue_text(text: str) -> str:
    """``text`` folded so that ``in`` finds there every word that an IGNORECASE pattern finds:
    casefolded (lower() keeps the old Cyrillic "ᲂ", which IGNORECASE reads as "о", and the long
    "ſ") with "ı" and "İ" read as "i". A rare pattern's pass over a two-page CV costs a tenth
    of a millisecond and a word's test a few microseconds, so such a pattern runs only when a
    word that each of its matches holds is in this text."""
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def holds_any(folded: str, words) -> bool:
    """Whether ``folded`` (a text as :func:`cue_text` folds it) holds one of ``words``."""
    return any(word in folded for word in words)
