"""QA pass Z: what QA pass X left. A post followed by the unit or the field it heads is no
referee's name ("Head of Unit Digital Development, +7 …", "Director Public Relations, …"),
and an award's signer written by a full name without initials, declined too, is hidden
("Благодарственное письмо от акима области Бауыржана Сапарова", "Алғыс хат, облыс әкімі
Бауыржан Сапаров"). Five invented CVs (``tests/nlp/data/qa_z``), expected spans written before
the engine was run on them (see the README there)."""

from pathlib import Path

import pytest

from tests.nlp.qa_redaction import (
    assert_linear,
    assert_only_name_hidden,
    folder_tests,
    hidden_texts,
)

_DATA = Path(__file__).parent / "data" / "qa_z"
test_hidden, test_kept_visible, test_the_file_uploaded_as_pdf_or_docx_is_redacted_alike = (
    folder_tests(_DATA)
)


@pytest.mark.parametrize(
    "line",
    [
        "Head of Unit Digital Development, +7 701 111 22 33",
        "Director Public Relations, +7 701 111 22 33",
        "Manager Business Development, +7 701 111 22 33",
        "Head of Department Human Resources, +7 701 111 22 33",
        "Начальник Управления Кадров, тел. +7 701 111 22 33",
        "Бөлім Басшысы, тел. +7 701 111 22 33",
    ],
)
def test_a_post_and_the_unit_it_heads_hide_no_name(line):
    for heading in ("REFERENCES", "РЕКОМЕНДАЦИИ"):
        assert hidden_texts(f"{heading}\n{line}\n") == ["+7 701 111 22 33"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Head of Unit Mark Young, +44 20 7946 0111", "Mark Young"),
        ("Director Public Relations Aigerim Bekova, +7 701 111 22 33", "Aigerim Bekova"),
        ("Director of Research Richard Brown, +7 701 111 22 33", "Richard Brown"),
    ],
)
def test_a_name_of_words_that_are_also_common_words_is_still_a_name(line, name):
    assert hidden_texts(f"REFERENCES\n{line}\n")[0] == name


@pytest.mark.parametrize(
    ("line", "name", "visible"),
    [
        (
            "Благодарственное письмо от акима области Бауыржана Сапарова (2019)",
            "Бауыржана Сапарова",
            "Благодарственное письмо от акима области",
        ),
        (
            "Алғыс хат, облыс әкімі Бауыржан Сапаров, 2020",
            "Бауыржан Сапаров",
            "Алғыс хат, облыс әкімі",
        ),
        (
            "Letter of Appreciation signed by Minister Askhat Aimagambetov (2021)",
            "Askhat Aimagambetov",
            "Letter of Appreciation signed by Minister",
        ),
    ],
)
def test_a_signer_written_by_a_full_name_is_hidden_and_the_award_is_not(line, name, visible):
    for heading in ("НАГРАДЫ", "ОПЫТ РАБОТЫ"):
        text = f"{heading}\n{line}\n"
        assert_only_name_hidden(text, name, visible)


@pytest.mark.parametrize(
    "line",
    [
        "Благодарственное письмо Председателя КГД МФ РК (2019 г.)",
        "Грамота министра Цифрового Развития (2020)",
        "Грамота акима Карагандинской области, 2020",
        "Алғыс хат, облыс әкімі «Нұр Отан» партиясы, 2021",
    ],
)
def test_a_signers_post_before_an_organisation_hides_nothing(line):
    assert hidden_texts(f"НАГРАДЫ\n{line}\n") == []


_HOSTILE = {
    "posts and fields": "Head of Unit Digital Development, ",
    "signers by full name": "Алғыс хат, облыс әкімі Бауыржан Сапаров ",
    "declined signers": "от акима области Бауыржана Сапарова ",
    "posts alone": "акима акима акима ",
    "posts and common words": "Алғыс хат министра Цифрового Развития Бб ",
}


@pytest.mark.parametrize("unit", _HOSTILE.values(), ids=list(_HOSTILE))
@pytest.mark.parametrize("end", [" ", "\n"])
def test_a_hostile_text_of_a_new_pattern_is_redacted_in_linear_time(unit, end):
    unit = unit.rstrip() + end
    assert_linear(unit, ("REFERENCES\n", "НАГРАДЫ\n"), "Иванова Анна Петровна\n")
