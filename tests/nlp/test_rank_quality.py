"""Ranking quality on the hand-judged set of tests/nlp/data/ranking (see its README)."""

import functools
import json
import math
from pathlib import Path

from nlp.rank import Applicant, CandidateRanker
from nlp.vacancy import load_vacancy

DATA = Path(__file__).parent / "data" / "ranking"


def ndcg(grades_in_ranked_order: list[int], all_grades: list[int], k: int) -> float:
    """Normalised discounted cumulative gain at k (gain 2^grade - 1, log2 discount)."""

    def dcg(grades):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))

    return dcg(grades_in_ranked_order) / dcg(sorted(all_grades, reverse=True))


@functools.cache
def judged_set():
    """The vacancy, the applicants read from the CV texts, and the hand-given grades."""
    from nlp.profile import read_cv

    grades = json.loads((DATA / "judgements.json").read_text(encoding="utf-8"))
    names = sorted(grades)
    applicants = []
    for name in names:
        text = (DATA / "cvs" / name).read_text(encoding="utf-8")
        applicants.append(Applicant(read_cv(text), text))
    return load_vacancy(DATA / "vacancy.json"), names, applicants, grades


@functools.cache
def ranking():
    """Rank every judged CV (eligibility aside: the grades judge relevance only)."""
    vacancy, names, applicants, _ = judged_set()
    return CandidateRanker(vacancy).fit(applicants).rank(applicants, keys=names)


def test_set_is_large_and_multilingual():
    _, names, applicants, grades = judged_set()
    assert len(names) >= 12
    assert {a.profile.language for a in applicants} >= {"kk", "ru", "en"}
    assert set(grades.values()) == {0, 1, 2, 3}


def test_ndcg_at_5_reaches_the_bar():
    grades = judged_set()[3]
    ranked = [grades[r.key] for r in ranking()]
    assert ndcg(ranked, list(grades.values()), 5) >= 0.85


def test_irrelevant_cvs_are_never_above_relevant_ones():
    grades = judged_set()[3]
    ranked = [grades[r.key] for r in ranking()]
    lowest_relevant = max(i for i, g in enumerate(ranked) if g >= 2)
    highest_irrelevant = min(i for i, g in enumerate(ranked) if g == 0)
    assert lowest_relevant < highest_irrelevant


def test_vacancy_skills_resolve_through_the_taxonomy():
    vacancy = judged_set()[0]
    assert vacancy.unknown_skills == ()
    assert vacancy.taxonomy_version
    assert {r.score.taxonomy_version for r in ranking()} == {vacancy.taxonomy_version}


def test_top_explanation_points_at_the_cv_text():
    _, names, applicants, _ = judged_set()
    top = ranking()[0]
    text = applicants[names.index(top.key)].text
    for skill in top.score.explanation["skills"]["matched_essential"]:
        for mention in skill["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
