"""Eight more CVs printed to PDF by the browser, in layouts QA pass T did not cover (QA pass
W; ``data/qa_w/README.md``): a timeline with a vertical line and dots beside a narrow date
column, a Canva design whose text blocks are all placed by absolute coordinates in an order
unlike the reading order, two pages with a running header and "стр. 1 из 2" in the page
margin, skills drawn as SVG bars and language levels as five dots, headings and dates spaced
out by letter-spacing, justified paragraphs, education and experience side by side, and a
Kazakh CV with years pushed to the right margin ("2019 ж. – қазір"). Chromium prints each file
at test time (``chromium_print``; skipped without it, failed on CI), and each is read as an
upload is and compared with the HR reading written before the engine ran: total and
civil-service years, each job's months, employer and civil-service flag, the highest finished
education, languages with their levels and a few skills."""

from datetime import date
from pathlib import Path

import pytest

from nlp.extract import extract_bytes
from tests.nlp.chromium_print import print_pdfs, read_printed
from tests.nlp.qa_reading import certificate_years, highest_level, language_levels, skill_ids, years

pytestmark = pytest.mark.e2e

QA_W = Path(__file__).parent / "data" / "qa_w"
TODAY = date(2026, 11, 28)
T, F = True, False
# file: (total years, civil-service years, highest level, languages), as HR read them; a level
# drawn only as filled dots is no level the engine can read (None), not a guessed one
HR_READING = {
    "01_ru_timeline_kgd.html": (12.4, 9.7, "master", {"en": "B1", "kk": "fluent", "ru": "native"}),
    "02_kk_canva_absolute_akimat.html": (
        11.4,
        8.3,
        "bachelor",
        {"en": "A2", "kk": "native", "ru": "fluent"},
    ),
    "03_ru_two_pages_header_minfin.html": (
        13.4,
        8.6,
        "master",
        {"en": "B2", "kk": "fluent", "ru": "native"},
    ),
    "04_en_skill_bars_dots_quasi.html": (
        10.4,
        2.5,
        "bachelor",
        {"en": None, "kk": None, "ru": None},
    ),
    "05_en_letterspaced_digital_ministry.html": (
        10.3,
        7.8,
        "master",
        {"en": "C1", "kk": "native", "ru": "fluent"},
    ),
    "06_ru_justified_maslikhat.html": (
        14.3,
        10.9,
        "bachelor",
        {"en": "basic", "kk": "fluent", "ru": "native"},
    ),
    "07_mixed_side_by_side_edu_exp.html": (
        9.5,
        2.4,
        "master",
        {"en": "B2", "kk": "B2", "ru": "native"},
    ),
    "08_kk_year_dates_right_kgd.html": (
        14.9,
        11.9,
        "bachelor",
        {"en": "A2", "kk": "native", "ru": "fluent"},
    ),
}
# file: each job as (first month, last month or None for "now", civil service?, employer's start),
# in the CV's reading order
JOBS = {
    "01_ru_timeline_kgd.html": [
        ("2020-09", None, T, "Управление государственных доходов по Алмалинскому району"),
        ("2017-04", "2020-08", T, "РГУ «Департамент государственных доходов по городу Алматы»"),
        ("2014-06", "2017-02", F, "ТОО «Алматы Трейд Сервис»"),
    ],
    "02_kk_canva_absolute_akimat.html": [
        ("2021-02", None, T, "«Шымкент қаласы әкімінің аппараты»"),
        ("2018-08", "2021-01", T, "Шымкент қалалық мәслихатының аппараты"),
        ("2015-07", "2018-07", F, "«ҚазМұнайГаз» ұлттық компаниясы» АҚ"),
    ],
    "03_ru_two_pages_header_minfin.html": [
        ("2022-01", None, T, "Министерство финансов Республики Казахстан"),
        ("2018-05", "2021-12", T, "ГУ «Аппарат маслихата города Астаны»"),
        ("2015-09", "2018-04", F, "АО «Фонд национального благосостояния «Самрук-Қазына»"),
        ("2013-07", "2015-08", F, "ТОО «КПМГ Аудит»"),
    ],
    "04_en_skill_bars_dots_quasi.html": [
        ("2021-03", None, F, "Samruk-Kazyna Business Service LLP"),
        ("2018-09", "2021-02", T, "Agency for Strategic Planning and Reforms"),
        ("2016-07", "2018-08", F, "Kaspi Bank JSC"),
    ],
    "05_en_letterspaced_digital_ministry.html": [
        ("2023-06", None, T, "Ministry of Digital Development, Innovation and Aerospace"),
        ("2019-02", "2023-05", T, "Akimat of Astana"),
        ("2016-08", "2019-01", F, "Kazakhtelecom JSC"),
    ],
    "06_ru_justified_maslikhat.html": [
        ("2019-10", None, T, "ГУ «Аппарат Туркестанского областного маслихата»"),
        ("2016-01", "2019-09", T, "РГУ «Департамент юстиции Туркестанской области»"),
        ("2012-08", "2015-12", F, "ТОО «ЮрКонсалт-Шымкент»"),
    ],
    "07_mixed_side_by_side_edu_exp.html": [
        ("2022-04", None, F, "НАО «Государственная корпорация «Правительство для граждан»"),
        ("2019-11", "2022-03", F, "РГП на ПХВ «Казгидромет»"),
        ("2017-06", "2019-10", T, "ГУ «Аппарат акима района Есиль города Астаны»"),
    ],
    "08_kk_year_dates_right_kgd.html": [
        ("2019-01", None, T, "«Ақмола облысы бойынша Мемлекеттік кірістер департаменті»"),
        ("2015-01", "2018-12", T, "«Ақмола облыстық мәслихатының аппараты»"),
        ("2012-01", "2014-12", F, "«Көкшетау Жылу» ЖШС"),
    ],
}
# file: each job's post as written in the HTML, in the CV's reading order (written before the
# engine's titles were looked at)
TITLES = {
    "01_ru_timeline_kgd.html": [
        "Главный специалист отдела камерального контроля",
        "Специалист 1 категории",
        "Бухгалтер",
    ],
    "02_kk_canva_absolute_akimat.html": ["Бас маман", "Жетекші маман", "Экономист"],
    "03_ru_two_pages_header_minfin.html": [
        "Руководитель управления",
        "Главный специалист",
        "Экономист департамента финансового планирования",
        "Ассистент аудитора",
    ],
    "04_en_skill_bars_dots_quasi.html": [
        "Data Analyst",
        "Analyst, Department of Reforms Monitoring",
        "Junior Analyst",
    ],
    "05_en_letterspaced_digital_ministry.html": [
        "Chief Expert, Department of Digital Government Services",
        "Senior Specialist, Digitalization Division",
        "IT Support Engineer",
    ],
    "06_ru_justified_maslikhat.html": [
        "главный консультант организационного отдела",
        "главный специалист отдела регистрации нормативных правовых актов",
        "юрист",
    ],
    "07_mixed_side_by_side_edu_exp.html": [
        "Менеджер проекта / Project Manager",
        "Ведущий специалист отдела кадров",
        "Главный специалист отдела предпринимательства",
    ],
    "08_kk_year_dates_right_kgd.html": ["Бас маман", "Жетекші маман", "Бухгалтер"],
}
# file: skills that must be found (no file lists a certificate)
SKILLS = {
    "01_ru_timeline_kgd.html": {"1c-accounting", "ms-excel", "esf", "esedo"},
    "02_kk_canva_absolute_akimat.html": {"ms-word", "ms-excel", "esedo", "e-qyzmet"},
    "03_ru_two_pages_header_minfin.html": {"ms-excel", "power-bi", "sql", "esedo"},
    "04_en_skill_bars_dots_quasi.html": {"python", "sql", "power-bi", "tableau", "ms-excel"},
    "05_en_letterspaced_digital_ministry.html": {"python", "sql", "linux", "docker", "jira"},
    "06_ru_justified_maslikhat.html": {"ms-word", "ms-excel", "adilet", "esedo"},
    "07_mixed_side_by_side_edu_exp.html": {"ms-project", "ms-excel", "power-bi", "esedo"},
    "08_kk_year_dates_right_kgd.html": {"1c-accounting", "ms-excel", "esf", "esedo"},
}


@pytest.fixture(scope="session")
def chromium_pdfs_w(tmp_path_factory):
    """Each HTML CV printed to PDF by Chromium once per session, kept in a temporary folder."""
    return print_pdfs(QA_W, HR_READING, tmp_path_factory.mktemp("qa_w_pdf"))


@pytest.fixture(scope="module")
def profiles(chromium_pdfs_w):
    return read_printed(chromium_pdfs_w)


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_of_work_and_civil_service_as_hr_read_them(profiles, name):
    total, public, *_ = HR_READING[name]
    assert years(profiles[name], TODAY) == pytest.approx((total, public), abs=0.01)


@pytest.mark.parametrize("name", sorted(JOBS))
def test_each_job_its_months_employer_and_civil_service_flag(profiles, name):
    jobs = profiles[name].experience
    # each employer compared by the start HR wrote down; a job HR did not list in full
    lengths = [len(org) for *_, org in JOBS[name]] + [None] * len(jobs)
    read = [
        (job.start, job.end, job.public_service, (job.organization or "")[:length])
        for job, length in zip(jobs, lengths, strict=False)
    ]
    assert read == JOBS[name]


@pytest.mark.parametrize("name", sorted(TITLES))
def test_each_job_its_post_as_written(profiles, name):
    assert [job.title for job in profiles[name].experience] == TITLES[name]


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_highest_finished_education_and_languages_as_hr_read_them(profiles, name):
    *_, level, languages = HR_READING[name]
    assert highest_level(profiles[name]) == level
    assert language_levels(profiles[name]) == languages


@pytest.mark.parametrize("name", sorted(SKILLS))
def test_skills_as_hr_listed_them_and_no_certificate(profiles, name):
    assert SKILLS[name] <= skill_ids(profiles[name])
    assert certificate_years(profiles[name]) == []


# The Canva design's sidebar blocks list their items at the line spacing, one a line (QA pass
# B): read as one paragraph wrapped over lines, they came back joined ("+7 775 402 19 63
# e.seitkali@gmail.com Шымкент қ.", "Microsoft Word Microsoft Excel ЭҚАБЖ").
CANVA_SIDEBAR = [
    "+7 775 402 19 63", "e.seitkali@gmail.com", "Шымкент қ.",
    "Қазақ тілі — ана тілі", "Орыс тілі — еркін", "Ағылшын тілі — A2",
    "Microsoft Word", "Microsoft Excel", "ЭҚАБЖ", "Е-қызмет",
]  # fmt: skip


def test_a_placed_design_keeps_its_sidebar_items_one_a_line(chromium_pdfs_w):
    lines = extract_bytes(chromium_pdfs_w["02_kk_canva_absolute_akimat.html"]).text.splitlines()
    assert [line for line in lines if line in CANVA_SIDEBAR] == CANVA_SIDEBAR


def test_the_corpus_is_all_here():
    assert sorted(path.name for path in QA_W.glob("*.html")) == sorted(HR_READING)
