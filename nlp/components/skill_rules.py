"""Which alias occurrences and tagged spans are skill mentions: the rules of ``recruit_skills``.

In Russian and Kazakh the rules choose among the taxonomy's alias occurrences (``select``): an
ambiguous name counts only in a skills context (``skill_gate``). In English they reconcile the
tagger's spans with the taxonomy (``apply_rules``) and add what the tagger passes over:
Kazakhstan's state systems and product names listed in a skills context that it never saw (it
learned from CVs of other countries), and competence phrases ("project management"), which the
gold it learned from leaves out.
"""

import bisect

from nlp import taxonomy
from nlp.components.ranges import Ranges
from nlp.components.skill_context import Candidate, describe
from nlp.components.skill_gate import (
    PROSE_LANGS,
    contact_or_site,
    context_strength,
    licence_category,
    not_a_mention,
    product_in_prose,
)
from nlp.components.skill_text import Pieces

_LEVEL_WORDS = frozenset({"basic"})


def select(
    sections, text: str, found: Pieces, candidates: list[Candidate], lang: str = "en"
) -> list[Candidate]:
    """Candidates kept by the rules: an ambiguous name only in a skills context. In Russian
    and Kazakh a Latin product name in Cyrillic prose is that context too, and contact labels,
    list labels, organisation names and level notes are not mentions (``skill_gate``)."""
    rows = describe(text, sections, found, candidates, _unknown_prior, _is_ambiguous)
    prose = lang in PROSE_LANGS
    tools = {c.last - 1 for c in candidates}
    kept = []
    for candidate, row in zip(candidates, rows, strict=True):
        if _level(text, candidate.start, candidate.end) or (
            prose and not_a_mention(found, candidate, tools)
        ):
            continue
        if (
            not candidate.ambiguous
            or context_strength(found, candidate, row) > 0
            or (prose and product_in_prose(found, candidate, tools))
        ):
            kept.append(candidate)
    return kept


def apply_rules(
    sections, text: str, found: Pieces, candidates: list[Candidate], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Tagged spans reconciled with the taxonomy: pieces of one alias occurrence are one
    mention ("Power  Point"); a level word, a contact label ("… (LinkedIn)"), an employer's
    website, a driving licence's category ("B, C") and a span on an ambiguous name ("Word",
    "Go") outside a skills context are dropped. (Adding ambiguous names the tagger left out,
    even in an explicit skills context, lowered cross-validated F1 on the training CVs: 0.741
    against 0.753.)"""
    spans = [
        (s, e)
        for s, e in _join_within_aliases(spans, candidates)
        if not (_level(text, s, e) or contact_or_site(text, s, e) or licence_category(text, s, e))
    ]
    if not any(c.ambiguous for c in candidates):
        return spans
    rows = describe(text, sections, found, candidates, _unknown_prior, _is_ambiguous)
    refused = Ranges(
        (c.start, c.end)
        for c, row in zip(candidates, rows, strict=True)
        if c.ambiguous and context_strength(found, c, row) == 0
    )
    return [(s, e) for s, e in spans if not refused.overlap(s, e)]


def competence_phrases(tax: taxonomy.Taxonomy) -> frozenset[str]:
    """Ids of skills named by a phrase of ordinary words ("Project management", "Data
    analysis"), not by a product name."""
    return frozenset(
        sid
        for sid, skill in tax.skills.items()
        if " " in (label := skill.label["en"])
        and label[1:] == label[1:].lower()
        and not any(ch.isdigit() for ch in label)
    )


def with_phrases(
    spans: list[tuple[int, int]], candidates: list[Candidate], phrases: frozenset[str]
) -> list[tuple[int, int]]:
    """Tagged spans with every competence phrase of two or more words the taxonomy finds
    ("project management", "data analysis"). The tagger learned tool names (the training gold
    marks tools only) and leaves such phrases out or keeps a piece of one ("analysis"); a
    tagged piece inside a phrase gives way to the whole phrase."""
    found = [
        c for c in candidates if c.skill_id in phrases and c.last - c.first >= 2 and not c.ambiguous
    ]
    if not found:
        return spans
    phrased = Ranges((c.start, c.end) for c in found)
    inside = [(s, e) for s, e in spans if not phrased.covers(s, e)]
    tagged = Ranges(inside)
    extra = [(c.start, c.end) for c in found if not tagged.overlap(c.start, c.end)]
    return sorted(inside + extra)


def state_systems(tax: taxonomy.Taxonomy) -> frozenset[str]:
    """Ids of Kazakhstan's e-government systems."""
    return frozenset(sid for sid, skill in tax.skills.items() if skill.area == "egov")


def with_state_systems(
    spans: list[tuple[int, int]], candidates: list[Candidate], systems: frozenset[str]
) -> list[tuple[int, int]]:
    """Tagged spans with every unambiguous proper name of a state information system: one
    word, or a name with a dot, a hyphen or a digit ("ESEDO", "goszakup.gov.kz",
    "Treasury-Client"), not ordinary words ("digital signature"). The tagger learned from CVs
    of other countries, which never name them, so in prose it passes them over."""
    found = [
        (c.start, c.end)
        for c in candidates
        if c.skill_id in systems and not c.ambiguous and _proper_name(c.alias)
    ]
    tagged = Ranges(spans)
    extra = [(a, b) for a, b in found if not tagged.overlap(a, b)]
    return sorted(spans + extra) if extra else spans


def with_listed_names(
    sections, found: Pieces, candidates: list[Candidate], spans: list[tuple[int, int]], tagger
) -> list[tuple[int, int]]:
    """Tagged spans with every unambiguous product name of the taxonomy listed in a skills
    context ("Skills: Bitrix24, Jira") whose words the tagger never saw in training: it has
    no opinion of them, and the taxonomy's is the better one. (The training CVs come from
    other countries; their gold leaves many listed tools unmarked, so names the tagger knows
    keep its verdict.) A product name is written with a capital or a digit ("canoeing" is no
    "CANoe")."""

    def unseen(c: Candidate) -> bool:
        return (
            not c.ambiguous
            and _proper_name(c.alias)
            and not found.text[c.start : c.end].islower()
            and not any(tagger.knows(found.low[i]) for i in range(c.first, c.last))
        )

    if not any(unseen(c) for c in candidates):
        return spans
    rows = describe(found.text, sections, found, candidates, _unknown_prior, unseen)
    tagged = Ranges(spans)
    extra = [
        (c.start, c.end)
        for c, row in zip(candidates, rows, strict=True)
        if row is not None
        and context_strength(found, c, row) == 2
        and not tagged.overlap(c.start, c.end)
    ]
    return sorted(spans + extra) if extra else spans


def _proper_name(alias: str) -> bool:
    """Whether an alias is a name rather than ordinary words."""
    return " " not in alias or any(ch in alias for ch in ".-0123456789")


def _level(text: str, start: int, end: int) -> bool:
    """A lower-case level word is a level, not the tool it also names ("Python, basic"; the
    language is written "BASIC")."""
    return text[start:end] in _LEVEL_WORDS


def _join_within_aliases(spans: list[tuple[int, int]], candidates: list[Candidate]):
    """Consecutive spans inside one taxonomy alias occurrence joined into that occurrence."""
    starts = [c.start for c in candidates]
    out: list[tuple[int, int]] = []
    owners: list[Candidate | None] = []
    for start, end in spans:
        at = bisect.bisect_right(starts, start) - 1
        owner = candidates[at] if at >= 0 and candidates[at].end >= end else None
        if owner is not None and owners and owners[-1] is owner:
            out[-1] = (owner.start, owner.end)
            continue
        out.append((start, end))
        owners.append(owner)
    return out


def _is_ambiguous(candidate: Candidate) -> bool:
    """Whether the rules need the candidate's context: only an ambiguous name's."""
    return candidate.ambiguous


def _unknown_prior(alias: str) -> tuple[float, int]:
    """Prior of the rules: every alias is as likely as not a skill."""
    return 0.5, 0
