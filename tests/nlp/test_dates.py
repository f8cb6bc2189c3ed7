"""Date forms beyond the common ones: two-digit end years, ISO-like months, Latin Kazakh."""

import pytest

from nlp.components.date_periods import find_periods
from nlp.components.date_words import month_number
from nlp.components.periods import extract_periods

# (line of a CV in ru/kk/en, start, end, title, organisation)
SHORT_YEARS = [
    ("2018–19 гг. Главный специалист, Министерство финансов РК", "2018-01", "2019-12",
     "Главный специалист", "Министерство финансов РК"),
    ("2018 – 19 гг. Главный эксперт, Акимат города Астаны", "2018-01", "2019-12",
     "Главный эксперт", "Акимат города Астаны"),
    ("2018–19 жж. Бас маман, Астана қаласының әкімдігі", "2018-01", "2019-12",
     "Бас маман", "Астана қаласының әкімдігі"),
    ("2014-16 жж. Бас сарапшы, Қаржы министрлігі", "2014-01", "2016-12",
     "Бас сарапшы", "Қаржы министрлігі"),
    ("2018-19 Data analyst, Kazakhtelecom JSC", "2018-01", "2019-12",
     "Data analyst", "Kazakhtelecom JSC"),
    ("1998–03 Chief specialist, Ministry of Finance", "1998-01", "2003-12",
     "Chief specialist", "Ministry of Finance"),
    ("2018/19 Главный специалист, Министерство финансов РК", "2018-01", "2019-12",
     "Главный специалист", "Министерство финансов РК"),
    ("2018/2019 оқу жылы Мұғалім, Астана қаласының білім басқармасы", "2018-09", "2019-05",
     "Мұғалім", "Астана қаласының білім басқармасы"),
]  # fmt: skip

ISO_MONTHS = [
    ("2016-09 – 2018-05 Главный специалист, Министерство юстиции РК", "2016-09", "2018-05",
     "Главный специалист", "Министерство юстиции РК"),
    ("2016-09 — по настоящее время Ведущий аналитик, АО «Казахтелеком»", "2016-09", None,
     "Ведущий аналитик", "АО «Казахтелеком»"),
    ("2016.09 - 2018.05 Бас маман, Астана қаласының әкімдігі", "2016-09", "2018-05",
     "Бас маман", "Астана қаласының әкімдігі"),
    ("2016/09 – қазіргі уақытқа дейін Бас сарапшы, Қаржы министрлігі", "2016-09", None,
     "Бас сарапшы", "Қаржы министрлігі"),
    ("2016/09 – present Data analyst, Kazakhtelecom JSC", "2016-09", None,
     "Data analyst", "Kazakhtelecom JSC"),
    ("2016-09-01 – 2018-05-31 Chief expert, Ministry of Finance", "2016-09", "2018-05",
     "Chief expert", "Ministry of Finance"),
    ("с 2016-09 Главный эксперт, Акимат города Астаны", "2016-09", None,
     "Главный эксперт", "Акимат города Астаны"),
]  # fmt: skip

# A year word after a numeric date ("01.09.2015 г.", "09.2015 ж.") belongs to that date.
YEAR_WORDS = [
    ("01.09.2015 г. – 31.08.2018 г. Главный специалист, Акимат города Астаны", "2015-09",
     "2018-08", "Главный специалист", "Акимат города Астаны"),
    ("с 01.09.2015 г. по 31.08.2018 г. Эксперт, Министерство финансов РК", "2015-09", "2018-08",
     "Эксперт", "Министерство финансов РК"),
    ("09.2015 г. – 08.2018 г. Эксперт, Министерство финансов РК", "2015-09", "2018-08",
     "Эксперт", "Министерство финансов РК"),
    ("01.09.2015 ж. – 31.08.2018 ж. Бас маман, Астана қаласының әкімдігі", "2015-09", "2018-08",
     "Бас маман", "Астана қаласының әкімдігі"),
    ("с 01.09.2019 г. по настоящее время Эксперт, Министерство юстиции РК", "2019-09", None,
     "Эксперт", "Министерство юстиции РК"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "start", "end", "title", "org"), SHORT_YEARS + ISO_MONTHS + YEAR_WORDS
)
def test_new_forms_become_one_period_with_title_and_organization(line, start, end, title, org):
    (period,) = extract_periods(line)
    assert (period.start, period.end) == (start, end)
    assert (period.title, period.organization) == (title, org)
    assert line[period.span[0] : period.span[1]] == line


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Опыт: 2018–19 гг., затем учёба", "2018–19 гг."),
        ("Тәжірибе: 2018 – 19 жж. бас маман", "2018 – 19 жж."),
        ("Worked 2018-19 as an analyst", "2018-19"),
        ("2016.09 - 2018.05 analyst", "2016.09 - 2018.05"),
        (
            "2019 жылдың қыркүйегінен бастап қазіргі уақытқа дейін бас маман",
            "2019 жылдың қыркүйегінен бастап қазіргі уақытқа дейін",
        ),
    ],
)
def test_evidence_span_covers_the_whole_date_and_its_year_word(text, evidence):
    (period,) = find_periods(text)
    assert text[period.span[0] : period.span[1]] == evidence


@pytest.mark.parametrize(
    "text",
    [
        "Приказ № 2018-19/5 от 12.03.2019",
        "Приказ № 2018-19",
        "Бұйрық № 2018-19/5",
        "Order No. 2018-19 of 12.03.2019",
        "Invoice #2018-19",
        "Document 2018-19/5",
        "Тел.: 8 701 2018-19",
        "Тел.: 8-701-2018-19-20",
        "Phone: +7 (701) 2018-19-20",
        "Код 2018-45",
        "Ref. 2001-19",
        "2018–05 Главный специалист",
        "Дата приказа 2016-09",
        "Бұйрық күні 2016-09-01",
        "Awards in 2018-19.5",
        "Рост 2018-19,5",
        "Приказ № 2018/19",
        "2018/05 Главный специалист",
        "Дело 12/2018/2019",
        "2018/2017 Engineer",
    ],
)
def test_numbers_ids_and_lone_months_are_no_periods(text):
    assert find_periods(text) == []


def test_tight_hyphen_before_a_month_number_reads_as_years_only_when_they_follow():
    (years,) = find_periods("2010-11 Главный специалист")
    assert (years.start, years.end) == ("2010-01", "2011-12")
    assert find_periods("2018-05 Главный специалист") == []
    assert find_periods("1998-03 Chief specialist") == []


def test_a_slashed_academic_year_is_one_period_not_two():
    (period,) = find_periods("2014/2015 – 2016 Lecturer")
    assert (period.start, period.end) == ("2014-01", "2015-12")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019 j. qyrküiek – qazırgı uaqytqa deiın", "2019-09", None),
        ("2015 jyldan 2019 jylğa deiın", "2015-01", "2019-12"),
        ("2019 jylğy qyrküiekten bastap", "2019-09", None),
        ("mamyr 2016 – jeltoqsan 2018", "2016-05", "2018-12"),
        ("2018–19 jj.", "2018-01", "2019-12"),
    ],
)
def test_kazakh_latin_date_words(text, start, end):
    (period,) = find_periods(f"Jūmys: {text} bas maman")
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("word", "month"), [("qañtar", 1), ("säuır", 4), ("qyrküiekten", 9), ("jeltoqsan", 12)]
)
def test_kazakh_latin_month_names(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("01.09.2008\t31.08.2011\tУчитель информатики", "2008-09", "2011-08"),
        ("11.01.2019\tпо настоящее время\tРуководитель управления", "2019-01", None),
        ("2005 ж. қыркүйек\t2008 ж. маусым\tЖетекші маман", "2005-09", "2008-06"),
        ("2008\t2011\tИнженер", "2008-01", "2011-12"),
        ("08.2004 07.2007 Учитель математики", "2004-08", "2007-07"),
        ("09.2006\n08.2008\nБухгалтер", "2006-09", "2008-08"),
        ("05.2022\nпо настоящее\nвремя\nРуководитель", "2022-05", None),
        ("11.01.2019 по настоящее время главный специалист", "2019-01", None),
        # the shorthands of "to date" that Russian CVs use
        ("01.2020 – н/в Главный специалист", "2020-01", None),
        ("с 2019 г. по наст. время эксперт", "2019-01", None),
        ("03.2021 – по сегодняшний день аналитик", "2021-03", None),
        ("2018 – до сих пор консультант", "2018-01", None),
    ],
)
def test_start_and_end_in_table_cells_make_one_period(text, start, end):
    (period,) = find_periods(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "2018\t2015\tИнженер",
        "Курс 2019 2020 год",
        "Сертификат CCNA, 2019\n2020 Engineer",
        "Приказ от 12.03.2019\n15.04.2019 получен ответ",
    ],
)
def test_dates_side_by_side_out_of_order_or_in_prose_are_no_period(text):
    assert find_periods(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Oct'19 – Mar'21", "2019-10", "2021-03"),
        ("Oct’19 – Mar’21", "2019-10", "2021-03"),
        ("Sep'18 – present", "2018-09", None),
        ("Sept '18 – Mar '21", "2018-09", "2021-03"),
        ("Dec '99 – May '03", "1999-12", "2003-05"),
    ],
)
def test_month_and_two_digit_year_after_an_apostrophe(text, start, end):
    (period,) = find_periods(f"Chief Expert, Ministry of National Economy | {text}")
    assert (period.start, period.end) == (start, end)


def test_a_job_dated_month_apostrophe_year_is_counted_with_its_post():
    (job,) = extract_periods(
        "Oct'19 – Mar'21 Chief Expert, Ministry of National Economy", lang="en"
    )
    assert (job.start, job.end) == ("2019-10", "2021-03")
    assert (job.title, job.organization, job.public_service) == (
        "Chief Expert",
        "Ministry of National Economy",
        True,
    )


@pytest.mark.parametrize("text", ["Class of '19 – '21", "Rock'n'roll 19 – 21", "it's 19 – 21"])
def test_an_apostrophe_year_without_a_month_is_no_period(text):
    assert find_periods(text) == []


# QA pass K: Roman months of a personnel record ("IX.2015 – VIII.2017") gave no period.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("IX.2015 – VIII.2017\nУчитель информатики", "2015-09", "2017-08"),
        ("ІХ.2015 – VI.2019 мұғалім", "2015-09", "2019-06"),  # Cyrillic "І" and "Х"
        ("с XII.2019 по настоящее время эксперт", "2019-12", None),
        ("IV/2010 – XI/2012 Chief expert", "2010-04", "2012-11"),
    ],
)
def test_roman_months_before_a_year(text, start, end):
    (period,) = find_periods(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "II категория, 2015 – 2017",
        "World War II 1945 – 2015",
        "Часть I 2015 – 2017",
        "ix.2015 – vi.2019",
    ],
)
def test_other_roman_numerals_are_no_months(text):
    assert all(p.start[5:] == "01" for p in find_periods(text))


# QA pass K: months with two-digit years ("10/13 – 06/15") gave no period.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10/13 – 06/15\nКГУ «Средняя школа №15»", "2013-10", "2015-06"),
        ("Тәжірибе:\n09/15 - 06/19 мұғалім", "2015-09", "2019-06"),
        ("Employer\t01/99 – 12/04\tAnalyst", "1999-01", "2004-12"),
    ],
)
def test_month_and_two_digit_year_ranges(text, start, end):
    (period,) = find_periods(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "1/2 – 3/4 ставки",
        "24/7 – 12/8",
        "06/15 – 10/13",
        "10/13 – 06/45",
        "10/13",
        "Ltd. 08/09-09/09",
    ],
)
def test_fractions_and_backward_or_lone_month_years_are_no_period(text):
    assert find_periods(text) == []


# QA pass K: "2012-2013 уч. год" was read as two whole years, not one academic year.
@pytest.mark.parametrize(
    "text",
    [
        "2012-2013 уч. год\nУчитель информатики",
        "2012–2013 оқу жылы\nИнформатика пәнінің мұғалімі",
        "Academic year 2012–2013: teacher of informatics",
        "2012-13 учебный год, учитель",
    ],
)
def test_an_academic_year_runs_from_september_to_may(text):
    (period,) = find_periods(text)
    assert (period.start, period.end, period.rough) == ("2012-09", "2013-05", (False, False))


def test_years_without_academic_words_stay_whole_years():
    (period,) = find_periods("2012-2013 гг. Учитель информатики")
    assert (period.start, period.end) == ("2012-01", "2013-12")
