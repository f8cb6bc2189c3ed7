"""PDF work tables without rules, as an HR officer gets them printed from Word: a row whose
date cell is empty, two-column tables (dates | post, employer and duties on lines of their
own) with neither a header row nor rules, and the official service record ("послужной
список": date of hiring | date of dismissal | post and workplace) in Russian and Kazakh, its
date cells on two lines or its cells centred against a three-line post cell.

Each case is what the HR officer reads of it: every dated job's start, end, post, employer
and civil-service flag, then the total and public-service years. A job whose dates are
missing takes no other row's dates and lends them none of its words.

QA pass V: before the fix 4 of these 15 tables read right (the two-column table whose dates
stand level with the post, and the Russian service record, top, centred or with its end date
wrapped); a row without dates gave its post and employer to the next row, and two dates on
two lines or dates centred on a three-line post lost the jobs or their posts. After it 14 do:
rows printed from Word are parted by the space between them (pdf_gaps.py), and in a table
drawn without that space (fpdf2) a cell standing apart from every dated row starts an undated
row (pdf_cells.py). Under a header, where a row's cells are read across as one line, a post
cell's duties sentence was read into the employer (the DOCX table read alike); it ends the
employer at its quoted name now, so all 15 do (job_names.py). An undated row at a table's
edge (last, or in a table aligned to the bottom) is covered by test_work_table_undated_pdf.py
(QA pass B), which names the layouts still ambiguous.
"""

from datetime import date

import pytest

from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.work_table_pdfs import fpdf_table_pdf, word_table_pdf

Job = tuple[str, str | None, str, str, bool]  # start, end (None: held today), post, employer, civil

UNDATED = [
    ("01.2019 – 12.2022", "главный специалист", "ГУ «Управление финансов Карагандинской области»"),
    ("", "ведущий специалист", "Аппарат акима города Астаны"),
    ("01.2014 – 12.2015", "экономист", "ТОО «Шымкент Сервис»"),
    ("01.2012 – 12.2013", "бухгалтер", "АО «Казпочта»"),
]
UNDATED_JOBS = [
    ("2019-01", "2022-12", "главный специалист",
     "ГУ «Управление финансов Карагандинской области»", True),
    ("2014-01", "2015-12", "экономист", "ТОО «Шымкент Сервис»", False),
    ("2012-01", "2013-12", "бухгалтер", "АО «Казпочта»", False),
]  # fmt: skip
WORD_UNDATED = [
    (["Период"], ["Должность"], ["Место работы"]),
    (["09.2020 – 12.2023"], ["главный специалист отдела", "государственных закупок"],
     ["Акимат города Шымкента"]),
    ([], ["юрист"], ["ТОО «Оңтүстік Құрылыс»"]),
    (["01.2016 – 08.2020"], ["ведущий специалист"],
     ["Департамент юстиции", "Туркестанской области"]),
]  # fmt: skip
WORD_UNDATED_JOBS = [
    ("2020-09", "2023-12", "главный специалист отдела государственных закупок",
     "Акимат города Шымкента", True),
    ("2016-01", "2020-08", "ведущий специалист", "Департамент юстиции Туркестанской области",
     True),
]  # fmt: skip
TWO_COLUMNS_RU = [
    (["01.2019 – 12.2022"], ["Главный специалист отдела бюджетного планирования",
                             "ГУ «Управление финансов Карагандинской области»",
                             "Подготовка бюджетных заявок."]),
    (["01.2016 – 12.2018"], ["Бухгалтер", "АО «Казпочта»"]),
    (["09.2012 – 12.2015"], ["Ведущий специалист", "Министерство финансов Республики Казахстан"]),
]  # fmt: skip
TWO_COLUMNS_RU_JOBS = [
    ("2019-01", "2022-12", "Главный специалист отдела бюджетного планирования",
     "ГУ «Управление финансов Карагандинской области»", True),
    ("2016-01", "2018-12", "Бухгалтер", "АО «Казпочта»", False),
    ("2012-09", "2015-12", "Ведущий специалист", "Министерство финансов Республики Казахстан",
     True),
]  # fmt: skip
TWO_COLUMNS_KK = [
    (["09.2021 – қазір"], ["Бас маман", "Астана қаласы әкімдігінің қаржы басқармасы",
                           "Бюджетті жоспарлау."]),
    (["03.2017 – 08.2021"], ["Экономист", "«Қазақтелеком» АҚ"]),
    (["01.2014 – 02.2017"], ["Жетекші маман", "Қарағанды облысы әкімдігі"]),
]  # fmt: skip
TWO_COLUMNS_KK_JOBS = [
    ("2021-09", None, "Бас маман", "Астана қаласы әкімдігінің қаржы басқармасы", True),
    ("2017-03", "2021-08", "Экономист", "«Қазақтелеком» АҚ", False),
    ("2014-01", "2017-02", "Жетекші маман", "Қарағанды облысы әкімдігі", True),
]
TWO_DATE_LINES = [
    (["01.09.2019", "по н.в."], ["Главный специалист", "ГУ «Аппарат акима Алматинской области»",
                                 "Ведение кадрового делопроизводства."]),
    (["01.09.2015", "30.06.2019"], ["Экономист", "АО «Казахтелеком»"]),
    (["15.08.2012", "31.08.2015"], ["Ведущий специалист",
                                    "Министерство финансов Республики Казахстан"]),
]  # fmt: skip
TWO_DATE_LINES_JOBS = [
    ("2019-09", None, "Главный специалист", "ГУ «Аппарат акима Алматинской области»", True),
    ("2015-09", "2019-06", "Экономист", "АО «Казахтелеком»", False),
    ("2012-08", "2015-08", "Ведущий специалист", "Министерство финансов Республики Казахстан",
     True),
]  # fmt: skip
RECORD_RU = [
    (["Дата приема"], ["Дата увольнения"], ["Должность, место работы"]),
    (["01.09.2019"], ["по н.в."], ["Главный специалист отдела бюджета,",
                                   "ГУ «Управление финансов", "Карагандинской области»"]),
    (["01.09.2015"], ["30.06.2019"], ["Экономист, АО «Казпочта»"]),
    (["15.08.2012"], ["31.08.2015"], ["Ведущий специалист, Министерство",
                                      "финансов Республики Казахстан"]),
]  # fmt: skip
RECORD_RU_JOBS = [
    ("2019-09", None, "Главный специалист отдела бюджета",
     "ГУ «Управление финансов Карагандинской области»", True),
    ("2015-09", "2019-06", "Экономист", "АО «Казпочта»", False),
    ("2012-08", "2015-08", "Ведущий специалист", "Министерство финансов Республики Казахстан",
     True),
]  # fmt: skip
RECORD_KK = [
    (["Жұмысқа", "қабылданған күні"], ["Жұмыстан", "босатылған күні"], ["Лауазымы, жұмыс орны"]),
    (["02.01.2020"], ["қазір"], ["Бас маман,", "Астана қаласы әкімдігінің", "қаржы басқармасы"]),
    (["01.09.2016"], ["31.12.2019"], ["Экономист, «Қазақтелеком» АҚ"]),
    (["10.08.2013"], ["31.08.2016"], ["Жетекші маман,", "Қарағанды облысы әкімдігі"]),
]  # fmt: skip
RECORD_KK_JOBS = [
    ("2020-01", None, "Бас маман", "Астана қаласы әкімдігінің қаржы басқармасы", True),
    ("2016-09", "2019-12", "Экономист", "«Қазақтелеком» АҚ", False),
    ("2013-08", "2016-08", "Жетекші маман", "Қарағанды облысы әкімдігі", True),
]
RECORD_UNDATED = [
    *RECORD_RU[:2],
    ([], [], ["Преподаватель (по совместительству),", "Карагандинский университет"]),
    *RECORD_RU[2:],
]
TWO_COLUMNS_HEADED = [(["Период"], ["Должность, место работы"]), *TWO_COLUMNS_RU]
RECORD_END_WRAPS = [
    RECORD_RU[0],
    (["01.09.2019"], ["по настоящее", "время"], RECORD_RU[1][2]),
    *RECORD_RU[2:],
]
RECORD_KK_UNDATED = [
    *RECORD_KK[:2],
    ([], [], ["Оқытушы (қоса атқару),", "Қарағанды университеті"]),
    *RECORD_KK[2:],
]
UNDATED_KK = [
    ("Кезеңі", "Лауазымы", "Жұмыс орны"),
    ("01.2019 – 05.2022", "бас маман", "Астана қаласы әкімдігінің қаржы басқармасы"),
    ("", "жетекші маман", "«Қазпошта» АҚ"),
    ("01.2014 – 12.2015", "экономист", "«Қазақтелеком» АҚ"),
    ("01.2012 – 12.2013", "бухгалтер", "«Самұрық-Қазына» АҚ"),
]
UNDATED_KK_JOBS = [
    ("2019-01", "2022-05", "бас маман", "Астана қаласы әкімдігінің қаржы басқармасы", True),
    ("2014-01", "2015-12", "экономист", "«Қазақтелеком» АҚ", False),
    ("2012-01", "2013-12", "бухгалтер", "«Самұрық-Қазына» АҚ", False),
]
THREE, TWO = (15, 55, 115), (15, 60)
# Under a header a row is read across, its cell's lines joined as a DOCX cell's are; the
# reader of a row then gives the duties line to the employer, from DOCX as well.

# name: language, the PDF, the dated jobs as the HR officer reads them
CASES = {
    "ru, undated row, no rules, top": (
        "ru", lambda: fpdf_table_pdf("ru", UNDATED, (40, 50, 60), "TOP", borders_layout="NONE"),
        UNDATED_JOBS,
    ),
    "ru, undated row, no rules, centred, header": (
        "ru",
        lambda: fpdf_table_pdf("ru", [("Период", "Должность", "Место работы"), *UNDATED],
                               (40, 50, 60), "MIDDLE", borders_layout="NONE"),
        UNDATED_JOBS,
    ),
    "ru, Word, job without dates, centred": (
        "ru", lambda: word_table_pdf("ru", WORD_UNDATED, THREE, centred=True), WORD_UNDATED_JOBS,
    ),
    "ru, two columns, no header": (
        "ru", lambda: word_table_pdf("ru", TWO_COLUMNS_RU, TWO), TWO_COLUMNS_RU_JOBS,
    ),
    "ru, two columns under a header": (
        "ru", lambda: word_table_pdf("ru", TWO_COLUMNS_HEADED, TWO), TWO_COLUMNS_RU_JOBS,
    ),
    "kk, two columns, no header, centred": (
        "kk", lambda: word_table_pdf("kk", TWO_COLUMNS_KK, TWO, centred=True), TWO_COLUMNS_KK_JOBS,
    ),
    "ru, two columns, dates on two lines": (
        "ru", lambda: word_table_pdf("ru", TWO_DATE_LINES, TWO), TWO_DATE_LINES_JOBS,
    ),
    "ru, two columns, dates on two lines, centred": (
        "ru", lambda: word_table_pdf("ru", TWO_DATE_LINES, TWO, centred=True), TWO_DATE_LINES_JOBS,
    ),
    "ru, service record": ("ru", lambda: word_table_pdf("ru", RECORD_RU, THREE), RECORD_RU_JOBS),
    "ru, service record, centred": (
        "ru", lambda: word_table_pdf("ru", RECORD_RU, THREE, centred=True), RECORD_RU_JOBS,
    ),
    "kk, service record, centred": (
        "kk", lambda: word_table_pdf("kk", RECORD_KK, THREE, centred=True), RECORD_KK_JOBS,
    ),
    "kk, undated row, no rules, top, header": (
        "kk", lambda: fpdf_table_pdf("kk", UNDATED_KK, (40, 50, 60), "TOP", borders_layout="NONE"),
        UNDATED_KK_JOBS,
    ),
    "ru, service record, end date wraps": (
        "ru", lambda: word_table_pdf("ru", RECORD_END_WRAPS, THREE), RECORD_RU_JOBS,
    ),
    "kk, service record, job without dates": (
        "kk", lambda: word_table_pdf("kk", RECORD_KK_UNDATED, THREE), RECORD_KK_JOBS,
    ),
    "ru, service record, job without dates": (
        "ru", lambda: word_table_pdf("ru", RECORD_UNDATED, THREE), RECORD_RU_JOBS,
    ),
}  # fmt: skip


def _years(jobs: list[Job], *, public: bool = False) -> float:
    """Years the jobs cover, both end months counted, a job still held up to this month."""
    now = date.today().year * 12 + date.today().month - 1
    months: set[int] = set()
    for start, end, *_, civil in jobs:
        if civil or not public:
            last = now if end is None else int(end[:4]) * 12 + int(end[5:]) - 1
            months.update(range(int(start[:4]) * 12 + int(start[5:]) - 1, last + 1))
    return round(len(months) / 12, 1)


def assert_reads_jobs(pdf: bytes, language: str, jobs: list[tuple]) -> None:
    """The PDF's dated jobs (start, end, post, employer, public service) are ``jobs``, and the
    total and public-service years are theirs."""
    profile = read_cv(extract_bytes(pdf).text, language)
    read = [
        (job.start, job.end, job.title, job.organization, job.public_service)
        for job in profile.experience
        if job.start
    ]
    assert read == jobs
    assert profile.experience_years == _years(jobs)
    assert profile.public_service_years == _years(jobs, public=True)


@pytest.mark.parametrize("name", CASES)
def test_a_loose_work_table_gives_each_job_its_own_dates_post_and_employer(name):
    language, build, jobs = CASES[name]
    assert_reads_jobs(build(), language, jobs)
