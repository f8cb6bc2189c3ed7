"""Benchmark: rank 10,000 synthetic applicants for one vacancy; print seconds and peak memory.

Run with ``python -m nlp.rank_bench [N]``. Profiles and texts are built in memory from a
seeded generator (kk/ru/en sentences, skills, certificates, initiative cues), so the figures
measure the ranker alone: fit (TF-IDF vocabulary) plus scoring and ordering.
"""

from __future__ import annotations

import random
import resource
import sys
import time

from nlp.rank import Applicant, CandidateRanker
from nlp.types import (
    Certification,
    CVProfile,
    Education,
    Mention,
    PersonalData,
    Section,
    SkillMatch,
)
from nlp.vacancy import ExperienceRule, Vacancy, VacancySkill

SKILLS = [
    ("power-bi", "Power BI", "data"),
    ("sql", "SQL", "data"),
    ("excel", "Excel", "data"),
    ("python", "Python", "programming"),
    ("esedo", "ЕСЭДО", "egov"),
    ("1c", "1С:Предприятие", "egov"),
    ("qgis", "QGIS", "gis"),
    ("cybersecurity", "информационная безопасность", "safety"),
    ("ms-teams", "MS Teams", "communication"),
    ("canva", "Canva", "content"),
]
SENTENCES = {
    "ru": [
        "Готовил аналитические отчёты для руководства управления.",
        "Автоматизировал сбор статистики по обращениям граждан.",
        "Вёл электронный документооборот и контроль исполнения поручений.",
        "Внедрил дашборды мониторинга государственных услуг.",
        "Участвовал в разработке нормативных правовых актов отрасли.",
        "Консультировал население по вопросам социальной поддержки.",
    ],
    "kk": [
        "Басшылыққа талдамалық есептер дайындадым.",
        "Азаматтардың өтініштерін есепке алуды автоматтандырдым.",
        "Электрондық құжат айналымын жүргіздім.",
        "Мемлекеттік қызметтер мониторингінің жүйесін енгіздім.",
        "Салалық нормативтік құқықтық актілерді әзірлеуге қатыстым.",
    ],
    "en": [
        "Prepared analytical reports for the department's management.",
        "Automated the collection of statistics on citizens' appeals.",
        "Maintained electronic document workflow and deadline control.",
        "Implemented dashboards for monitoring public services.",
        "Drafted regulations for the sector.",
    ],
}
HEADERS = {
    "ru": ("Опыт работы", "Навыки"),
    "kk": ("Жұмыс тәжірибесі", "Дағдылар"),
    "en": ("Experience", "Skills"),
}


def bench_vacancy() -> Vacancy:
    """A corps B analyst vacancy asking for five of the synthetic skills."""
    return Vacancy(
        title="Главный эксперт управления цифровизации и анализа данных",
        duties=(
            "Подготовка аналитических отчётов и дашбордов Power BI",
            "Автоматизация сбора статистики государственных услуг",
        ),
        education_min="bachelor",
        experience=(ExperienceRule(1, "public_service"),),
        digital_skills=(
            VacancySkill("Power BI", "power-bi", 3, True),
            VacancySkill("SQL", "sql", 2, True),
            VacancySkill("Excel", "excel", 1),
            VacancySkill("ЕСЭДО", "esedo", 2),
            VacancySkill("Python", "python", 1),
        ),
        languages=("kk", "ru"),
        field_keywords=("аналитика", "статистика", "отчётность"),
    )


def synthetic_applicant(
    rng: random.Random, i: int, sentences: tuple[int, int] = (4, 12)
) -> Applicant:
    """One applicant: a CV text in kk/ru/en with sections, skills and a redactable e-mail."""
    lang = rng.choice(("ru", "ru", "kk", "en"))
    email = f"user{i}.{rng.randrange(10**6)}@mail.kz\n"
    exp_h, skills_h = HEADERS[lang]
    body = " ".join(rng.choices(SENTENCES[lang], k=rng.randint(*sentences)))
    chosen = rng.sample(SKILLS, rng.randint(1, 7))
    experience = f"{exp_h}\n{body} {chosen[0][1]}.\n"
    skills_text = f"{skills_h}\n" + ", ".join(label for _, label, _ in chosen) + "\n"
    text = email + experience + skills_text
    offset = len(email) + len(experience) + len(skills_h) + 1
    matches = []
    for sid, label, area in chosen:
        start = text.index(label, offset)
        mentions = [Mention(start, start + len(label), label)]
        if label in experience:
            first = text.index(label, len(email))
            mentions.insert(0, Mention(first, first + len(label), label))
        matches.append(SkillMatch(sid, label, area, tuple(mentions)))
    sections = (
        Section("experience", len(email), len(email) + len(experience), lang),
        Section("skills", len(email) + len(experience), len(text), lang),
    )
    certs = tuple(
        Certification(f"Course {k}", rng.randint(2015, 2026), 0, 1)
        for k in range(rng.randint(0, 4))
    )
    profile = CVProfile(
        language=lang,
        text_chars=len(text),
        skills=tuple(matches),
        education=(Education(rng.choice(("bachelor", "master")), None, None, 2012, 0, 1),),
        experience_years=rng.uniform(0, 15),
        public_service_years=rng.uniform(0, 8),
        certifications=certs,
        personal_data=(PersonalData("email", 0, len(email) - 1),),
        sections=sections,
    )
    return Applicant(profile, text)


def run(n: int = 10_000, seed: int = 2026, long: bool = False) -> dict:
    """Time fit + rank of n applicants after a 50-applicant warm-up that loads the lemma tables."""
    rng = random.Random(seed)
    sentences = (60, 90) if long else (4, 12)
    applicants = [synthetic_applicant(rng, i, sentences) for i in range(n)]
    vacancy = bench_vacancy()
    warm = time.perf_counter()
    CandidateRanker(vacancy, reference_year=2026).fit(applicants[:50]).rank(applicants[:50])
    started, cpu_started = time.perf_counter(), time.process_time()
    ranker = CandidateRanker(vacancy, reference_year=2026).fit(applicants)
    fitted = time.perf_counter()
    ranking = ranker.rank(applicants)
    finished, cpu_finished = time.perf_counter(), time.process_time()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "applicants": n,
        "mean_cv_chars": round(sum(len(a.text) for a in applicants) / max(n, 1)),
        "warmup_seconds": round(started - warm, 3),
        "fit_seconds": round(fitted - started, 3),
        "rank_seconds": round(finished - fitted, 3),
        "total_seconds": round(finished - started, 3),
        "cpu_seconds": round(cpu_finished - cpu_started, 3),
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "top_score": ranking[0].score.total,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures; arguments: [N] applicants, ``--long`` for CVs of ~5,000 characters."""
    argv = sys.argv[1:] if argv is None else argv
    long = "--long" in argv
    numbers = [a for a in argv if a != "--long"]
    result = run(int(numbers[0]) if numbers else 10_000, long=long)
    for key, value in result.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
