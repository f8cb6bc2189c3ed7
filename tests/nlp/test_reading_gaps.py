"""Reading gaps a commission would notice (QA pass M): rare date forms of a service record, an
employer line above its posts and a Kazakh education line with its Russian translation."""

import pytest

from nlp.profile import read_cv


def _jobs(text: str) -> list[tuple]:
    """The experience rows of ``text`` as a commission sees them."""
    profile = read_cv(text)
    return [(e.title, e.organization, e.start, e.end, e.public_service) for e in profile.experience]


# "IX 2015 – VIII 2017": a Roman month parted from its year by a blank or a hyphen gave no job.
@pytest.mark.parametrize(
    "dates",
    [
        "IX 2015 – VIII 2017",
        "IX-2015 – VIII-2017",
        "IX 2015 г. – VIII 2017 г.",
        "с IX 2015 по VIII 2017",
    ],
)
def test_roman_months_with_a_blank_or_hyphen_date_a_job(dates):
    employer = "ГУ «Управление финансов Карагандинской области»"
    text = f"ОПЫТ РАБОТЫ\n{dates} — главный специалист, {employer}\n"
    assert _jobs(text) == [
        (
            "главный специалист",
            employer,
            "2015-09",
            "2017-08",
            True,
        )
    ]
    assert read_cv(text).public_service_years == 2.0


def test_a_spaced_roman_month_runs_to_date():
    (job,) = _jobs(
        "ЖҰМЫС ТӘЖІРИБЕСІ\nІХ 2019 – қазіргі уақытқа дейін — бас маман, «Астана қаласы әкімдігі»\n"
    )
    assert job[2:4] == ("2019-09", None)


@pytest.mark.parametrize(
    "line",
    [
        "II категория 2015 – 2017 — главный специалист, ТОО «Альфа»",
        "Том I 2015 – 2017 — редактор, ТОО «Альфа»",
        "XII съезд 2015 – 2017 — делегат, ТОО «Альфа»",
    ],
)
def test_other_roman_numerals_before_a_year_are_no_months(line):
    (job,) = _jobs(f"ОПЫТ РАБОТЫ\n{line}\n")
    assert job[2:4] == ("2015-01", "2017-12")


# "с 10/13 по 06/15": months with two-digit years after "с" gave no job.
@pytest.mark.parametrize(
    ("dates", "end"),
    [
        ("с 10/13 по 06/15", "2015-06"),
        ("с 10/2013 по 06/2015", "2015-06"),
        ("с 10.13 по 06.15", "2015-06"),
        ("10.13 – 06.15", "2015-06"),
        ("с 10/13 по н.в.", None),
        ("10/13 – н.в.", None),
    ],
)
def test_two_digit_years_after_s_date_a_job(dates, end):
    text = f"ОПЫТ РАБОТЫ\n{dates} — специалист, ТОО «Альфа»\n"
    assert _jobs(text) == [("специалист", "ТОО «Альфа»", "2013-10", end, False)]


@pytest.mark.parametrize("line", ["с 10.00 по 12.00 — совещание отдела", "10.00 – 12.00 обед"])
def test_clock_times_are_no_job(line):
    assert read_cv(f"ОПЫТ РАБОТЫ\n{line}\n").experience == ()


# An employer's line with its own overall dates over its dated posts gave an extra row of the
# employer alone, and posts without their employer.
@pytest.mark.parametrize(
    ("text", "employer", "posts"),
    [
        (
            "ОПЫТ РАБОТЫ\n2010 – 2020  АО «Казпочта»\n"
            "  2015 – 2020  начальник отдела\n  2010 – 2015  специалист\n",
            "АО «Казпочта»",
            ("начальник отдела", "специалист"),
        ),
        (
            "ЖҰМЫС ТӘЖІРИБЕСІ\n2010 – 2020  «Қазпошта» АҚ\n"
            "  2015 – 2020  бөлім басшысы\n  2010 – 2015  маман\n",
            "«Қазпошта» АҚ",
            ("бөлім басшысы", "маман"),
        ),
        (
            "WORK EXPERIENCE\n2010 – 2020  Kazpost JSC\n"
            "  2015 – 2020  Head of Department\n  2010 – 2015  Specialist\n",
            "Kazpost JSC",
            ("Head of Department", "Specialist"),
        ),
    ],
)
def test_an_employer_over_its_posts_is_no_row_of_its_own(text, employer, posts):
    profile = read_cv(text)
    assert [(e.title, e.organization) for e in profile.experience] == [
        (post, employer) for post in posts
    ]
    assert (profile.experience_years, profile.public_service_years) == (10.0, 0.0)


def test_posts_of_a_state_body_named_once_are_public_service():
    text = (
        "ОПЫТ РАБОТЫ\n01.2012 – 12.2019  ГУ «Управление финансов Карагандинской области»\n"
        "  01.2016 – 12.2019  руководитель отдела бюджета\n"
        "  01.2012 – 12.2015  главный специалист\n"
        "01.2020 – н.в.  ТОО «Альфа», финансовый директор\n"
    )
    assert [(j[0], j[4]) for j in _jobs(text)] == [
        ("руководитель отдела бюджета", True),
        ("главный специалист", True),
        ("финансовый директор", False),
    ]
    assert read_cv(text).public_service_years == 8.0


def test_an_employer_with_months_no_post_covers_stays_a_row():
    text = (
        "ОПЫТ РАБОТЫ\n01.2010 – 12.2020  АО «Казпочта»\n"
        "  01.2016 – 12.2020  начальник отдела\n"
        "  01.2014 – 12.2015  отпуск по уходу за ребенком\n"
        "  01.2010 – 12.2013  специалист\n"
    )
    assert _jobs(text) == [
        (None, "АО «Казпочта»", "2010-01", "2020-12", False),
        ("начальник отдела", "АО «Казпочта»", "2016-01", "2020-12", False),
        ("специалист", "АО «Казпочта»", "2010-01", "2013-12", False),
    ]
    assert read_cv(text).experience_years == 11.0


# A Kazakh education line over its Russian translation gave two entries, the second without a
# year.
KK_LINE = "2008 – 2012  Қарағанды мемлекеттік университеті, экономика бакалавры"
RU_LINE = "Карагандинский государственный университет, бакалавр экономики"


@pytest.mark.parametrize(
    ("heading", "below"),
    [
        ("БІЛІМІ", f"({RU_LINE})"),
        ("БІЛІМІ", RU_LINE),
        ("ОБРАЗОВАНИЕ", f"({RU_LINE})"),
        ("ОБРАЗОВАНИЕ", RU_LINE),
    ],
)
def test_an_education_line_and_its_translation_are_one_entry(heading, below):
    (entry,) = read_cv(f"{heading}\n{KK_LINE}\n{below}\n").education
    assert (entry.level, entry.institution, entry.year) == (
        "bachelor",
        "Қарағанды мемлекеттік университеті",
        2012,
    )


def test_an_english_translation_is_part_of_the_entry():
    text = (
        "ОБРАЗОВАНИЕ\n2010 – 2014  Евразийский национальный университет им. Л.Н. Гумилева,"
        " бакалавр права\nL.N. Gumilyov Eurasian National University, Bachelor of Law\n"
    )
    (entry,) = read_cv(text).education
    assert (entry.level, entry.year) == ("bachelor", 2014)


def test_a_second_school_in_another_language_stays_an_entry():
    text = (
        "БІЛІМІ\n2012 – 2014  Л.Н. Гумилев атындағы ЕҰУ, экономика магистрі\n"
        "Назарбаев Университет, магистр делового администрирования\n"
    )
    assert [e.institution for e in read_cv(text).education] == [
        "Л.Н. Гумилев атындағы ЕҰУ",
        "Назарбаев Университет",
    ]


# An employer line over bulleted posts dated after their titles (a corps "A" CV): the part of
# the employer a post names ("Комитета связи …", "B2B segment") stays in the post, and the
# employer's own row goes, as its posts cover its dates.
def test_posts_naming_a_part_of_their_employer_keep_it_in_the_title():
    text = (
        "EXPERIENCE\n\n"
        "Ministry of Investment and Development of the Republic of Kazakhstan\n"
        "Feb 2014 – May 2017\n"
        "- Руководитель управления информатизации, Jun 2016 – May 2017\n"
        "- Главный эксперт Комитета связи и информатизации, Feb 2014 – May 2016\n\n"
        "Kcell JSC / АО «Кселл»\n"
        "Aug 2008 – Jan 2014\n"
        "- Head of Sales, B2B segment, Apr 2011 – Jan 2014\n"
        "- Менеджер по корпоративным продажам, Aug 2008 – Mar 2011\n"
    )
    ministry = "Ministry of Investment and Development of the Republic of Kazakhstan"
    assert _jobs(text) == [
        ("Руководитель управления информатизации", ministry, "2016-06", "2017-05", True),
        ("Главный эксперт Комитета связи и информатизации", ministry, "2014-02", "2016-05", True),
        ("Head of Sales, B2B segment", "Kcell JSC / АО «Кселл»", "2011-04", "2014-01", False),
        (
            "Менеджер по корпоративным продажам",
            "Kcell JSC / АО «Кселл»",
            "2008-08",
            "2011-03",
            False,
        ),
    ]


# The employer over "Team Lead, Customer Support" over the dates, as LinkedIn prints a job: the
# team lead is a post, what follows its comma part of it, and the next job's lines are its own.
def test_a_team_lead_under_its_employer_above_the_dates():
    text = (
        "EXPERIENCE\n\n"
        "Vice Minister of Finance\nSep 2023 – present\n\n"
        "Beeline Kazakhstan (KaR-Tel LLP)\nTeam Lead, Customer Support\nJul 2005 – Jul 2008\n\n"
        "ТОО «Алматы Контакт Центр»\nОператор колл-центра\nOct 2003 – Jun 2005\n"
    )
    assert [(title, org) for title, org, *_ in _jobs(text)] == [
        ("Vice Minister of Finance", None),
        ("Team Lead, Customer Support", "Beeline Kazakhstan (KaR-Tel LLP)"),
        ("Оператор колл-центра", "ТОО «Алматы Контакт Центр»"),
    ]


@pytest.mark.parametrize(
    "line, title, employer",
    [
        (
            "Team Lead, Backend — EPAM Kazakhstan LLP, Almaty",
            "Team Lead, Backend",
            "EPAM Kazakhstan LLP, Almaty",
        ),
        ("Senior Developer, Payments — Kaspi.kz JSC", "Senior Developer, Payments", "Kaspi.kz JSC"),
        (
            "Оператор call-центра, ТОО «Алматы Контакт Центр»",
            "Оператор call-центра",
            "ТОО «Алматы Контакт Центр»",
        ),
    ],
)
def test_a_part_of_the_post_before_a_dash_or_a_hyphenated_centre_stays_in_the_title(
    line, title, employer
):
    assert [(t, o) for t, o, *_ in _jobs(f"EXPERIENCE\nJan 2019 – Dec 2021\n{line}\n")] == [
        (title, employer)
    ]


# "Помощник акима …" is one post of the akim's office, not the post "Помощник" at an employer
# "акима …" (QA pass Q); an akim's office named in the genitive after a post is its employer.
@pytest.mark.parametrize(
    "line, title, employer",
    [
        ("Помощник акима Карагандинской области", "Помощник акима Карагандинской области", None),
        ("Заместитель акима города Астаны", "Заместитель акима города Астаны", None),
        ("Советник акима Абайского района", "Советник акима Абайского района", None),
        ("Помощник министра финансов", "Помощник министра финансов", None),
        ("Главный специалист аппарата акима района", "Главный специалист", "аппарата акима района"),
        (
            "Главный специалист аппарата маслихата Карагандинской области",
            "Главный специалист",
            "аппарата маслихата Карагандинской области",
        ),
    ],
)
def test_an_aide_of_an_akim_or_minister_is_one_post_of_civil_service(line, title, employer):
    assert _jobs(f"ОПЫТ РАБОТЫ\n01.2019 – 12.2021 {line}\n") == [
        (title, employer, "2019-01", "2021-12", True)
    ]


# First jobs (QA pass Q): a student's part-time post after its employer, with a note in brackets
# that holds a comma; a quoted name without a legal form first; a conscript's rank.
@pytest.mark.parametrize(
    "line, title, employer",
    [
        (
            "«Coffee Boom Astana» ЖШС, бариста (жарты ставка, оқудан бос уақытта)",
            "бариста (жарты ставка, оқудан бос уақытта)",
            "«Coffee Boom Astana» ЖШС",
        ),
        (
            "Кассир (полставки), ТОО «Магнум Кэш энд Кэрри»",
            "Кассир (полставки)",
            "ТОО «Магнум Кэш энд Кэрри»",
        ),
        (
            "«Жасыл Ел» жастар еңбек жасағы, көгалдандыру жұмысшысы (ақылы, еңбек шарты бойынша)",
            "көгалдандыру жұмысшысы (ақылы, еңбек шарты бойынша)",
            "«Жасыл Ел» жастар еңбек жасағы",
        ),
        (
            "Мерзімді әскери қызмет, әскери бөлім 52859, атқыштар взводының қатардағы жауынгері",
            "атқыштар взводының қатардағы жауынгері",
            "Мерзімді әскери қызмет, әскери бөлім 52859",
        ),
    ],
)
def test_first_jobs_name_their_post(line, title, employer):
    assert [(t, o) for t, o, *_ in _jobs(f"ЖҰМЫС ТӘЖІРИБЕСІ\n09.2023 – 08.2024 {line}\n")] == [
        (title, employer)
    ]
