"""The *potential* component: recent learning, breadth, initiative, education, capped experience.

Nothing here looks at age, sex, IIN, photo, address, nationality or marital status; the
experience signal is capped so that long careers (an age proxy) cannot dominate, and
recency is counted from a fixed reference year, never from the wall clock.
"""

from __future__ import annotations

import re

import numpy as np

from nlp.ranking.text import normalise
from nlp.types import EDUCATION_LEVELS, CVProfile
from nlp.vacancy import Vacancy

SIGNAL_WEIGHTS = {
    "recent_learning": 0.30,
    "initiative": 0.25,
    "breadth": 0.20,
    "education": 0.15,
    "experience": 0.10,
}
LEARNING_SATURATION = 3
INITIATIVE_SATURATION = 3
BREADTH_SATURATION = 5
MAX_EVIDENCE = 5

INITIATIVE_RE = re.compile(
    r"(?:автоматизир|внедр|цифровиз|оцифров|оптимизир|автоматтанд|енгіз|цифрлан|оңтайландыр"
    r"|automat|digiti[sz]|implement|introduc|launch|streamlin)"
)


def initiative_words(counts, words: np.ndarray) -> list[list[tuple[str, int]]]:
    """Per row of word counts, the initiative cue words present and how often (vectorised)."""
    columns = np.array([i for i, w in enumerate(words) if INITIATIVE_RE.match(w)], dtype=np.int64)
    sub = counts[:, columns].tocsr()
    return [
        [
            (words[columns[j]], int(n))
            for j, n in zip(
                sub.indices[sub.indptr[i] : sub.indptr[i + 1]],
                sub.data[sub.indptr[i] : sub.indptr[i + 1]],
                strict=True,
            )
        ]
        for i in range(sub.shape[0])
    ]


def _word_spans(text: str, words: list[str]) -> list[dict]:
    """Where each given word first occurs as a whole word (text compared in lower case)."""
    low = normalise(text)
    if len(low) != len(text):
        return []
    spans = []
    for word in words:
        pos = low.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not low[pos - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                spans.append({"start": pos, "end": end, "text": text[pos:end]})
                break
            pos = low.find(word, pos + 1)
    return sorted(spans, key=lambda s: s["start"])[:MAX_EVIDENCE]


def _learning(profile: CVProfile, reference_year: int | None, recent_years: int):
    """Certificates and courses dated within the last ``recent_years`` years."""
    if reference_year is None:
        return 0.0, []
    first = reference_year - recent_years + 1
    recent = [
        c
        for c in profile.certifications
        if c.year is not None and first <= c.year <= reference_year
    ]
    evidence = [{"name": c.name, "year": c.year, "kind": c.kind} for c in recent]
    return min(len(recent), LEARNING_SATURATION) / LEARNING_SATURATION, evidence[:MAX_EVIDENCE]


def _initiative(text: str, cues: list[tuple[str, int]]):
    """Cue words of digitising, automating or implementing something, in kk/ru/en."""
    total = sum(n for _, n in cues)
    evidence = _word_spans(text, [w for w, _ in cues])
    return min(total, INITIATIVE_SATURATION) / INITIATIVE_SATURATION, evidence


def _breadth(profile: CVProfile):
    """Distinct DigComp areas and ICT families among all skills found in the CV."""
    areas = sorted({s.area for s in profile.skills if s.area})
    return min(len(areas), BREADTH_SATURATION) / BREADTH_SATURATION, areas


def _education(profile: CVProfile):
    """Highest education level, secondary 0 … doctorate 1."""
    levels = [e.level for e in profile.education if e.level in EDUCATION_LEVELS]
    if not levels:
        return 0.0, None
    best = max(levels, key=EDUCATION_LEVELS.index)
    return EDUCATION_LEVELS.index(best) / (len(EDUCATION_LEVELS) - 1), best


def _experience(profile: CVProfile, vacancy: Vacancy, cap_years: float):
    """Years of experience beyond the smallest requirement, capped at ``cap_years``."""
    required = min((r.years for r in vacancy.experience), default=0.0)
    extra = max(profile.experience_years - required, 0.0)
    counted = min(extra, cap_years)
    value = counted / cap_years if cap_years > 0 else 0.0
    return value, {"beyond_requirement_years": round(extra, 1), "counted_years": round(counted, 1)}


def potential_component(
    profile: CVProfile,
    text: str,
    cues: list[tuple[str, int]],
    vacancy: Vacancy,
    *,
    reference_year: int | None,
    recent_years: int,
    experience_cap_years: float,
) -> tuple[float, dict]:
    """Weighted mean of the potential signals, 0..1, with what counted and how much."""
    signals = {
        "recent_learning": _learning(profile, reference_year, recent_years),
        "initiative": _initiative(text, cues),
        "breadth": _breadth(profile),
        "education": _education(profile),
        "experience": _experience(profile, vacancy, experience_cap_years),
    }
    value = sum(SIGNAL_WEIGHTS[k] * v for k, (v, _) in signals.items())
    return value, {
        k: {
            "value": round(v, 6),
            "weight": SIGNAL_WEIGHTS[k],
            "points": round(SIGNAL_WEIGHTS[k] * v, 6),
            "evidence": ev,
        }
        for k, (v, ev) in signals.items()
    }
