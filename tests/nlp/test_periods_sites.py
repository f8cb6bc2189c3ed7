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


def test_a_support_executive_over_a_site_employer_is_the_post_not_the_first_duty():
    text = (
        "Bryan Smith\n\nWORK EXPERIENCE\n\nTechnical Support Executive\n\n"
        "Teleperformance -  Jaipur, Rajasthan -\n\nJune 2017 to Present\n\n"
        "* Handling queries related to Norton products\n\nSKILLS\n\nExcel\n"
    )
    jobs = [(e.title, e.organization) for e in read_cv(text, "en").experience]
    assert jobs == [("Technical Support Executive", "Teleperformance")]


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


def test_a_job_sites_link_at_a_page_break_is_no_part_of_the_post():
    text = (
        "Lee Smith\n\nWORK EXPERIENCE\n\nSoftware Engineer\n\n"
        "https://www.indeed.com/r/lee-smith\n\n\nHCL Technologies -\n\n"
        "September 2014 to Present\n\n* Coordinated developers using GIT\n"
    )
    jobs = [(e.title, e.organization) for e in read_cv(text, "en").experience]
    assert jobs == [("Software Engineer", "HCL Technologies")]


def test_an_employer_of_capitalised_words_joined_by_for_is_an_employer():
    text = (
        "Josef Miller\n\nWORK EXPERIENCE\n\nTech Support Executive\n\n"
        "Teleperformance for Microsoft -\n\nSeptember 2017 to Present\n\n"
        "process.\n• 21 months of experience in ADFC as Phone Banker.\n"
    )
    jobs = [(e.title, e.organization) for e in read_cv(text, "en").experience]
    assert jobs == [("Tech Support Executive", "Teleperformance for Microsoft")]


def test_a_place_after_a_lower_case_name_tells_an_employer():
    text = (
        "John Smith\n\nWORK EXPERIENCE\n\nSales Manager\n\nMasters equipments -  Trichur, Kerala -"
        "\n\nMay 2017 to Present\n\n- Sold equipment\n"
    )
    jobs = [(e.title, e.organization) for e in read_cv(text, "en").experience]
    assert jobs == [("Sales Manager", "Masters equipments")]
