"""Internships as an HR officer in Kazakhstan reads them: an intern is no civil servant, and a
research internship is training, not work; a post named after internships keeps its kind."""

import pytest

from nlp.profile import read_cv


def _years(text: str, lang: str) -> tuple[float, float]:
    """Total years of work and years of public service that a CV text reads as."""
    profile = read_cv(text, lang)
    return profile.experience_years, profile.public_service_years


@pytest.mark.parametrize(
    "practice",
    [
        "01.2019 – 06.2019 Молодёжная практика, Аппарат акима Сарыаркинского района г. Астаны\n",
        "01.2019 – 06.2019 Специалист (молодёжная практика через центр занятости), "
        "Аппарат акима Сарыаркинского района г. Астаны\n",
        "01.2019 – 06.2019\nСтажёр по программе «Молодёжная практика»\n"
        "Аппарат акима Сарыаркинского района г. Астаны\n",
    ],
)
def test_youth_practice_at_an_akimat_is_work_but_no_public_service(practice):
    text = (
        "Опыт работы\n"
        + practice
        + "07.2019 – 06.2022 Главный специалист, Аппарат акима Сарыаркинского района г. Астаны\n"
    )
    assert _years(text, "ru") == (3.5, 3.0)
    first, _ = read_cv(text, "ru").experience
    assert (first.start, first.end, first.public_service) == ("2019-01", "2019-06", False)


@pytest.mark.parametrize(
    "intern",
    [
        "01.2018 – 06.2018 Тағылымдамашы, ҚР Қаржы министрлігі\n",
        "2018 ж. қаңтар – 2018 ж. маусым\n"
        "Бюджет департаментінің тағылымдамашысы, Қазақстан Республикасының Қаржы министрлігі\n",
    ],
)
def test_an_intern_in_a_ministry_in_kazakh_is_no_civil_servant(intern):
    text = (
        "Еңбек тәжірибесі\n"
        + intern
        + "07.2018 – 12.2021 Бюджет департаментінің бас маманы, ҚР Қаржы министрлігі\n"
    )
    assert _years(text, "kk") == (4.0, 3.5)


@pytest.mark.parametrize(
    "text",
    [
        "Work experience\n"
        "Jun 2019 – Aug 2019 Intern, Ministry of Finance of the Republic of Kazakhstan\n"
        "Sep 2019 – Aug 2022 Chief Expert, Ministry of Finance of the Republic of Kazakhstan\n",
        # LinkedIn prints the post and the employer above the dates
        "Work experience\nSummer Intern\nMinistry of Finance of the Republic of Kazakhstan\n"
        "June 2019 - August 2019 (3 months)\nAstana, Kazakhstan\n"
        "Chief Expert\nMinistry of Finance of the Republic of Kazakhstan\n"
        "September 2019 - August 2022 (3 years)\nAstana, Kazakhstan\n",
    ],
)
def test_a_summer_intern_at_a_ministry_in_english_is_no_civil_servant(text):
    assert _years(text, "en") == (3.2, 3.0)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Опыт работы\n09.2015 – 08.2018 Главный эксперт, Министерство юстиции РК\n"
            "09.2018 – 06.2019 Научная стажировка по программе «Болашак», University of "
            "Cambridge (Великобритания)\n"
            "07.2019 – 06.2021 Главный эксперт, Министерство юстиции РК\n",
            "ru",
        ),
        (
            "Опыт работы\n09.2015 – 08.2018\nГлавный эксперт\nМинистерство юстиции РК\n"
            "09.2018 – 06.2019\nСтажировка в Университете Джорджа Вашингтона (США), "
            "программа «Болашак»\n"
            "07.2019 – 06.2021\nГлавный эксперт\nМинистерство юстиции РК\n",
            "ru",
        ),
        (
            "Work experience\n"
            "Sep 2015 – Aug 2018 Chief Expert, Ministry of Justice of the Republic of Kazakhstan\n"
            "Sep 2018 – Jun 2019 Visiting Researcher, University of Cambridge (Bolashak)\n"
            "Jul 2019 – Jun 2021 Chief Expert, Ministry of Justice of the Republic of Kazakhstan\n",
            "en",
        ),
        (
            "Work experience\n"
            "Sep 2015 – Aug 2018 Chief Expert, Ministry of Justice of the Republic of Kazakhstan\n"
            "Sep 2018 – Jun 2019 Research internship, Harvard Kennedy School "
            "(Bolashak programme)\n"
            "Jul 2019 – Jun 2021 Chief Expert, Ministry of Justice of the Republic of Kazakhstan\n",
            "en",
        ),
        (
            "Еңбек тәжірибесі\n09.2015 – 08.2018 Бас сарапшы, ҚР Әділет министрлігі\n"
            "09.2018 – 06.2019 Кембридж университетінде ғылыми тағылымдама («Болашақ» "
            "бағдарламасы)\n"
            "07.2019 – 06.2021 Бас сарапшы, ҚР Әділет министрлігі\n",
            "kk",
        ),
    ],
)
def test_a_research_internship_abroad_adds_no_years_of_work(text, lang):
    assert _years(text, lang) == (5.0, 5.0)
    assert [job.start for job in read_cv(text, lang).experience] == ["2015-09", "2019-07"]


def test_a_research_internship_dated_inside_a_job_keeps_the_job():
    text = (
        "Опыт работы\n09.2016 – 10.2022 Главный эксперт, Министерство юстиции Республики "
        "Казахстан (в том числе научная стажировка в Великобритании с 2018 по 2019)\n"
    )
    profile = read_cv(text, "ru")
    assert [(job.start, job.end, job.public_service) for job in profile.experience] == [
        ("2016-09", "2022-10", True)
    ]
    assert (profile.experience_years, profile.public_service_years) == (6.2, 6.2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Опыт работы\n06.2018 – 11.2018 Стажёр-аналитик, АО «Kaspi Bank»\n"
            "12.2018 – 05.2019 Научная стажировка, Назарбаев Университет\n"
            "06.2019 – 05.2021 Аналитик, Управление финансов акимата г. Алматы\n",
            "ru",
        ),
        (
            "Work experience\nJun 2018 – Nov 2018 Summer Intern, Deloitte LLP\n"
            "Dec 2018 – May 2019 Visiting Scholar, Nazarbayev University\n"
            "Jun 2019 – May 2021 Chief Expert, Ministry of Finance of the Republic of Kazakhstan\n",
            "en",
        ),
    ],
)
def test_a_paid_internship_at_a_company_still_counts_as_work(text, lang):
    """Half a year as a paid intern counts; the half year of research after it does not."""
    assert _years(text, lang) == (2.5, 2.0)
    assert [job.start for job in read_cv(text, lang).experience] == ["2018-06", "2019-06"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Опыт работы\n"
            "01.2019 – 06.2019 Стажёр, Агентство Республики Казахстан по делам государственной "
            "службы\n"
            "07.2019 – 06.2022 Главный специалист отдела стажировок, Агентство Республики "
            "Казахстан по делам государственной службы\n",
            "ru",
        ),
        (
            "Work experience\n"
            "Jan 2019 – Jun 2019 Intern, Ministry of Finance of the Republic of Kazakhstan\n"
            "Jul 2019 – Jun 2022 Head of Internship Programmes, Ministry of Finance of the "
            "Republic of Kazakhstan\n",
            "en",
        ),
        (
            "Еңбек тәжірибесі\n01.2019 – 06.2019 Тағылымдамашы, ҚР Қаржы министрлігі\n"
            "07.2019 – 06.2022 Тағылымдама бөлімінің бас маманы, ҚР Қаржы министрлігі\n",
            "kk",
        ),
    ],
)
def test_a_post_named_after_internships_stays_public_service(text, lang):
    """The intern's half year is no public service; the three years in the post that runs
    internships are."""
    assert _years(text, lang) == (3.5, 3.0)
    assert [job.public_service for job in read_cv(text, lang).experience] == [False, True]


# QA pass K: a student's practice, even at an akimat, was read as a job and as civil service.
@pytest.mark.parametrize(
    ("practice", "lang"),
    [
        (
            "Государственная практика в акимате: 15.01.2024 – 24.02.2024\n"
            "ГУ «Аппарат акима города Караганды», отдел внутренней политики\n"
            "Практикант: подготовка справок к заседаниям общественного совета\n"
            "Преддипломная практика: 01.04.2024 – 30.04.2024\n"
            "ГУ «Отдел экономики и бюджетного планирования города Караганды»\n",
            "ru",
        ),
        (
            "15.01.2024 – 24.02.2024 Мемлекеттік практика, Қарағанды қаласы әкімінің аппараты\n"
            "01.04.2024 – 30.04.2024 Диплом алды практикасы, Қарағанды қаласының экономика "
            "бөлімі\n"
            "03.07.2023 – 28.07.2023 Өндірістік практика, «Қарағанды Жарық» ЖШС\n",
            "kk",
        ),
        (
            "Jan 2024 – Feb 2024 Practicum, Akimat of Karaganda City\n"
            "Apr 2024 – Apr 2024 Student placement, Ministry of Finance of the Republic of "
            "Kazakhstan\n"
            "Jul 2023 – Jul 2023 Industrial practice, Karaganda Zharyk LLP\n",
            "en",
        ),
    ],
)
def test_a_students_practice_is_no_work_and_no_public_service(practice, lang):
    """Only the year under contract counts; the practice of the degree before it does not."""
    heads = {"ru": "Опыт работы\n", "kk": "Еңбек тәжірибесі\n", "en": "Work experience\n"}
    job = "09.2025 – 08.2026 Специалист по документообороту, ТОО «Сары-Арка Логистик Сервис»\n"
    assert _years(heads[lang] + job + practice, lang) == (1.0, 0.0)


# QA pass Q: first-job candidates list unpaid work and study among their jobs.
@pytest.mark.parametrize(
    ("unpaid", "lang"),
    [
        ("01.2026 – 02.2026 ақысыз тағылымдама, Астана қаласы әкімінің аппараты\n", "kk"),
        ("01.2026 – 02.2026 Стажёр (без оплаты), Министерство финансов РК\n", "ru"),
        ("Volunteer Research Assistant, UNDP Kazakhstan Youth Co:Lab\nJan 2026 – Feb 2026\n", "en"),
        (
            "Full-time study abroad under the Bolashak programme (no employment), University "
            "of Edinburgh\nJan 2026 – Feb 2026\n",
            "en",
        ),
        ("Since Jan 2026: preparing for the civil service legislation test\n", "en"),
    ],
)
def test_unpaid_work_study_and_preparing_for_a_test_are_no_jobs(unpaid, lang):
    heads = {"ru": "Опыт работы\n", "kk": "Еңбек тәжірибесі\n", "en": "Work experience\n"}
    job = "09.2024 – 08.2025 Бариста (0,5 ставки), ТОО «Coffee Boom Astana»\n"
    profile = read_cv(heads[lang] + job + unpaid, lang)
    assert [(j.start, j.end) for j in profile.experience] == [("2024-09", "2025-08")]


def test_a_practice_under_a_programme_named_young_specialist_is_no_job():
    """«Жас маман» ("young specialist") names the programme, not the post."""
    text = (
        "Жұмыс тәжірибесі\n11.2023 – 11.2024 Мерзімді әскери қызмет, әскери бөлім 52859\n"
        "03.2022 – 05.2022 «Жас маман» жобасы бойынша өндірістік практика, «Оңтүстік Агро» ЖШС\n"
    )
    assert [j.start for j in read_cv(text, "kk").experience] == ["2023-11"]


def test_unpaid_leave_inside_a_job_keeps_the_job():
    text = (
        "Опыт работы\n"
        "01.2020 – 12.2022 Главный специалист (в т.ч. отпуск без оплаты), ТОО «Альфа»\n"
    )
    assert read_cv(text, "ru").experience_years == 3.0
