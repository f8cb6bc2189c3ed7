"""Job title and employer printed on the line above the dates, as English (Harvard, Bolashak,
Europass-style) and many Russian CVs print them: each job keeps its own line, duty bullets under
the dates are never a title, and a town on the date line is neither post nor employer."""

from datetime import date

import pytest

from nlp.components.periods import total_years
from nlp.profile import read_cv


def _jobs(text, lang):
    """(title, employer, civil service, start, end) of each job ``read_cv`` finds."""
    return [
        (e.title, e.organization, e.public_service, e.start, e.end)
        for e in read_cv(text, lang).experience
    ]


@pytest.mark.parametrize(
    ("text", "lang", "title", "organization"),
    [
        ("EXPERIENCE\nHead of Division, Ministry of National Economy of the Republic of"
         " Kazakhstan\nJune 2017 - Present\n", "en", "Head of Division",
         "Ministry of National Economy of the Republic of Kazakhstan"),
        ("Опыт работы\nГлавный эксперт, Министерство национальной экономики РК\n"
         "06.2017 – н.в.\n", "ru", "Главный эксперт", "Министерство национальной экономики РК"),
        ("Еңбек өтілі\nБас маман, Қаржы министрлігі\n06.2017 – қазіргі уақытқа дейін\n", "kk",
         "Бас маман", "Қаржы министрлігі"),
    ],
)  # fmt: skip
def test_a_job_line_above_its_dates_is_its_title_and_employer(text, lang, title, organization):
    assert _jobs(text, lang) == [(title, organization, True, "2017-06", None)]


TWO_JOBS_EN = """EXPERIENCE
Head of Division, Department of Budget Policy, Ministry of National Economy of the Republic of Kazakhstan
June 2017 - Present
- Budget planning for the social sector; SQL queries to the e-budget database, Excel.

Economist, Planning and Economic Department, KazMunayGas NC JSC
Aug 2012 - May 2017
- Investment project appraisal, SAP, 1C reporting.
"""  # noqa: E501

TWO_JOBS_RU = """Опыт работы
Главный эксперт, Министерство национальной экономики РК
06.2017 – н.в.
• Бюджетное планирование социальной сферы
Экономист, АО НК «КазМунайГаз»
08.2012 – 05.2017
• Оценка инвестиционных проектов
"""


def test_each_of_two_jobs_above_their_dates_keeps_its_own_employer_and_duties_are_no_title():
    assert _jobs(TWO_JOBS_EN, "en") == [
        (
            "Head of Division",
            "Department of Budget Policy, Ministry of National Economy of the Republic of"
            " Kazakhstan",
            True,
            "2017-06",
            None,
        ),
        ("Economist", "Planning and Economic Department, KazMunayGas NC JSC", False, "2012-08",
         "2017-05"),
    ]  # fmt: skip
    assert _jobs(TWO_JOBS_RU, "ru") == [
        ("Главный эксперт", "Министерство национальной экономики РК", True, "2017-06", None),
        ("Экономист", "АО НК «КазМунайГаз»", False, "2012-08", "2017-05"),
    ]
    profile = read_cv(TWO_JOBS_EN, "en")
    public = total_years(profile.experience, public_only=True, today=date(2026, 11, 30))
    assert public == pytest.approx(9.5)


def test_the_next_jobs_line_is_not_given_to_the_job_above_it():
    text = (
        "EXPERIENCE\nHead of Division, Ministry of National Economy\nJune 2017 - Present\n\n"
        "Economist, KazMunayGas NC JSC\nAug 2012 - May 2017\n"
    )
    assert _jobs(text, "en") == [
        ("Head of Division", "Ministry of National Economy", True, "2017-06", None),
        ("Economist", "KazMunayGas NC JSC", False, "2012-08", "2017-05"),
    ]


def test_a_town_on_the_date_line_is_neither_post_nor_employer():
    text = (
        "WORK EXPERIENCE\nSenior Analyst, Agency for Strategic Planning and Reforms\n"
        "Apr 2021 – ongoing | Astana\n• Built Power BI dashboards for national projects.\n"
        "Chief Expert, Ministry of National Economy\nJul 2015 – Aug 2018 | Almaty office\n"
        "• Prepared macroeconomic forecasts.\n"
    )
    assert _jobs(text, "en") == [
        ("Senior Analyst", "Agency for Strategic Planning and Reforms", True, "2021-04", None),
        ("Chief Expert", "Ministry of National Economy", True, "2015-07", "2018-08"),
    ]


def test_jobs_below_their_dates_keep_their_own_lines():
    text = (
        "Опыт работы\n2018 – 2020\nГлавный специалист, Министерство финансов РК\n"
        "2015 – 2018\nЭкономист, АО «Казахтелеком»\n"
    )
    assert [job[:3] for job in _jobs(text, "ru")] == [
        ("Главный специалист", "Министерство финансов РК", True),
        ("Экономист", "АО «Казахтелеком»", False),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "title", "organization"),
    [
        ("Professional Experience\nProgramme Analyst, UNDP Kazakhstan\tOct 2014 – Dec 2019\n",
         "en", "Programme Analyst", "UNDP Kazakhstan"),
        ("Опыт работы\n07/2018 – 12/2018 Консультант по государственному управлению, ПРООН в"
         " Казахстане\n", "ru", "Консультант по государственному управлению",
         "ПРООН в Казахстане"),
        ("Опыт работы\n07/2018 – 12/2018 Консультант по государственному управлению, ПРООН в"
         " Казахстане (UNDP\nKazakhstan)\nПроект реформы госслужбы.\n", "ru",
         "Консультант по государственному управлению", "ПРООН в Казахстане (UNDP Kazakhstan)"),
        ("Опыт работы\n2016 – 2019 Национальный эксперт, Программный офис ОБСЕ в Астане\n", "ru",
         "Национальный эксперт", "Программный офис ОБСЕ в Астане"),
    ],
)  # fmt: skip
def test_a_un_agency_is_the_employer_and_not_civil_service(text, lang, title, organization):
    ((found_title, found_org, public, *_),) = _jobs(text, lang)
    assert (found_title, found_org, public) == (title, organization, False)


@pytest.mark.parametrize(
    ("text", "lang", "title", "organization"),
    [
        ("Опыт работы\nмарт 2018 – н.в.\nМинистерство цифрового развития, инноваций и"
         " аэрокосмической промышленности Республики\nКазахстан\nГлавный эксперт Департамента"
         " цифровизации государственных услуг\n", "ru",
         "Главный эксперт Департамента цифровизации государственных услуг",
         "Министерство цифрового развития, инноваций и аэрокосмической промышленности"
         " Республики Казахстан"),
        ("WORK EXPERIENCE\nChief Expert, Ministry of National Economy of the\nRepublic of"
         " Kazakhstan\nOct 2019 – Mar 2021 | Nur-Sultan\n• Prepared macroeconomic forecasts.\n",
         "en", "Chief Expert", "Ministry of National Economy of the Republic of Kazakhstan"),
    ],
)  # fmt: skip
def test_an_employer_wrapped_before_the_country_keeps_the_country(text, lang, title, organization):
    ((found_title, found_org, public, *_),) = _jobs(text, lang)
    assert (found_title, found_org, public) == (title, organization, True)
