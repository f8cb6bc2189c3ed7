"""Counterfactual fairness: changing only personal data or sex markers changes no score at all."""

from pathlib import Path

import pytest

from nlp.iin import check_digit
from nlp.rank import Applicant, CandidateRanker
from nlp.vacancy import Translation, load_vacancy
from tests.nlp.test_rank import build_profile, make_vacancy

DATA = Path(__file__).parent / "data" / "ranking"


def iin(birth: str, century_sex: str, serial: str = "0012") -> str:
    """A valid IIN (check digit computed) for a YYMMDD birth date and century/sex digit."""
    first11 = birth + century_sex + serial
    return first11 + str(check_digit(first11))


TEMPLATE = (
    "{name}\n{sex}\nДата рождения: {birth}\nИИН: {iin}\nАдрес: {address}\n{photo}\n"
    "Семейное положение: {marital}\n"
    "Опыт работы\n2019 – 2025 Министерство финансов, главный эксперт.\n"
    "{verb} отчётность: SQL-запросы и дашборды Power BI.\n"
    "Навыки\nPower BI, SQL, Excel, Python\n"
)
PEOPLE = [
    dict(
        name="Сериков Ерлан Маратович",
        sex="Пол: мужской",
        birth="14.03.1991",
        iin=iin("910314", "3"),
        address="г. Астана, ул. Кенесары, 40",
        photo="Фото: есть",
        marital="женат",
        verb="Автоматизировал",
    ),
    dict(
        name="Ким Анна",
        sex="Пол: женский",
        birth="02.11.1968",
        iin=iin("681102", "4", "0457"),
        address="г. Шымкент, мкр. Нурсат, 112, кв. 9",
        photo="[фотография 3×4]",
        marital="замужем, двое детей",
        verb="Автоматизировала",
    ),
]
PERSONAL_KINDS = {
    "name": "name",
    "birth": "birth_date",
    "iin": "iin",
    "address": "address",
    "photo": "photo",
}
OTHERS = [
    "Опыт работы\nГотовил отчёты в Excel.\nНавыки\nExcel, Power BI\n",
    "Опыт работы\nВёл делопроизводство.\nНавыки\nCanva\n",
]


def applicant(person: dict) -> Applicant:
    """The templated CV of one person; personal data spans marked as a reader would."""
    text = TEMPLATE.format(**person)
    personal = [(kind, person[key]) for key, kind in PERSONAL_KINDS.items()]
    return Applicant(build_profile(text, personal=personal), text)


def numbers(score) -> tuple:
    """Everything numeric a commission sees: total, band, components, contributions."""
    return score.total, score.band, score.components, score.contributions


def pool_scores(first: Applicant, vacancy) -> list[tuple]:
    """Scores of a pool made of ``first`` plus fixed other applicants."""
    others = [Applicant(build_profile(t), t) for t in OTHERS]
    group = [first, *others]
    return [numbers(s) for s in CandidateRanker(vacancy).fit(group).score_applicants(group)]


@pytest.mark.parametrize(
    "field", ["name", "sex", "birth", "iin", "address", "photo", "marital", "verb"]
)
def test_changing_one_personal_attribute_changes_no_score(field):
    baseline = pool_scores(applicant(PEOPLE[0]), make_vacancy())
    changed = pool_scores(applicant({**PEOPLE[0], field: PEOPLE[1][field]}), make_vacancy())
    assert changed == baseline


def test_changing_every_personal_attribute_at_once_changes_no_score():
    assert pool_scores(applicant(PEOPLE[1]), make_vacancy()) == pool_scores(
        applicant(PEOPLE[0]), make_vacancy()
    )


def test_a_name_that_redaction_missed_still_changes_nothing():
    first = applicant(PEOPLE[0])
    missed = first.text.replace("Сериков Ерлан Маратович", "Жұмабаев Дәулет")
    profile = build_profile(missed, personal=[("birth_date", PEOPLE[0]["birth"])])
    assert pool_scores(Applicant(profile, missed), make_vacancy()) == pool_scores(
        first, make_vacancy()
    )


def test_the_stored_score_does_change_when_skills_do():
    first = applicant(PEOPLE[0])
    fewer = first.text.replace("Power BI, SQL, Excel, Python", "Excel")
    weaker = Applicant(build_profile(fewer, personal=[("name", PEOPLE[0]["name"])]), fewer)
    assert pool_scores(weaker, make_vacancy())[0] != pool_scores(first, make_vacancy())[0]


def test_real_reader_counterfactual_on_a_judged_cv():
    from nlp.profile import read_cv

    vacancy = load_vacancy(DATA / "vacancy.json")
    judged = (DATA / "cvs" / "ru_analyst_ministry.txt").read_text(encoding="utf-8")
    birth_line = "Дата рождения: 14.03.1991\n"
    original = judged.replace(
        birth_line, f"{birth_line}ИИН: {iin('910314', '3')}\nПол: мужской\nФото: прилагается\n"
    )
    variant = (
        judged.replace(
            birth_line,
            f"Дата рождения: 27.09.1979\nИИН: {iin('790927', '4')}\n"
            "Пол: женский\nСемейное положение: замужем\n",
        )
        .replace("Сериков Ерлан Маратович", "Серикова Айжан Маратовна")
        .replace("Разработал", "Разработала")
        .replace("Автоматизировал", "Автоматизировала")
        .replace("Внедрил", "Внедрила")
        .replace("ул. Кенесары, 40", "пр. Мангилик Ел, 8, кв. 120")
    )
    other = (DATA / "cvs" / "ru_economist_excel.txt").read_text(encoding="utf-8")
    results = []
    for text in (original, variant):
        group = [Applicant(read_cv(text), text), Applicant(read_cv(other), other)]
        results.append(
            [numbers(s) for s in CandidateRanker(vacancy).fit(group).score_applicants(group)]
        )
    assert results[0] == results[1]


RU_CV = (
    "Опыт работы\nГотовил аналитические отчёты для руководства, разрабатывал дашборды "
    "Power BI, писал SQL-запросы к базам данных.\nНавыки\nPower BI, SQL, Excel\n"
)
KK_CV = (
    "Жұмыс тәжірибесі\nБасшылыққа талдамалық есептер дайындадым, Power BI дашбордтарын "
    "әзірледім, дерекқорларға SQL сұраныстарын жаздым.\nДағдылар\nPower BI, SQL, Excel\n"
)
KK_ANNOUNCEMENT = Translation(
    "kk",
    "Деректерді талдау бөлімінің бас сарапшысы",
    (
        "Талдамалық есептер мен Power BI дашбордтарын дайындау",
        "Есептілікті автоматтандыру, дерекқорларға SQL сұраныстары",
    ),
)


def test_writing_the_cv_in_kazakh_does_not_lower_fit_when_the_announcement_is_bilingual():
    group = [
        Applicant(build_profile(RU_CV), RU_CV),
        Applicant(build_profile(KK_CV, language="kk"), KK_CV),
    ]
    ranker = CandidateRanker(make_vacancy(translations=(KK_ANNOUNCEMENT,))).fit(group)
    ru, kk = ranker.score_applicants(group)
    assert kk.explanation["fit"]["announcement_language"] == "kk"
    assert ru.explanation["fit"]["announcement_language"] == "ru"
    assert abs(ru.components["fit"] - kk.components["fit"]) < 0.1
    assert ru.components["skills"] == kk.components["skills"]
