"""Review of 2026-11-28's reading rules: CV lines that a rule added that day read wrong."""

import time

import pytest

from nlp.components.job_names import split_line
from nlp.profile import read_cv


def _jobs(text):
    return [(j.title, j.organization, j.public_service) for j in read_cv(text, "ru").experience]


def test_an_akims_deputy_keeps_the_employer_named_after_a_comma():
    # "Заместитель акима района" is one post; the akim's office after the comma is its
    # employer, not more of the title.
    text = (
        "ОПЫТ РАБОТЫ\n01.2019 – по настоящее время  Заместитель акима района, Аппарат акима "
        "Бухар-Жырауского района Карагандинской области\n"
    )
    assert _jobs(text) == [
        (
            "Заместитель акима района",
            "Аппарат акима Бухар-Жырауского района Карагандинской области",
            True,
        )
    ]


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        ("Председатель правления АО «Казпочта»", "Председатель правления", "АО «Казпочта»"),
        (
            "Председатель Правления НАО «Медицинский университет Караганды»",
            "Председатель Правления",
            "НАО «Медицинский университет Караганды»",
        ),
        (
            "Председатель профсоюзного комитета ТОО «Арселор»",
            "Председатель профсоюзного комитета",
            "ТОО «Арселор»",
        ),
    ],
    ids=["ao", "nao-university", "trade-union-of-too"],
)
def test_a_companys_chairman_names_the_company_as_employer(line, title, organization):
    # A chairman named with a company's legal form holds a post of that company: it is the
    # employer (no civil service), not part of the title.
    assert _jobs(f"ОПЫТ РАБОТЫ\n01.2015 – 12.2018  {line}\n") == [(title, organization, False)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "ОБРАЗОВАНИЕ\nКарагандинский государственный университет им. Е.А. Букетова, "
            "экономист\n1995 – 2000\n",
            "bachelor",
        ),
        ("БІЛІМІ\nҚарағанды мемлекеттік университеті, заңгер\n1995 – 2000 жж.\n", "bachelor"),
        (
            "ОБРАЗОВАНИЕ\n2012  Академия государственного управления при Президенте РК, "
            "переподготовка, квалификация «Менеджер»\n",
            None,
        ),
        (
            "БІЛІМІ\n2014  Мемлекеттік басқару академиясы, қайта даярлау, экономист\n",
            None,
        ),
    ],
    ids=["ru-dates-below", "kk-dates-below", "ru-retraining", "kk-retraining"],
)
def test_a_qualification_after_a_university_is_a_degree_and_a_retraining_none(text, level):
    # The qualification ends its line when the dates stand on the next one; a retraining
    # ("переподготовка", "қайта даярлау") at an academy gives a qualification, not a degree.
    assert [e.level for e in read_cv(text).education] == [level]


def test_a_line_of_many_aides_posts_is_read_in_linear_time():
    # Each aide's post looked for its employer after every later comma: the square of the
    # line's length, and past some thousands of posts no answer at all.
    line = "Заместитель акима, " * 5_000
    began = time.process_time()
    assert split_line(line)[1] is None
    read_cv(f"ОПЫТ РАБОТЫ\n2015 – 2016 {line}\n")
    assert time.process_time() - began < 8.0


@pytest.mark.parametrize(
    "name",
    [
        "Солдатов Игорь Петрович",
        "Солдатова Анна Сергеевна",
        "Продавцова Мария Ивановна",
        "Сержантов Олег Викторович",
        "Курьеров Асхат Маратович",
        "Кассирова Гульнара Ерлановна",
        "Министрова Ольга Павловна",
    ],
)
def test_a_surname_made_from_a_post_word_is_still_the_candidates_name(name):
    # The post words added for first jobs and ranks ("солдат", "продавец", "курьер") took
    # these surnames for job titles, and the CV had no name.
    text = f"{name}\nТел.: +7 701 123 45 67\n\nОпыт работы\n2015 – 2020 Экономист, ТОО «Береке»\n"
    found = [text[d.start : d.end] for d in read_cv(text).personal_data if d.kind == "name"]
    assert found == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "СЕРТИФИКАТЫ\nMicrosoft Office Specialist: Excel, 2019\n"
            "iOS App Development, Apple, 2020\neTwinning Teacher Certificate, 2021\n",
            [
                "Microsoft Office Specialist: Excel",
                "iOS App Development, Apple",
                "eTwinning Teacher Certificate",
            ],
        ),
        (
            "КУРСЫ\nПовышение квалификации «Государственные закупки», 2019\n"
            "курс «Антикоррупционная культура», 2020\n"
            "семинар по бюджетному планированию, 2021\n",
            [
                "Повышение квалификации «Государственные закупки»",
                "курс «Антикоррупционная культура»",
                "семинар по бюджетному планированию",
            ],
        ),
    ],
    ids=["en-lower-case-brand", "ru-lower-case-items"],
)
def test_an_item_starting_with_a_small_letter_under_a_whole_one_is_an_item(text, names):
    # A small letter goes on an item broken off after a word, not one ended by its year.
    assert [c.name for c in read_cv(text).certifications] == names


@pytest.mark.parametrize(
    "employer",
    [
        "КГУ «Дом культуры» отдела культуры",
        "КГУ «Централизованная бухгалтерия» отдела образования",
        "КММ «Балалар үйі» білім бөлімі",
        "«Мәдениет үйі» КММ мәдениет бөлімі",
    ],
)
def test_a_state_institution_of_a_department_is_no_civil_service(employer):
    # The department names whom the institution answers to, not the employer: a house of
    # culture's or an orphanage's staff are no civil servants, as a school's are not.
    text = f"ОПЫТ РАБОТЫ\n01.2015 – 12.2018  Бухгалтер, {employer}\n"
    assert _jobs(text) == [("Бухгалтер", employer, False)]


def test_a_course_dated_by_its_year_is_a_course_outside_a_courses_section():
    # A student's "4-курс" is no course, but a year before "курсы" dates one.
    text = (
        "Опыт работы\n2015 – 2020 Экономист, ТОО «Береке»\n\nДополнительно\n"
        "2019 курсы «Государственные закупки»\n"
        "2021 курс повышения квалификации «1С:Бухгалтерия»\n"
    )
    assert [c.year for c in read_cv(text).certifications] == [2019, 2021]
