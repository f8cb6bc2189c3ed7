"""QA pass U: what QA pass S left visible to a name-blind commission, and what it hid that a
commission needs. Eight invented CVs (``tests/nlp/data/qa_u``) with referees written post
first ("Руководитель отдела Сапаров Е.Б.", "Head of Unit Mr. John Smith") or by a first
name alone ("Контакт: Айгерим, …"), and researchers' bibliographies whose authors are hidden
while the titles, journals and years stay; expected spans written before the engine was
run on them (see the README there)."""

from pathlib import Path

import pytest

from nlp.components.personal_data import extract_personal_data
from tests.nlp.qa_redaction import assert_linear, folder_tests, hidden_texts, overlapped

_DATA = Path(__file__).parent / "data" / "qa_u"
test_hidden, test_kept_visible, test_the_file_uploaded_as_pdf_or_docx_is_redacted_alike = (
    folder_tests(_DATA)
)


@pytest.mark.parametrize(
    ("line", "name", "post"),
    [
        ("Руководитель отдела Сапаров Е.Б., тел. +7 701 222 33 44", "Сапаров Е.Б.", "Руковод"),
        ("Басшы: Сапаров Ерлан Бекұлы", "Сапаров Ерлан Бекұлы", "Басшы"),
        ("Head of Unit Mr. John Smith, Ministry of Finance", "John Smith", "Head of Unit"),
        ("Начальник управления – Ахметов Б.К.", "Ахметов Б.К.", "Начальник"),
        ("Профессор А.К. Бекова, КарГУ", "А.К. Бекова", "Профессор"),
    ],
)
def test_a_referee_written_post_first_has_the_name_hidden_and_the_post_not(line, name, post):
    hidden = hidden_texts(f"РЕКОМЕНДАЦИИ\n{line}\n")
    assert name in hidden
    assert post not in " ".join(hidden)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("РЕКОМЕНДАЦИИ\nКонтакт: Айгерим, +7 701 555 66 77\n", "Айгерим"),
        ("REFERENCES\nReference: Daniyar (former manager), +7 777 400 50 60\n", "Daniyar"),
        ("Reference: Daniyar (former manager), +7 777 400 50 60\n", "Daniyar"),
        ("Контактное лицо: Жанар, +7 701 303 40 50\n", "Жанар"),
        ("ҰСЫНЫМ БЕРУШІЛЕР\nБайланыс: Айгерим, 8 705 111 00 99\n", "Айгерим"),
        ("РЕКОМЕНДАЦИИ\nКонтакт: Школьникова Анна, +7 701 111 22 33\n", "Школьникова Анна"),
    ],
)
def test_a_referee_given_by_a_first_name_alone_is_hidden(text, name):
    assert name in hidden_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "РЕКОМЕНДАЦИИ\nРуководитель отдела ГУ «Аппарат акима», тел. +7 701 222 33 44\n",
        "РЕКОМЕНДАЦИИ\nКонтакт: по запросу\n",
        "REFERENCES\nHead of Unit, Ministry of Finance\n",
        "РЕКОМЕНДАЦИИ\nДекан, ЕНУ им. Л.Н. Гумилева\n",
        "РЕКОМЕНДАЦИИ\nДиректор – ТОО «Альфа Строй»\n",
        "РЕКОМЕНДАЦИИ\nНачальник – Департамент Юстиции, тел. +7 701 111 22 33\n",
        "РЕКОМЕНДАЦИИ\nпо запросу\nГотовность к командировкам: Да\n",
        "REFERENCES\nContact: Excel, Word\n",
    ],
)
def test_a_referee_line_without_a_name_hides_only_its_phone(text):
    assert [h for h in hidden_texts(text) if not h.startswith("+7")] == []


@pytest.mark.parametrize(
    ("heading", "citation", "authors", "visible"),
    [
        (
            "PUBLICATIONS",
            "Smith J., Bekova A. (2019) Digital government // Journal of PA. – P. 12–20.",
            ["Smith J., Bekova A."],
            "(2019) Digital government // Journal of PA. – P. 12–20.",
        ),
        (
            "Список литературы",
            "Цифровое правительство / С.К. Жумабаева, П.П. Петров // Право. – 2021. – № 2.",
            ["С.К. Жумабаева, П.П. Петров"],
            "Цифровое правительство",
        ),
        (
            "ЖАРИЯЛАНЫМДАР",
            "Омаров Б.Т. Мемлекеттік қызмет // ҚарМУ хабаршысы. – 2022. – Б. 30–36.",
            ["Омаров Б.Т."],
            "Мемлекеттік қызмет // ҚарМУ хабаршысы. – 2022. – Б. 30–36.",
        ),
        (
            "REFERENCES",
            "Knox, C., & Brown, L. (2021). Open government.\n    Central Asian Survey, 40(3), 377.",
            ["Knox, C., & Brown, L."],
            "(2021). Open government.\n    Central Asian Survey, 40(3), 377.",
        ),
    ],
)
def test_a_bibliography_hides_its_authors_and_shows_titles_and_journals(
    heading, citation, authors, visible
):
    text = f"Бекова Алия\nДоцент\n\n{heading}\n{citation}\n"
    assert hidden_texts(text) == ["Бекова Алия", *authors]
    spans = extract_personal_data(text)
    at = text.index(visible)
    assert not overlapped(spans, at, at + len(visible))


@pytest.mark.parametrize(
    ("citation", "editor"),
    [
        ("Lee K. (2020). Budgets. In: Brown L. (ed.) Handbook of Policy. London.", "Brown L."),
        (
            "Государственная служба / под ред. И.И. Иванова. – Астана: Фолиант, 2019.",
            "И.И. Иванова",
        ),
        ("Lee K. Budgets. In Public Policy, edited by J. Brown, 10–20. Almaty, 2020.", "J. Brown"),
        (
            "Lee K. Data. In Science, edited by R. Michael Alvarez, Cambridge: CUP.",
            "R. Michael Alvarez",
        ),
    ],
)
def test_an_editor_of_a_cited_book_is_hidden(citation, editor):
    assert editor in hidden_texts(f"PUBLICATIONS\n{citation}\n")


def test_the_candidates_own_name_among_the_authors_is_hidden():
    text = "Bekova Aliya\nLecturer\n\nPUBLICATIONS\nLee K., Bekova A. Budgets // Vestnik. 2020.\n"
    assert hidden_texts(text) == ["Bekova Aliya", "Lee K., Bekova A."]


@pytest.mark.parametrize(
    ("line", "hidden"),
    [
        (
            "John Smith, Head of Unit, Ministry of Finance, +7 701 999 88 77",
            ["John Smith", "+7 701 999 88 77"],
        ),
        (
            "Сапаров Ерлан Болатович, мой руководитель на практике (2019)",
            ["Сапаров Ерлан Болатович"],
        ),
    ],
)
def test_a_referee_is_no_citation_even_with_a_year_in_brackets(line, hidden):
    assert hidden_texts(f"REFERENCES\n{line}\n") == hidden


_HOSTILE = {
    "post first referees": "Руководитель отдела Сапаров Е.Б., тел. ",
    "labelled first names": "Контакт: Айгерим, ",
    "titled names": "Head of Unit Mr. John Smith ",
    "author lists": "Smith J., ",
    "slashes": "Title / А.А. Бекова, ",
    "GOST marks on one line": "Title // Journal. ",
    "editors": "In: Brown L. (ed.) ",
    "citations": "Bekova A. (2019) Digital government // Journal. – P. 1.\n",
    "bibliography headings": "PUBLICATIONS\nSmith J. Title // J. 2019.\n",
    "references headings": "REFERENCES / РЕКОМЕНДАЦИИ\nКонтактное лицо: Жанар, ",
}


@pytest.mark.parametrize("unit", _HOSTILE.values(), ids=list(_HOSTILE))
def test_a_hostile_text_of_a_new_pattern_is_redacted_in_linear_time(unit):
    assert_linear(unit, ("РЕКОМЕНДАЦИИ\n", "PUBLICATIONS\n"))
