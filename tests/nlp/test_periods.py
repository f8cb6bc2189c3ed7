"""Work periods in kk/ru/en: their date forms, titles and organisations, and the component."""

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.date_periods import find_periods
from nlp.components.date_words import month_number
from nlp.components.periods import extract_periods
from nlp.types import Section
from tests.nlp.period_helpers import CV_RU, cv_sections

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


def test_periods_carry_title_organization_and_evidence():
    periods = extract_periods(CV_RU, cv_sections(CV_RU))
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
    with_sections = extract_periods(CV_RU, cv_sections(CV_RU))
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
