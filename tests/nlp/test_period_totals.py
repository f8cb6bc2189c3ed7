"""Public service and total years: which employers are state bodies, and how periods add up."""

from datetime import date

import pytest

from nlp.components.organizations import is_public_service
from nlp.components.periods import extract_periods, total_years
from nlp.types import Experience
from tests.nlp.period_helpers import CV_RU, cv_sections


@pytest.mark.parametrize(
    "organization",
    [
        "Министерство цифрового развития, инноваций и аэрокосмической промышленности РК",
        "Қазақстан Республикасының Қаржы министрлігі",
        "Агентство Республики Казахстан по делам государственной службы",
        "Agency of the Republic of Kazakhstan for Civil Service Affairs",
        "Комитет государственных доходов Министерства финансов РК",
        "Мемлекеттік кірістер комитеті",
        "Акимат города Алматы",
        "Алматы облысы әкімдігі",
        "Аппарат акима Сарыаркинского района",
        "Маслихат Карагандинской области",
        "Астана қаласы мәслихаты",
        "Управление образования города Шымкент",
        "Департамент полиции Акмолинской области",
        "Администрация Президента Республики Казахстан",
        "Аппарат Мажилиса Парламента Республики Казахстан",
        "Аппарат Сената Парламента РК",
        "Верховный суд Республики Казахстан",
        "Генеральная прокуратура Республики Казахстан",
        "Ministry of Finance of the Republic of Kazakhstan",
    ],
)
def test_state_bodies_are_public_service(organization):
    assert is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "АО «Казахтелеком»",
        "«Қазақтелеком» АҚ",
        "ТОО «Kaspi»",
        "РГП на ПХВ «Национальный центр экспертизы» Министерства здравоохранения",
        "ГКП на ПХВ «Городская поликлиника №5» Управления здравоохранения г. Алматы",
        "КГП «Теплосети» акимата города Павлодар",
        "НАО «Государственная корпорация «Правительство для граждан»",
        "АО «Национальная компания «Казахстан темир жолы»",
        "АО «Фонд национального благосостояния «Самрук-Казына»",
        "Samruk-Kazyna JSC",
        "Baiterek National Managing Holding",
        "«ҚазМұнайГаз» ҰК» АҚ",
        "KEGOC JSC",
        "Deloitte LLP",
        "Kazpost, state enterprise",
        "Kaspi Bank",
        "",
    ],
)
def test_state_owned_and_quasi_public_companies_are_not(organization):
    assert not is_public_service(organization)


def _job(start, end, public=False):
    """A period for total_years tests."""
    return Experience(None, None, start, end, public, (0, 0))


TODAY = date(2025, 6, 15)


def test_total_years_counts_both_end_months():
    assert total_years([_job("2015-09", "2019-06")], today=TODAY) == 3.8
    assert total_years([_job("2016-01", "2018-12")], today=TODAY) == 3.0


def test_total_years_merges_overlaps():
    jobs = [_job("2015-01", "2017-12"), _job("2016-06", "2018-12"), _job("2017-01", "2017-06")]
    assert total_years(jobs, today=TODAY) == 4.0


def test_total_years_counts_present_up_to_today():
    jobs = [_job("2020-07", None), _job("2021-01", "2022-12")]
    assert total_years(jobs, today=TODAY) == 5.0
    assert total_years(jobs, today=date(2030, 6, 1)) == 10.0


def test_total_years_of_public_service_only():
    jobs = [_job("2010-01", "2014-12", public=True), _job("2015-01", None)]
    assert total_years(jobs, public_only=True, today=TODAY) == 5.0
    assert total_years(jobs, today=TODAY) == 15.5
    assert total_years([], today=TODAY) == 0.0


def test_total_years_from_a_real_cv():
    periods = extract_periods(CV_RU, cv_sections(CV_RU))
    assert total_years(periods, today=TODAY) == 9.8
    assert total_years(periods, public_only=True, today=TODAY) == 3.8


def test_total_years_from_two_digit_years_and_iso_months():
    text = (
        "2014–16 гг. Главный специалист, Министерство финансов РК\n"
        "2016-09 – 2018-05 Главный эксперт, Акимат города Астаны\n"
        "2018/06 – present Data analyst, Kazakhtelecom JSC\n"
    )
    periods = extract_periods(text)
    assert [(p.start, p.end, p.public_service) for p in periods] == [
        ("2014-01", "2016-12", True),
        ("2016-09", "2018-05", True),
        ("2018-06", None, False),
    ]
    assert total_years(periods, public_only=True, today=TODAY) == 4.4
    assert total_years(periods, today=TODAY) == 11.5


def test_years_alone_shared_by_two_jobs_count_the_handover_year_once():
    """ "2013–2015, 2015–2018, 2018–2021": nine years, as an HR officer counts them, not the
    ten that January-to-December readings of each range would give."""
    text = (
        "2018–2021 Главный специалист, Управление финансов акимата г. Алматы\n"
        "2015–2018 Бухгалтер-экономист, РГП на ПХВ «Казгидромет»\n"
        "2013–2015 Менеджер, АО «Kaspi Bank»\n"
    )
    periods = extract_periods(text)
    assert [(p.start, p.end) for p in periods] == [
        ("2018-07", "2021-06"),
        ("2015-07", "2018-06"),
        ("2013-07", "2015-06"),
    ]
    assert total_years(periods, today=TODAY) == 8.0
    assert total_years(periods, public_only=True, today=TODAY) == 3.0


def test_years_alone_that_do_not_touch_keep_whole_years():
    """ "2010–2014, 2015–2020" (each year written once) and a single year stay January to
    December: no year is lost between the jobs."""
    text = "2015–2020 Главный эксперт, Министерство юстиции РК\n2010–2014 Юрист, ТОО «Алем»\n"
    periods = extract_periods(text)
    assert [(p.start, p.end) for p in periods] == [("2015-01", "2020-12"), ("2010-01", "2014-12")]
    assert total_years(periods, today=TODAY) == 11.0
    (single,) = extract_periods("2019–2019 Эксперт, Акимат города Астаны\n")
    assert (single.start, single.end) == ("2019-01", "2019-12")


def test_a_present_job_starting_in_the_year_the_last_ended_starts_mid_year():
    """ "2016–2019" then "2019 – по настоящее время": the handover year is counted once too."""
    text = (
        "2019 – по настоящее время Эксперт, Акимат города Астаны\n2016–2019 Инженер, ТОО «Алем»\n"
    )
    periods = extract_periods(text)
    assert [(p.start, p.end) for p in periods] == [("2019-07", None), ("2016-07", "2019-06")]
