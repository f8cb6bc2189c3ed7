"""Jobs exported as labelled lines by the state labour exchange enbek.kz ("Период работы:",
"Должность:", "Организация:"), in Russian, Kazakh and English, below or above the dates: the
labelled lines give the post and the employer, and civil service follows the employer."""

from datetime import date

import pytest

from nlp.components.periods import total_years
from nlp.profile import read_cv

ENBEK_RU = """Опыт работы

Период работы: 01.07.2022 - по настоящее время
Должность: Инженер-землеустроитель
Организация: ТОО «ГеоКадастр Юг»
Обязанности: Подготовка землеустроительных проектов, работа в AutoCAD.

Период работы: 01.03.2016 - 31.12.2019
Организация: ГУ «Отдел земельных отношений города Шымкент»
Должность: Ведущий специалист
Обязанности: Рассмотрение заявлений, подготовка проектов постановлений акимата.
"""

ENBEK_KK = """Жұмыс тәжірибесі

Жұмыс кезеңі: 01.01.2020 - 15.06.2022
Лауазымы: Бас маман
Ұйым: Шымкент қаласының жер қатынастары басқармасы
Міндеттері: Жерді пайдалануды бақылау.

Жұмыс кезеңі: 01.09.2010 - 29.02.2016
Лауазымы: Техник
Жұмыс орны: «Жер кадастры орталығы» РМК
"""

# The labels above the dates, and no blank line between the jobs.
LABELS_ABOVE_EN = """WORK EXPERIENCE
Position: Chief Expert
Employer: Agency for Strategic Planning and Reforms of the Republic of Kazakhstan
Period: 03.2019 - 12.2022
Position: Analyst
Company: Kaspi Bank JSC
Period: 01.2016 - 02.2019
"""


def _jobs(text, lang):
    """(title, employer, civil service, start) of each job ``read_cv`` finds."""
    return [
        (e.title, e.organization, e.public_service, e.start) for e in read_cv(text, lang).experience
    ]


@pytest.mark.parametrize(
    "text, lang, jobs",
    [
        (ENBEK_RU, "ru", [
            ("Инженер-землеустроитель", "ТОО «ГеоКадастр Юг»", False, "2022-07"),
            ("Ведущий специалист", "ГУ «Отдел земельных отношений города Шымкент»", True,
             "2016-03"),
        ]),
        (ENBEK_KK, "kk", [
            ("Бас маман", "Шымкент қаласының жер қатынастары басқармасы", True, "2020-01"),
            ("Техник", "«Жер кадастры орталығы» РМК", False, "2010-09"),
        ]),
        (LABELS_ABOVE_EN, "en", [
            ("Chief Expert",
             "Agency for Strategic Planning and Reforms of the Republic of Kazakhstan", True,
             "2019-03"),
            ("Analyst", "Kaspi Bank JSC", False, "2016-01"),
        ]),
    ],
)  # fmt: skip
def test_labelled_lines_give_the_post_and_the_employer(text, lang, jobs):
    assert _jobs(text, lang) == jobs


def test_labelled_state_jobs_count_as_public_service_years():
    profile = read_cv(ENBEK_RU, "ru")
    years = total_years(profile.experience, public_only=True, today=date(2026, 11, 1))
    assert years == 3.8


def test_the_label_of_the_dates_is_not_the_title():
    text = "Опыт работы\n\nПериод работы: 01.03.2016 - 31.12.2019\nГУ «Отдел образования»\n"
    (job,) = read_cv(text, "ru").experience
    assert job.title != "Период работы"
