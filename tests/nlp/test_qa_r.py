"""Eight DOCX CVs with the structures Word and HR templates really write (QA pass R; built by
``qa_r_docx``), read as an HR officer read them before the engine did: the rows of the
extracted text, each job's dates, post, employer and civil-service flag, total and
civil-service years, the highest education and the languages with their levels."""

from datetime import date

import pytest

from nlp.components.periods import total_years
from nlp.profile import read_file
from nlp.types import EDUCATION_LEVELS
from tests.nlp.qa_r_docx import FILES

TODAY = date(2026, 11, 27)
CURRENT = None  # a job held "по настоящее время"
ASTANA_FIN = "ГУ «Управление финансов города Астаны»"
ASTANA_DGD = (
    "Департамент государственных доходов по городу Астане Комитета государственных доходов "
    "Министерства финансов Республики Казахстан"
)
# file: jobs in the CV's order as (start, end, post, employer, civil service), total years,
# civil-service years, highest level, languages; as HR read them
HR_READING = {
    "r01_ru_merged_cells.docx": (
        [
            (
                "2019-09",
                CURRENT,
                "Главный специалист отдела бюджетного планирования",
                ASTANA_FIN,
                True,
            ),
            ("2019-09", CURRENT, "Руководитель отдела бюджетного планирования", ASTANA_FIN, True),
            ("2015-02", "2019-08", "Ведущий специалист", ASTANA_DGD, True),
            ("2012-07", "2015-01", "Экономист", "АО «Казпочта»", False),
        ],
        14.4,
        11.8,
        "bachelor",
        {"kk": "native", "ru": "fluent", "en": "B1"},
    ),
    "r02_kk_nested_tables.docx": (
        [
            (
                "2021-01",
                CURRENT,
                "Бас маман",
                "Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті",
                True,
            ),
            ("2017-09", "2020-12", "Есепші", "«ҚазМұнайГаз» ҰК АҚ", False),
            (
                "2014-08",
                "2017-08",
                "Математика пәнінің мұғалімі",
                "№12 мектеп-гимназиясы КММ",
                False,
            ),
        ],
        12.3,
        5.9,
        "master",
        {"kk": "native", "ru": "fluent", "en": "B2"},
    ),
    "r03_ru_numbered_lists.docx": (
        [
            (
                "2018-03",
                CURRENT,
                "Главный эксперт",
                "Департамент юридической службы Министерства юстиции Республики Казахстан",
                True,
            ),
            ("2013-06", "2018-02", "Юрист", "ТОО «KazLegal Partners»", False),
            ("2011-09", "2013-05", "Помощник юриста", "ТОО «Алматы Консалт»", False),
        ],
        15.25,
        8.75,
        "master",
        {"kk": "fluent", "ru": "native", "en": "B2"},
    ),
    "r04_ru_content_controls.docx": (
        [
            (
                "2020-10",
                CURRENT,
                "Главный специалист",
                "Управление образования Павлодарской области",
                True,
            ),
            (
                "2016-08",
                "2020-09",
                "Учитель информатики",
                "КГУ «Средняя школа № 5 города Павлодара»",
                False,
            ),
        ],
        10.3,
        6.2,
        "bachelor",
        {"kk": "native", "ru": "fluent", "en": "A2"},
    ),
    "r05_ru_inline_marks.docx": (
        [
            (
                "2019-06",
                CURRENT,
                "Главный специалист отдела государственных закупок",
                "Государственное учреждение «Аппарат акима города Нур-Султан»",
                True,
            ),
            (
                "2015-09",
                "2019-05",
                "Ведущий специалист отдела кадровой работы",
                "ТОО «Астана Газ Сервис»",
                False,
            ),
        ],
        11.25,
        7.5,
        "bachelor",
        {"kk": "native", "ru": "fluent", "en": "A2"},
    ),
    "r06_kk_two_column_section.docx": (
        [
            ("2019-03", CURRENT, "Бас маман", "Алматы облысы әкімдігінің білім басқармасы", True),
            ("2014-09", "2019-02", "Бухгалтер", "«Самұрық-Энерго» АҚ", False),
        ],
        12.25,
        7.75,
        "bachelor",
        {"kk": "native", "ru": "fluent", "en": "A2"},
    ),
    "r07_ru_notes_and_comments.docx": (
        [
            (
                "2013-01",
                CURRENT,
                "Главный специалист",
                "Аппарат маслихата Костанайской области",
                True,
            ),
            ("2010-09", "2012-12", "Инженер", "ТОО «КостанайСтройПроект»", False),
        ],
        16.25,
        13.9,
        "bachelor",
        {"kk": "fluent", "ru": "native"},
    ),
    "r08_ru_lists_in_cells.docx": (
        [
            (
                "2016-11",
                CURRENT,
                "Главный специалист",
                "Управление экономики и бюджетного планирования Карагандинской области",
                True,
            ),
            ("2011-09", "2016-10", "Экономист", "ТОО «Караганда Энергоцентр»", False),
        ],
        15.25,
        10.1,
        "master",
        {"kk": "fluent", "ru": "native", "en": "A2"},
    ),
}


@pytest.fixture(scope="module")
def profiles():
    read = {name: read_file(build(), isolated=False) for name, build in FILES.items()}
    assert {name: extraction.status for name, (extraction, _) in read.items()} == dict.fromkeys(
        FILES, "ok"
    )
    return {name: profile for name, (_, profile) in read.items()}


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_jobs_as_hr_read_them(profiles, name):
    jobs = [
        (job.start[:7], job.end and job.end[:7], job.title, job.organization, job.public_service)
        for job in profiles[name].experience
    ]
    assert jobs == HR_READING[name][0]


@pytest.mark.parametrize("name", sorted(HR_READING))
def test_years_education_and_languages_as_hr_read_them(profiles, name):
    _, total, public, level, languages = HR_READING[name]
    profile = profiles[name]
    assert total_years(profile.experience, today=TODAY) == pytest.approx(total, abs=0.1)
    civil = total_years(profile.experience, public_only=True, today=TODAY)
    assert civil == pytest.approx(public, abs=0.1)
    levels = [entry.level for entry in profile.education if entry.level]
    assert max(levels, key=EDUCATION_LEVELS.index) == level
    assert {skill.code: skill.level for skill in profile.languages} == languages


def test_every_file_has_its_reading():
    assert sorted(FILES) == sorted(HR_READING)
