"""Eight CVs read as an HR officer read them before the engine did (QA pass Q;
``data/qa_q/README.md``): four senior careers for corps "A" posts (promotions inside one
employer, acting posts, deputies, heads of sectors, advisers and assistants who head nothing,
a private company's head of sales, a secondment) and four first-job candidates (youth
practice, a part-time student job, practice, internships, volunteering, conscript service,
Bolashak study). For each: total, civil-service and managerial years, each job's start month,
civil-service flag and managerial reading, the highest finished education, languages, the
certificates' years and a few digital skills."""

from datetime import date
from pathlib import Path

import pytest

from nlp.components.periods import total_years
from nlp.eligibility.managerial import is_managerial, managerial_periods
from nlp.profile import read_cv
from tests.nlp.qa_reading import certificate_years, highest_level, language_levels, skill_ids

QA_Q = Path(__file__).parent / "data" / "qa_q"
TODAY = date(2026, 11, 27)
# file: (total, civil-service and managerial years, highest finished level, languages)
HR_READING = {
    "01_ru_vice_minister_newest_first.txt": (
        28.3,
        24.1,
        22.2,
        "doctorate",
        {"en": "B2", "kk": "fluent", "ru": "native"},
    ),
    "02_ru_akim_oldest_first.txt": (
        27.6,
        20.9,
        15.4,
        "master",
        {"en": "basic", "kk": "B2", "ru": "native"},
    ),
    "03_kk_committee_chair_newest_first.txt": (
        25.3,
        21.5,
        19.8,
        "doctorate",
        {"en": "B1", "kk": "native", "ru": "fluent"},
    ),
    "04_mixed_ru_en_digital_vice_minister.txt": (
        23.2,
        12.8,
        13.3,
        "doctorate",
        {"en": "C1", "kk": "native", "ru": "native"},
    ),
    "05_ru_graduate_youth_practice.txt": (
        2.2,
        0.0,
        0.0,
        "bachelor",
        {"en": "B1", "kk": "B1", "ru": "native"},
    ),
    "06_kk_student_part_time.txt": (
        2.5,
        0.0,
        0.0,
        "vocational",
        {"en": "A2", "kk": "native", "ru": "fluent"},
    ),
    "07_en_bolashak_graduate.txt": (
        1.8,
        0.0,
        0.0,
        "master",
        {"en": "C1", "fr": "A2", "kk": "native", "ru": "fluent"},
    ),
    "08_mixed_kk_ru_conscript_college.txt": (
        1.1,
        0.0,
        0.0,
        "vocational",
        {"en": "basic", "kk": "native", "ru": "fluent"},
    ),
}
T, F = True, False
# file: each job as (first month, civil service?, managerial post?), in the CV's order; each
# post inside one employer is a job, the employer's own dates are not; practice, unpaid
# internships, volunteering, secondments and study abroad are no jobs.
JOBS = {
    "01_ru_vice_minister_newest_first.txt": [
        ("2024-03", T, F),
        ("2021-08", T, T),
        ("2018-01", T, T),
        ("2016-04", T, T),
        ("2015-09", T, T),
        ("2011-06", T, T),
        ("2007-03", F, T),
        ("2004-05", T, T),
        ("2002-01", T, T),
        ("1998-08", T, F),
    ],
    "02_ru_akim_oldest_first.txt": [
        ("1999-05", F, F),
        ("2003-09", F, T),
        ("2006-01", T, F),
        ("2008-07", T, T),
        ("2010-04", T, T),
        ("2013-01", T, T),
        ("2013-04", T, F),
        ("2016-03", T, T),
        ("2019-08", T, T),
        ("2022-02", T, T),
        ("2024-07", T, F),
    ],
    "03_kk_committee_chair_newest_first.txt": [
        ("2023-03", T, T),
        ("2021-06", T, T),
        ("2020-09", T, F),
        ("2019-01", T, T),
        ("2018-04", T, T),
        ("2015-02", T, T),
        ("2013-02", T, T),
        ("2012-07", T, T),
        ("2008-09", F, T),
        ("2006-05", T, T),
        ("2003-08", T, F),
        ("2001-08", T, F),
    ],
    "04_mixed_ru_en_digital_vice_minister.txt": [
        ("2023-09", T, T),
        ("2021-01", T, T),
        ("2019-03", T, T),
        ("2017-06", T, T),
        ("2016-06", T, T),
        ("2014-02", T, F),
        ("2011-04", F, T),
        ("2008-08", F, F),
        ("2005-07", F, F),
        ("2003-10", F, F),
    ],
    "05_ru_graduate_youth_practice.txt": [("2025-09", F, F), ("2023-10", F, F)],
    "06_kk_student_part_time.txt": [("2024-09", F, F), ("2024-06", F, F)],
    "07_en_bolashak_graduate.txt": [("2020-09", F, F), ("2021-06", F, F)],
    "08_mixed_kk_ru_conscript_college.txt": [("2023-11", F, F)],
}
# file: (certificate years, a few skills that must be found); a test written both in the
# language line and among the certificates is one certificate.
EXTRAS = {
    "01_ru_vice_minister_newest_first.txt": (
        [2014, 2019, 2022],
        {"esedo", "ms-excel", "power-bi", "stata"},
    ),
    "02_ru_akim_oldest_first.txt": ([2017, 2021], {"esedo", "ms-word", "ms-excel", "ms-project"}),
    "03_kk_committee_chair_newest_first.txt": (
        [2016, 2021],
        {"esedo", "e-qyzmet", "ms-excel", "power-bi", "qgis"},
    ),
    "04_mixed_ru_en_digital_vice_minister.txt": (
        [2016, 2018, 2020, 2022],
        {"egov-kz", "e-otinish", "esedo", "power-bi", "sql", "jira", "confluence"},
    ),
    "05_ru_graduate_youth_practice.txt": (
        [2024, 2025],
        {"python", "sql", "postgresql", "ms-excel", "esedo", "e-otinish"},
    ),
    "06_kk_student_part_time.txt": (
        [2023, 2025],
        {"1c-accounting", "ms-excel", "ms-word", "canva"},
    ),
    "07_en_bolashak_graduate.txt": (
        [2022, 2023, 2025],
        {"stata", "r-lang", "python", "sql", "tableau", "ms-excel"},
    ),
    "08_mixed_kk_ru_conscript_college.txt": (
        [2022, 2025],
        {"ms-word", "ms-excel", "qgis", "1c-enterprise"},
    ),
}


@pytest.fixture(scope="module")
def profiles():
    return {name: read_cv((QA_Q / name).read_text("utf-8")) for name in HR_READING}


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_of_work_civil_service_and_managerial_posts_as_hr_read_them(profiles, name):
    total, public, managerial, *_ = HR_READING[name]
    jobs = profiles[name].experience
    assert total_years(jobs, today=TODAY) == pytest.approx(total, abs=0.01)
    assert total_years(jobs, public_only=True, today=TODAY) == pytest.approx(public, abs=0.01)
    heads = managerial_periods(jobs)
    assert (total_years(heads, today=TODAY) if heads else 0.0) == pytest.approx(managerial)


@pytest.mark.parametrize("name", sorted(JOBS))
def test_each_job_its_civil_service_flag_and_managerial_reading(profiles, name):
    jobs = profiles[name].experience
    assert [(j.start, j.public_service, is_managerial(j.title)) for j in jobs] == JOBS[name]


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_highest_finished_education_and_languages_as_hr_read_them(profiles, name):
    *_, level, languages = HR_READING[name]
    profile = profiles[name]
    assert highest_level(profile) == level
    assert language_levels(profile) == languages


@pytest.mark.parametrize("name", sorted(EXTRAS))
def test_certificates_and_skills_as_hr_listed_them(profiles, name):
    years, skills = EXTRAS[name]
    profile = profiles[name]
    assert certificate_years(profile) == years
    assert skills <= skill_ids(profile)


def test_the_corpus_is_all_here():
    assert sorted(path.name for path in QA_Q.glob("*.txt")) == sorted(HR_READING)


# 04 prints its posts three ways: posts as bullets under an employer with its dates, an employer
# over a post and its dates, a post over its dates.
def test_each_job_of_three_layouts_in_one_cv_its_post_and_employer(profiles):
    digital = (
        "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of "
        "Kazakhstan"
    )
    investment = "Ministry of Investment and Development of the Republic of Kazakhstan"
    jobs = profiles["04_mixed_ru_en_digital_vice_minister.txt"].experience
    assert [(job.title, job.organization) for job in jobs] == [
        (f"Vice Minister of {digital[len('Ministry of ') :]}", None),
        ("Director of the Digital Transformation Department", digital),
        ("Acting Director of the Digital Transformation Department", digital),
        ("Deputy Director of the E-Government Department", digital),
        ("Руководитель управления информатизации", investment),
        ("Главный эксперт Комитета связи и информатизации", investment),
        ("Head of Sales, B2B segment", "Kcell JSC / АО «Кселл»"),
        ("Менеджер по корпоративным продажам", "Kcell JSC / АО «Кселл»"),
        ("Team Lead, Customer Support", "Beeline Kazakhstan (KaR-Tel LLP)"),
        ("Оператор call-центра", "ТОО «Алматы Контакт Центр»"),
    ]
