"""Ambiguous names ("C", "R", "Go", "Word", "Access", "Oracle"): are they used as skills here?

An ambiguous alias counts only in a skills context: after a cue ("MS", "язык программирования",
"тілі"), as an item of a skills section, on a line labelled like "Programming languages:", or
as an item of a list of other tools (then the learned filter has the last word for English).
"""

import re

from nlp.components.skill_context import (
    FEATURES,
    LEFT_SEPARATORS,
    RIGHT_SEPARATORS,
    SKILL_HEADER,
    Candidate,
)
from nlp.components.skill_text import Pieces

_SKILL_LABEL = re.compile(SKILL_HEADER.pattern + r"|language|язык|тіл", re.IGNORECASE)
_WORD_JOINS = frozenset({"-", "'"})
_JOINERS = frozenset({"and", "or", "и", "или", "және", "мен", "немесе", "&", "+"})


def _separated(found: Pieces, index: int, step: int) -> tuple[bool, bool]:
    """Whether piece ``index`` ends a list item towards ``step`` (-1 left, 1 right): a
    separator, "and"/"и"/"және" or a line edge; the second flag is True unless a line edge."""
    gap = (
        found.gap(index) if step < 0 else (found.gap(index + 1) if index + 1 < len(found) else "\n")
    )
    if "\n" in gap:
        return True, False
    if gap not in _WORD_JOINS and any(c in LEFT_SEPARATORS or c in RIGHT_SEPARATORS for c in gap):
        return True, True
    neighbour = index + step
    if 0 <= neighbour < len(found) and found.low[neighbour] in _JOINERS:
        return True, True
    return False, False


def context_strength(found: Pieces, candidate: Candidate, row: list[float]) -> int:
    """How surely an ambiguous name is used as a skill: 2 when explicit (a cue such as "MS",
    "язык", "тілі", a years note, or a list item in a skills section or on a line labelled
    like "Programming languages:"), 1 for an item of a list of other tools, 0 otherwise."""
    named = dict(zip(FEATURES, row, strict=True))
    if named["cue"] or named["years_after"]:
        return 2
    in_section = bool(named["skills_section"])
    left, left_mark = _separated(found, candidate.first, -1)
    right, right_mark = _separated(found, candidate.last - 1, 1)
    if not (left and right and (left_mark or right_mark or in_section)):
        return 0
    if in_section or _skills_label(found, candidate):
        return 2
    return 1 if named["list_line"] or named["labelled_line"] else 0


def _skills_label(found: Pieces, candidate: Candidate) -> bool:
    """Whether the candidate's line starts with a label naming skills ("Languages: ...")."""
    text = found.text
    line_start = text.rfind("\n", 0, candidate.start) + 1
    label, colon, _ = text[line_start : candidate.start].partition(":")
    return bool(colon) and bool(_SKILL_LABEL.search(label))
