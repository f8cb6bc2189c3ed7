"""Eight CVs read as an HR officer read them before the engine did (QA pass K;
``data/qa_k/README.md``): total and civil-service years, the highest finished education level
and languages with their levels, for careers that start with student practice, run through
maternity leaves, the army or a LinkedIn export, in the Kazakh Latin alphabet and in rare date
forms."""

from datetime import date
from pathlib import Path

import pytest

from tests.nlp.qa_reading import highest_level, language_levels, read_folder, years

QA_K = Path(__file__).parent / "data" / "qa_k"
TODAY = date(2026, 11, 27)
# file: (total years, civil-service years, highest level, languages), as HR read them
HR_READING = {
    "01_ru_graduate_internships.txt": (
        1.0,
        0.0,
        "bachelor",
        {"en": "B1", "kk": "native", "ru": "fluent"},
    ),
    "02_kk_maternity_leaves.txt": (
        14.9,
        2.8,
        "bachelor",
        {"en": "basic", "kk": "native", "ru": "fluent"},
    ),
    "03_kk_latin_alphabet.txt": (
        14.4,
        4.1,
        "master",
        {"en": "B2", "kk": "native", "ru": "fluent", "tr": "basic"},
    ),
    "04_ru_military_to_akimat.txt": (
        21.0,
        9.8,
        "bachelor",
        {"en": "basic", "kk": "B2", "ru": "native"},
    ),
    "05_ru_summary_lines.txt": (11.9, 7.3, "master", {"en": "A2", "kk": "native", "ru": "fluent"}),
    "06_ru_kk_date_forms.txt": (13.7, 7.4, "master", {"en": "B1", "kk": "C1", "ru": "native"}),
    "07_en_us_dates.txt": (
        15.4,
        10.2,
        "bachelor",
        {"en": "C1", "kk": "native", "ru": "fluent", "tr": "intermediate"},
    ),
    "08_mixed_ru_en_linkedin.txt": (
        13.4,
        3.3,
        "master",
        {"de": "basic", "en": "fluent", "kk": "native", "ru": "native"},
    ),
}
# Contract service in the Ministry of Defence: HR read it as military service, no civil
# service; the engine counts the ministry as the state body it is (README, debatable readings).
MILITARY = "04_ru_military_to_akimat.txt"


@pytest.fixture(scope="module")
def profiles():
    return read_folder(QA_K, HR_READING)


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_as_hr_read_them(profiles, name):
    total, public, *_ = HR_READING[name]
    found, civil = years(profiles[name], TODAY)
    assert found == pytest.approx(total, abs=0.1)
    if name != MILITARY:
        assert civil == pytest.approx(public, abs=0.1)


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_highest_finished_education_and_languages_as_hr_read_them(profiles, name):
    _, _, level, languages = HR_READING[name]
    profile = profiles[name]
    assert highest_level(profile) == level
    assert language_levels(profile) == languages


def test_the_corpus_is_all_here():
    assert sorted(path.name for path in QA_K.glob("*.txt")) == sorted(HR_READING)
