"""Personal-data spans for name-blind review: e-mail, phone, IIN, birth date, address, ..."""

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.personal_data import extract_personal_data
from nlp.profile import read_cv
from nlp.types import Section

VALID_IIN = "900312300123"  # check digit computed by hand in test_iin.py


def _found(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every span, in text order."""
    return [(p.kind, text[p.start : p.end]) for p in extract_personal_data(text)]


CV_RU = f"""РЕЗЮМЕ
Жумабаев Нурлан Серикович
Дата рождения: 12.03.1990
ИИН: {VALID_IIN}
Тел.: +7 701 123 45 67, 8 (7172) 55-66-77
E-mail: n.zhumabaev@mail.kz
Адрес: г. Астана, ул. Кенесары, д. 40, кв. 12
[Фото 3x4]
Опыт работы
09.2015 – 06.2019 Главный специалист
"""


def test_russian_cv_header_is_fully_covered():
    assert _found(CV_RU) == [
        ("name", "Жумабаев Нурлан Серикович"),
        ("birth_date", "12.03.1990"),
        ("iin", VALID_IIN),
        ("phone", "+7 701 123 45 67"),
        ("phone", "8 (7172) 55-66-77"),
        ("email", "n.zhumabaev@mail.kz"),
        ("address", "г. Астана, ул. Кенесары, д. 40, кв. 12"),
        ("photo", "[Фото 3x4]"),
    ]


def test_kazakh_cv_header():
    text = (
        "Жақсылықова Айгерім Қайратқызы\nТуған күні: 1992 жылы 5 наурызда\n"
        "Мекенжайы: Алматы қ., Абай даңғылы, 150\nТелефон: 8-777-555-44-33\nСурет\n"
    )
    assert _found(text) == [
        ("name", "Жақсылықова Айгерім Қайратқызы"),
        ("birth_date", "1992 жылы 5 наурызда"),
        ("address", "Алматы қ., Абай даңғылы, 150"),
        ("phone", "8-777-555-44-33"),
        ("photo", "Сурет"),
    ]


def test_english_cv_header():
    text = (
        "John Smith\nDate of birth: March 5, 1988\nAddress: 12 Abay Avenue, Astana\n"
        "Phone: +7(705)1234567 | john.smith@gmail.com\nPhoto: attached\n"
    )
    assert _found(text) == [
        ("name", "John Smith"),
        ("birth_date", "March 5, 1988"),
        ("address", "12 Abay Avenue, Astana"),
        ("phone", "+7(705)1234567"),
        ("email", "john.smith@gmail.com"),
        ("photo", "Photo: attached"),
    ]


@pytest.mark.parametrize(
    "phone",
    [
        "+7 701 123 45 67",
        "+77011234567",
        "8 701 123 45 67",
        "8(701)123-45-67",
        "8 (727) 250-10-20",
        "+7 (7172) 74-01-02",
        "+7-747-000-11-22",
        "8.701.123.45.67",
        "+49 30 1234567",
    ],
)
def test_phone_formats(phone):
    text = f"Контакты: {phone}, пишите"
    assert _found(text) == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "2015-2019 Главный специалист",
        "8.09.2015 – 30.06.2019",
        "01.09.2015 - 30.06.2019",
        "Приказ № 2019 от 15.03.2020",
        "8 лет опыта, 2015–2023",
        "Бюджет 870 000 000 тенге",
    ],
)
def test_years_and_dates_are_not_phones(text):
    assert "phone" not in {kind for kind, _ in _found(text)}


def test_iin_needs_a_valid_check_digit_unless_labelled():
    invalid = VALID_IIN[:11] + str((int(VALID_IIN[11]) + 1) % 10)
    assert _found(f"Номер {VALID_IIN}") == [("iin", VALID_IIN)]
    assert _found(f"Номер {invalid}") == []
    assert _found(f"ЖСН: {invalid}") == [("iin", invalid)]
    assert _found("Счет 1234567890123") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Дата рождения: 12.03.1990", "12.03.1990"),
        ("Дата рождения — 5 марта 1990 г.", "5 марта 1990 г."),
        ("Год рождения: 1985", "1985"),
        ("Туған күні: 05.03.1992", "05.03.1992"),
        ("Туған жылы: 1992 ж.", "1992 ж."),
        ("Date of birth: 12/03/1990", "12/03/1990"),
        ("DOB: 1 January 1991", "1 January 1991"),
        ("Born in 1988", "1988"),
        ("Возраст: 34 года", "34 года"),
        ("Туған күні: 1994 жылғы 17 мамыр", "1994 жылғы 17 мамыр"),
        ("Туған күні: 17 мамыр 1994 ж.", "17 мамыр 1994 ж."),
        ("Дата рождения: 17 мая 1994 г.", "17 мая 1994 г."),
        ("Дата рождения: 22 июля 1983 года", "22 июля 1983 года"),
        ("1994 ж. 17 мамырда туған", "1994 ж. 17 мамырда"),
        ("1990 года рождения", "1990 года"),
        ("2. Год, число и месяц рождения\t12.03.1985", "12.03.1985"),
        ("Число, месяц и год рождения: 5 марта 1990 г.", "5 марта 1990 г."),
        ("2. Туған жылы, күні, айы\t1985 жылғы 12 наурыз", "1985 жылғы 12 наурыз"),
        ("Туған жылы, айы, күні: 12.03.1985", "12.03.1985"),
    ],
)
def test_birth_date_forms(text, value):
    assert _found(text) == [("birth_date", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Адрес проживания: г. Шымкент, мкр. Нурсат, 12-45", "г. Шымкент, мкр. Нурсат, 12-45"),
        ("Мекенжайы: Астана қ., Сарыарқа ауданы", "Астана қ., Сарыарқа ауданы"),
        ("Address: Almaty, Dostyk ave. 5", "Almaty, Dostyk ave. 5"),
        ("г. Караганда, ул. Ерубаева, 15", "г. Караганда, ул. Ерубаева, 15"),
        ("Сейфуллин көшесі, 23, Астана", "Сейфуллин көшесі, 23, Астана"),
        ("пр. Абая 10, кв. 5", "пр. Абая 10, кв. 5"),
    ],
)
def test_address_forms(text, value):
    assert _found(text) == [("address", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Фото", "Фото"),
        ("[image: photo.jpg]", "[image: photo.jpg]"),
        ("![](media/image1.png)", "![](media/image1.png)"),
        ("Фотография 3х4 прилагается", "Фотография 3х4 прилагается"),
        ("Суреті қоса беріледі", "Суреті қоса беріледі"),
    ],
)
def test_photo_references(text, value):
    assert _found(text) == [("photo", value)]


def test_photoshop_is_no_photo():
    assert _found("Навыки: Adobe Photoshop, Фотошоп") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ИВАНОВ Иван Иванович\nЭкономист", "ИВАНОВ Иван Иванович"),
        ("Резюме\n\nСапарова Айгерим\n", "Сапарова Айгерим"),
        ("CURRICULUM VITAE\nAsel Nurlanovna Bekova\n", "Asel Nurlanovna Bekova"),
        ("Петров П.П.\nЮрист", "Петров П.П."),
        ("ФИО: Сейткали Ержан Болатулы", "Сейткали Ержан Болатулы"),
        ("ПОСЛУЖНОЙ СПИСОК\nФамилия, имя, отчество: Ким Александр", "Ким Александр"),
        ("ҚЫЗМЕТТІК ТІЗІМ\nТегі, аты, әкесінің аты: Ким Александр", "Ким Александр"),
        ("Резюме\nАты-жөні: Ким Александр", "Ким Александр"),
        ("Фамилия, имя, отчество\tКим Александр", "Ким Александр"),
    ],
)
def test_name_at_the_top(text, name):
    assert ("name", name) in _found(text)


def test_bilingual_name_line_gives_both_forms():
    text = (
        "РЕЗЮМЕ / ТҮЙІНДЕМЕ\n\nБайжанов Тимур Канатович / Байжанов Тимур Қанатұлы\n"
        "Дата рождения / Туған күні: 08.06.1991\n"
    )
    assert _found(text)[:2] == [
        ("name", "Байжанов Тимур Канатович"),
        ("name", "Байжанов Тимур Қанатұлы"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Ахметова Динара Серикбаевна",
        "Сергеев Петр Андреевич",
        "Кузьмина Ольга Ильинична",
        "Серікбаев Данияр Асқарұлы",
        "Омарова Айгерім Бақытжанқызы",
        "Сейткали Ержан Болатулы",
        "Нурланова Асель Болаткызы",
        "Serikbayev Daniyar Askaruly",
        "Omarova Aigerim Bakytzhanqyzy",
        "Асель Нурлановна Бекова",
    ],
)
def test_name_with_patronymic_anywhere_in_the_personal_section(name):
    text = (
        "РЕЗЮМЕ\nна должность главного специалиста\nТел.: +7 701 123 45 67\nг. Астана\n"
        f"Кандидат — {name}\nОпыт работы\n2015-2019 Главный специалист\n"
    )
    sections = (
        Section("personal", 0, text.index("Опыт")),
        Section("experience", text.index("Опыт"), len(text)),
    )
    found = extract_personal_data(text, sections)
    assert ("name", name) in [(p.kind, text[p.start : p.end]) for p in found]


@pytest.mark.parametrize(
    "text",
    ["Curriculum Vitae\nОпыт работы", "Главный Специалист\n", "Республика Казахстан, Астана"],
)
def test_headings_are_not_names(text):
    assert "name" not in {kind for kind, _ in _found(text)}


def test_spacy_component_sets_personal_data():
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    nlp = spacy.blank("ru")
    nlp.add_pipe("recruit_personal_data")
    doc = nlp(CV_RU)
    kinds = [p.kind for p in doc._.personal_data]
    assert kinds == ["name", "birth_date", "iin", "phone", "phone", "email", "address", "photo"]


@pytest.mark.parametrize(
    "title",
    [
        "ПОСЛУЖНОЙ СПИСОК",
        "ҚЫЗМЕТТІК ТІЗІМ",
        "ЛИЧНЫЙ ЛИСТОК ПО УЧЕТУ КАДРОВ",
        "ЖЕКЕ ПАРАҚ",
        "РЕЗЮМЕ",
        "ТҮЙІНДЕМЕ",
        "CURRICULUM VITAE",
        "АВТОБИОГРАФИЯ",
    ],
)
def test_a_form_title_is_no_name_and_the_name_below_it_is(title):
    text = f"{title}\nАбенов Ерлан\nг. Караганда\n"
    assert [value for kind, value in _found(text) if kind == "name"] == ["Абенов Ерлан"]


@pytest.mark.parametrize(
    ("rows", "names"),
    [
        (
            "1. Фамилия\tСейтказиева\nИмя\tГульнара\nОтчество\tБакытовна",
            ["Сейтказиева", "Гульнара", "Бакытовна"],
        ),
        ("Фамилия: Ким\nИмя: Александр", ["Ким", "Александр"]),
        (
            "1. Тегі\tЖұмабекова\nАты\tАйгүл\nӘкесінің аты\tСерікқызы",
            ["Жұмабекова", "Айгүл", "Серікқызы"],
        ),
    ],
)
def test_the_values_of_name_rows_are_names_and_their_labels_are_not(rows, names):
    text = f"ЛИЧНЫЙ ЛИСТОК ПО УЧЕТУ КАДРОВ\n{rows}\n3. Образование\tвысшее\n"
    assert [value for kind, value in _found(text) if kind == "name"] == names


def test_a_surname_from_a_name_row_is_redacted_where_it_is_mentioned_again():
    text = "1. Фамилия\tСейтказиева\nИмя\tГульнара\n\nЛичную подпись ставлю: Сейтказиева Г.\n"
    names = [p for p in extract_personal_data(text) if p.kind == "name"]
    assert [text[p.start : p.end] for p in names] == ["Сейтказиева", "Гульнара", "Сейтказиева"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Мужчина, 37 лет, родился 14 мая 1989",
            [("sex", "Мужчина"), ("birth_date", "37 лет"), ("sex", "родился")],
        ),
        (
            "Женщина, 31 год, родилась 2 марта 1995",
            [("sex", "Женщина"), ("birth_date", "31 год"), ("sex", "родилась")],
        ),
        ("Женщина, 29 лет", [("sex", "Женщина"), ("birth_date", "29 лет")]),
        ("Ер, 33 жас, 1993 жылғы 5 қазанда туған", [("sex", "Ер"), ("birth_date", "33 жас")]),
        ("Әйел, 29 жас", [("sex", "Әйел"), ("birth_date", "29 жас")]),
        (
            "Male, 37 years old, born on 14 May 1989",
            [("sex", "Male"), ("birth_date", "37 years old")],
        ),
        ("Пол: мужской", [("sex", "мужской")]),
        ("Жынысы: әйел", [("sex", "әйел")]),
        ("Gender: female", [("sex", "female")]),
    ],
)
def test_the_sex_and_age_of_an_hh_header_are_personal_data(line, expected):
    found = _found(f"Нурланов Ерлан Маратович\n{line}\n+7 (701) 234-56-78\n")
    assert all(item in found for item in expected)


def test_nothing_but_commas_of_an_hh_header_line_is_left_uncovered():
    text = "Нурланов Ерлан Маратович\nМужчина, 37 лет, родился 14 мая 1989\n"
    covered = {i for p in extract_personal_data(text) for i in range(p.start, p.end)}
    shown = [ch for i, ch in enumerate(text) if i not in covered]
    assert "".join(shown).split() == [",", ","]


LINKEDIN = (
    "Contact\nmadina.zhaksylykova@gmail.com\n"
    "www.linkedin.com/in/madina-zhaksylykova-3b2a1 (LinkedIn)\n"
    "Top Skills\nPublic Policy\nProject Management\nLanguages\nEnglish (Full Professional)\n"
    "Certifications\nGoogle Data Analytics\nMadina Zhaksylykova\n"
    "Deputy Director, Department of Digitalization\nAstana, Kazakhstan\nSummary\n"
)


def test_a_linkedin_profile_address_and_the_name_it_spells_are_personal_data():
    found = _found(LINKEDIN)
    assert ("link", "www.linkedin.com/in/madina-zhaksylykova-3b2a1") in found
    assert [value for kind, value in found if kind == "name"] == ["Madina Zhaksylykova"]


def test_a_sidebar_line_that_does_not_spell_the_profile_address_is_no_name():
    text = LINKEDIN.replace("madina-zhaksylykova-3b2a1", "arman-tulegenov")
    assert "name" not in {kind for kind, _ in _found(text)}


def test_a_phone_with_the_country_code_in_brackets():
    assert _found("Phone number: (+7) 7012345678 (Mobile)") == [("phone", "(+7) 7012345678")]
    assert "phone" not in {kind for kind, _ in _found("Срок: (+7) 30.06.2015 - 30.06.2019")}


def test_the_email_address_label_gives_an_email_and_no_address():
    text = "Email address: a.bekova@mail.kz\nAddress: Mangilik El avenue 55, Astana"
    assert _found(text) == [
        ("email", "a.bekova@mail.kz"),
        ("address", "Mangilik El avenue 55, Astana"),
    ]
    assert _found("Адрес: a.bekova@mail.kz") == [("email", "a.bekova@mail.kz")]


def test_a_whole_europass_cv_hides_the_bracketed_phone_and_reads_the_email_once():
    text = (
        "europass\nAigerim Bekova\nDate of birth: 14/05/1994 Nationality: Kazakh\n"
        "Phone number: (+7) 7012345678 (Mobile) Email address: a.bekova@mail.kz\n"
        "Address: Mangilik El avenue 55, 010000, Astana, Kazakhstan (Home)\n"
        "WORK EXPERIENCE\n01/09/2019 – CURRENT Astana, Kazakhstan\n"
        "CHIEF EXPERT – MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN\n"
    )
    found = [(p.kind, text[p.start : p.end]) for p in read_cv(text).personal_data]
    assert ("phone", "(+7) 7012345678") in found
    assert [kind for kind, value in found if value == "a.bekova@mail.kz"] == ["email"]
