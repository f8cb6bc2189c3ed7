"""QA pass X: the candidate's and third parties' names where QA passes S and U did not look.
Eight invented CVs (``tests/nlp/data/qa_x``) with referees written as a post and a full name
without initials ("Начальник отдела Сапаров Ерлан, тел. …", "Head of Unit John Smith, +44
…"), bibliographies with full-name authors ("John Smith and Aigul Nurpeisova (2019)",
Chicago's "Bekova, Aliya, and John Smith. 2020."), the candidate's name declined later on
("рекомендую Иванову Анну Петровну", "Ерланға", "Серікбаевтың", "Anna Ivanova's"), in a
running header ("ИВАНОВА — РЕЗЮМЕ", "IVANOVA A. | CV"), in handles and file names, and the
officials who signed an award ("Благодарственное письмо от акима области Б. Сапарова");
expected spans written before the engine was run on them (see the README there)."""

from pathlib import Path

import pytest

from nlp.components.personal_data import extract_personal_data
from tests.nlp.qa_redaction import (
    assert_linear,
    assert_only_name_hidden,
    folder_tests,
    hidden_texts,
    overlapped,
)

_DATA = Path(__file__).parent / "data" / "qa_x"
test_hidden, test_kept_visible, test_the_file_uploaded_as_pdf_or_docx_is_redacted_alike = (
    folder_tests(_DATA)
)


@pytest.mark.parametrize(
    ("line", "name", "post"),
    [
        ("Начальник отдела Сапаров Ерлан, тел. +7 701 222 33 44", "Сапаров Ерлан", "Начальник"),
        ("Бөлім басшысы Жұмабеков Асхат, тел. 8 701 444 22 11", "Жұмабеков Асхат", "басшысы"),
        ("Head of Unit John Smith, +44 20 7946 0958", "John Smith", "Head of Unit"),
        ("Dean Saule Tulegenova, Nazarbayev University", "Saule Tulegenova", "Dean"),
        ("Директор ТОО «Альфа Строй» Абенов Марат, +7 721 250 11 22", "Абенов Марат", "Альфа"),
    ],
)
def test_a_referee_written_as_a_post_and_a_full_name_has_the_name_hidden(line, name, post):
    hidden = hidden_texts(f"Сейткали Арман\nЭкономист\n\nРЕКОМЕНДАЦИИ\n{line}\n")
    assert name in hidden
    assert post not in " ".join(hidden)


@pytest.mark.parametrize(
    "line",
    [
        "Начальник отдела Департамент Юстиции, тел. +7 701 111 22 33",
        "Project Manager Kcell JSC, +7 701 111 22 33",
        "Директор – ТОО «Альфа Строй», тел. +7 701 111 22 33",
        "Главный специалист ГУ «Аппарат Акима», тел. +7 701 111 22 33",
    ],
)
def test_a_post_and_an_organisation_hide_no_name(line):
    assert hidden_texts(f"REFERENCES\n{line}\n") == ["+7 701 111 22 33"]


@pytest.mark.parametrize(
    ("citation", "authors", "visible"),
    [
        (
            "John Smith and Aigul Nurpeisova (2019) Local budgets. Journal of PF, 12(3), 45.",
            "John Smith and Aigul Nurpeisova",
            "(2019) Local budgets. Journal of PF, 12(3), 45.",
        ),
        (
            'Nurpeisova, Aigul, and John Smith. 2020. "Open Data." Central Asian Survey 39 (2).',
            "Nurpeisova, Aigul, and John Smith",
            '. 2020. "Open Data." Central Asian Survey 39 (2).',
        ),
    ],
)
def test_a_bibliography_hides_authors_written_by_their_full_names(citation, authors, visible):
    for heading in ("PUBLICATIONS", "REFERENCES"):
        text = f"Aliya Bekova\nLecturer\n\n{heading}\n{citation}\n"
        assert hidden_texts(text) == ["Aliya Bekova", authors]
        at = text.index(visible)
        assert not overlapped(extract_personal_data(text), at, at + len(visible))


@pytest.mark.parametrize(
    ("top", "later", "name"),
    [
        ("Иванова Анна Петровна", "рекомендую Иванову Анну Петровну на должность", "Анну"),
        ("Иванова Анна Петровна", "Благодарность Ивановой А.П. за отчёт", "Ивановой А.П."),
        ("Иванов Андрей Петрович", "Методические работы Иванова А.П. по геометрии", "Иванова А.П."),
        ("Серікбаев Ерлан Нұрланұлы", "Басқарма басшысы Ерланға алғыс хат берді", "Ерланға"),
        ("Серікбаев Ерлан Нұрланұлы", "Серікбаевтың жобасы жеңді", "Серікбаевтың"),
        ("Серікбаев Ерлан Нұрланұлы", "Ерланның жетекшілігімен", "Ерланның"),
        ("Anna Ivanova", "Anna Ivanova's thesis was cited", "Ivanova"),
        ("Иванова Анна Петровна", "ИВАНОВА — РЕЗЮМЕ — стр. 2", "ИВАНОВА"),
    ],
)
def test_the_candidates_name_declined_later_in_the_cv_is_hidden(top, later, name):
    assert name in hidden_texts(f"{top}\nЭкономист\n\nДОПОЛНИТЕЛЬНО\n{later}\n")


def test_a_declined_form_counts_only_with_a_capital():
    text = "Мира Ахметова\nЭкономист\n\nО СЕБЕ\nДесять лет в мире финансов.\n"
    assert hidden_texts(text) == ["Мира Ахметова"]


def test_a_running_header_before_the_name_line_hides_the_full_name_too():
    text = "IVANOVA A. | CV\n\nAnna Ivanova\nPolicy Analyst\n\nSUMMARY\nAnna wrote a thesis.\n"
    assert [name.strip() for name in hidden_texts(text)] == ["IVANOVA A.", "Anna Ivanova", "Anna"]


@pytest.mark.parametrize(
    ("handle", "hidden"),
    [
        ("Telegram: t.me/anna_ivanova", "t.me/anna_ivanova"),
        ("GitHub: github.com/aivanova", "github.com/aivanova"),
        ("instagram: @anna.iv", "@anna.iv"),
        ("Skype: anna.ivanova.kz", "anna.ivanova.kz"),
        ("Портфолио: Ivanova_portfolio.pdf", "Ivanova"),
    ],
)
def test_a_handle_or_a_file_name_that_spells_the_name_is_hidden(handle, hidden):
    assert hidden in hidden_texts(f"Anna Ivanova\nAnalyst\n\n{handle}\n")


@pytest.mark.parametrize(
    ("line", "name", "visible"),
    [
        (
            "Благодарственное письмо от акима области Б. Сапарова (2019)",
            "Б. Сапарова",
            "Благодарственное письмо от акима области",
        ),
        ("Алғыс хат — облыс әкімі Б. Сапаров, 2021 ж.", "Б. Сапаров", "Алғыс хат — облыс әкімі"),
        (
            "Letter of Appreciation signed by Minister A. Zhumagaliyev (2022)",
            "A. Zhumagaliyev",
            "Letter of Appreciation signed by Minister",
        ),
        (
            "Почётная грамота, подписана министром Жумагалиевым А.К. (2021)",
            "Жумагалиевым А.К.",
            "Почётная грамота, подписана министром",
        ),
    ],
)
def test_the_official_who_signed_an_award_is_hidden_and_the_award_is_not(line, name, visible):
    for heading in ("НАГРАДЫ", "ОПЫТ РАБОТЫ"):
        text = f"{heading}\n{line}\n"
        assert_only_name_hidden(text, name, visible)


@pytest.mark.parametrize(
    "line",
    [
        "Нагрудный знак «Ы. Алтынсарин» (2022)",
        "Медаль Ы. Алтынсарина (2019)",
        'Award "A. Baitursynov" for teachers (2020)',
        "Грамота акима г. Павлодара, 2020",
        "Алғыс хат, С. Торайғыров атындағы университет",
    ],
)
def test_an_award_named_after_a_person_or_a_place_stays(line):
    assert hidden_texts(f"ДОСТИЖЕНИЯ / ACHIEVEMENTS\n{line}\n") == []


_HOSTILE = {
    "posts and full names": "Начальник отдела Сапаров Ерлан Болат ",
    "posts and full names with commas": "Head of Unit John Smith, ",
    "full-name authors": "John Smith and Aigul Bekova ",
    "Chicago authors": "Bekova, Aliya, and John Smith. 2020. ",
    "award lines": "Алғыс хат — облыс әкімі Б. Сапаров «",
    "award words": "грамота ",
    "quoted names": "«Б. Сапаров» ",
    "declined names": "Ивановой Ерланға Ивановааааа ",
}


@pytest.mark.parametrize("unit", _HOSTILE.values(), ids=list(_HOSTILE))
def test_a_hostile_text_of_a_new_pattern_is_redacted_in_linear_time(unit):
    heads = ("РЕКОМЕНДАЦИИ\n", "PUBLICATIONS\n", "НАГРАДЫ\n")
    assert_linear(unit, heads, "Иванова Анна Петровна\n")
