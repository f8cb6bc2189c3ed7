"""Real CV files in the layouts applicants send, read end to end as a recruiter sees them.

Kazakhstan's civil-service forms (DOCX tables with Enter and Shift+Enter inside cells, a
two-column PDF, a table PDF), hh.kz's exports (multi-page PDFs with a running footer, a Word
file), LinkedIn's "Save to PDF", a Europass PDF, Word templates (a photo table, text boxes,
dates on a right tab stop), a Windows-1251 text file, a borderless-table PDF and a PDF with
the dates at the right edge are drawn at test time by ``tests.nlp.layouts``, some also
row by row or with a narrower sidebar, and read through ``read_file`` in the worker pool, as
uploads are. The expectations are what an HR officer read from each file before the engine ran
(``[expected]`` in ``data/layouts/<name>.toml``); years count both end months, overlaps once,
"present" being this month.
"""

from datetime import date

import pytest

from nlp.profile import read_file
from nlp.types import EDUCATION_LEVELS
from tests.nlp.layouts import build, load

# file name -> (contents in data/layouts/, variant of its layout)
FILES = {
    "1_ru_posluzhnoy.docx": ("1_ru_posluzhnoy", {}),
    "2_ru_lichny_listok.docx": ("2_ru_lichny_listok", {}),
    "3_kk_kyzmettik_tizim.docx": ("3_kk_kyzmettik_tizim", {}),
    "4_kk_table_linebreaks.docx": ("4_kk_table_linebreaks", {}),
    "5_ru_two_column.pdf": ("5_ru_two_column", {}),
    "5b_ru_two_column_rows.pdf": ("5_ru_two_column", {"rows": True}),
    "6_ru_table.pdf": ("6_ru_table", {}),
    "hh_ru_1.pdf": ("hh_ru_1", {}),
    "hh_ru_1_rows.pdf": ("hh_ru_1", {"rows": True}),
    "hh_ru_2.pdf": ("hh_ru_2", {}),
    "hh_kk.pdf": ("hh_kk", {}),
    "hh_kk_rows.pdf": ("hh_kk", {"rows": True}),
    "hh_ru_docx.docx": ("hh_ru_docx", {}),
    "linkedin_en.pdf": ("linkedin_en", {}),
    "linkedin_mixed.pdf": ("linkedin_mixed", {}),
    "linkedin_mixed_narrow.pdf": ("linkedin_mixed", {"narrow": True}),
    "europass_en.pdf": ("europass_en", {}),
    "ru_word_template.docx": ("ru_word_template", {}),
    "kk_textboxes.docx": ("kk_textboxes", {}),
    "ru_cp1251.txt": ("ru_cp1251", {}),
    "mixed_borderless_table.pdf": ("mixed_borderless_table", {}),
    "en_dates_right.pdf": ("en_dates_right", {}),
}


@pytest.fixture(scope="module", params=FILES)
def cv(request):
    """One file built and read once for the module: (its profile, what HR expects)."""
    name, variant = FILES[request.param]
    extraction, profile = read_file(build(name, **variant))
    assert extraction.status == "ok", extraction.reason
    return profile, load(name)["expected"]


def _month(value: str) -> int:
    """Months since year 0 of "YYYY-MM"; "present" is this month."""
    if value == "present":
        today = date.today()
        return today.year * 12 + today.month - 1
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1


def _years(jobs: list, public_only: bool = False) -> float:
    """Years of the expected jobs to one decimal: each month worked counted once, both end
    months included."""
    months = set()
    for start, end, public, *_ in jobs:
        if public or not public_only:
            months.update(range(_month(start), _month(end) + 1))
    return round(len(months) / 12, 1)


def test_periods_and_public_service(cv):
    """Every job's start, end and public-service flag; no study period read as a job."""
    profile, expected = cv
    found = [(job.start, job.end or "present", job.public_service) for job in profile.experience]
    assert found == [tuple(job[:3]) for job in expected["jobs"]]


def test_years_of_experience(cv):
    """Total and public-service years, as the recruiter's list shows them (one decimal)."""
    profile, expected = cv
    assert profile.experience_years == _years(expected["jobs"])
    assert profile.public_service_years == _years(expected["jobs"], public_only=True)


def test_titles_and_employers(cv):
    """Each job's post and employer as the CV writes them."""
    profile, expected = cv
    found = [(job.title, job.organization) for job in profile.experience]
    assert found == [tuple(job[3:]) for job in expected["jobs"]]


def test_education(cv):
    """The highest education level and the graduation years."""
    profile, expected = cv
    levels = [entry.level for entry in profile.education if entry.level]
    assert max(levels, key=EDUCATION_LEVELS.index, default=None) == expected["education"]
    assert sorted(entry.year for entry in profile.education) == sorted(expected["graduated"])


def test_languages(cv):
    """Each spoken language with its level."""
    profile, expected = cv
    assert {lang.code: lang.level for lang in profile.languages} == expected["languages"]
