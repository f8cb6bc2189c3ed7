"""Eight CVs made the way most candidates make them now: an online builder, Google Docs or a
web page, then the browser's "Save as PDF" (QA pass T; ``data/qa_t/README.md``). Chromium
prints each HTML file at test time, so the PDFs are written by its Skia backend, which places
text unlike reportlab or fpdf2: CSS sidebars, dates pushed right on the title's line by
flexbox, grid and table layouts, chips, uppercase and small-caps headings, icons before the
contacts, a page break inside a job, Kazakh letters in DejaVu. Each file is then read as an
upload is (extraction, then ``read_cv``) and compared with the HR reading written before the
engine ran: total and civil-service years, each job's start and civil-service flag, the
highest finished education, languages, certificates' years and a few skills.

The tests need Debian's Chromium (``make system-packages``); without it they are skipped, and
with ``CI=true`` they fail (``chromium_print``)."""

from datetime import date
from pathlib import Path

import pytest

from tests.nlp.chromium_print import print_pdfs, read_printed
from tests.nlp.qa_reading import (
    certificate_years,
    highest_level,
    language_levels,
    skill_ids,
    years,
)

pytestmark = pytest.mark.e2e

QA_T = Path(__file__).parent / "data" / "qa_t"
TODAY = date(2026, 11, 27)
# file: (total years, civil-service years, highest level, languages), as HR read them
HR_READING = {
    "01_ru_sidebar_left_kgd.html": (
        13.3,
        10.2,
        "master",
        {"en": "B1", "kk": "fluent", "ru": "native"},
    ),
    "02_kk_sidebar_right_akimat.html": (
        12.3,
        9.7,
        "bachelor",
        {"en": "A2", "kk": "native", "ru": "fluent"},
    ),
    "03_en_flex_dates_ministry.html": (
        9.7,
        4.2,
        "master",
        {"en": "C1", "kk": "native", "ru": "fluent"},
    ),
    "04_mixed_kk_ru_table_kgd.html": (
        15.2,
        11.5,
        "bachelor",
        {"en": "B1", "kk": "native", "ru": "fluent"},
    ),
    "05_ru_builder_chips_quasi.html": (
        8.3,
        0.0,
        "bachelor",
        {"en": "A2", "kk": "B1", "ru": "native"},
    ),
    "06_kk_two_pages_ministry.html": (
        16.3,
        8.2,
        "master",
        {"en": "B2", "kk": "native", "ru": "fluent"},
    ),
    "07_en_grid_dates_left_energy.html": (
        11.3,
        3.1,
        "master",
        {"en": "B2", "kk": "native", "ru": "fluent"},
    ),
    "08_ru_gdocs_table_court.html": (
        14.4,
        10.9,
        "master",
        {"en": "basic", "kk": "fluent", "ru": "native"},
    ),
}
T, F = True, False
# file: each job as (first month, civil service?), in the CV's order
JOBS = {
    "01_ru_sidebar_left_kgd.html": [("2021-03", T), ("2016-10", T), ("2013-07", F)],
    "02_kk_sidebar_right_akimat.html": [("2020-01", T), ("2017-04", T), ("2014-07", F)],
    "03_en_flex_dates_ministry.html": [("2022-10", T), ("2019-06", F), ("2017-03", F)],
    "04_mixed_kk_ru_table_kgd.html": [("2019-02", T), ("2015-05", T), ("2011-09", F)],
    "05_ru_builder_chips_quasi.html": [("2021-04", F), ("2018-08", F)],
    "06_kk_two_pages_ministry.html": [
        ("2022-07", T),
        ("2018-10", T),
        ("2012-09", F),
        ("2010-08", F),
    ],
    "07_en_grid_dates_left_energy.html": [("2023-11", T), ("2018-03", F), ("2015-08", F)],
    "08_ru_gdocs_table_court.html": [("2020-06", T), ("2016-01", T), ("2012-07", F)],
}
# file: each job's post and the start of its employer, in the CV's order (a post a flexbox
# cell wraps over two lines beside its dates; a post named with its unit over the employer)
NAMES = {
    "06_kk_two_pages_ministry.html": [
        (
            "Мектепке дейінгі және орта білім беру департаментінің директоры",
            "«Қазақстан Республикасы Оқу-ағарту министрлігі»",
        ),
        ("Басшының орынбасары", "Астана қаласы әкімдігінің «Білім басқармасы»"),
        (
            "Математика пәнінің мұғалімі, әдістемелік бірлестіктің жетекшісі",
            "«Назарбаев Зияткерлік мектептері»",
        ),
        ("Математика пәнінің мұғалімі", "Астана қаласы әкімдігінің «№ 45 мектеп-гимназия»"),
    ],
    "07_en_grid_dates_left_energy.html": [
        (
            "Head of Division, Department of Electric Power Industry Development",
            "Ministry of Energy of the Republic of Kazakhstan",
        ),
        ("Lead Engineer, Dispatch Control Department", "KEGOC JSC"),
        ("Relay Protection Engineer", "Astana-REC JSC"),
    ],
}
# file: (certificate years, skills that must be found)
EXTRAS = {
    "01_ru_sidebar_left_kgd.html": ([2019], {"1c-accounting", "ms-excel", "esedo", "power-bi"}),
    "02_kk_sidebar_right_akimat.html": (
        [],
        {"esedo", "e-qyzmet", "ms-word", "ms-excel", "egov-kz"},
    ),
    "03_en_flex_dates_ministry.html": (
        [2021, 2023],
        {"stata", "python", "sql", "ms-excel", "power-bi"},
    ),
    "04_mixed_kk_ru_table_kgd.html": ([], {"astana-1", "esedo", "sql", "python", "ms-excel"}),
    "05_ru_builder_chips_quasi.html": ([], {"1c-enterprise", "sap", "ms-excel", "power-bi"}),
    "06_kk_two_pages_ministry.html": ([], {"ms-excel", "ms-powerpoint", "kundelik", "nobd"}),
    "07_en_grid_dates_left_energy.html": ([2020], {"autocad", "matlab", "scada", "python"}),
    "08_ru_gdocs_table_court.html": ([2022], {"adilet", "torelik", "esedo", "ms-word"}),
}


@pytest.fixture(scope="session")
def chromium_pdfs(tmp_path_factory):
    """Each HTML CV printed to PDF by Chromium once per session, kept in a temporary folder."""
    return print_pdfs(QA_T, HR_READING, tmp_path_factory.mktemp("qa_t_pdf"))


@pytest.fixture(scope="module")
def profiles(chromium_pdfs):
    return read_printed(chromium_pdfs)


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_of_work_and_civil_service_as_hr_read_them(profiles, name):
    total, public, *_ = HR_READING[name]
    assert years(profiles[name], TODAY) == pytest.approx((total, public), abs=0.01)


@pytest.mark.parametrize("name", sorted(JOBS))
def test_each_job_its_start_and_civil_service_flag(profiles, name):
    jobs = profiles[name].experience
    assert [(job.start, job.public_service) for job in jobs] == JOBS[name]


@pytest.mark.parametrize("name", sorted(NAMES))
def test_each_job_its_post_and_employer(profiles, name):
    jobs = profiles[name].experience
    read = [
        (job.title, (job.organization or "")[: len(org)])
        for job, (_, org) in zip(jobs, NAMES[name], strict=True)
    ]
    assert read == NAMES[name]


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_highest_finished_education_and_languages_as_hr_read_them(profiles, name):
    *_, level, languages = HR_READING[name]
    assert highest_level(profiles[name]) == level
    assert language_levels(profiles[name]) == languages


@pytest.mark.parametrize("name", sorted(EXTRAS))
def test_certificates_and_skills_as_hr_listed_them(profiles, name):
    certificates, skills = EXTRAS[name]
    assert certificate_years(profiles[name]) == certificates
    assert skills <= skill_ids(profiles[name])


def test_the_corpus_is_all_here():
    assert sorted(path.name for path in QA_T.glob("*.html")) == sorted(HR_READING)
