"""The digital-skills taxonomy: versioned data (``digital_skills.json``), loaded once.

Each skill has a kebab-case id, labels in kk/ru/en, aliases per language and an area (a DigComp
2.2 area with its competence number, or an ICT family). Aliases listed under ``ambiguous``
("Word", "C", "Go") are ordinary words too and only count in a skills context.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources

from nlp.components.lemmatizer import lemma

LANGS: tuple[str, ...] = ("en", "ru", "kk")
DIGCOMP_AREAS: tuple[str, ...] = (
    "information",
    "communication",
    "content",
    "safety",
    "problem-solving",
)
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Lower-case a name and collapse its whitespace (the key aliases are looked up by)."""
    return _SPACES.sub(" ", name.strip().lower().replace("ё", "е"))


def lemma_key(name: str, lang: str) -> str:
    """The name with every whitespace-separated word replaced by its lemma in ``lang``."""
    return " ".join(lemma(word, lang) for word in normalize(name).split(" "))


@dataclass(frozen=True, slots=True)
class Skill:
    """One digital skill: id, labels per language, area and every alias."""

    id: str
    label: dict[str, str]
    area: str
    aliases: dict[str, tuple[str, ...]]
    competence: str | None = None
    ambiguous: frozenset[str] = field(default_factory=frozenset)

    def names(self) -> tuple[tuple[str, str], ...]:
        """Every (language, name) pair: labels and aliases, without duplicates."""
        seen: dict[tuple[str, str], None] = {}
        for lang in LANGS:
            for name in (self.label[lang], *self.aliases.get(lang, ())):
                seen.setdefault((lang, name), None)
        return tuple(seen)


@dataclass(frozen=True)
class Taxonomy:
    """The loaded taxonomy with alias lookup by exact name or by lemmas."""

    version: str
    skills: dict[str, Skill]
    by_name: dict[str, str] = field(repr=False)
    by_lemma: dict[str, str] = field(repr=False)

    def resolve(self, name: str) -> str | None:
        """The id of the skill called ``name`` (id or alias in any language, any case/form)."""
        key = normalize(name)
        if key in self.by_name:
            return self.by_name[key]
        for lang in LANGS:
            found = self.by_lemma.get(lemma_key(key, lang))
            if found:
                return found
        return None

    def label(self, skill_id: str, lang: str = "en") -> str:
        """The label of a skill in ``lang`` (English when that language has none)."""
        labels = self.skills[skill_id].label
        return labels.get(lang) or labels["en"]


def _skill(entry: dict) -> Skill:
    """Build a :class:`Skill` from one JSON object of the data file."""
    aliases = {lang: tuple(entry.get("aliases", {}).get(lang, ())) for lang in LANGS}
    return Skill(
        id=entry["id"],
        label={lang: entry["label"].get(lang) or entry["label"]["en"] for lang in LANGS},
        area=entry["area"],
        aliases=aliases,
        competence=entry.get("competence"),
        ambiguous=frozenset(normalize(a) for a in entry.get("ambiguous", ())),
    )


def from_data(data: dict) -> Taxonomy:
    """Build a taxonomy from the parsed data file; the first skill to claim a name keeps it."""
    skills = {entry["id"]: _skill(entry) for entry in data["skills"]}
    exact: dict[str, str] = {}
    lemmas: dict[str, str] = {}
    for skill in skills.values():
        exact.setdefault(normalize(skill.id), skill.id)
        for lang, name in skill.names():
            exact.setdefault(normalize(name), skill.id)
            lemmas.setdefault(lemma_key(name, lang), skill.id)
    return Taxonomy(version=data["version"], skills=skills, by_name=exact, by_lemma=lemmas)


def read_data(name: str = "digital_skills.json") -> dict:
    """The parsed JSON of a data file shipped in this package."""
    return json.loads((resources.files(__package__) / name).read_text(encoding="utf-8"))


@functools.cache
def load() -> Taxonomy:
    """The shipped taxonomy (cached: built once per process)."""
    return from_data(read_data())
