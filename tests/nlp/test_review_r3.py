"""Review r3: what review r2 left of the name-blind rules. A referee whose name is made of
common English words ("Will Young") was shown, a company after a referee's post ("Team Lead
Google Cloud") and a Kazakh field in capitals ("Басқарма басшысы Кадр Саясаты") were hidden,
and so were ordinary words that are a form of the candidate's name ("Миры детства", "Мира
проспектісі" for a Мира) and the city a candidate is named like ("Нур-Султан", "Астана")."""

import pytest

from tests.nlp.qa_redaction import assert_linear, hidden_texts

_PHONE = "+44 20 7946 0111"


@pytest.mark.parametrize(
    ("line", "name", "visible"),
    [
        (f"Head of Finance Will Young, Acme Ltd, {_PHONE}", "Will Young", "Head of Finance"),
        (f"Head of Finance Joy Black, Acme Ltd, {_PHONE}", "Joy Black", "Acme Ltd"),
        (f"Director May Wood, Acme Ltd, {_PHONE}", "May Wood", "Director"),
        ("Referee: Hope White, Acme Ltd, hope@acme.com", "Hope White", "Acme Ltd"),
    ],
)
def test_a_referee_named_with_common_english_words_is_hidden(line, name, visible):
    text = f"Асель Нурланова\nЭкономист\n\nREFERENCES\n{line}\n"
    hidden = hidden_texts(text)
    assert name in hidden
    assert not any(visible in part for part in hidden)


@pytest.mark.parametrize(
    "line",
    [
        f"Head of Unit Digital Development, {_PHONE}",
        f"Director Public Relations, {_PHONE}",
        f"Head of Finance Will Power Programme, {_PHONE}",
    ],
)
def test_a_post_and_the_field_it_heads_still_hide_no_name(line):
    assert hidden_texts(f"REFERENCES\n{line}\n") == [_PHONE]


def test_a_company_on_a_referees_post_line_under_the_name_stays():
    text = (
        f"Асель Нурланова\nЭкономист\n\nREFERENCES\nJohn Smith\nTeam Lead Google Cloud\n{_PHONE}\n"
    )
    assert hidden_texts(text) == ["Асель Нурланова", "John Smith", _PHONE]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            f"REFERENCES\nJohn Smith, Director, {_PHONE}\nHead of Unit Mark Young, {_PHONE}\n",
            ["John Smith", "Mark Young"],
        ),
        (
            "REFERENCES\nJohn Smith, Director\nHead of Unit Mark Young\n",
            ["John Smith", "Mark Young"],
        ),
        (
            "РЕКОМЕНДАЦИИ\nСапаров Ерлан Болатович, руководитель отдела\n"
            "Начальник управления Ахметов Бекзат\n",
            ["Сапаров Ерлан Болатович", "Ахметов Бекзат"],
        ),
        ("REFERENCES\nJohn Smith\nMark Young\n", ["John Smith", "Mark Young"]),
    ],
)
def test_a_referee_under_a_full_referee_line_is_still_hidden(text, names):
    assert [part for part in hidden_texts(text) if part != _PHONE] == names


@pytest.mark.parametrize(
    "line",
    [
        "Басқарма басшысы Кадр Саясаты, тел. +7 701 111 22 33",
        "Бөлім басшысы Қаржы Саясаты, тел. +7 701 111 22 33",
    ],
)
def test_a_kazakh_field_in_capitals_after_a_post_hides_no_name(line):
    assert hidden_texts(f"ҰСЫНЫМ БЕРУШІЛЕР\n{line}\n") == ["+7 701 111 22 33"]


def test_a_kazakh_referee_after_a_post_is_still_hidden():
    line = "Басқарма басшысы Жұмабеков Асхат, тел. +7 701 111 22 33"
    assert hidden_texts(f"ҰСЫНЫМ БЕРУШІЛЕР\n{line}\n")[0] == "Жұмабеков Асхат"


_MIRA = "Мира Сейткали\nЭкономист\n\nОПЫТ РАБОТЫ\n"


@pytest.mark.parametrize(
    "line",
    [
        "Организатор фестиваля «Миры детства», 2019",
        "• Миры детства: волонтёрский проект, 2020",
        "2019 – 2021 Кеңсе менеджері, Мира проспектісіндегі филиал",
        "Жоба: Мира көшесіндегі мектепті жөндеу",
    ],
)
def test_an_ordinary_word_that_is_a_form_of_the_name_stays_visible(line):
    assert hidden_texts(f"{_MIRA}{line}\n") == ["Мира Сейткали"]


def test_a_name_written_as_an_ordinary_word_is_still_hidden_alone():
    text = "Канат Сапаров\nЭкономист\n\nО СЕБЕ\nКанат — ответственный специалист\n"
    assert hidden_texts(text) == ["Канат Сапаров", "Канат"]


def test_a_declined_name_that_is_an_ordinary_word_is_hidden_inside_a_sentence():
    text = "Канат Сапаров\nЭкономист\n\nРЕКОМЕНДАЦИЯ\nРекомендую Каната как специалиста.\n"
    assert hidden_texts(text) == ["Канат Сапаров", "Каната"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Благодарность Сейткали Мире за работу", "Мире"),
        ("Благодарность М. Сейткали за работу", "М. Сейткали"),
        ("Подпись: Мира", "Мира"),
        ("Рекомендую Миру как ответственного сотрудника.", "Миру"),
        ("Вручена грамота Мире за работу.", "Мире"),
        ("Файл мира_сейткали_резюме.docx", "мира"),
    ],
)
def test_a_form_of_the_name_beside_the_name_is_still_hidden(line, name):
    assert name in hidden_texts(f"{_MIRA}{line}\n")


def test_the_city_a_candidate_is_named_like_stays_visible():
    text = "Нур Султан\nЭкономист\n\nОПЫТ РАБОТЫ\n2019 – 2021 Аким г. Нур-Султан\n"
    assert hidden_texts(text) == ["Нур Султан"]


def test_a_candidate_surnamed_like_a_city_is_hidden_and_the_city_is_not():
    text = "Айгерим Астана\nЭкономист\n\nОПЫТ РАБОТЫ\n2019 – 2021 Акимат г. Астана\n"
    assert hidden_texts(text) == ["Айгерим Астана"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Team Lead Google Cloud, John Smith, +44 20 7946 0958", "John Smith"),
        ("Senior Manager Acme Bank, Mary Jones, mary.jones@acme.com", "Mary Jones"),
        ("Руководитель управления, Министерство финансов, Ахметов Бекзат, +7 701 111 22 33",
         "Ахметов Бекзат"),
        ("Басқарма басшысы, Қаржы министрлігі, Жұмабеков Асхат, +7 701 111 22 33",
         "Жұмабеков Асхат"),
    ],
)  # fmt: skip
def test_a_referee_named_between_the_commas_of_a_line_after_the_post_is_hidden(line, name):
    assert name in hidden_texts(f"Aigerim Bekova\nAnalyst\n\nREFERENCES\n{line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Director, Public Relations, +7 701 111 22 33",
        "Head of HR, Kaspi Bank, +7 701 111 22 33",
        "Partner, Deloitte TOO, +7 701 111 22 33",
    ],
)
def test_a_referee_line_of_posts_and_employers_alone_hides_only_the_phone(line):
    assert hidden_texts(f"REFERENCES\n{line}\n") == ["+7 701 111 22 33"]


_HOSTILE = {
    "names between commas": "Head of Unit, Acme Bank, John Smith, +7 701 111 22 33, ",
    "common-word referees": "Head of Finance Will Young, ",
    "post lines under a name": "John Smith\nTeam Lead Google Cloud\n",
    "kazakh fields": "Басқарма басшысы Кадр Саясаты, ",
    "ordinary forms of the name": "Мира проспектісі Миры в Мире ",
}


@pytest.mark.parametrize("unit", _HOSTILE.values(), ids=list(_HOSTILE))
def test_a_hostile_text_of_a_new_rule_is_redacted_in_linear_time(unit):
    assert_linear(unit, ("REFERENCES\n", "ОПЫТ РАБОТЫ\n"), "Мира Сейткали\n")
