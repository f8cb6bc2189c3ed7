"""Digital skills of the taxonomy found in a CV: the ``recruit_skills`` component.

The taxonomy's aliases are found by ``skill_index``. In Russian and Kazakh the alias
occurrences are the mentions, an ambiguous name only in a skills context. In English a token
tagger learned from the training CVs (``skill_spans``, ``nlp/taxonomy/skill_tagger.json``)
decides which pieces are tool mentions, taxonomy aliases or not; a mention outside the
taxonomy gets the generic id "tool:<name>", and the competence phrases the taxonomy finds
("project management") are added (the rules: ``skill_rules``). ``doc._.skills`` gets one
``SkillMatch`` per skill, with every mention.
"""

import bisect
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp import taxonomy
from nlp.components.patterns import lazy
from nlp.components.sections import doc_text
from nlp.components.skill_context import Candidate
from nlp.components.skill_index import AliasIndex, find_candidates
from nlp.components.skill_lines import skill_sections
from nlp.components.skill_rules import (
    apply_rules,
    competence_phrases,
    select,
    state_systems,
    with_listed_names,
    with_phrases,
    with_state_systems,
)
from nlp.components.skill_spans import load_tagger
from nlp.components.skill_text import Pieces
from nlp.types import Mention, SkillMatch

if not Doc.has_extension("skills"):
    Doc.set_extension("skills", default=None)

_SLASH = lazy(r"[ \t]*/[ \t]*")
_MOST_PARTS = 4


def split_pairs(
    text: str, spans: list[tuple[int, int]], tax: taxonomy.Taxonomy
) -> list[tuple[int, int]]:
    """Spans that name two or more skills joined by slashes ("C/C++", "Java/J2EE", "UNIX /
    Linux") as one mention each, so the candidate has both skills; a name with a slash of
    its own stays whole: "PL/SQL", "TCP/IP", "Windows XP/7" (a part is no skill) and
    "LAN/WAN", "SSL/TLS" (one skill)."""
    out = []
    for start, end in spans:
        parts = _parts(text, start, end)
        skills = [tax.resolve(text[a:b]) for a, b in parts] if len(parts) > 1 else ()
        if skills and all(skills) and len(set(skills)) > 1:
            out.extend(parts)
        else:
            out.append((start, end))
    return out


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The slash-parted pieces of a span (at most ``_MOST_PARTS``), or the span alone."""
    if "/" not in text[start:end]:
        return [(start, end)]
    parts, at = [], start
    for slash in _SLASH.finditer(text, start, end):
        parts.append((at, slash.start()))
        at = slash.end()
    parts.append((at, end))
    if len(parts) > _MOST_PARTS or any(a >= b for a, b in parts):
        return [(start, end)]
    return parts


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
            return split_pairs(text, [(c.start, c.end) for c in kept], self.taxonomy)
        spans = self.tagger.spans(text, sections, found, candidates)
        spans = apply_rules(sections, text, found, candidates, spans)
        spans = with_state_systems(spans, candidates, self.systems)
        spans = with_listed_names(sections, found, candidates, spans, self.tagger)
        spans = split_pairs(text, spans, self.taxonomy)
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
