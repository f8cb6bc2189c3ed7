"""The candidate ranker as a scikit-learn estimator: parameters, fitting, scores, bands."""

import json
import re
from datetime import date
from decimal import Decimal

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from nlp.rank import RANKER_VERSION, Applicant, CandidateRanker
from nlp.types import (
    Certification,
    CVProfile,
    Education,
    Mention,
    PersonalData,
    Section,
    SkillMatch,
)
from nlp.vacancy import Bands, ExperienceRule, Vacancy, VacancySkill

AREAS = {
    "power-bi": "data",
    "sql": "data",
    "excel": "data",
    "python": "programming",
    "esedo": "egov",
    "qgis": "gis",
    "canva": "content",
}
LABELS = {
    "power-bi": "Power BI",
    "sql": "SQL",
    "excel": "Excel",
    "python": "Python",
    "esedo": "ЕСЭДО",
    "qgis": "QGIS",
    "canva": "Canva",
}
HEADERS = {
    "Опыт работы": "experience",
    "Навыки": "skills",
    "Курсы": "courses",
    "Experience": "experience",
    "Skills": "skills",
    "Жұмыс тәжірибесі": "experience",
    "Дағдылар": "skills",
}


def build_profile(
    text: str,
    *,
    language="ru",
    personal=(),
    certificates=(),
    level="bachelor",
    years=4.0,
    public=2.0,
) -> CVProfile:
    """A profile read from ``text`` by hand: sections by header, skills by label, PII by value."""
    heads = sorted(
        (m.start(), HEADERS[m.group()])
        for m in re.finditer("|".join(re.escape(h) for h in HEADERS), text)
    )
    bounds = [*(start for start, _ in heads[1:]), len(text)][: len(heads)]
    sections = tuple(
        Section(name, start, end, language)
        for (start, name), end in zip(heads, bounds, strict=True)
    )
    skills = []
    for sid, label in LABELS.items():
        found = [
            Mention(m.start(), m.end(), m.group()) for m in re.finditer(re.escape(label), text)
        ]
        if found:
            skills.append(SkillMatch(sid, label, AREAS[sid], tuple(found)))
    spans = tuple(
        PersonalData(kind, m.start(), m.end())
        for kind, value in personal
        for m in re.finditer(re.escape(value), text)
    )
    return CVProfile(
        language=language,
        text_chars=len(text),
        skills=tuple(skills),
        education=(Education(level, None, None, 2015, 0, 1),),
        experience_years=years,
        public_service_years=public,
        certifications=tuple(Certification(n, y, 0, 1) for n, y in certificates),
        personal_data=spans,
        sections=sections,
    )


def make_vacancy(**changes) -> Vacancy:
    """The analyst vacancy used across the ranker tests."""
    base = dict(
        title="Главный эксперт отдела анализа данных",
        duties=(
            "Подготовка аналитических отчётов и дашбордов Power BI",
            "Автоматизация отчётности, SQL-запросы к базам данных",
        ),
        education_min="bachelor",
        experience=(ExperienceRule(1, "public_service"),),
        digital_skills=(
            VacancySkill("Power BI", "power-bi", 3, True),
            VacancySkill("SQL", "sql", 3, True),
            VacancySkill("Excel", "excel", 2),
            VacancySkill("Python", "python", 1),
        ),
        deadline=date(2026, 3, 1),
    )
    return Vacancy(**{**base, **changes})


STRONG = (
    "Опыт работы\nАвтоматизировал аналитические отчёты: SQL-запросы и дашборды Power BI.\n"
    "Внедрил Python-скрипты для отчётности.\nНавыки\nPower BI, SQL, Excel, Python\n"
)
MEDIUM = "Опыт работы\nГотовил отчёты в Excel.\nНавыки\nExcel, Power BI\n"
WEAK = "Опыт работы\nВёл делопроизводство, дизайн буклетов.\nНавыки\nCanva\n"


def applicants():
    """Three applicants of clearly different strength."""
    return [
        Applicant(build_profile(STRONG, certificates=(("Power BI Analyst", 2025),)), STRONG),
        Applicant(build_profile(MEDIUM), MEDIUM),
        Applicant(build_profile(WEAK, level="vocational"), WEAK),
    ]


def test_parameters_round_trip_through_clone():
    ranker = CandidateRanker(
        make_vacancy(),
        weights={"skills": 2, "potential": 1, "fit": 1},
        bands=Bands(0.8, 0.4),
        experience_cap_years=3,
        recent_years=2,
        reference_year=2025,
    )
    assert clone(ranker).get_params() == ranker.get_params()
    assert ranker.get_params()["weights"] == {"skills": 2, "potential": 1, "fit": 1}
    assert clone(ranker.fit(applicants())).get_params() == ranker.get_params()


def test_scoring_before_fit_raises_not_fitted():
    ranker = CandidateRanker(make_vacancy())
    for method in (ranker.transform, ranker.score_applicants, ranker.predict, ranker.rank):
        with pytest.raises(NotFittedError):
            method(applicants())


def test_fit_returns_self_and_learns_underscore_attributes():
    ranker = CandidateRanker(make_vacancy())
    assert ranker.fit(applicants()) is ranker
    assert ranker.weights_ == (0.5, 0.3, 0.2)
    assert ranker.reference_year_ == 2026
    assert ranker.versions_["ranker"] == RANKER_VERSION
    score = ranker.score_applicants(applicants()[:1])[0].to_dict()
    assert score["ranker_version"] == RANKER_VERSION
    assert ranker.weights is None


@pytest.mark.parametrize(
    "weights", [{"skills": -1, "potential": 1, "fit": 1}, {"skills": 0, "potential": 0, "fit": 0}]
)
def test_invalid_weights_are_refused_at_fit(weights):
    with pytest.raises(ValueError, match="weights"):
        CandidateRanker(make_vacancy(), weights=weights).fit(applicants())


def test_same_input_gives_bit_identical_scores():
    first = CandidateRanker(make_vacancy()).fit(applicants()).score_applicants(applicants())
    second = CandidateRanker(make_vacancy()).fit(applicants()).score_applicants(applicants())
    assert [s.to_dict() for s in first] == [s.to_dict() for s in second]
    assert json.dumps([s.to_dict() for s in first]) == json.dumps([s.to_dict() for s in second])


def test_contributions_add_up_exactly_to_the_total():
    for score in CandidateRanker(make_vacancy()).fit(applicants()).score_applicants(applicants()):
        parts = [Decimal(repr(score.contributions[k])) for k in ("skills", "potential", "fit")]
        assert sum(parts) == Decimal(repr(score.total))
        assert all(0 <= score.components[k] <= 1 for k in score.components)
        for k, weight in zip(("skills", "potential", "fit"), (0.5, 0.3, 0.2), strict=True):
            assert score.contributions[k] == pytest.approx(weight * score.components[k], abs=1e-6)


def test_stronger_cv_ranks_first_with_explanation():
    ranking = (
        CandidateRanker(make_vacancy()).fit(applicants()).rank(applicants(), keys=["a", "b", "c"])
    )
    assert [r.key for r in ranking] == ["a", "b", "c"]
    assert [r.rank for r in ranking] == [1, 2, 3]
    best = ranking[0].score.explanation
    assert {m["id"] for m in best["skills"]["matched_essential"]} == {"power-bi", "sql"}
    assert best["potential"]["recent_learning"]["evidence"][0]["year"] == 2025
    assert best["potential"]["initiative"]["value"] > 0
    terms = best["fit"]["shared_terms"]
    assert terms and all(t["weight"] > 0 for t in terms)
    assert {"power", "sql"} & {t["term"] for t in terms}
    medium = ranking[1].score.explanation["skills"]
    assert medium["missing_essential"] == ["SQL"]
    assert ranking[2].score.explanation["skills"]["missing_essential"] == ["Power BI", "SQL"]


def test_demonstrated_skill_counts_more_than_a_listed_one():
    used = "Опыт работы\nСтроил дашборды Power BI.\nНавыки\nExcel\n"
    listed = "Опыт работы\nСтроил дашборды.\nНавыки\nExcel, Power BI\n"
    group = [Applicant(build_profile(used), used), Applicant(build_profile(listed), listed)]
    values = CandidateRanker(make_vacancy()).fit(group).transform(group)
    assert values[0, 0] > values[1, 0] > 0


def test_bands_follow_the_thresholds():
    ranker = CandidateRanker(make_vacancy(), bands={"best": 0.6, "well": 0.3}).fit(applicants())
    for score in ranker.score_applicants(applicants()):
        expected = "best" if score.total >= 0.6 else "well" if score.total >= 0.3 else "qualified"
        assert score.band == expected
    bands = {s.band for s in ranker.score_applicants(applicants())}
    assert "best" in bands and "qualified" in bands


def test_recency_counts_from_the_reference_year_not_the_clock():
    text = "Курсы\nКурс SQL\n"
    old = Applicant(build_profile(text, certificates=(("SQL", 2019),)), text)
    recent = CandidateRanker(make_vacancy(), reference_year=2020).fit([old])
    later = CandidateRanker(make_vacancy(), reference_year=2026).fit([old])
    assert recent.transform([old])[0, 1] > later.transform([old])[0, 1]


def test_experience_beyond_the_requirement_is_capped():
    text = "Опыт работы\nСпециалист.\n"
    six = Applicant(build_profile(text, years=6.0), text)
    thirty = Applicant(build_profile(text, years=30.0), text)
    ranker = CandidateRanker(make_vacancy(), experience_cap_years=5).fit([six, thirty])
    values = ranker.transform([six, thirty])
    assert values[0, 1] == values[1, 1]


def test_initiative_cues_in_three_languages():
    texts = [
        "Автоматизировала приём заявок.",
        "Өтінімдерді қабылдауды автоматтандырдым.",
        "Automated the intake of applications.",
        "Принимала заявки.",
    ]
    group = [
        Applicant(build_profile(t, language=lg), t)
        for t, lg in zip(texts, ("ru", "kk", "en", "ru"), strict=True)
    ]
    ranker = CandidateRanker(make_vacancy()).fit(group)
    potential = ranker.transform(group)[:, 1]
    assert potential[0] == potential[1] == potential[2] > potential[3]
    evidence = [
        s.explanation["potential"]["initiative"]["evidence"] for s in ranker.score_applicants(group)
    ]
    assert [[e["text"] for e in ev] for ev in evidence] == [
        ["Автоматизировала"],
        ["автоматтандырдым"],
        ["Automated"],
        [],
    ]
    assert all(texts[i][e["start"] : e["end"]] == e["text"] for i in range(3) for e in evidence[i])


def test_ties_are_broken_by_key():
    group = [Applicant(build_profile(MEDIUM), MEDIUM) for _ in range(3)]
    ranking = (
        CandidateRanker(make_vacancy()).fit(group).rank(group, keys=["c.pdf", "a.pdf", "b.pdf"])
    )
    assert [r.key for r in ranking] == ["a.pdf", "b.pdf", "c.pdf"]
    assert len({r.score.total for r in ranking}) == 1


def test_predict_matches_scores_and_new_applicants_use_the_fitted_vocabulary():
    ranker = CandidateRanker(make_vacancy()).fit(applicants())
    fresh = [Applicant(build_profile(STRONG), STRONG)]
    assert ranker.predict(fresh)[0] == ranker.score_applicants(fresh)[0].total
    assert np.all(ranker.predict(applicants()) >= 0)


def test_benchmark_reports_time_and_memory_for_a_small_run(capsys):
    from nlp.rank_bench import main

    assert main(["300"]) == 0
    printed = dict(line.split(": ") for line in capsys.readouterr().out.splitlines())
    assert printed["applicants"] == "300"
    assert 0 < float(printed["total_seconds"]) < 30
    assert float(printed["peak_rss_mb"]) > 0 and 0 < float(printed["top_score"]) <= 1
