"""Work periods in kk/ru/en, their titles and organisations, public service and total years."""

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.dates import find_periods, month_number
from nlp.components.organizations import is_public_service
from nlp.components.periods import extract_periods, total_years
from nlp.types import Experience, Section

FORMS = [
    ("09.2015 – 06.2019", "2015-09", "2019-06"),
    ("09/2015 - 06/2019", "2015-09", "2019-06"),
    ("01.09.2015 - 30.06.2019", "2015-09", "2019-06"),
    ("05.2010 — 12.2012", "2010-05", "2012-12"),
    ("с марта 2018 г. по настоящее время", "2018-03", None),
    ("март 2018 – н.в.", "2018-03", None),
    ("с 2019 г. по н.в.", "2019-01", None),
    ("с сентября 2014 года по май 2016 года", "2014-09", "2016-05"),
    ("2016-2018", "2016-01", "2018-12"),
    ("2016 – по 2018 г.", "2016-01", "2018-12"),
    ("2012 – 2014 гг.", "2012-01", "2014-12"),
    ("ноябрь 2011 — февраль 2013", "2011-11", "2013-02"),
    ("2019 ж. қыркүйек – қазіргі уақытқа дейін", "2019-09", None),
    ("2019 жылғы қыркүйектен бастап", "2019-09", None),
    ("мамыр 2016 – желтоқсан 2018", "2016-05", "2018-12"),
    ("2015 жылдан 2019 жылға дейін", "2015-01", "2019-12"),
    ("2017 ж. қаңтар – 2020 ж. ақпан", "2017-01", "2020-02"),
    ("Jan 2020 – Present", "2020-01", None),
    ("January 2020 - current", "2020-01", None),
    ("Sep 2017 till now", "2017-09", None),
    ("March 2015 to date", "2015-03", None),
    ("Feb. 2019 – Dec. 2020", "2019-02", "2020-12"),
    ("Since 2021", "2021-01", None),
    ("2018–19", "2018-01", "2019-12"),
    ("2018 – 19 гг.", "2018-01", "2019-12"),
    ("2018–19 жж.", "2018-01", "2019-12"),
    ("2016-09 – 2018-05", "2016-09", "2018-05"),
    ("2016-09 — по настоящее время", "2016-09", None),
    ("2016.09 - 2018.05", "2016-09", "2018-05"),
    ("2016/09 – present", "2016-09", None),
]


@pytest.mark.parametrize(("text", "start", "end"), FORMS)
def test_every_common_date_form_becomes_one_period(text, start, end):
    line = f"Опыт: {text} Главный специалист"
    periods = find_periods(line)
    assert [(p.start, p.end) for p in periods] == [(start, end)]
    first, last = periods[0].span
    assert line[first:last] == text


@pytest.mark.parametrize(
    ("word", "month"),
    [("марта", 3), ("сентябре", 9), ("мая", 5), ("қыркүйектен", 9), ("қазанда", 10),
     ("желтоқсан", 12), ("Sept.", 9), ("january", 1), ("дек.", 12), ("шілде", 7)],
)  # fmt: skip
def test_month_names_in_inflected_forms(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize(
    "text",
    [
        "Дата рождения: 12.03.1990",
        "Окончил в 2014 году",
        "Тел.: 8 701 201 20 15",
        "ИИН 900312300123",
        "Awards in 2015 and 2018",
    ],
)
def test_single_dates_and_numbers_are_no_periods(text):
    assert find_periods(text) == []


CV_RU = """Иванов Иван Иванович
Образование
2010 – 2014 Евразийский национальный университет, бакалавр
Опыт работы
09.2015 – 06.2019  Главный специалист, Министерство цифрового развития, инноваций и аэрокосмической промышленности РК
07.2019 – н.в.
Ведущий аналитик
АО «Казахтелеком»
"""  # noqa: E501


def _sections(text: str) -> tuple[Section, ...]:
    """Sections of CV_RU-like texts, split at their two headings."""
    edu, work = text.index("Образование"), text.index("Опыт работы")
    return (
        Section("personal", 0, edu),
        Section("education", edu, work),
        Section("experience", work, len(text)),
    )


def test_periods_carry_title_organization_and_evidence():
    periods = extract_periods(CV_RU, _sections(CV_RU))
    assert len(periods) == 2
    civil, quasi = periods
    assert civil.title == "Главный специалист"
    assert civil.organization.startswith("Министерство цифрового развития")
    assert (civil.start, civil.end, civil.public_service) == ("2015-09", "2019-06", True)
    assert CV_RU[civil.span[0] : civil.span[1]].startswith("09.2015 – 06.2019")
    assert CV_RU[civil.span[0] : civil.span[1]].endswith("промышленности РК")
    assert (quasi.title, quasi.organization) == ("Ведущий аналитик", "АО «Казахтелеком»")
    assert (quasi.start, quasi.end, quasi.public_service) == ("2019-07", None, False)
    assert CV_RU[quasi.span[0] : quasi.span[1]].endswith("АО «Казахтелеком»")


def test_education_periods_never_count_as_work():
    with_sections = extract_periods(CV_RU, _sections(CV_RU))
    without_sections = extract_periods(CV_RU)
    assert "2010-01" not in {p.start for p in with_sections}
    assert [p.start for p in without_sections] == ["2015-09", "2019-07"]


@pytest.mark.parametrize(
    ("text", "title", "organization"),
    [
        ("2010-2012 ТОО «Kaspi», ведущий программист", "ведущий программист", "ТОО «Kaspi»"),
        ("Jan 2012 – Dec 2014 Data Analyst at Kaspi Bank", "Data Analyst", "Kaspi Bank"),
        (
            "Главный эксперт Департамента государственных доходов по г. Астана (2008 – 2010)",
            "Главный эксперт",
            "Департамента государственных доходов по г. Астана",
        ),
        (
            "2019 ж. қыркүйек – қазіргі уақытқа дейін\nбас маман\nАстана қаласы әкімдігі",
            "бас маман",
            "Астана қаласы әкімдігі",
        ),
        (
            "Сентябрь 2015 —\nпо настоящее время\n3 года 2 месяца\n"
            "Министерство финансов Республики Казахстан\nГлавный специалист",
            "Главный специалист",
            "Министерство финансов Республики Казахстан",
        ),
        (
            "Главный специалист 2015-2018 Министерство финансов",
            "Главный специалист",
            "Министерство финансов",
        ),
        (
            "2016 жылғы мамырдан 2019 жылғы тамызға дейін\nЖетекші бағдарламашы, «Қазақтелеком» АҚ",
            "Жетекші бағдарламашы",
            "«Қазақтелеком» АҚ",
        ),
        # a unit's quoted name belongs to the title, not to the employer
        (
            "01.2019 – 12.2022 Главный специалист отдела «Цифровой офис», "
            "Министерство цифрового развития РК",
            "Главный специалист отдела «Цифровой офис»",
            "Министерство цифрового развития РК",
        ),
        (
            "2019 – 2022 «Цифрлық кеңсе» бөлімінің бас маманы, "
            "ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
            "«Цифрлық кеңсе» бөлімінің бас маманы",
            "ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
        ),
    ],
)
def test_title_and_organization_in_several_layouts(text, title, organization):
    (period,) = extract_periods(text)
    assert (period.title, period.organization) == (title, organization)


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
    periods = extract_periods(CV_RU, _sections(CV_RU))
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


def test_spacy_component_reads_sections_or_whole_text():
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    nlp = spacy.blank("ru")
    nlp.add_pipe("recruit_periods")
    doc = nlp(CV_RU)
    assert [p.start for p in doc._.periods] == ["2015-09", "2019-07"]
    doc = nlp.make_doc(CV_RU)
    doc._.sections = (Section("experience", CV_RU.index("07.2019"), len(CV_RU)),)
    doc = nlp.get_pipe("recruit_periods")(doc)
    assert [(p.start, p.organization) for p in doc._.periods] == [("2019-07", "АО «Казахтелеком»")]
