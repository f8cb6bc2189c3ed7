"""CVs of candidates for corps "A" posts, read as an HR officer reads them: each post with its
employer, the years of civil service and the years in managerial posts."""

import pytest

from nlp.eligibility.experience import managerial_years
from nlp.profile import read_cv

RU_MINISTRY = """ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ
08.2000 – 05.2004  Главный специалист юридического отдела, Акимат Алматинской области
05.2004 – 11.2008  Начальник отдела правового обеспечения, Департамент юстиции Алматинской области
11.2008 – 03.2013  Заместитель директора Департамента законодательства, Министерство юстиции \
Республики Казахстан
09.2017 – 12.2020  Вице-министр юстиции Республики Казахстан
01.2021 – 12.2024  Советник Председателя, АО «Фонд национального благосостояния «Самрук-Қазына»
"""
KK_AKIMAT = """ЕҢБЕК ЖОЛЫ
2005 ж. қыркүйек – 2008 ж. мамыр – Астана қаласы әкімдігінің экономика басқармасының жетекші маманы
2011 ж. қыркүйек – 2015 ж. қаңтар – Стратегиялық жоспарлау департаментінің бөлім басшысы, Ұлттық \
экономика министрлігі
2020 ж. қаңтар – 2024 ж. желтоқсан – Ақмола облысы әкімінің орынбасары
"""
EN_LINKEDIN = """Aidar Bekov
WORK EXPERIENCE
Deputy Chairman of the Committee for Information Security
Ministry of Digital Development, Innovation and Aerospace Industry
March 2020 – December 2024 | Astana
Head of Cybersecurity Division
Ministry of Defence and Aerospace Industry
June 2016 – February 2020 | Astana
Network Engineer
Beeline Kazakhstan
2008 – 2011
"""
RU_HR = """Опыт работы:
2014-2018 — руководитель отдела управления персоналом ТОО «КарМет»
2018-2022 — HR-директор, АО «Евразийская группа»
"""


@pytest.mark.parametrize(
    ("text", "total", "public", "managerial"),
    [
        # months counted with both ends, an overlap once: 240, 192 public, 147 managerial
        (RU_MINISTRY, 20.0, 16.0, 12.2),
        (KK_AKIMAT, 11.2, 11.2, 8.4),
        (EN_LINKEDIN, 12.6, 8.6, 8.6),
        # years alone shared by two jobs: read from mid-year, the handover year once
        (RU_HR, 8.0, 0.0, 8.0),
    ],
    ids=["ru-vice-minister", "kk-deputy-akim", "en-linkedin", "ru-company-heads"],
)
def test_years_of_work_of_civil_service_and_in_managerial_posts(text, total, public, managerial):
    profile = read_cv(text)
    assert (profile.experience_years, profile.public_service_years) == (total, public)
    assert managerial_years(profile) == managerial


def test_a_minister_or_akim_named_without_an_employer_holds_a_civil_service_post():
    ru = read_cv(RU_MINISTRY).experience[3]
    assert (ru.title, ru.organization, ru.public_service) == (
        "Вице-министр юстиции Республики Казахстан",
        None,
        True,
    )
    kk = read_cv(KK_AKIMAT).experience[2]
    assert (kk.title, kk.public_service) == ("Ақмола облысы әкімінің орынбасары", True)


def test_linkedin_prints_each_post_over_its_employer():
    jobs = [(e.title, e.organization) for e in read_cv(EN_LINKEDIN).experience]
    assert jobs == [
        (
            "Deputy Chairman of the Committee for Information Security",
            "Ministry of Digital Development, Innovation and Aerospace Industry",
        ),
        ("Head of Cybersecurity Division", "Ministry of Defence and Aerospace Industry"),
        ("Network Engineer", "Beeline Kazakhstan"),
    ]


# QA pass Q: a chairman, an akim or a minister named with the body they head, on a line of its
# own, is the post, not the employer.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ\n01.2018 – 07.2021\nПредседатель Комитета по статистике "
            "Министерства национальной экономики Республики Казахстан\n",
            "Председатель Комитета по статистике Министерства национальной экономики "
            "Республики Казахстан",
        ),
        (
            "ОПЫТ РАБОТЫ\nМарт 2016 – июль 2019\nАким Бухар-Жырауского района Карагандинской "
            "области\n",
            "Аким Бухар-Жырауского района Карагандинской области",
        ),
        (
            "ЕҢБЕК ЖОЛЫ\n2023 ж. наурыз – 2025 ж. қаңтар\nҚазақстан Республикасы Ауыл "
            "шаруашылығы министрлігінің Ветеринариялық бақылау және қадағалау комитеті\n"
            "Комитет төрағасы\n",
            "Комитет төрағасы",
        ),
        (
            "PROFESSIONAL EXPERIENCE\nVice Minister of Digital Development of the Republic of "
            "Kazakhstan\nSep 2023 – Jan 2025\n\nMinistry of Finance of the Republic of "
            "Kazakhstan\nChief Expert\nJun 2017 – Aug 2023\n",
            "Vice Minister of Digital Development of the Republic of Kazakhstan",
        ),
    ],
    ids=["ru-committee-chairman", "ru-district-akim", "kk-committee-chairman", "en-vice-minister"],
)
def test_the_head_of_a_body_named_on_its_own_line_is_a_managerial_civil_service_post(text, title):
    job = read_cv(text).experience[0]
    assert (job.title, job.public_service) == (title, True)
    assert managerial_years(read_cv(text)) > 1.0
