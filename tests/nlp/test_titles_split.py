"""Title and employer of a job where the two are hard to tell apart: a job line wrapped by a
PDF, an employer without a legal form (a hospital), the official Kazakh wording with the body
in the genitive, a body whose Kazakh name comes before its head word, a name after a title's
comma, a title that names its own unit, a town on the date line, and LinkedIn's two-line block
without its place."""

import pytest

from nlp.components.periods import extract_periods
from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import make_pdf


def _jobs(text):
    """(title, employer, civil service) of each job ``read_cv`` finds in a whole CV."""
    return [(e.title, e.organization, e.public_service) for e in read_cv(text).experience]


# (one experience entry, title, organisation, civil service)
WRAPPED_LINES = [
    ("2014 жылдың қаңтарынан 2017 жылдың қаңтарына дейін — Комитет по статистике\n"
     "Министерства национальной экономики РК, эксперт",
     "эксперт", "Комитет по статистике Министерства национальной экономики РК", True),
    ("2017–2021 АО «Казпочта», менеджер по работе\nс клиентами",
     "менеджер по работе с клиентами", "АО «Казпочта»", False),
    ("2016 – 2020 Deloitte Kazakhstan LLP, Head of Business\nand Finance",
     "Head of Business and Finance", "Deloitte Kazakhstan LLP", False),
    # a post's first word over the unit it heads, as a PDF table cell wraps it
    ("01.2016 – 12.2018 Руководитель\nуправления Комитета государственных доходов, "
     "Министерство финансов РК",
     "Руководитель управления Комитета государственных доходов", "Министерство финансов РК",
     True),
    ("01.2016 – 12.2018 Заместитель\nруководителя департамента цифровизации, "
     "Министерство цифрового развития",
     "Заместитель руководителя департамента цифровизации", "Министерство цифрового развития",
     True),
]  # fmt: skip

NO_LEGAL_FORM = [
    ("2015–2019 Қарағанды облыстық көпбейінді ауруханасы, медбике-статист",
     "медбике-статист", "Қарағанды облыстық көпбейінді ауруханасы", False),
    ("2015–2019 Қалалық №3 емхана, учаскелік дәрігер",
     "учаскелік дәрігер", "Қалалық №3 емхана", False),
    ("2015–2019 «Қарағанды облыстық көпбейінді ауруханасы» КМК, медбике",
     "медбике", "«Қарағанды облыстық көпбейінді ауруханасы» КМК", False),
    ("2015–2019 Городская больница №2, врач-терапевт",
     "врач-терапевт", "Городская больница №2", False),
]  # fmt: skip

# The official Kazakh wording keeps the whole as the title; the body, in the nominative, is
# the employer.
GENITIVE_BODY = [
    ("2016 – 2018 Қаржы министрлігінің бас маманы",
     "Қаржы министрлігінің бас маманы", "Қаржы министрлігі", True),
    ("2016 – 2018 Астана қаласы әкімдігінің бюджет бөлімінің басшысы",
     "Астана қаласы әкімдігінің бюджет бөлімінің басшысы", "Астана қаласы әкімдігі", True),
    ("2016 – 2018 Қарағанды облыстық мәслихатының бас маманы",
     "Қарағанды облыстық мәслихатының бас маманы", "Қарағанды облыстық мәслихаты", True),
    ("2016 – 2018 Qarjy ministrlıgınıñ bas mamany",
     "Qarjy ministrlıgınıñ bas mamany", "Qarjy ministrlıgı", True),
    ("2016 – 2018 главный специалист Министерства финансов РК",
     "главный специалист", "Министерства финансов РК", True),
]  # fmt: skip

NAME_BEFORE_HEAD = [
    ("2016 – 2018 бас маман Қаржы министрлігі", "бас маман", "Қаржы министрлігі", True),
    ("2016 – 2018 бас маман Астана қаласы әкімдігі", "бас маман", "Астана қаласы әкімдігі", True),
    ("2016 – 2018 bas maman Qarjy ministrlıgı", "bas maman", "Qarjy ministrlıgı", True),
    ("2016 – 2018 Analyst Kaspi bank", "Analyst", "Kaspi bank", False),
]  # fmt: skip

NAME_AFTER_COMMA = [
    ("2019 – 2021 Consultant, Advisory, KPMG Kazakhstan",
     "Consultant, Advisory", "KPMG Kazakhstan", False),
    ("2016 – 2018 Главный специалист, Минфин", "Главный специалист", "Минфин", True),
    ("2016 – 2018 Бас маман, Минюст", "Бас маман", "Минюст", True),
]  # fmt: skip

UNIT_ONLY = [
    ("2019 – 2021 Head of Division", "Head of Division"),
    ("2019 – 2021 Руководитель отдела анализа", "Руководитель отдела анализа"),
    ("2019 – 2021 қаржы бөлімінің бас маманы", "қаржы бөлімінің бас маманы"),
]


@pytest.mark.parametrize(
    ("entry", "title", "organization", "public"),
    WRAPPED_LINES + NO_LEGAL_FORM + GENITIVE_BODY + NAME_BEFORE_HEAD + NAME_AFTER_COMMA,
)
def test_title_and_employer_come_apart(entry, title, organization, public):
    (period,) = extract_periods(entry)
    assert (period.title, period.organization) == (title, organization)
    assert period.public_service is public
    assert entry[period.span[0] : period.span[1]] == entry


@pytest.mark.parametrize(("entry", "title"), UNIT_ONLY)
def test_a_title_that_names_its_own_unit_has_no_employer(entry, title):
    (period,) = extract_periods(entry)
    assert (period.title, period.organization) == (title, None)


def test_a_line_of_duties_below_a_dated_job_is_not_its_title():
    (period,) = extract_periods(
        "2017–2021 АО «Казпочта», менеджер\nподготовка отчетов для руководства"
    )
    assert (period.title, period.organization) == ("менеджер", "АО «Казпочта»")


@pytest.mark.parametrize(
    ("cv", "job"),
    [
        ("Experience\nJan 2019 – Dec 2021, Astana\nAnalyst, KPMG", ("Analyst", "KPMG", False)),
        ("Опыт работы\n2019 – 2021 — Алматы\nГлавный специалист, Министерство финансов РК",
         ("Главный специалист", "Министерство финансов РК", True)),
        ("Жұмыс тәжірибесі\n2019 – 2021, Астана\nбас маман, Астана қаласы әкімдігі",
         ("бас маман", "Астана қаласы әкімдігі", True)),
    ],
)  # fmt: skip
def test_a_town_after_the_dates_is_neither_title_nor_employer(cv, job):
    assert _jobs(cv) == [job]


@pytest.mark.parametrize(
    ("cv", "jobs"),
    [
        ("Experience\nKPMG Kazakhstan\nSenior Consultant\nJan 2019 - Dec 2021\nEY\nAnalyst\n"
         "Jan 2017 - Dec 2018",
         [("Senior Consultant", "KPMG Kazakhstan", False), ("Analyst", "EY", False)]),
        ("Опыт работы\nАО «Казахтелеком»\nЭкономист\nянварь 2019 — декабрь 2021\n"
         "Министерство финансов РК\nГлавный специалист\nянварь 2016 — декабрь 2018",
         [("Экономист", "АО «Казахтелеком»", False),
          ("Главный специалист", "Министерство финансов РК", True)]),
        ("Жұмыс тәжірибесі\nҚаржы министрлігі\nбас маман\n2019 ж. қаңтар – 2021 ж. желтоқсан",
         [("бас маман", "Қаржы министрлігі", True)]),
    ],
)  # fmt: skip
def test_a_linkedin_block_without_its_place_reads_employer_and_title(cv, jobs):
    assert _jobs(cv) == jobs


def test_employer_over_title_below_the_dates_is_still_read_below():
    cv = (
        "Опыт работы\nянварь 2019 — декабрь 2021\nАО «Казахтелеком»\nЭкономист\n"
        "январь 2016 — декабрь 2018\nМинистерство финансов РК\nГлавный специалист"
    )
    assert _jobs(cv) == [
        ("Экономист", "АО «Казахтелеком»", False),
        ("Главный специалист", "Министерство финансов РК", True),
    ]


def test_table_cells_wrapped_in_a_pdf_form_stay_whole():
    """The work table of "Жеке іс парағы" as a PDF gives each cell wrapped over lines: a
    unit's word alone over the post ("департамент" / "директоры"), an employer's name over
    three lines after a genitive ("…агенттігінің" / "Ұлттық статистика бюросы")."""
    cv = (
        "7. Еңбек жолы\n2022 ж. маусым – қазіргі\nуақытқа дейін\nдепартамент\nдиректоры\n"
        "Қазақстан Республикасы Стратегиялық\nжоспарлау және реформалар агенттігінің\n"
        "Ұлттық статистика бюросы\n"
    )
    organization = (
        "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің "
        "Ұлттық статистика бюросы"
    )
    assert _jobs(cv) == [("департамент директоры", organization, True)]


def test_a_post_wrapped_below_its_dates_keeps_the_unit_it_heads():
    text = (
        "ОПЫТ РАБОТЫ\n01.2016 – 12.2018\nЗаместитель\nруководителя департамента цифровизации\n"
        "Министерство цифрового развития\n"
    )
    assert _jobs(text) == [
        (
            "Заместитель руководителя департамента цифровизации",
            "Министерство цифрового развития",
            True,
        )
    ]


def test_a_duty_line_below_a_post_is_not_joined_to_it():
    text = (
        "ОПЫТ РАБОТЫ\n01.2016 – 12.2018 Главный специалист, Акимат района\n"
        "управление документооборотом\n"
    )
    assert _jobs(text) == [("Главный специалист", "Акимат района", True)]


def test_a_post_wrapped_after_a_kazakh_adjective_stays_whole_in_a_pdf():
    # QA pass J: a line ending in an adjective ("әлеуметтік", "аға") was cut from the line
    # below, its noun: the employer lost "бағдарламалар басқармасы", the title lost "аға".
    cv = make_pdf(
        [
            "ЖҰМЫС ТӘЖІРИБЕСІ",
            "Наурыз 2020 – қазіргі уақытқа дейін",
            "Қызылорда облысы әкімдігінің Жұмыспен қамтуды үйлестіру және әлеуметтік",
            "бағдарламалар басқармасы, бөлім басшысы",
            "2016 жылдың қыркүйегі – 2020 жылдың ақпаны",
            "Қорқыт Ата атындағы Қызылорда университеті, әлеуметтік жұмыс кафедрасының аға",
            "оқытушысы",
        ]
    )
    assert _jobs(extract_bytes(cv).text) == [
        ("бөлім басшысы", "Қызылорда облысы әкімдігінің Жұмыспен қамтуды үйлестіру және "
         "әлеуметтік бағдарламалар басқармасы", True),
        ("әлеуметтік жұмыс кафедрасының аға оқытушысы",
         "Қорқыт Ата атындағы Қызылорда университеті", False),
    ]  # fmt: skip


def test_an_employer_over_its_dated_posts_as_bullets_gives_them_its_name():
    # QA pass Q: with the posts as bullets, the employer's line was a job of its own and the
    # posts had no employer and no civil service.
    jobs = read_cv(
        "ОПЫТ РАБОТЫ\nЯнварь 2006 – март 2013\nГУ «Аппарат акима Карагандинской области»\n"
        "- 01.2006 – 06.2008 главный специалист отдела предпринимательства\n"
        "- 07.2008 – 03.2013 заведующий сектором поддержки малого бизнеса\n",
        "ru",
    ).experience
    assert [(j.start, j.organization, j.public_service) for j in jobs] == [
        ("2006-01", "ГУ «Аппарат акима Карагандинской области»", True),
        ("2008-07", "ГУ «Аппарат акима Карагандинской области»", True),
    ]
