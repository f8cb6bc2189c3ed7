"""Dates with a day before the month name, and seasons and quarters (QA pass F, items 1 and 4)."""

import pytest

from nlp.components.date_periods import find_periods
from nlp.profile import read_cv


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2010 ж. 1 қыркүйектен 2014 ж. 30 маусымға дейін", "2010-09", "2014-06"),
        ("2022 ж. 1 шілде – 2022 ж. 31 тамыз", "2022-07", "2022-08"),
        ("1 шілде 2022 – 31 тамыз 2023", "2022-07", "2023-08"),
        ("2013 ж. 1 ақпаннан 30 сәуірге дейін", "2013-02", "2013-04"),
        ("1 июля 2022 г. – 31 августа 2023 г.", "2022-07", "2023-08"),
        ("с 1 июля 2022 года по 31 августа 2023 года", "2022-07", "2023-08"),
        ("1 September 2019 – 30 June 2021", "2019-09", "2021-06"),
    ],
)
def test_a_day_before_the_month_keeps_the_month(text, start, end):
    (period,) = find_periods(text)
    assert (period.start, period.end) == (start, end)


def test_a_kazakh_dated_start_to_date_is_open():
    (period,) = find_periods("2022 ж. 10 қаңтардан қазіргі уақытқа дейін")
    assert (period.start, period.end) == ("2022-01", None)


def test_a_kazakh_akimat_career_with_days_is_public_service():
    profile = read_cv(
        "Еңбек жолы:\n"
        "2006 ж. 1 тамыздан 2010 ж. 31 тамызға дейін – «Сайрам аудандық ауыл шаруашылығы "
        "бөлімі» ММ экономисі\n"
        "2010 ж. 1 қыркүйектен 2014 ж. 30 маусымға дейін – Қарабұлақ ауыл әкімі аппаратының "
        "бас маманы\n",
        "kk",
    )
    assert [(j.start, j.end, j.public_service) for j in profile.experience] == [
        ("2006-08", "2010-08", True),
        ("2010-09", "2014-06", True),
    ]
    assert profile.public_service_years == 7.9


def test_a_russian_service_record_with_days_is_read():
    profile = read_cv(
        "Опыт работы\n1 июля 2022 г. – 31 августа 2023 г. главный специалист, "
        "Аппарат акима района\n",
        "ru",
    )
    (job,) = profile.experience
    assert (job.start, job.end, job.public_service) == ("2022-07", "2023-08", True)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Q3 2018 – Q1 2020", "2018-07", "2020-03"),
        ("Summer 2017", "2017-06", "2017-08"),
        ("Spring 2019 – Fall 2020", "2019-03", "2020-11"),
        ("Autumn 2016", "2016-09", "2016-11"),
        ("Winter 2018", "2018-01", "2018-02"),
        ("лето 2017", "2017-06", "2017-08"),
        ("2017 жылдың жазы", "2017-06", "2017-08"),
    ],
)
def test_seasons_and_quarters_span_their_months(text, start, end):
    (period,) = find_periods(text)
    assert (period.start, period.end) == (start, end)


def test_english_quarter_and_season_jobs_are_counted():
    profile = read_cv(
        "EXPERIENCE\nBackend Developer, Kolesa Group, Almaty Q3 2018 – Q1 2020\n"
        "Software Engineering Intern, EPAM Kazakhstan, Astana Summer 2017\n",
        "en",
    )
    assert [(j.start, j.end) for j in profile.experience] == [
        ("2018-07", "2020-03"),
        ("2017-06", "2017-08"),
    ]
    assert profile.experience_years == 2.0


def test_a_season_word_without_a_year_is_no_date():
    assert find_periods("Summer school on data science, Astana") == []


def test_a_season_word_ending_the_line_above_is_not_the_year_s_season():
    """ "…на Java и Spring" (the framework) over "2014 – 2016 гг.": the job runs the whole
    years and keeps its own employer below the dates."""
    text = (
        "Опыт работы\n• разработка сервисов портала электронного правительства на Java и Spring\n"
        "2014 – 2016 гг.\nТОО «Kazakhstan Software Solutions», программист\n"
    )
    (period,) = find_periods(text)
    assert (period.start, period.end) == ("2014-01", "2016-12")
    (job,) = read_cv(text, "ru").experience
    assert (job.title, job.organization, job.public_service) == (
        "программист",
        "ТОО «Kazakhstan Software Solutions»",
        False,
    )
