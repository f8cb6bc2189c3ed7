"""Unfinished studies ("Неоконченное высшее", "Аяқталмаған жоғары", "Студент 4 курса",
"currently enrolled") hold no degree: the level is unknown, so the education rule asks HR,
while the institution and the field are still read."""

from datetime import date

import pytest

from nlp.eligibility import check
from nlp.profile import read_cv
from nlp.vacancy import Vacancy


def _entries(text: str, lang: str = "ru") -> list[tuple]:
    return [(e.level, e.field, e.institution, e.year) for e in read_cv(text, lang).education]


@pytest.mark.parametrize(
    ("text", "lang", "field", "institution"),
    [
        (
            "Образование\n2019-2022 Неоконченное высшее, КазНУ им. аль-Фараби, Юриспруденция\n",
            "ru",
            "Юриспруденция",
            "КазНУ им. аль-Фараби",
        ),
        (
            "Образование\n2019-2022 незаконченное высшее, КазНУ им. аль-Фараби, Юриспруденция\n",
            "ru",
            "Юриспруденция",
            "КазНУ им. аль-Фараби",
        ),
        (
            "Білімі\nАяқталмаған жоғары, Әл-Фараби атындағы ҚазҰУ, Құқықтану, 2021-2023\n",
            "kk",
            "Құқықтану",
            "Әл-Фараби атындағы ҚазҰУ",
        ),
        (
            "Education\nIncomplete higher education, KIMEP University, Economics, 2020-2022\n",
            "en",
            "Economics",
            "KIMEP University",
        ),
        (
            "Образование\nСтудент 4 курса, КазНУ им. аль-Фараби, бакалавриат, Юриспруденция "
            "(2022 - н.в.)\n",
            "ru",
            "Юриспруденция",
            "КазНУ им. аль-Фараби",
        ),
        (
            "Образование\nстудентка 3 курса, Евразийский национальный университет, бакалавр, "
            "специальность «Экономика»\n",
            "ru",
            "Экономика",
            "Евразийский национальный университет",
        ),
        (
            "Образование\n2015-2017 Магистратура (не завершена), ЕНУ, Юриспруденция\n",
            "ru",
            "Юриспруденция",
            "ЕНУ",
        ),
        (
            "Образование\nмагистрант (обучаюсь), ЕНУ, специальность «Юриспруденция»\n",
            "ru",
            "Юриспруденция",
            "ЕНУ",
        ),
        (
            "Білімі\n3-курс студенті, Л.Н. Гумилев атындағы Еуразия ұлттық университеті, "
            "«Экономика» мамандығы, бакалавр\n",
            "kk",
            "Экономика",
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
        ),
        (
            "Білімі\n2025 – қазіргі уақытқа дейін  Академия правосудия, магистратура "
            "(оқып жатырмын), «Құқықтану»\n",
            "kk",
            "Құқықтану",
            "Академия правосудия",
        ),
        (
            "Education\nBachelor of Economics, Nazarbayev University, currently enrolled\n",
            "en",
            "Economics",
            "Nazarbayev University",
        ),
        (
            "Education\nBSc Computer Science, KBTU, expected graduation 2027\n",
            "en",
            "Computer Science",
            "KBTU",
        ),
    ],
)
def test_unfinished_studies_have_no_level_but_keep_school_and_field(text, lang, field, institution):
    assert _entries(text, lang) == [(None, field, institution, None)]


def test_a_finished_degree_beside_unfinished_studies_keeps_its_level():
    text = (
        "Образование\n2010-2014 КазНУ им. аль-Фараби, бакалавр, специальность «Экономика»\n"
        "2015-2017 Магистратура (не завершена), ЕНУ, Юриспруденция\n"
    )
    assert _entries(text) == [
        ("bachelor", "Экономика", "КазНУ им. аль-Фараби", 2014),
        (None, "Юриспруденция", "ЕНУ", None),
    ]


def _education_rule(text: str, lang: str, need: str):
    vacancy = Vacancy(title="Главный эксперт", education_min=need, deadline=date(2026, 12, 1))
    return next(r for r in check(read_cv(text, lang), vacancy).rules if r.rule == "education")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Образование\n2019-2022 Неоконченное высшее, КазНУ им. аль-Фараби, Юриспруденция\n", "ru"),
        ("Білімі\nАяқталмаған жоғары, Әл-Фараби атындағы ҚазҰУ, Құқықтану, 2021-2023\n", "kk"),
        ("Education\nIncomplete higher education, KIMEP University, Economics, 2020-2022\n", "en"),
    ],
)
def test_unfinished_higher_education_is_left_to_hr_not_passed(text, lang):
    assert _education_rule(text, lang, "bachelor").outcome == "needs_review"


def test_unfinished_master_beside_a_bachelor_meets_a_bachelor_minimum():
    text = (
        "Образование\n2010-2014 КазНУ им. аль-Фараби, бакалавр, специальность «Экономика»\n"
        "2015-2017 Магистратура (не завершена), ЕНУ, Юриспруденция\n"
    )
    assert _education_rule(text, "ru", "bachelor").outcome == "pass"
    assert _education_rule(text, "ru", "master").outcome == "needs_review"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Образование\n2018–2021   КазНУ им. аль-Фараби\n"
            "            PhD докторантура по специальности «Экономика», не защитил\n"
            "2014–2016   КарГУ им. Е.А. Букетова, магистр экономических наук\n",
            "ru",
        ),
        (
            "Образование\n2018–2021 PhD докторантура, КазНУ им. аль-Фараби, без защиты "
            "диссертации\n2014–2016 КарГУ им. Е.А. Букетова, магистр экономических наук\n",
            "ru",
        ),
        (
            "Білімі\n2018–2021   Әл-Фараби атындағы ҚазҰУ, PhD докторантура, «Экономика»\n"
            "            (оқу аяқталды, диссертация қорғалмады)\n"
            "2014–2016   Е.А. Бөкетов атындағы ҚарМУ, экономика магистрі\n",
            "kk",
        ),
        (
            "Білімі\n2018–2021 Әл-Фараби атындағы ҚазҰУ, PhD докторантура, диссертацияны "
            "қорғамаған\n2014–2016 Е.А. Бөкетов атындағы ҚарМУ, экономика магистрі\n",
            "kk",
        ),
        (
            "Education\n2018 – 2021  Nazarbayev University, PhD in Economics — did not complete\n"
            "2014 – 2016  KIMEP University, Master of Arts in Economics\n",
            "en",
        ),
        (
            "Education\n2018 – 2021  Nazarbayev University, PhD in Economics (withdrew after "
            "the 2nd year)\n2014 – 2016  KIMEP University, Master of Arts in Economics\n",
            "en",
        ),
    ],
)
def test_a_doctorate_not_defended_or_left_is_not_the_highest_level(text, lang):
    # QA pass I: "не защитила", "диссертация қорғалмады" and "did not complete (left after the
    # 2nd semester)" were read as a finished doctorate or master.
    assert [level for level, *_ in _entries(text, lang)] == [None, "master"]
    assert _education_rule(text, lang, "master").outcome == "pass"
