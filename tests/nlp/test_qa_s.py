"""QA pass S: what a name-blind commission must never see. Ten invented CVs
(``tests/nlp/data/qa_s``) and, written before the engine was run on them, every span a
redactor must hide (the candidate's name in every form, referees, relatives, signatures,
contacts, birth data, documents) and the spans a commission needs (posts, employers, places
of work) that must stay visible; see the README there."""

from pathlib import Path

import pytest

from nlp.components.personal_data import extract_personal_data
from nlp.profile import read_cv
from tests.nlp.qa_redaction import folder_tests, hidden_texts

_DATA = Path(__file__).parent / "data" / "qa_s"
test_hidden, test_kept_visible = folder_tests(_DATA, files=False)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "РЕКОМЕНДАЦИИ\nСапаров Ерлан Болатович, руководитель отдела, ГУ «Аппарат акима"
            " города», тел. +7 702 333 44 55\nА.Б. Касымова, заместитель акима района\n",
            ["Сапаров Ерлан Болатович", "А.Б. Касымова"],
        ),
        ("Рекомендатели:\n1. Абенов Марат – начальник управления\n", ["Абенов Марат"]),
        ("ҰСЫНЫМ БЕРУШІЛЕР\nД.Қ. Омарова, бөлім басшысы\n", ["Д.Қ. Омарова"]),
        (
            "REFERENCES\n- Dr. Aigul Bekova, Professor\nJohn Smith (Head of Unit)\n",
            ["Aigul Bekova", "John Smith"],
        ),
        ("Рекомендации: Бекова А.К., судья\n", ["Бекова А.К."]),
    ],
)
def test_referees_names_are_hidden_and_their_posts_are_not(text, names):
    hidden = hidden_texts(text)
    assert all(name in hidden for name in names), hidden
    assert not any(word in " ".join(hidden) for word in ("руководитель", "Professor", "судья"))


@pytest.mark.parametrize(
    "text",
    [
        "REFERENCES\nReferences available upon request\n",
        "ҰСЫНЫМ БЕРУШІЛЕР\nҰсынымдар сұрау бойынша беріледі\n",
        "РЕКОМЕНДАЦИИ\nГлавный специалист, ГУ «Аппарат акима»\n",
        "Рекомендации\nТОО Альфа Строй, директор\n",
        # a name after the references section is no referee
        "РЕКОМЕНДАЦИИ\nпо запросу\nОПЫТ РАБОТЫ\nМинистерство Финансов, эксперт\n",
    ],
)
def test_no_name_in_a_references_section_hides_nothing(text):
    assert hidden_texts("ФИО: Иванов Иван\n\n" + text) == ["Иванов Иван"]


def test_a_town_with_its_abbreviation_at_the_top_is_no_initials_first_name():
    assert hidden_texts("Г. Караганда\nЭкономист\n") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Главный эксперт\n\nПодпись: А.П. Иванова\n", "А.П. Иванова"),
        ("Бас маман\nҚолы: Жақсылықова Ә.Н.\n", "Жақсылықова Ә.Н."),
        ("Expert\nSignature: A. Ivanova\n", "A. Ivanova"),
    ],
)
def test_the_name_after_a_signature_label_is_hidden(text, name):
    assert name in hidden_texts(text)


def test_initials_first_name_at_the_top_and_its_full_form_below_are_hidden():
    text = (
        "А.П. Иванова\nГлавный эксперт\n\nОПЫТ РАБОТЫ\n2017–2024 эксперт\n\nИВАНОВА Анна Петровна\n"
    )
    hidden = [text[p.start : p.end] for p in read_cv(text).personal_data]
    assert hidden == ["А.П. Иванова", "ИВАНОВА Анна Петровна"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Место рождения: г. Караганда\n", "г. Караганда"),
        ("Туған жері: Қарағанды қаласы\n", "Қарағанды қаласы"),
        ("Place of birth: Pavlodar\n", "Pavlodar"),
    ],
)
def test_the_place_of_birth_is_hidden(text, place):
    assert ("address", place) in [
        (p.kind, text[p.start : p.end]) for p in extract_personal_data(text)
    ]


def test_the_candidates_name_in_a_file_name_is_hidden():
    text = "ФИО: Нурланов Ерлан\nРезюме: nurlanov_erlan_cv.pdf\n"
    assert hidden_texts(text) == ["Нурланов Ерлан", "nurlanov", "erlan"]
