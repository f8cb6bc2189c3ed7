"""Periods whose start is "X-тан бастап" with an end, and months named once with their year."""

import pytest

from nlp.components.date_periods import find_periods
from nlp.profile import read_cv


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2015 жылдан бастап 2020 жылдың ақпанына дейін", "2015-01", "2020-02"),
        ("2015 жылдан бастап 2020 жылға дейін", "2015-01", "2020-12"),
        ("2015 jyldan bastap 2020 jylğa deiın", "2015-01", "2020-12"),
        ("с 2015 года по февраль 2020 года", "2015-01", "2020-02"),
        ("с 2015 г. до 2020 г.", "2015-01", "2020-12"),
    ],
)
def test_from_a_year_to_a_later_date_is_closed(text, start, end):
    (period,) = find_periods(text)
    assert (period.start, period.end, period.span) == (start, end, (0, len(text)))


@pytest.mark.parametrize(
    "text",
    ["2019 жылдан бастап", "2021 жылғы наурыздан бастап қазіргі уақытқа дейін"],
)
def test_bastap_without_an_end_date_stays_open(text):
    (period,) = find_periods(text)
    assert period.end is None


def test_a_closed_bastap_period_keeps_its_employer_and_years():
    profile = read_cv(
        "Жұмыс тәжірибесі\n2015 жылдан бастап 2020 жылдың ақпанына дейін – "
        "Управление цифровизации акимата города Шымкент, главный специалист",
        "kk",
    )
    (job,) = profile.experience
    assert (job.start, job.end) == ("2015-01", "2020-02")
    assert job.organization == "Управление цифровизации акимата города Шымкент"
    assert profile.public_service_years == 5.2


@pytest.mark.parametrize(
    "text",
    [
        "2013 ж. ақпаннан сәуірге дейін",
        "2013 ж. ақпан – сәуір",
        "ақпан – сәуір 2013 ж.",
        "февраль – апрель 2013 г.",
        "2013 г., февраль – апрель",
        "с февраля по апрель 2013 г.",
        "Feb – Apr 2013",
    ],
)
def test_a_month_without_a_year_borrows_the_other_end(text):
    (period,) = find_periods(text)
    assert (period.start, period.end, period.span) == ("2013-02", "2013-04", (0, len(text)))


def test_months_across_new_year_move_the_borrowed_year():
    (period,) = find_periods("ноябрь – февраль 2014 г.")
    assert (period.start, period.end) == ("2013-11", "2014-02")


@pytest.mark.parametrize("text", ["2013 ж. ақпан", "февраль, апрель 2013 г.", "май 2013 г."])
def test_a_lone_month_beside_a_date_makes_no_extra_period(text):
    assert [(p.start, p.end) for p in find_periods(text)] == []


def test_an_internship_of_three_months_is_a_job():
    profile = read_cv(
        "Жұмыс тәжірибесі\n2013 ж. ақпаннан сәуірге дейін — ТОО «Ernst & Young Kazakhstan», стажер",
        "kk",
    )
    (job,) = profile.experience
    assert (job.start, job.end, job.public_service) == ("2013-02", "2013-04", False)
    assert profile.experience_years == 0.2
