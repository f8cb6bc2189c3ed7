"""Personal-data spans for name-blind review: e-mail, phone, IIN, birth date, address, photo and
the spaCy component. Names are in test_personal_data_names.py; hh.kz, LinkedIn and Europass
headers in test_personal_data_exports.py."""

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.personal_data import extract_personal_data

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


def test_twelve_digits_are_an_iin_whatever_their_check_digit():
    invalid = VALID_IIN[:11] + str((int(VALID_IIN[11]) + 1) % 10)
    assert _found(f"Номер {VALID_IIN}") == [("iin", VALID_IIN)]
    assert _found(f"Номер {invalid}") == [("iin", invalid)]
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


def test_spacy_component_sets_personal_data():
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    nlp = spacy.blank("ru")
    nlp.add_pipe("recruit_personal_data")
    doc = nlp(CV_RU)
    kinds = [p.kind for p in doc._.personal_data]
    assert kinds == ["name", "birth_date", "iin", "phone", "phone", "email", "address", "photo"]


@pytest.mark.parametrize(
    "address", ["Romeo.O'Connell@yahoo.com", "tatyana.d’amore@zsaw.biz", "aO'Conner@dl.info"]
)
def test_an_email_address_with_an_apostrophe_is_hidden_whole(address):
    # "Romeo.O'" was left visible before the part after the apostrophe
    text = f"Aigerim Bekova\nAnalyst\nEmail: {address}\n"
    assert ("email", address) in _found(text)
