"""Digital skills of the taxonomy found in a CV: the ``recruit_skills`` component.

The taxonomy's aliases are found by ``skill_index``. In Russian and Kazakh the alias
occurrences are the mentions, an ambiguous name only in a skills context. In English a token
tagger learned from the training CVs (``skill_spans``, ``nlp/taxonomy/skill_tagger.json``)
decides which pieces are tool mentions, taxonomy aliases or not; a mention outside the
taxonomy gets the generic id "tool:<name>", and the competence phrases the taxonomy finds
("project management") are added. ``doc._.skills`` gets one ``SkillMatch`` per skill, with
every mention.
"""

import bisect
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp import taxonomy
from nlp.components.ranges import Ranges
from nlp.components.sections import doc_text
from nlp.components.skill_context import Candidate, describe, skill_sections
from nlp.components.skill_gate import (
    PROSE_LANGS,
    contact_or_site,
    context_strength,
    licence_category,
    not_a_mention,
    product_in_prose,
)
from nlp.components.skill_index import AliasIndex, find_candidates
from nlp.components.skill_spans import load_tagger
from nlp.components.skill_text import Pieces
from nlp.types import Mention, SkillMatch

if not Doc.has_extension("skills"):
    Doc.set_extension("skills", default=None)

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


def tool_id(surface: str) -> str:
    """The generic id of a tool outside the taxonomy: "tool:" and its normalised name."""
    return "tool:" + taxonomy.normalize(surface)


def identify(
    text: str, spans: list[tuple[int, int]], candidates: list[Candidate], tax: taxonomy.Taxonomy
) -> list[tuple[str, int, int]]:
    """(skill id, start, end) per tagged span: the taxonomy alias it is, else the skill its
    text names, else the alias it overlaps ("Oracle" of "Oracle 10g"), else a generic tool id."""
    starts = [c.start for c in candidates]
    out = []
    for start, end in spans:
        at = bisect.bisect_left(starts, start) - 1
        near = candidates[max(0, at) : at + 3]
        covered = next((c for c in near if c.start < end and start < c.end), None)
        if covered is not None and (covered.start, covered.end) == (start, end):
            out.append((covered.skill_id, start, end))
            continue
        surface = text[start:end]
        sid = tax.resolve(surface) or (covered.skill_id if covered else tool_id(surface))
        out.append((sid, start, end))
    return out


def group(text: str, kept: list[tuple[str, int, int]], tax: taxonomy.Taxonomy, lang: str):
    """One ``SkillMatch`` per skill id, in order of first mention; a tool outside the taxonomy
    is labelled as first written, in the area "other"."""
    mentions: dict[str, list[Mention]] = {}
    for sid, start, end in kept:
        mentions.setdefault(sid, []).append(Mention(start, end, text[start:end]))
    label_lang = lang if lang in taxonomy.LANGS else "en"
    out = []
    for sid, found in mentions.items():
        skill = tax.skills.get(sid)
        if skill is None:
            out.append(SkillMatch(sid, found[0].text, "other", tuple(found)))
        else:
            out.append(SkillMatch(sid, tax.label(sid, label_lang), skill.area, tuple(found)))
    return tuple(out)


class SkillMatcher:
    """Finds taxonomy skills in a document and sets ``doc._.skills``."""

    def __init__(self, nlp: Language, tax: taxonomy.Taxonomy, use_model: bool = True):
        self.taxonomy = tax
        self.index = AliasIndex(self.taxonomy, nlp.lang)
        self.lang = nlp.lang
        self.tagger = load_tagger(tax) if use_model and nlp.lang == "en" else None
        self.phrases = competence_phrases(tax)
        self.systems = state_systems(tax)

    def __call__(self, doc: Doc) -> Doc:
        """Find candidates, keep mentions (tagger for English, rules otherwise), group them."""
        text = doc_text(doc)
        found = Pieces(text)
        candidates = find_candidates(found, self.index)
        spans = self._spans(doc, found, candidates, phrases=True)
        kept = identify(text, spans, candidates, self.taxonomy)
        doc._.skills = group(text, kept, self.taxonomy, self.lang)
        return doc

    def tool_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The mentions without the competence phrases added to the English tagger's tools:
        what a gold set of tools alone (``Tech Tools``) is compared with."""
        found = Pieces(doc_text(doc))
        return self._spans(doc, found, find_candidates(found, self.index), phrases=False)

    def _spans(self, doc: Doc, found: Pieces, candidates: list[Candidate], phrases: bool):
        """Mention spans: the tagger's tools with the rules (and, with ``phrases``, the
        competence phrases) in English, the rules' alias occurrences otherwise."""
        text, sections = found.text, skill_sections(doc)
        if self.tagger is None:
            kept = select(sections, text, found, candidates, self.lang)
            return [(c.start, c.end) for c in kept]
        spans = self.tagger.spans(text, sections, found, candidates)
        spans = apply_rules(sections, text, found, candidates, spans)
        spans = with_state_systems(spans, candidates, self.systems)
        spans = with_listed_names(sections, found, candidates, spans, self.tagger)
        return with_phrases(spans, candidates, self.phrases) if phrases else spans


@spacy.registry.misc("recruit.taxonomy.v1")
def shipped_taxonomy() -> Callable[[], taxonomy.Taxonomy]:
    """The loader of the taxonomy shipped in ``nlp/taxonomy`` (the component's default)."""
    return taxonomy.load


@Language.factory(
    "recruit_skills",
    default_config={"taxonomy": {"@misc": "recruit.taxonomy.v1"}, "use_model": True},
)
def make_skill_matcher(
    nlp: Language, name: str, taxonomy: Callable[[], taxonomy.Taxonomy], use_model: bool
) -> SkillMatcher:
    """Build the matcher over a taxonomy (given by its loader) for the pipeline's language."""
    return SkillMatcher(nlp, taxonomy(), use_model)
