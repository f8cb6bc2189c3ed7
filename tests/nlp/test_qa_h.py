"""Ten CVs of mixed careers read as an HR officer read them before the engine did (QA pass H;
``data/qa_h/README.md``): total and civil-service years and the highest education level."""

from datetime import date
from pathlib import Path

import pytest

from nlp.components.periods import total_years
from nlp.profile import read_cv
from tests.nlp.qa_reading import highest_level

QA_H = Path(__file__).parent / "data" / "qa_h"
TODAY = date(2026, 11, 27)
# file: (total years, civil-service years, highest education level), as HR read them
HR_READING = {
    "01_ru_akimat_kokshetau.txt": (13.2, 9.2, "bachelor"),
    "02_ru_dgd_almaty.txt": (16.3, 12.9, "master"),
    "03_ru_ktzh_military.txt": (16.8, 7.2, "bachelor"),
    "04_ru_kandidat_minec.txt": (25.4, 8.0, "doctorate"),
    "05_ru_digital_karaganda.txt": (11.2, 4.8, "master"),
    "06_kk_esil_bilim.txt": (13.3, 11.2, "master"),
    "07_kk_bolashak.txt": (12.8, 8.7, "master"),
    "08_kk_baizak_mektep.txt": (15.8, 5.9, "bachelor"),
    "09_mixed_kk_ru_zher.txt": (15.2, 9.8, "master"),
    "10_en_digital_gov.txt": (11.2, 4.2, "master"),
}


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_and_education_as_hr_read_them(name):
    total, public, level = HR_READING[name]
    profile = read_cv((QA_H / name).read_text("utf-8"))
    assert total_years(profile.experience, today=TODAY) == pytest.approx(total, abs=0.1)
    civil = total_years(profile.experience, public_only=True, today=TODAY)
    assert civil == pytest.approx(public, abs=0.1)
    assert highest_level(profile) == level


def test_the_corpus_is_all_here():
    assert sorted(path.name for path in QA_H.glob("*.txt")) == sorted(HR_READING)
