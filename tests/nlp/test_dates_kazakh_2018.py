"""Dates in the Kazakh Latin alphabet of 2018 (acute letters) and typed on a plain keyboard."""

import pytest

from nlp.components.date_periods import find_periods
from nlp.components.dates import find_points
from nlp.profile import read_cv

# The months whose 2018 or plain-keyboard spelling differs from the Latin of 2021 (aqpan, mamyr,
# tamyz, qazan and jeltoqsan are spelled alike in both).
MONTHS_2018 = [
    ("qańtar", 1),
    ("naýryz", 3),
    ("sáýir", 4),
    ("maýsym", 6),
    ("shilde", 7),
    ("qyrkúiek", 9),
    ("qarasha", 11),
]


@pytest.mark.parametrize(("month", "number"), MONTHS_2018)
def test_each_month_of_the_2018_alphabet_dates_a_period(month, number):
    (period,) = find_periods(f"2016 j. {month} – 2017 j. {month} Bas maman")
    assert (period.start, period.end) == (f"2016-{number:02d}", f"2017-{number:02d}")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("2019 j. qyrkúiektiń 1-i", 9),
        ("2019 jylǵy sáýirden bastap", 4),
        ("2019 j. qarashada", 11),
        ("2019 j. Shildeden", 7),
        ("2019 j. maýsymnan", 6),
    ],
)
def test_case_forms_of_2018_months_keep_their_month(text, month):
    (point,) = find_points(text)
    assert (point.year, point.month) == (2019, month)


@pytest.mark.parametrize("present", ["qazirgi ýaqytqa deıin", "qazirgi ýaqytqa deiin"])
def test_to_date_in_the_2018_alphabet_opens_the_period(present):
    (period,) = find_periods(f"2020 j. qyrkúiek – {present} Bas sarapshy")
    assert (period.start, period.end) == ("2020-09", None)
    assert period.span[1] == len(f"2020 j. qyrkúiek – {present}")


def test_current_ministry_job_in_the_2018_alphabet_counts_as_public_service():
    profile = read_cv(
        "Tájirıbe\n"
        "2020 j. qyrkúiek – qazirgi ýaqytqa deıin Bas sarapshy, "
        "Qazaqstan Respublikasy Qarjy ministrligi\n"
        "2016 j. mamyr – 2020 j. tamyz Ekonomıst, «Samuryq-Qazyna» AQ\n",
        "kk",
    )
    jobs = [(job.start, job.end, job.public_service) for job in profile.experience]
    assert jobs == [("2020-09", None, True), ("2016-05", "2020-08", False)]
    assert profile.public_service_years > 6
