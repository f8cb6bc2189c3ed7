"""Jobs as job sites' exports print them: the post, then the employer with its place after a
dash ("Infosys Limited -  Bangalore Urban, Karnataka -", "Disney -"), then the dates, then
the duties, single-spaced or each line between blank lines."""

import pytest

from nlp.components.job_employers import employer_part
from nlp.components.title_words import looks_like_title
from nlp.profile import read_cv

JOBS = [
    ("Chief Expert", "Ministry of Finance of the Republic of Kazakhstan -  Astana, Kazakhstan -"),
    ("March 2018 to Present", "- Drafted the budget programmes of the ministry"),
    ("Software Engineer", "Disney -"),
    ("July 2015 to February 2018", "Responsibilities:\n* Coordinated developers using GIT."),
    ("Analyst", "Kaspi Bank - Almaty, Kazakhstan"),
    ("June 2012 to June 2015", "- Wrote reports"),
]


def _cv(blank: str) -> str:
    """A CV whose jobs print post, employer, dates and duties, ``blank`` between the lines."""
    lines = [line for pair in JOBS for line in pair]
    body = blank.join(lines)
    return f"Aigerim Bekova{blank}WORK EXPERIENCE{blank}{body}{blank}SKILLS{blank}Excel\n"


@pytest.mark.parametrize("blank", ["\n", "\n\n"], ids=["single-spaced", "double-spaced"])
def test_a_job_sites_post_and_employer_above_the_dates_are_read_without_the_place(blank):
    profile = read_cv(_cv(blank), "en")
    jobs = [(e.title, e.organization, e.start, e.end) for e in profile.experience]
    assert jobs == [
        ("Chief Expert", "Ministry of Finance of the Republic of Kazakhstan", "2018-03", None),
        ("Software Engineer", "Disney", "2015-07", "2018-02"),
        ("Analyst", "Kaspi Bank", "2012-06", "2015-06"),
    ]
    assert [e.public_service for e in profile.experience] == [True, False, False]


@pytest.mark.parametrize(
    ("cell", "employer"),
    [
        ("Disney -", "Disney"),
        ("Infosys Limited -  Bangalore Urban, Karnataka -", "Infosys Limited"),
        (
            "Kazakh-British Technical University - Almaty, Kazakhstan",
            "Kazakh-British Technical University",
        ),
        ("Texas A&M University -  Kingsville, TX", "Texas A&M University"),
        # what follows the dash is no place: kept
        ("Senior Consultant - KPMG", "Senior Consultant - KPMG"),
        ("Kaspi Bank – Almaty", "Kaspi Bank – Almaty"),
        ("Procter & Gamble", "Procter & Gamble"),
    ],
)
def test_the_place_after_an_employer_is_no_part_of_it(cell, employer):
    assert employer_part(cell) == employer


@pytest.mark.parametrize(
    ("lines", "job"),
    [
        (
            # "Executive" is a post word: the post is no longer the first duty
            "Technical Support Executive\n\nTeleperformance -  Jaipur, Rajasthan -\n\n"
            "June 2017 to Present\n\n* Handling queries related to Norton products",
            ("Technical Support Executive", "Teleperformance"),
        ),
        (
            # a job site's link at a page break is no part of the post
            "Software Engineer\n\nhttps://www.indeed.com/r/lee-smith\n\n\nHCL Technologies -\n\n"
            "September 2014 to Present\n\n* Coordinated developers using GIT",
            ("Software Engineer", "HCL Technologies"),
        ),
        (
            # capitalised words joined by "for" make an employer's name
            "Tech Support Executive\n\nTeleperformance for Microsoft -\n\n"
            "September 2017 to Present\n\nprocess.\n• 21 months of experience in ADFC",
            ("Tech Support Executive", "Teleperformance for Microsoft"),
        ),
        (
            # a place after the dash tells an employer whatever its words
            "Sales Manager\n\nMasters equipments -  Trichur, Kerala -\n\n"
            "May 2017 to Present\n\n- Sold equipment",
            ("Sales Manager", "Masters equipments"),
        ),
    ],
)
def test_a_job_sites_job_is_read_with_its_post_and_employer(lines, job):
    text = f"Lee Smith\n\nWORK EXPERIENCE\n\n{lines}\n\nSKILLS\n\nExcel\n"
    assert [(e.title, e.organization) for e in read_cv(text, "en").experience] == [job]


@pytest.mark.parametrize(
    ("words", "post"),
    [
        ("Technical Support Executive", True),
        ("Sales Associate", True),
        ("Medical Representative", True),
        ("Java Programmer", True),
        ("QA Tester", True),
        ("Corporate Trainer", True),
        # the executive bodies and a firm of associates are no posts
        ("Local executive body of Astana", False),
        ("Executive Office of the President", False),
        ("Associates of Kazakhstan", False),
    ],
)
def test_english_post_words_of_job_sites(words, post):
    assert looks_like_title(words) is post


@pytest.mark.parametrize(
    ("text", "job"),
    [
        (
            "Бекова Айгерим\n\nОПЫТ РАБОТЫ\n\nГлавный специалист\n\n"
            "Акимат города Астаны -  Астана, Казахстан -\n\nМарт 2018 — настоящее время\n\n"
            "- Подготовка аналитических справок\n",
            ("Главный специалист", "Акимат города Астаны", "2018-03", True),
        ),
        (
            "Бекова Айгерим\n\nЖҰМЫС ТӘЖІРИБЕСІ\n\nБас маман\n\n"
            "Астана қаласының әкімдігі -  Астана, Қазақстан -\n\n"
            "2018 ж. наурыз – қазіргі уақытқа дейін\n\n- Талдамалық анықтамалар дайындау\n",
            ("Бас маман", "Астана қаласының әкімдігі", "2018-03", True),
        ),
    ],
)
def test_a_russian_or_kazakh_job_printed_so_keeps_its_state_body(text, job):
    jobs = [(e.title, e.organization, e.start, e.public_service) for e in read_cv(text).experience]
    assert jobs == [job]
