"""Education rows that a form or a CV prints beside other rows: the e-Qyzmet questionnaire's
label cells and fill-in date, an academic rank under a doctorate, a university known by its
acronym ("KAIST", "ҚазҰУ")."""

from nlp.profile import read_cv

EQYZMET = (
    "Білімі / Образование\tЖоғары, Қазақ гуманитарлық заң университеті, 2011, «Құқықтану» "
    "мамандығы, бакалавр\n"
    "Академиялық дәрежесі / Академическая степень\tМагистр юридических наук, 2013, Евразийский "
    "национальный университет им. Л.Н. Гумилева\n"
    "Мемлекеттік тілді білуі / Владение государственным языком\tЕркін / свободно (ҚАЗТЕСТ, C1, "
    "2021)\n"
    "Лауазымның функционалдық бағыттарына сәйкес салалардағы жұмыс өтілі / Стаж работы в "
    "областях, соответствующих функциональным направлениям конкретной должности\t15 лет\n"
    "Толтырылған күні / Дата заполнения\t01.10.2026\n"
)


def _entries(text: str, lang: str = "auto") -> list[tuple]:
    return [(e.level, e.field, e.institution, e.year) for e in read_cv(text, lang).education]


def test_eqyzmet_master_names_its_university_and_year_not_the_form():
    master = next(e for e in read_cv(EQYZMET).education if e.level == "master")
    assert master.institution == "Евразийский национальный университет им. Л.Н. Гумилева"
    assert master.year == 2013
    assert "должности" not in (master.field or "")


def test_doctorate_year_is_the_degree_not_the_academic_rank():
    text = (
        "ОБРАЗОВАНИЕ\n2009–2012 Евразийский национальный университет им. Л.Н. Гумилева, доктор "
        "философии (PhD) по специальности «Государственное и местное управление»\n"
        "Ученое звание: ассоциированный профессор (доцент), 2016 г.\n"
    )
    assert _entries(text, "ru") == [
        (
            "doctorate",
            "Государственное и местное управление",
            "Евразийский национальный университет им. Л.Н. Гумилева",
            2012,
        )
    ]


def test_kazakh_academic_title_year_is_no_graduation_year():
    text = (
        "БІЛІМІ\n2008–2011 Әл-Фараби атындағы Қазақ ұлттық университеті, экономика ғылымдарының "
        "кандидаты\nҒылыми атағы: доцент, 2015 ж.\n"
    )
    (entry,) = read_cv(text, "kk").education
    assert (entry.level, entry.year) == ("doctorate", 2011)


def test_university_by_acronym_after_a_comma():
    text = "EDUCATION\nBSc Computer Science, KAIST, Daejeon, South Korea 2013 – 2017\n"
    assert _entries(text, "en") == [("bachelor", "Computer Science", "KAIST", 2017)]


def test_kazakh_university_by_acronym():
    text = "Білімі\n2010–2014 Әл-Фараби атындағы ҚазҰУ, Құқықтану, бакалавр\n"
    assert _entries(text, "kk") == [("bachelor", "Құқықтану", "Әл-Фараби атындағы ҚазҰУ", 2014)]


def test_field_after_the_university_but_not_its_town():
    text = "Образование\n2006–2010 Высшее, КазНУ им. аль-Фараби, Алматы\n"
    assert _entries(text, "ru") == [("bachelor", None, "КазНУ им. аль-Фараби", 2010)]
