"""Eight CVs written in Word from HR templates and sent as PDF, as most CVs in Kazakhstan are
(QA pass LO; ``data/qa_lo/README.md``): a jobs table ruled with borders, the Kazakh service
record form, dates pushed right by a tab stop with a dot leader, a two-column layout table, a
text-box sidebar, the Russian "Послужной список", a numbered list of jobs with justified
text, a header and a footer over two pages. Each DOCX (``qa_lo_docx``) is read as uploaded,
and again as LibreOffice Writer saves it as PDF at test time (Writer's own line breaking,
justification, tab leaders and table rules), and compared with the HR reading written before
the engine ran (``data/qa_lo/expected.json``): each job's months, post, employer and
civil-service flag, the highest education with its institution and year, the languages with
their levels and a few skills.

The PDF tests need LibreOffice (``make system-packages``); without it they are skipped, and
with ``CI=true`` they fail (``office_print``)."""

import json
from pathlib import Path

import pytest

from nlp.profile import read_cv, read_file
from nlp.types import EDUCATION_LEVELS
from tests.nlp.office_print import export_pdfs
from tests.nlp.qa_lo_docx import FILES
from tests.nlp.qa_reading import language_levels, skill_ids
from tests.nlp.work_table_pdfs import fpdf_table_pdf

EXPECTED = json.loads(
    (Path(__file__).parent / "data" / "qa_lo" / "expected.json").read_text("utf-8")
)
KINDS = ("docx", "pdf")


@pytest.fixture(scope="session")
def word_files():
    """Each CV built as a DOCX file once per session."""
    return {name: build() for name, build in FILES.items()}


@pytest.fixture(scope="session")
def office_pdfs(word_files, tmp_path_factory):
    """Each DOCX saved as PDF by LibreOffice once per session, in a temporary folder."""
    return export_pdfs(word_files, tmp_path_factory.mktemp("qa_lo_pdf"))


@pytest.fixture
def profile(request, kind, name):
    """The profile of one CV read as an upload is, as DOCX or as its PDF; the file must have
    been extracted ``ok``."""
    files = request.getfixturevalue("word_files" if kind == "docx" else "office_pdfs")
    extraction, read = read_file(files[name], isolated=False)
    assert extraction.status == "ok"
    return read


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("kind", KINDS)
def test_each_job_as_hr_read_it(profile, kind, name):
    expected = [tuple(job) for job in EXPECTED[name]["jobs"]]
    # an employer is compared by its start: the town after it ("…», г. Павлодар") may follow
    employers = [job[3] for job in expected] + [""] * len(profile.experience)
    read = [
        (
            job.start[:7],
            job.end and job.end[:7],
            job.title,
            (job.organization or "")[: len(employer) or None],
            job.public_service,
        )
        for job, employer in zip(profile.experience, employers, strict=False)
    ]
    assert read == expected


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("kind", KINDS)
def test_highest_education_languages_and_skills_as_hr_read_them(profile, kind, name):
    level, institution, year = EXPECTED[name]["education"]
    finished = [entry for entry in profile.education if entry.level]
    highest = max(finished, key=lambda entry: EDUCATION_LEVELS.index(entry.level))
    read = (highest.level, (highest.institution or "")[: len(institution)], highest.year)
    assert read == (level, institution, year)
    assert language_levels(profile) == EXPECTED[name]["languages"]
    assert set(EXPECTED[name]["skills"]) <= skill_ids(profile)


def test_every_file_has_its_reading():
    assert sorted(FILES) == sorted(EXPECTED)


# The lines the engine read wrong in these files, as their PDF or DOCX text gives them
# (each failed before pass LO's fixes).
TEXT_LINES = [
    (
        "07/2015 – 08/2018\tProcurement Officer\nSemey Cement LLP\nPurchased spare parts.",
        ("Procurement Officer", "Semey Cement LLP"),
    ),
    (
        "Chief Expert\t09/2019 – Present\nMinistry of Finance\nPrepared analytical reports in "
        "Power BI for the department's management\nBusiness Analyst\t06/2016 – 08/2019\n"
        "Kazakhtelecom JSC",
        ("Business Analyst", "Kazakhtelecom JSC"),
    ),
    (
        "Chief Expert\t09/2019 – Present\nMinistry of Digital Development of the Republic of\n"
        "Kazakhstan\nCoordinated the integration of state databases",
        ("Chief Expert", "Ministry of Digital Development of the Republic of Kazakhstan"),
    ),
    (
        "09.2013 – 04.2017 Инженер-жерге\nорналастырушы\n«Жер кадастры» ЖШС",
        ("Инженер-жерге орналастырушы", "«Жер кадастры» ЖШС"),
    ),
]


@pytest.mark.parametrize(("text", "job"), TEXT_LINES)
def test_the_last_job_of_lines_a_word_processor_wrote(text, job):
    last = read_cv("Опыт работы\n" + text).experience[-1]
    assert (last.title, last.organization) == job


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "2012–2014 – Қазақ экономика, қаржы және халықаралық сауда университеті, магистр",
            "Қазақ экономика, қаржы және халықаралық сауда университеті",
        ),
        (
            "2009–2013 Қ. Жұбанов атындағы Ақтөбе\nөңірлік университеті\nбакалавр",
            "Қ. Жұбанов атындағы Ақтөбе өңірлік университеті",
        ),
        (
            "Карагандинский экономический университет\nКазпотребсоюза\nБакалавр, 2011",
            "Карагандинский экономический университет Казпотребсоюза",
        ),
    ],
)
def test_an_institution_named_with_a_comma_or_wrapped(text, institution):
    assert [entry.institution for entry in read_cv("Білімі\n" + text).education] == [institution]


def test_a_ruled_cell_of_post_employer_and_bullets_reads_each_on_its_line():
    rows = [
        ("Жұмыс кезеңі", "Лауазымы және жұмыс орны"),
        (
            "2015 ж. мамыр – 2019 ж. желтоқсан",
            "Бас маман\nШымкент қаласы бойынша Мемлекеттік кірістер департаменті\n"
            "• Бюджеттік өтінімдерді қарау және қорытынды дайындау",
        ),
        ("2010 ж. қыркүйек – 2015 ж. сәуір", "Экономист\n«Оңтүстік Жарық Транзит» ЖШС"),
    ]
    pdf = fpdf_table_pdf("kk", rows, (40, 110), "TOP")
    jobs = read_file(pdf, isolated=False)[1].experience
    assert [(job.title, job.organization) for job in jobs] == [
        ("Бас маман", "Шымкент қаласы бойынша Мемлекеттік кірістер департаменті"),
        ("Экономист", "«Оңтүстік Жарық Транзит» ЖШС"),
    ]
