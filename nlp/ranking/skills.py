"""The *digital skills* component: weighted coverage of the vacancy's skills with evidence.

Essential skills count double. Each matched skill is weighted by the strength of its
evidence: a skill used in experience, courses or certificates counts more than one only
listed in the skills section, and repeated mentions add a little. A skill the candidate added
by hand, with no mention in the CV at all, is self-declared and counts least.
"""

from __future__ import annotations

from nlp.types import CVProfile, Section, SkillMatch
from nlp.vacancy import Vacancy

ESSENTIAL_FACTOR = 2.0
LISTED_BASE = 0.6
UNPLACED_BASE = 0.7
SELF_DECLARED_BASE = 0.4
DEMONSTRATED_BASE = 0.85
PER_EXTRA_MENTION = 0.1
MAX_MENTIONS_SHOWN = 3


def section_at(sections: tuple[Section, ...], position: int) -> str | None:
    """Name of the section holding a text position, None when it lies outside every section."""
    for s in sections:
        if s.start <= position < s.end:
            return s.name
    return None


def evidence_strength(match: SkillMatch, sections: tuple[Section, ...]) -> tuple[float, str]:
    """Strength 0..1 of one skill's evidence: demonstrated, unplaced, listed or self-declared."""
    if not match.mentions:
        return SELF_DECLARED_BASE, "self_declared"
    kinds = set()
    for m in match.mentions:
        name = section_at(sections, m.start)
        kinds.add("listed" if name == "skills" else "unplaced" if name is None else "demonstrated")
    base, kind = LISTED_BASE, "listed"
    if "demonstrated" in kinds:
        base, kind = DEMONSTRATED_BASE, "demonstrated"
    elif "unplaced" in kinds:
        base, kind = UNPLACED_BASE, "unplaced"
    extra = PER_EXTRA_MENTION * max(len(match.mentions) - 1, 0)
    return min(1.0, base + extra), kind


def _matched(skill, match: SkillMatch, sections) -> dict:
    """Explanation entry of one matched vacancy skill, with its evidence spans."""
    strength, kind = evidence_strength(match, sections)
    return {
        "id": skill.id,
        "name": skill.name,
        "label": match.label,
        "weight": skill.weight,
        "strength": round(strength, 6),
        "evidence": kind,
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text}
            for m in match.mentions[:MAX_MENTIONS_SHOWN]
        ],
    }


def skills_component(profile: CVProfile, vacancy: Vacancy) -> tuple[float, dict]:
    """Coverage of the vacancy's resolvable skills, 0..1, with matched and missing skills."""
    by_id = {m.id: m for m in profile.skills}
    matched = {"essential": [], "asset": []}
    missing = []
    got = total = 0.0
    for skill in vacancy.digital_skills:
        if skill.id is None:
            continue
        factor = skill.weight * (ESSENTIAL_FACTOR if skill.essential else 1.0)
        total += factor
        match = by_id.get(skill.id)
        if match is None:
            if skill.essential:
                missing.append(skill.name)
            continue
        entry = _matched(skill, match, profile.sections)
        got += factor * entry["strength"]
        matched["essential" if skill.essential else "asset"].append(entry)
    value = got / total if total else 0.0
    return value, {
        "matched_essential": matched["essential"],
        "matched_asset": matched["asset"],
        "missing_essential": missing,
        "unknown_skills": list(vacancy.unknown_skills),
    }
