"""Job title and employer around the notes a work history writes beside them: the year of an
employer's other name in brackets, a promotion dated in brackets, how a side job is held
(part-time) after its dates; and the Kazakh posts and legal form that a clerk's job under a
state enterprise names (QA pass L)."""

import pytest

from nlp.profile import read_cv


def _jobs(text):
    """(title, employer, civil service) of each job ``read_cv`` finds in a whole CV."""
    return [(e.title, e.organization, e.public_service) for e in read_cv(text).experience]


@pytest.mark.parametrize(
    ("employer", "organization"),
    [
        (
            "Высшая аудиторская палата Республики Казахстан (до 2022 года — Счётный комитет по "
            "контролю\nза исполнением республиканского бюджета)",
            "Высшая аудиторская палата Республики Казахстан (до 2022 года — Счётный комитет по "
            "контролю за исполнением республиканского бюджета)",
        ),
        (
            "Қазақстан Республикасы Мәдениет және ақпарат министрлігі (2019 жылға дейін – "
            "Ақпарат және коммуникациялар министрлігі)",
            "Қазақстан Республикасы Мәдениет және ақпарат министрлігі (2019 жылға дейін – "
            "Ақпарат және коммуникациялар министрлігі)",
        ),
    ],
)
def test_the_year_of_an_employers_other_name_does_not_end_its_job(employer, organization):
    # QA pass L: the year in the bracket of the body's former name ended the lines below the
    # dates, so the job had neither its employer nor its post, and no civil service.
    text = (
        f"Опыт работы\n\nС 16 июня 2021 года по настоящее время\n{employer}\nГлавный консультант\n"
    )
    assert _jobs(text) == [("Главный консультант", organization, True)]


def test_a_promotion_in_brackets_is_part_of_the_title_not_a_job():
    # QA pass L: "(с 2015 г. — и.о. профессора)" was read as a job of its own open to today,
    # and the job it belongs to lost its title.
    post = "Доцент кафедры экономики и менеджмента (с 2015 г. — и.о. профессора)"
    text = f"Опыт работы\n\n09.2011 – 01.2023\nНАО «Университет «Туран»\n{post}\n"
    assert _jobs(text) == [(post, "НАО «Университет «Туран»", False)]


@pytest.mark.parametrize(
    ("employer", "post"),
    [
        ("«Сайрам аудандық орталық ауруханасы» ШЖҚ МКК", "Есепші"),
        ("«Қарабұлақ ауылының № 5 жалпы орта мектебі» КММ", "Зертханашы"),
        ("«Павлодар қаласының № 3 балабақшасы» МКҚК", "Тәрбиеші, кейін іс жүргізуші"),
        ("«Ұзынағаш аудандық мәдениет үйі» МКҚК", "Іс жүргізуші / делопроизводитель"),
        ("КГП на ПХВ «Жамбылская районная поликлиника»", "Медицинский статистик"),
    ],
)
def test_kazakh_clerks_and_a_statistician_are_posts_and_mkqk_an_employer(employer, post):
    # QA pass L: these posts held no title word, and "МКҚК" (ГККП in Kazakh) was no legal form,
    # so the employer was read as the post.
    text = f"Жұмыс тәжірибесі\n2013 ж. тамыз – 2015 ж. шілде\n{employer}\n{post}\n"
    assert _jobs(text) == [(post, employer, False)]


@pytest.mark.parametrize(
    ("dates", "post_line", "title", "organization"),
    [
        (
            "2023 ж. қыркүйек – қазіргі уақытқа дейін, қоса атқару бойынша:",
            "«Astana IT University» КеАҚ, оқытушы (0,25 ставка)",
            "оқытушы (0,25 ставка)",
            "«Astana IT University» КеАҚ",
        ),
        (
            "2019 – 2021 — по совместительству: внештатный эксперт",
            "АО «НК «Kazakh Invest»",
            "внештатный эксперт",
            "АО «НК «Kazakh Invest»",
        ),
    ],
)
def test_how_a_side_job_is_held_is_no_title(dates, post_line, title, organization):
    # QA pass L: "қоса атқару бойынша" (part-time) after the dates was taken for the post.
    text = f"Жұмыс тәжірибесі\n{dates}\n{post_line}\n"
    assert _jobs(text) == [(title, organization, False)]
