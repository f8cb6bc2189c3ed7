"""Ten CVs as the real DOCX and PDF files candidates upload, read as an HR officer read them
before the engine did (QA pass J; the files are built by ``qa_j_docx`` and ``qa_j_pdf``): total
and civil-service years, whether each job is civil service, the highest finished education,
languages with their levels and the years of the certificates listed."""

from datetime import date

import pytest

from nlp.components.periods import total_years
from nlp.profile import read_file
from tests.nlp.qa_j_docx import FILES as DOCX_FILES
from tests.nlp.qa_j_pdf import FILES as PDF_FILES
from tests.nlp.qa_reading import certificate_years, highest_level, language_levels

BUILDERS = {**DOCX_FILES, **PDF_FILES}
TODAY = date(2026, 11, 27)
# file: (total years, civil-service years, highest level, languages, certificate years,
# civil service per job in the CV's order), as HR read them
HR_READING = {
    "j01_ru_posluzhnoy_spisok.docx": (
        19.3,
        16.2,
        "master",
        {"en": "A2", "kk": "fluent", "ru": "native"},
        [2021],
        [False, True, True, True],
    ),
    "j02_kk_kyzmettik_tizim.docx": (
        14.3,
        9.0,
        "bachelor",
        {"en": "B1", "kk": "native", "ru": "fluent"},
        [2017],
        [False, True, False, True],
    ),
    "j03_ru_lichny_listok.docx": (
        15.3,
        7.6,
        "master",
        {"en": "basic", "kk": "fluent", "ru": "native"},
        [2014, 2023],
        [False, True, True, False],
    ),
    "j04_ru_two_column.pdf": (
        13.4,
        6.7,
        "master",
        {"en": "B2", "kk": "native", "ru": "fluent", "tr": "basic"},
        [2015, 2019],
        [True, False, False],
    ),
    "j05_kk_table_pdf.pdf": (
        12.2,
        5.8,
        "master",
        {"en": "C1", "kk": "native", "ru": "fluent"},
        [2018, 2021, 2023],
        [False, True, True, False],
    ),
    "j06_ru_header_textbox.docx": (
        11.2,
        4.9,
        "doctorate",
        {"en": "B2", "kk": "fluent", "ru": "native"},
        [2019, 2022],
        [True, False, False],
    ),
    "j07_ru_two_page.pdf": (
        17.3,
        9.7,
        "bachelor",
        {"en": "intermediate", "kk": "native", "ru": "fluent"},
        [2013, 2014],
        [True, True, False, False],
    ),
    "j08_en_jobs_table.docx": (
        12.2,
        6.9,
        "master",
        {"en": "C1", "kk": "native", "ru": "fluent", "zh": "A2"},
        [2017, 2018, 2021],
        [True, False, True, False],
    ),
    "j09_kk_months_two_page.pdf": (
        15.6,
        9.8,
        "master",
        {"en": "B1", "kk": "native", "ru": "fluent"},
        [2019],
        [True, False, True, False],
    ),
    "j10_ru_dates_right.docx": (
        29.4,
        6.7,
        "doctorate",
        {"en": "basic", "kk": "intermediate", "ru": "native"},
        [2017, 2019],
        [False, True, False, False],
    ),
}
# A language test written only in a language line is the level's evidence, not a certificate
# (the engine's rule; HR listed it): IELTS 2021 of j05.
IN_LANGUAGE_LINE = {"j05_kk_table_pdf.pdf": [2021]}


@pytest.fixture(scope="module")
def profiles():
    read = {name: read_file(build(), isolated=False) for name, build in BUILDERS.items()}
    assert {name: extraction.status for name, (extraction, _) in read.items()} == dict.fromkeys(
        BUILDERS, "ok"
    )
    return {name: profile for name, (_, profile) in read.items()}


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_and_civil_service_jobs_as_hr_read_them(profiles, name):
    total, public, *_, jobs = HR_READING[name]
    profile = profiles[name]
    assert total_years(profile.experience, today=TODAY) == pytest.approx(total, abs=0.1)
    civil = total_years(profile.experience, public_only=True, today=TODAY)
    assert civil == pytest.approx(public, abs=0.1)
    assert [job.public_service for job in profile.experience] == jobs


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_education_languages_and_certificates_as_hr_read_them(profiles, name):
    _, _, level, languages, years, _ = HR_READING[name]
    profile = profiles[name]
    assert highest_level(profile) == level
    assert language_levels(profile) == languages
    years = [year for year in years if year not in IN_LANGUAGE_LINE.get(name, [])]
    assert certificate_years(profile) == years


def test_every_file_has_its_reading():
    assert sorted(BUILDERS) == sorted(HR_READING)
