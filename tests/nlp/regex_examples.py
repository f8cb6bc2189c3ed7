"""Texts that a rule pattern matches, one or more for every alternative it has.

The personal-data readers run a rare pattern only when one of its cue words is in the text
(a pattern's pass over a CV costs far more than looking for a word). A test builds, from the
parsed pattern, a text for every branch, every member of a small character class and every
optional part, and checks that each text the pattern matches holds a cue word: an alternative
added to a pattern without its word fails there instead of going unread.
"""

import re
import re._constants as c
import re._parser as p

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF, c.GROUPREF_EXISTS)
_CATEGORIES = {
    c.CATEGORY_DIGIT: ["5"],
    c.CATEGORY_WORD: ["a", "ж"],
    c.CATEGORY_SPACE: [" ", "\t"],
}
_OTHERS = [" ", "x", "ж", "5", ".", "-"]


def examples(pattern: re.Pattern) -> list[str]:
    """Texts built to follow every alternative of ``pattern`` once (not all of them match:
    lookarounds are left out)."""
    return sorted(set(_sequence(p.parse(pattern.pattern, pattern.flags))))


def _sequence(items) -> list[str]:
    """Texts of a parsed sequence: the first text of each element, then each other text of
    one element with the first texts of the rest (every alternative once, not their
    product)."""
    parts = [_element(op, av) for op, av in items]
    first = [part[0] for part in parts]
    out = ["".join(first)]
    for index, part in enumerate(parts):
        out += ["".join([*first[:index], other, *first[index + 1 :]]) for other in part[1:]]
    return out


def _element(op, av) -> list[str]:
    """Texts of one parsed element (never empty)."""
    if op == c.LITERAL:
        return [chr(av)]
    if op in (c.NOT_LITERAL, c.ANY):
        return [next(ch for ch in _OTHERS if op == c.ANY or ord(ch) != av)]
    if op == c.IN:
        return _members(av)
    if op == c.BRANCH:
        return [text for branch in av[1] for text in _sequence(branch)]
    if op == c.SUBPATTERN:
        return _sequence(av[3])
    if op == c.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS:
        low, high, inner = av
        texts = _sequence(inner)
        counts = sorted({low, min(low + 1, high)} - {0}) or [1]
        out = [text + texts[0] * (count - 1) for count in counts for text in texts]
        return out + [""] if low == 0 else out
    if op in _ZERO_WIDTH:
        return [""]
    raise ValueError(f"no examples for {op}")


def _members(items) -> list[str]:
    """Every literal of a character class, both ends of each range, a few of each category;
    for a negated class, one character it takes."""
    if items and items[0][0] == c.NEGATE:
        refused = re.compile(f"[{''.join(_escaped(op, av) for op, av in items[1:])}]")
        return [next(ch for ch in _OTHERS if not refused.match(ch))]
    out: list[str] = []
    for op, av in items:
        if op == c.LITERAL:
            out.append(chr(av))
        elif op == c.RANGE:
            out += [chr(av[0]), chr(av[1])]
        elif op == c.CATEGORY:
            out += _CATEGORIES.get(av, ["x"])
    return out or ["x"]


def _escaped(op, av) -> str:
    """One member of a parsed class written back into class syntax."""
    if op == c.LITERAL:
        return re.escape(chr(av))
    if op == c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    return {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}.get(av, "")
