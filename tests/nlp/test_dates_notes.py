"""Dates in a work history that are no job: a rename in brackets, a leave, a career break
(QA pass F, items 2 and 3), time not worked, study among the jobs and a promotion within a job
(QA pass H)."""

from datetime import date

import pytest

from nlp.components.periods import extract_periods, total_years
from nlp.profile import read_cv

TODAY = date(2026, 11, 1)
RENAMED = (
    "Опыт работы\n09.2016 – 10.2020 Главный эксперт, Министерство информации и коммуникаций "
    "Республики Казахстан (с 2019 –{gap}Министерство цифрового развития, инноваций и "
    "аэрокосмической промышленности Республики Казахстан)\n"
    "11.2020 – по настоящее время Менеджер проектов, ТОО «Альфа Телеком»\n"
)


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(job.start, job.end) for job in extract_periods(text)]


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_a_rename_in_brackets_is_no_new_public_job(gap):
    jobs = extract_periods(RENAMED.format(gap=gap))
    assert [(j.start, j.end) for j in jobs] == [("2016-09", "2020-10"), ("2020-11", None)]
    assert total_years(jobs, public_only=True, today=TODAY) == 4.2


@pytest.mark.parametrize(
    "line",
    [
        "2015 – 2021 Министерство информации и коммуникаций (с 2019 – Министерство цифрового "
        "развития), главный эксперт",
        "2015 – 2021 Министерство информации и коммуникаций (с 2019 года Министерство "
        "цифрового развития), главный эксперт",
        "2015 – 2021 Ақпарат және коммуникациялар министрлігі (2019 жылдан бастап – Цифрлық "
        "даму министрлігі), бас сарапшы",
    ],
)
def test_the_date_of_a_rename_stays_inside_one_period(line):
    assert _spans("Опыт работы\n" + line + "\n") == [("2015-01", "2021-12")]


def test_a_job_with_its_own_start_in_brackets_stays_open():
    assert _spans("Опыт работы\nГлавный специалист, ТОО «Альфа» (с 2019 г.)\n") == [
        ("2019-01", None)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "03.2016 – 08.2016 перерыв в трудовой деятельности (переезд в г. Астану)",
        "Перерыв в работе 2016–2017",
        "в том числе декретный отпуск с 2018 по 2020",
        "01.2017 – 12.2018 отпуск по уходу за ребёнком",
        "(оның ішінде 2015 ж. қаңтар – 2016 ж. желтоқсан – бала күтіміне байланысты демалыс)",
        "Career break 2016 – 2017",
        "Maternity leave, 01/2017 – 12/2018",
        "Parental leave 2019 – 2020",
        # unpaid work on the side is no employment either
        "Maintainer, kazakh-nlp open-source library (GitHub) 2016 – now",
        "2017 – 2019 волонтёр фонда «Добрые сердца»",
        "2018–2020 ерікті, «Жас Отан» жастар қанаты",
        # time not worked, and study listed among the jobs (QA pass H)
        "04.2016 – 06.2017 не работала (переезд)",
        "2016 ж. маусым – 2017 ж. тамыз жұмыс істемеген (отбасылық жағдайларға байланысты)",
        "2016 – 2017 did not work (caring for a parent)",
        "2017 ж. қыркүйек – 2018 ж. қыркүйек «Болашақ» бағдарламасы бойынша оқу",
        "09.2017 – 09.2018 обучение по программе «Болашак», University of Manchester",
        # QA pass K: a note of looking for work became a job open to today
        "С сентября 2026 г. в поиске работы, прохожу тестирование на знание законодательства",
        "2026 жылдың қыркүйегінен бастап жұмыс іздеудемін",
        "Since September 2026 looking for a job in the civil service",
        "Open to work, since 09.2026",
    ],
)
def test_a_leave_or_break_line_is_no_job(line):
    text = "Опыт работы\n08.2012 – 02.2016 Специалист отдела маркетинга, АО «Казахтелеком»\n"
    assert _spans(text + line + "\n") == [("2012-08", "2016-02")]


def test_a_leave_inside_a_job_line_keeps_the_job():
    text = (
        "Опыт работы\n09.2016 – 10.2022 Главный эксперт, Министерство юстиции Республики "
        "Казахстан (в том числе декретный отпуск с 2018 по 2020)\n"
    )
    assert _spans(text) == [("2016-09", "2022-10")]


def test_a_break_no_longer_adds_to_the_years_of_work():
    profile = read_cv(
        "Опыт работы\n08.2012 – 02.2016 Специалист отдела маркетинга, АО «Казахтелеком»\n"
        "03.2016 – 08.2016 перерыв в трудовой деятельности (переезд в г. Астану)\n",
        "ru",
    )
    assert profile.experience_years == 3.6


@pytest.mark.parametrize(
    "below",
    [
        "Не работал (переезд, уход за больным отцом).",
        "Жұмыс істемеген (отбасылық жағдайларға байланысты)",
        "The University of Manchester (Ұлыбритания), «Болашақ» бағдарламасы бойынша оқу",
    ],
)
def test_a_date_line_alone_is_read_with_the_line_below_it(below):
    text = (
        "Опыт работы\nЯнварь 2010 – март 2016\nАО «Казахтелеком», инженер\n\n"
        f"Апрель 2016 – июнь 2017\n{below}\n\n"
        "Июль 2017 – август 2019\nТОО «Транс-Логистик», менеджер\n"
    )
    assert _spans(text) == [("2010-01", "2016-03"), ("2017-07", "2019-08")]


def test_words_of_a_break_below_a_job_line_leave_the_job():
    # The date line names its job: the line below is that job's duty, not what the period was.
    text = (
        "Опыт работы\n2016 – 2018 Главный специалист, ГУ «Центр занятости населения»\n"
        "- помощь гражданам, которые не работали более года, в поиске работы\n"
    )
    assert _spans(text) == [("2016-01", "2018-12")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Трудовая деятельность\n01.2014 – 08.2017 РГУ «Управление государственных доходов по "
            "Алмалинскому району», ведущий специалист, с 2015 г. главный специалист\n"
            "09.2019 – 12.2020 ТОО «Альфа», бухгалтер\n",
            [("2014-01", "2017-08"), ("2019-09", "2020-12")],
        ),
        (
            "Жұмыс тәжірибесі\n2015 ж. қыркүйек – 2017 ж. тамыз\n«Есіл ауданы әкімінің "
            "аппараты» ММ\nСарапшы, 2016 жылдан бастап бас сарапшы\n",
            [("2015-09", "2017-08")],
        ),
        (
            "Опыт работы\nЯнварь 2010 – март 2016\nАО «НК «Казахстан темир жолы»\n"
            "Дежурный по станции, с 2013 года – инженер отдела перевозок\n",
            [("2010-01", "2016-03")],
        ),
    ],
)
def test_a_promotion_within_a_job_is_no_job_running_to_today(text, spans):
    assert _spans(text) == spans


def test_a_new_job_since_a_year_inside_the_last_one_still_counts():
    # Its own line, not a promotion after a comma in a title: a job that began before the
    # last one ended.
    text = (
        "Опыт работы\n2010 – 2016 АО «Казахтелеком», инженер\n"
        "С 2015 года по настоящее время — ТОО «Альфа», главный инженер\n"
    )
    assert _spans(text) == [("2010-01", "2016-12"), ("2015-01", None)]


def test_dates_repeated_in_brackets_are_one_job():
    # QA pass I: "(с июня 2020 по н/в)" made a second job with the dates as its title.
    text = (
        "Опыт работы\nИюнь 2020 г. – по н/в (с июня 2020 по н/в)\nРГУ «Комитет медицинского "
        "контроля»\nГлавный эксперт\n"
    )
    assert _spans(text) == [("2020-06", None)]


@pytest.mark.parametrize(
    "note",
    [
        "Feb 2020 – Dec 2020: seconded to the project office of the Ministry of Digital Affairs",
        "02.2020 – 12.2020 прикомандирован к проектному офису Министерства цифрового развития",
        "2020 ж. ақпан – 2020 ж. желтоқсан: Цифрлық даму министрлігіне іссапарға жіберілді",
    ],
)
def test_a_secondment_inside_a_job_is_part_of_it(note):
    # QA pass I: a dated bullet on a secondment to a ministry became a civil-service job,
    # though the candidate stayed on the company's staff.
    text = (
        'Experience\nSenior Backend Developer — JSC "National Information Technologies"\n'
        f"Nov 2017 – Dec 2020\n* Developed egov.kz services.\n* {note}.\n"
    )
    jobs = read_cv(text).experience
    assert [(job.start, job.end) for job in jobs] == [("2017-11", "2020-12")]
    assert total_years(jobs, public_only=True, today=TODAY) == 0.0


def test_a_secondment_outside_the_job_before_it_stays_a_job():
    text = (
        "Опыт работы\n01.2021 – 12.2022 Главный эксперт, прикомандирован к Министерству "
        "финансов РК\n01.2017 – 12.2020 Эксперт, АО «Альфа»\n"
    )
    assert _spans(text) == [("2021-01", "2022-12"), ("2017-01", "2020-12")]


# QA pass K: a plan's years in the quoted title of a thesis became a job of three years.
@pytest.mark.parametrize(
    "note",
    [
        "Сбор данных для дипломной работы «Бюджет развития города на 2021–2023 годы».",
        "«2021–2023 жылдарға арналған қала бюджеті» тақырыбындағы дипломдық жұмыс",
        "Thesis «City development budget 2021–2023» defended with honours",
    ],
)
def test_years_inside_a_quoted_name_are_no_job(note):
    text = "Опыт работы\n08.2012 – 02.2016 Специалист отдела маркетинга, АО «Казахтелеком»\n"
    jobs = read_cv(text + note + "\n").experience
    assert [(job.start, job.end) for job in jobs] == [("2012-08", "2016-02")]
