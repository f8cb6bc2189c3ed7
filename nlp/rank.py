"""Advisory ranking of eligible applicants: a scikit-learn estimator with explained scores.

``CandidateRanker(vacancy).fit(applicants)`` learns the lemma TF-IDF vocabulary of the
announcement and the CVs; ``score_applicants`` and ``rank`` give each applicant a total,
a band, the three components (skills, potential, fit), their weighted contributions, which
add up exactly to the total, and an explanation. The result depends only on the inputs and
the parameters: no wall clock, no personal data, ties broken by a stable key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from nlp.language import dominant
from nlp.ranking.potential import initiative_words, potential_component
from nlp.ranking.skills import skills_component
from nlp.ranking.text import LemmaTfidf, best_reference, lemmatizer_name, redact
from nlp.types import CVProfile
from nlp.vacancy import Bands, Vacancy, Weights

RANKER_VERSION = "1.0.0"
COMPONENTS = ("skills", "potential", "fit")
MICRO = 1_000_000


@dataclass(frozen=True, slots=True)
class Applicant:
    """One applicant's CV: the profile read from it and the extracted text."""

    profile: CVProfile
    text: str


@dataclass(frozen=True, slots=True)
class Score:
    """An explained score; ``contributions`` (weight × component) sum exactly to ``total``."""

    total: float
    band: str
    components: dict[str, float]
    contributions: dict[str, float]
    explanation: dict = field(default_factory=dict)
    ranker_version: str = RANKER_VERSION
    taxonomy_version: str | None = None

    def to_dict(self) -> dict:
        """A JSON-ready form of the score, with the versions that make it reproducible."""
        return {
            "ranker_version": self.ranker_version,
            "taxonomy_version": self.taxonomy_version,
            "score": self.total,
            "band": self.band,
            "components": dict(self.components),
            "contributions": dict(self.contributions),
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Ranked:
    """An applicant's place in the ranking; ``key`` is the caller's stable identifier."""

    key: str
    rank: int
    score: Score


def _as_applicants(X) -> list[Applicant]:
    """Accept Applicant objects or (profile, text) pairs; anything else is a ValueError."""
    out = []
    for i, item in enumerate(X):
        if isinstance(item, Applicant):
            out.append(item)
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(Applicant(*item))
        else:
            raise ValueError(f"applicant {i}: expected Applicant or (CVProfile, text)")
        if not isinstance(out[-1].profile, CVProfile) or not isinstance(out[-1].text, str):
            raise ValueError(f"applicant {i}: expected a CVProfile and a str text")
    return out


def _weights(weights, vacancy: Vacancy) -> tuple[float, float, float]:
    """Component weights (parameter, else the vacancy's), normalised to sum to one."""
    w = vacancy.weights if weights is None else weights
    if isinstance(w, Mapping):
        w = Weights(**{k: float(w.get(k, 0.0)) for k in COMPONENTS})
    values = np.array([w.skills, w.potential, w.fit], dtype=np.float64)
    if not np.all(np.isfinite(values)) or values.min() < 0 or values.sum() <= 0:
        raise ValueError("weights must be non-negative numbers with a positive sum")
    return tuple(float(v) for v in values / values.sum())


def _bands(bands, vacancy: Vacancy) -> Bands:
    """Band thresholds (parameter, else the vacancy's), checked 0 <= well <= best <= 1."""
    b = vacancy.bands if bands is None else bands
    if isinstance(b, Mapping):
        b = Bands(float(b.get("best", 0.70)), float(b.get("well", 0.50)))
    if not 0 <= b.well <= b.best <= 1:
        raise ValueError("bands must satisfy 0 <= well <= best <= 1")
    return b


def _reference_year(reference_year, vacancy: Vacancy, applicants: list[Applicant]) -> int | None:
    """Year recency is counted from: parameter, else deadline year, else latest year seen."""
    if reference_year is not None:
        return int(reference_year)
    if vacancy.deadline is not None:
        return vacancy.deadline.year
    years = [c.year for a in applicants for c in a.profile.certifications if c.year]
    years += [e.year for a in applicants for e in a.profile.education if e.year]
    return max(years) if years else None


def _text_and_language(applicant: Applicant) -> tuple[str, str]:
    """The CV text with personal data blanked, and the language to lemmatise it in."""
    spans = [(p.start, p.end) for p in applicant.profile.personal_data]
    return redact(applicant.text, spans), applicant.profile.language


class CandidateRanker(BaseEstimator):
    """Scores applicants for one vacancy on digital skills, potential and textual fit."""

    def __init__(
        self,
        vacancy: Vacancy,
        weights=None,
        bands=None,
        experience_cap_years=5.0,
        recent_years=3,
        reference_year=None,
    ):
        """Store the parameters verbatim (scikit-learn convention); ``fit`` validates them."""
        self.vacancy = vacancy
        self.weights = weights
        self.bands = bands
        self.experience_cap_years = experience_cap_years
        self.recent_years = recent_years
        self.reference_year = reference_year

    def fit(self, X, y=None):
        """Validate parameters and learn the TF-IDF vocabulary of announcement + CV lemmas."""
        if not isinstance(self.vacancy, Vacancy):
            raise ValueError("vacancy must be a nlp.vacancy.Vacancy")
        if not self.experience_cap_years > 0 or int(self.recent_years) < 1:
            raise ValueError("experience_cap_years must be > 0 and recent_years >= 1")
        applicants = _as_applicants(X)
        self.weights_ = _weights(self.weights, self.vacancy)
        self.bands_ = _bands(self.bands, self.vacancy)
        self.reference_year_ = _reference_year(self.reference_year, self.vacancy, applicants)
        announcements = self.vacancy.announcement_texts()
        pairs = [_text_and_language(a) for a in applicants]
        self.vectorizer_ = LemmaTfidf()
        self.announcement_languages_ = tuple(lg or dominant(t) for t, lg in announcements)
        rows, counts = self.vectorizer_.fit_transform(
            [*(t for t, _ in announcements), *(t for t, _ in pairs)],
            [*self.announcement_languages_, *(lg for _, lg in pairs)],
            n_reference=len(announcements),
        )
        n = len(announcements)
        self._memo = (applicants, pairs, rows[n:], counts[n:])
        self.announcement_vectors_ = rows[: len(announcements)]
        self.n_applicants_seen_ = len(applicants)
        self.versions_ = {"ranker": RANKER_VERSION, "taxonomy": self.vacancy.taxonomy_version}
        return self

    def _rows(self, applicants: list[Applicant]):
        """Redacted texts, TF-IDF rows and word counts; ``fit``'s applicants are not redone."""
        fitted, pairs, rows, counts = self._memo
        if applicants != fitted:
            pairs = [_text_and_language(a) for a in applicants]
            rows, counts = self.vectorizer_.transform(
                [t for t, _ in pairs], [lg for _, lg in pairs]
            )
        return [t for t, _ in pairs], rows, counts

    def _components(self, applicants: list[Applicant]):
        """Component values (n × 3) and their explanations."""
        texts, rows, counts = self._rows(applicants)
        fit, best, terms = best_reference(rows, self.announcement_vectors_, self.vectorizer_.lemmas)
        cues = initiative_words(counts, self.vectorizer_.words)
        values = np.zeros((len(applicants), 3), dtype=np.float64)
        explanations = []
        for i, (applicant, text) in enumerate(zip(applicants, texts, strict=True)):
            skills, skills_expl = skills_component(applicant.profile, self.vacancy)
            potential, potential_expl = potential_component(
                applicant.profile,
                text,
                cues[i],
                self.vacancy,
                reference_year=self.reference_year_,
                recent_years=int(self.recent_years),
                experience_cap_years=float(self.experience_cap_years),
            )
            values[i] = (skills, potential, fit[i])
            explanations.append(
                {
                    "skills": skills_expl,
                    "potential": potential_expl,
                    "fit": {
                        "similarity": round(float(fit[i]), 6),
                        "announcement_language": self.announcement_languages_[best[i]],
                        "shared_terms": terms[i],
                    },
                }
            )
        return np.round(values, 6), explanations

    def transform(self, X) -> np.ndarray:
        """The three components of each applicant as an (n, 3) array, each in 0..1."""
        check_is_fitted(self)
        return self._components(_as_applicants(X))[0]

    def _band(self, total: float) -> str:
        """Band of a total: best / well / qualified (like category rating)."""
        if total >= self.bands_.best:
            return "best"
        return "well" if total >= self.bands_.well else "qualified"

    def score_applicants(self, X) -> tuple[Score, ...]:
        """An explained Score per applicant, in input order."""
        check_is_fitted(self)
        values, explanations = self._components(_as_applicants(X))
        micro = np.rint(values * np.asarray(self.weights_) * MICRO).astype(np.int64)
        scores = []
        for row, parts, expl in zip(values, micro, explanations, strict=True):
            total = int(parts.sum()) / MICRO
            expl["weights"] = dict(zip(COMPONENTS, self.weights_, strict=True))
            expl["lemmatizer"] = lemmatizer_name()
            scores.append(
                Score(
                    total=total,
                    band=self._band(total),
                    components={k: float(v) for k, v in zip(COMPONENTS, row, strict=True)},
                    contributions={
                        k: int(v) / MICRO for k, v in zip(COMPONENTS, parts, strict=True)
                    },
                    explanation=expl,
                    taxonomy_version=self.vacancy.taxonomy_version,
                )
            )
        return tuple(scores)

    def predict(self, X) -> np.ndarray:
        """Total score per applicant (same figures as ``score_applicants``)."""
        return np.array([s.total for s in self.score_applicants(X)], dtype=np.float64)

    def rank(self, X, keys: Sequence[str] | None = None) -> tuple[Ranked, ...]:
        """Applicants by decreasing total, ties broken by key (default: input position)."""
        applicants = _as_applicants(X)
        keys = [f"{i:09d}" for i in range(len(applicants))] if keys is None else list(keys)
        if len(keys) != len(applicants) or len(set(keys)) != len(keys):
            raise ValueError("keys must be unique, one per applicant")
        scores = self.score_applicants(applicants)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i].total, keys[i]))
        return tuple(Ranked(keys[i], n, scores[i]) for n, i in enumerate(order, start=1))
