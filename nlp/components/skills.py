"""Digital skills of the taxonomy found in a CV: the ``recruit_skills`` component.

Aliases are matched as sequences of word pieces (``skill_text``) on lower-case surfaces and on
lemmas (so "C++", ".NET", "1С:Предприятие" match as written and "деректерді талдауға" meets
"деректерді талдау"), the longest alias winning. Ambiguous names count only in a skills
context, and for English a small logistic model learned from the training CVs
(``nlp/taxonomy/skill_model.json``) drops alias occurrences that are rarely meant as skills.
``doc._.skills`` gets one ``SkillMatch`` per skill, with every mention.
"""

import functools
import math
import re
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp import taxonomy
from nlp.components.lemmatizer import lemma
from nlp.components.skill_context import Candidate, describe, skill_sections
from nlp.components.skill_gate import context_strength
from nlp.components.skill_text import Pieces
from nlp.types import Mention, SkillMatch

if not Doc.has_extension("skills"):
    Doc.set_extension("skills", default=None)

_VERSIONED = re.compile(r"^([a-z][a-z+#]*?)\d+(?:\.\d+)*$")
Entry = tuple[str, str, bool]


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
                self._add(found, [lemma(word, lang) for word in found.low], entry)

    def _add(self, found: Pieces, words: list[str], entry: Entry) -> None:
        """Register one key and its prefixes; the first skill to claim a key keeps it."""
        self.keys.setdefault(found.key(words, 0, len(words) - 1), entry)
        self.first.add(words[0])
        for last in range(len(words) - 1):
            self.prefixes.add(found.key(words, 0, last))

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
                return best
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
        cache, lang = self._lemmas, self.lang
        out = []
        for word in words:
            found = cache.get(word)
            if found is None:
                found = lemma(word, lang)
                if len(cache) < 500_000:
                    cache[word] = found
            out.append(found)
        return out


def find_candidates(found: Pieces, index: AliasIndex) -> list[Candidate]:
    """Every non-overlapping alias occurrence, longest first, left to right."""
    low = found.low
    lemmas = index.lemmas(low)
    first = index.first
    starts = [
        i
        for i, (word, base) in enumerate(zip(low, lemmas, strict=True))
        if word in first or base in first or word[-1].isdigit()
    ]
    out, free = [], 0
    for i in starts:
        if i < free:
            continue
        match = index.match_at(found, lemmas, i)
        if match is None:
            continue
        length, (skill_id, alias, ambiguous) = match
        start, end = found.start(i), found.end(i + length - 1)
        out.append(Candidate(i, i + length, start, end, skill_id, alias, ambiguous))
        free = i + length
    return out


class SkillModel:
    """Logistic filter over candidate features, read from ``skill_model.json``."""

    def __init__(self, data: dict):
        self.weights = data["weights"]
        self.bias = data["bias"]
        self.threshold = data["threshold"]
        self.stats = data["alias_stats"]
        self.default_rate = data["default_rate"]

    def prior(self, alias: str) -> tuple[float, int]:
        """Smoothed rate at which ``alias`` was a skill in training, and its occurrences."""
        hits, seen = self.stats.get(alias, (0, 0))
        return (hits + 2 * self.default_rate) / (seen + 2), seen

    def keep(self, row: list[float]) -> bool:
        """Whether the probability of a real skill mention reaches the threshold."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1 / (1 + math.exp(-z)) >= self.threshold


@functools.cache
def load_model(version: str) -> SkillModel | None:
    """The learned filter when it was trained for this taxonomy version, else None."""
    try:
        data = taxonomy.read_data("skill_model.json")
    except FileNotFoundError:
        return None
    return SkillModel(data) if data["taxonomy_version"] == version else None


def _unknown_prior(alias: str) -> tuple[float, int]:
    """Prior used when no model is shipped: every alias is as likely as not."""
    return 0.5, 0


def select(
    doc: Doc, text: str, found: Pieces, candidates: list[Candidate], model: SkillModel | None
) -> list[Candidate]:
    """Candidates kept: an ambiguous name only in a skills context (an explicit one decides
    alone), and for English only what the learned filter accepts."""
    prior: Callable = model.prior if model else _unknown_prior
    rows = describe(text, skill_sections(doc), found, candidates, prior)
    use_model = model is not None and doc.lang_ == "en"
    kept = []
    for candidate, row in zip(candidates, rows, strict=True):
        strength = context_strength(found, candidate, row) if candidate.ambiguous else 1
        if strength == 2 or (strength == 1 and (not use_model or model.keep(row))):
            kept.append(candidate)
    return kept


def group(text: str, kept: list[Candidate], tax: taxonomy.Taxonomy, lang: str) -> tuple:
    """One ``SkillMatch`` per skill id, in order of first mention."""
    mentions: dict[str, list[Mention]] = {}
    for c in kept:
        mentions.setdefault(c.skill_id, []).append(Mention(c.start, c.end, text[c.start : c.end]))
    label_lang = lang if lang in taxonomy.LANGS else "en"
    return tuple(
        SkillMatch(sid, tax.label(sid, label_lang), tax.skills[sid].area, tuple(found))
        for sid, found in mentions.items()
    )


class SkillMatcher:
    """Finds taxonomy skills in a document and sets ``doc._.skills``."""

    def __init__(self, nlp: Language, tax: taxonomy.Taxonomy, use_model: bool = True):
        self.taxonomy = tax
        self.index = AliasIndex(self.taxonomy, nlp.lang)
        self.model = load_model(tax.version) if use_model else None
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        """Match, filter by context, and group the mentions per skill."""
        text = doc.text
        found = Pieces(text)
        kept = select(doc, text, found, find_candidates(found, self.index), self.model)
        doc._.skills = group(text, kept, self.taxonomy, self.lang)
        return doc


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
