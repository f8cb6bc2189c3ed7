"""Digital skills of the taxonomy found in a CV: the ``recruit_skills`` component.

Aliases are matched as sequences of word pieces (``skill_text``) on lower-case surfaces and on
lemmas (so "C++", ".NET", "1С:Предприятие" match as written and "деректерді талдауға" meets
"деректерді талдау"), the longest alias winning. In Russian and Kazakh the alias occurrences are
the mentions, an ambiguous name only in a skills context. In English a token tagger learned from
the training CVs (``skill_spans``, ``nlp/taxonomy/skill_tagger.json``) decides which pieces are
tool mentions, taxonomy aliases or not; a mention outside the taxonomy gets the generic id
"tool:<name>". ``doc._.skills`` gets one ``SkillMatch`` per skill, with every mention.
"""

import bisect
import re
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp import taxonomy
from nlp.components.lemmatizer import stem
from nlp.components.skill_context import Candidate, describe, skill_sections
from nlp.components.skill_gate import (
    CYRILLIC_WORD,
    PROSE_LANGS,
    contact_or_site,
    context_strength,
    not_a_mention,
    product_in_prose,
)
from nlp.components.skill_spans import load_tagger
from nlp.components.skill_text import Pieces
from nlp.types import Mention, SkillMatch

if not Doc.has_extension("skills"):
    Doc.set_extension("skills", default=None)

_VERSIONED = re.compile(r"^([a-z][a-z+#]*?)\d+(?:\.\d+)*$")
Entry = tuple[str, str, bool]

_LEVEL_WORDS = frozenset({"basic"})


class AliasIndex:
    """Alias keys of the taxonomy (lower-case and lemma forms) and every key prefix, so a
    match can grow piece by piece and stop as soon as no alias continues that way."""

    def __init__(self, tax: taxonomy.Taxonomy, lang: str):
        self.lang = lang
        self.keys: dict[str, Entry] = {}
        self.prefixes: set[str] = set()
        self.first: set[str] = set()
        self._lemmas: dict[str, str] = {}
        for skill in tax.skills.values():
            for _, name in skill.names():
                found = Pieces(name)
                if not len(found):
                    continue
                alias = taxonomy.normalize(name)
                entry = (skill.id, alias, alias in skill.ambiguous)
                self._add(found, found.low, entry)
                self._add(found, [self.base(word) for word in found.low], entry)

    def base(self, word: str) -> str:
        """The matching form of a word (see ``lemmatizer.stem``)."""
        return stem(word, self.lang)

    def _add(self, found: Pieces, words: list[str], entry: Entry) -> None:
        """Register one key and its prefixes; the first skill to claim a key keeps it."""
        self.keys.setdefault(found.key(words, 0, len(words) - 1), entry)
        self.first.add(words[0])
        for last in range(len(words) - 1):
            self.prefixes.add(found.key(words, 0, last))

    def _wrapped(self, found: Pieces, j: int) -> bool:
        """Whether a Russian or Kazakh name goes on across the line break before piece ``j``
        ("электрондық\nүкімет порталы", wrapped in a PDF): one break, no mark before it, a
        lower-case word after it. (English keeps its lines: the tagger learned on them.)"""
        if self.lang not in PROSE_LANGS or not found.text[found.start(j)].islower():
            return False
        between = found.text[found.end(j - 1) : found.start(j)]
        return between.strip(" \t") == "\n"

    def _longest(self, found: Pieces, words: list[str], i: int):
        """The longest key starting at piece ``i`` in one form (surface or lemma)."""
        key, best, j = words[i], None, i
        while True:
            if key in self.keys:
                best = (j - i + 1, self.keys[key])
            if key not in self.prefixes or j + 1 == len(found):
                return best
            j += 1
            gap = found.gap(j)
            if gap == "\n":
                if not self._wrapped(found, j):
                    return best
                gap = " "
            key = key + gap + words[j]

    def match_at(self, found: Pieces, lemmas: list[str], i: int):
        """The longest alias starting at piece ``i``: (length, entry), or None."""
        best = self._longest(found, found.low, i)
        if lemmas is not found.low:
            other = self._longest(found, lemmas, i)
            if other and (best is None or other[0] > best[0]):
                best = other
        if best is None and (versioned := _VERSIONED.match(found.low[i])):
            core = versioned.group(1)
            entry = self.keys.get(core)
            best = (1, entry) if entry and len(core) >= 3 else None
        return best

    def lemmas(self, words: list[str]) -> list[str]:
        """The lemmas of words, memoised per index (CV vocabulary repeats)."""
        cache = self._lemmas
        out = []
        for word in words:
            found = cache.get(word)
            if found is None:
                found = self.base(word)
                if len(cache) < 500_000:
                    cache[word] = found
            out.append(found)
        return out


def find_candidates(found: Pieces, index: AliasIndex) -> list[Candidate]:
    """Every non-overlapping alias occurrence, longest first, left to right."""
    low = found.low
    lemmas = index.lemmas(low)
    first, marks = index.first, "'" if index.lang in PROSE_LANGS else "\0"
    starts = [
        i
        for i, (word, base) in enumerate(zip(low, lemmas, strict=True))
        if word in first or base in first or word[-1].isdigit() or marks in word
    ]
    out, free = [], 0
    for i in starts:
        if i < free:
            continue
        match = index.match_at(found, lemmas, i)
        if match is None:
            match = _before_apostrophe(low[i], index)
        if match is None:
            continue
        length, (skill_id, alias, ambiguous), *cut = match
        start, end = found.start(i), found.end(i + length - 1)
        end = start + cut[0] if cut else end
        out.append(Candidate(i, i + length, start, end, skill_id, alias, ambiguous))
        free = i + length
    return out


def _before_apostrophe(word: str, index: AliasIndex):
    """A Russian or Kazakh case ending after an apostrophe ("Excel'е"): the name before it
    as (1 piece, entry, length of the name), or None."""
    name, mark, ending = word.partition("'")
    if index.lang not in PROSE_LANGS or not (mark and name in index.keys):
        return None
    if not CYRILLIC_WORD.fullmatch(ending):
        return None
    return 1, index.keys[name], len(name)


def select(
    sections, text: str, found: Pieces, candidates: list[Candidate], lang: str = "en"
) -> list[Candidate]:
    """Candidates kept by the rules: an ambiguous name only in a skills context. In Russian
    and Kazakh a Latin product name in Cyrillic prose is that context too, and contact labels,
    list labels, organisation names and level notes are not mentions (``skill_gate``)."""
    rows = describe(text, sections, found, candidates, _unknown_prior)
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
    website and a span on an ambiguous name ("Word", "Go") outside a skills context are
    dropped. (Adding ambiguous names the tagger left out, even in an explicit skills context,
    lowered cross-validated F1 on the training CVs: 0.741 against 0.753.)"""
    spans = [
        (s, e)
        for s, e in _join_within_aliases(spans, candidates)
        if not (_level(text, s, e) or contact_or_site(text, s, e))
    ]
    if not any(c.ambiguous for c in candidates):
        return spans
    rows = describe(text, sections, found, candidates, _unknown_prior)
    refused = [
        (c.start, c.end)
        for c, row in zip(candidates, rows, strict=True)
        if c.ambiguous and context_strength(found, c, row) == 0
    ]
    return [(s, e) for s, e in spans if not any(a < e and s < b for a, b in refused)]


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
    inside = [(s, e) for s, e in spans if not any(c.start <= s and e <= c.end for c in found)]
    extra = [
        (c.start, c.end) for c in found if not any(s < c.end and c.start < e for s, e in inside)
    ]
    return sorted(inside + extra)


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

    def __call__(self, doc: Doc) -> Doc:
        """Find candidates, keep mentions (tagger for English, rules otherwise), group them."""
        text = doc.text
        found = Pieces(text)
        candidates = find_candidates(found, self.index)
        spans = self._spans(doc, found, candidates, phrases=True)
        kept = identify(text, spans, candidates, self.taxonomy)
        doc._.skills = group(text, kept, self.taxonomy, self.lang)
        return doc

    def tool_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The mentions without the competence phrases added to the English tagger's tools:
        what a gold set of tools alone (``Tech Tools``) is compared with."""
        found = Pieces(doc.text)
        return self._spans(doc, found, find_candidates(found, self.index), phrases=False)

    def _spans(self, doc: Doc, found: Pieces, candidates: list[Candidate], phrases: bool):
        """Mention spans: the tagger's tools with the rules (and, with ``phrases``, the
        competence phrases) in English, the rules' alias occurrences otherwise."""
        text, sections = doc.text, skill_sections(doc)
        if self.tagger is None:
            kept = select(sections, text, found, candidates, self.lang)
            return [(c.start, c.end) for c in kept]
        spans = self.tagger.spans(text, sections, found, candidates)
        spans = apply_rules(sections, text, found, candidates, spans)
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
