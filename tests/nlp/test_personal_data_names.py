"""Names for name-blind review: at the top of a CV, beside a label, in both languages of a
bilingual line, in the personal section, in the name rows of an official form, and not in
headings or form titles."""

import pytest

from nlp.components.personal_data import extract_personal_data
from nlp.types import Section
from tests.nlp.test_personal_data import _found


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
    assert [text[p.start : p.end] for p in names] == ["Сейтказиева", "Гульнара", "Сейтказиева Г."]


# A former (maiden) surname in brackets after the surname was left out, and the surname with
# it: "Кравченко (Қасымова)" stood unhidden before a name-blind commission.
@pytest.mark.parametrize(
    "name",
    [
        "Кравченко (Қасымова) Ирина Сергеевна",
        "Жақсылықова (урожд. Ахметова) Мадина Ерланқызы",
        "Zhaksylykova (née Akhmetova) Madina",
    ],
)
def test_a_former_surname_in_brackets_is_part_of_the_name(name):
    text = f"РЕЗЮМЕ\n\n{name}\nТелефон: +7 701 111 22 33\n"
    assert ("name", name) in _found(text)
