"""Feature strings of the skill tagger: a piece's word and the groups ``skill_tagger`` builds.

A group is a tuple (kind, values...) standing for several features scored together, so that
the tagger can memoise their summed weights (a line's features are the same for all its
pieces); ``expand`` turns a group into its feature strings for training and for that sum.
"""

from __future__ import annotations

_SHAPES: dict[str, str] = {}


def shape(surface: str) -> str:
    """The shape of a surface: X upper, x lower, d digit, other characters kept, runs merged
    (memoised: CV words repeat)."""
    known = _SHAPES.get(surface)
    if known is not None:
        return known
    out: list[str] = []
    for char in surface[:12]:
        code = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != code:
            out.append(code)
    known = "".join(out)
    if len(_SHAPES) < 100_000:
        _SHAPES[surface] = known
    return known


def bucket(number: int) -> str:
    """A small count as a feature value: 0..3, 4-7 or 8+."""
    return str(number) if number < 4 else "4-7" if number < 8 else "8+"


def word_features(low: str, surface: str) -> list[str]:
    """The features of a piece that depend on its text only."""
    return [
        "b",
        "w=" + low,
        "sh=" + shape(surface),
        "p3=" + low[:3],
        "s3=" + low[-3:],
        "len=" + bucket(len(low)),
    ]


def _line(seps, section, bullet, label, pieces, cands, words, dot, header):
    """Features of a line: its lists, section, bullet, label, size and title (all local, so a
    tool reads the same wherever the line stands in the CV and however long the CV is)."""
    return [
        "seps=" + seps,
        "sec=" + section,
        "bul=" + bullet,
        "lab=" + label,
        "lp=" + pieces,
        "lc=" + cands,
        "lw=" + words,
        "dot=" + dot,
        "hdr=" + header,
    ]


def _tag(tag, seps, section, dot, header):
    """Whether a taxonomy alias covers the piece (B, I or O), alone and with the line."""
    return [
        "ct=" + tag,
        "ct|seps=" + tag + "|" + seps,
        "ct|sec=" + tag + "|" + section,
        "dot|ct=" + dot + tag,
        "hdr|ct=" + header + "|" + tag,
    ]


def _shape(form, seps, section, left, right):
    """The piece's shape with its line and the gaps around it."""
    return [
        "gl=" + left,
        "gr=" + right,
        "glr=" + left + "|" + right,
        "sh|seps=" + form + "|" + seps,
        "sh|sec=" + form + "|" + section,
        "sh|glr=" + form + "|" + left + "|" + right,
    ]


def _rank(rank, seps, section, tag):
    """How many times the word was seen so far in the CV, with its line and alias tag."""
    return [
        "rk=" + rank,
        "rk|seps=" + rank + seps,
        "rk|sec=" + rank + section,
        "rk|ct=" + rank + tag,
    ]


def _candidate(ambiguous, area, alias, seps):
    """The taxonomy alias covering the piece: ambiguity, area and the alias itself."""
    return ["amb=" + ambiguous, "area=" + area, "alias=" + alias, "amb|seps=" + ambiguous + seps]


_KINDS = {"W": word_features, "L": _line, "T": _tag, "S": _shape, "R": _rank, "C": _candidate}


def expand(item) -> list[str]:
    """The feature strings of a group, or the single feature a string is."""
    if isinstance(item, str):
        return [item]
    return _KINDS[item[0]](*item[1:])
