"""Review r2 of the name-blind rules added on 28 November: a declined form of the candidate's
name, and a citation's authors by full names, hid ordinary words a commission needs."""

import pytest
from fpdf import FPDF

from nlp.components.job_names import split_line
from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import FONT, make_placed_pdf
from tests.nlp.qa_redaction import hidden_texts


@pytest.mark.parametrize(
    ("name", "line", "visible"),
    [
        ("Marina Ivanova", "Marine engineering projects, 2019-2021", "Marine"),
        ("Aida Bekova", "Aide to the Akim of Almaty region", "Aide"),
        ("Nina Petrova", "Nine years in public finance", "Nine"),
        ("Lina Sarsenova", "Line manager of a team of five", "Line"),
        ("Mark Smith", "Markem-Imaje Kazakhstan, sales engineer", "Markem"),
    ],
)
def test_an_english_word_like_a_russian_case_of_a_latin_name_stays(name, line, visible):
    hidden = hidden_texts(f"{name}\nEconomist\n\nEXPERIENCE\n{line}\n")
    assert hidden == [name], visible


def test_a_kazakh_case_of_a_name_in_latin_letters_is_still_hidden():
    hidden = hidden_texts("Erlan Serikbayev\nEconomist\n\nABOUT\nErlanga alghys hat berildi\n")
    assert "Erlanga" in hidden


@pytest.mark.parametrize(
    ("line", "visible"),
    [
        (
            "Public Policy Review (2019). Digital Kazakhstan. Astana: Nur Publishing",
            "Public Policy Review",
        ),
        (
            "Министерство Цифрового Развития (2020). Отчёт о цифровизации. Астана",
            "Министерство Цифрового Развития",
        ),
    ],
)
def test_a_journal_or_a_body_before_the_year_is_no_author(line, visible):
    text = f"Aliya Bekova\nLecturer\n\nPUBLICATIONS\n{line}\n"
    assert hidden_texts(text) == ["Aliya Bekova"], visible


def test_authors_by_full_names_before_the_year_are_still_hidden():
    text = "Aliya Bekova\nLecturer\n\nPUBLICATIONS\nJohn Smith and Mark Young (2019) Cities.\n"
    assert hidden_texts(text) == ["Aliya Bekova", "John Smith and Mark Young"]


def test_a_row_of_single_digits_in_table_columns_keeps_its_digits_apart():
    digits = zip([0, 12, 30, 41, 60], "54321", strict=True)
    data = make_placed_pdf([(20, 30, "Баллы"), *[(80 + x, 30, d) for x, d in digits]])
    assert extract_bytes(data).text.split() == ["Баллы", "5", "4", "3", "2", "1"]


def test_a_small_box_before_a_short_word_bullets_no_other_line_that_starts_alike():
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.text(20, 40, "Дата рождения: 12.03.1988")
    pdf.text(20, 50, "Нетрудоспособность: отсутствует")
    pdf.text(20, 60, "Согласие на обработку персональных данных:")
    for y, word in ((70, "Да"), (80, "Нет")):
        pdf.rect(20, y - 2, 1.5, 1.5)
        pdf.text(24, y, word)
    lines = extract_bytes(bytes(pdf.output())).text.splitlines()
    assert lines[:2] == ["Дата рождения: 12.03.1988", "Нетрудоспособность: отсутствует"]


@pytest.mark.parametrize(
    ("line", "post", "employer"),
    [
        (
            "ТОО «Kaspi Bank» Главный специалист отдела продаж.",
            "Главный специалист отдела продаж",
            "ТОО «Kaspi Bank»",
        ),
        ("АО «Самрук-Казына» Менеджер по закупкам.", "Менеджер по закупкам", "АО «Самрук-Казына»"),
    ],
)
def test_a_post_after_a_quoted_employer_with_a_full_stop_is_no_sentence_of_duties(
    line, post, employer
):
    assert split_line(line) == (post, employer)


def test_a_sentence_of_duties_after_a_quoted_employer_is_still_dropped():
    line = "ГУ «Управление финансов» Подготовка бюджетных заявок."
    assert split_line(line) == (None, "ГУ «Управление финансов»")


def test_the_next_sentence_after_a_post_and_its_employer_is_no_post():
    line = "Главный специалист, ГУ «Управление финансов». Ведущий специалист с 2020 г."
    assert split_line(line)[0] == "Главный специалист"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Грамота министра Финансов Ерулана Жамаубаева, 2019", "Ерулана Жамаубаева"),
        ("Грамота Министра Здравоохранения Ажар Гиният", "Ажар Гиният"),
        ("Грамота акима города Алматы Ерболата Досаева", "Ерболата Досаева"),
    ],
)
def test_the_ministry_a_signer_heads_stays_and_the_signer_is_hidden(line, name):
    assert hidden_texts(f"Асель Нурланова\nЭкономист\n\nНАГРАДЫ\n{line}\n")[1:] == [name]


@pytest.mark.parametrize(
    ("post", "duty"),
    [
        ("Главный специалист отдела бюджета", "Организация работы с обращениями граждан"),
        ("Chief Specialist", "Organization of budget planning and reporting"),
    ],
)
def test_a_duty_opening_with_organisation_under_a_post_is_no_employer(post, duty):
    text = (
        f"Асель Нурланова\nЭкономист\n\nОПЫТ РАБОТЫ\n2018 – 2022  {post}\n{duty}\n"
        "Подготовка отчётов\n\n2015 – 2018  Специалист\nТОО «Альфа»\n"
    )
    jobs = read_cv(text).experience
    assert [(job.title, job.organization) for job in jobs] == [
        (post, None),
        ("Специалист", "ТОО «Альфа»"),
    ]


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("EXPERIENCE", "Senior Analyst Kaspi Bank (2019 – 2021) // Almaty"),
        ("EXPERIENCE", "Kaspi Bank (2019 – 2021) // Senior Analyst"),
        ("ОПЫТ РАБОТЫ", "Главный Специалист Казахтелеком (2019 – 2021) // Астана"),
        ("EDUCATION", "Nazarbayev University (2015 – 2019) // BSc Economics"),
        ("КУРСЫ", "Курсы Академии Госуправления (2019) // 72 часа"),
    ],
)
def test_a_job_or_school_line_parted_by_a_double_slash_hides_nothing(heading, line):
    assert hidden_texts(f"Асель Нурланова\nЭкономист\n\n{heading}\n{line}\n") == ["Асель Нурланова"]


def test_a_gost_citation_out_of_a_bibliography_still_hides_its_authors():
    line = "Иванов И.И., Бекова А.К. Цифровое правительство // Вестник КазНУ. 2019. № 3"
    hidden = hidden_texts(f"Асель Нурланова\nЭкономист\n\nДОПОЛНИТЕЛЬНО\n{line}\n")
    assert hidden == ["Асель Нурланова", "Иванов И.И., Бекова А.К."]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Aigul Bekova, Director of School No. 25, +7 701 111 22 33", "Aigul Bekova"),
        ("Aigul Bekova, Director of School No.25, aigul@mail.kz", "Aigul Bekova"),
        ("John Smith, Head of Unit 4(2), +44 20 1234 5678", "John Smith"),
    ],
)
def test_a_referee_whose_line_holds_a_school_number_is_still_hidden(line, name):
    assert name in hidden_texts(f"Асель Нурланова\nЭкономист\n\nREFERENCES\n{line}\n")


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("Ерлан Сатпаев", "КазНИТУ им. К.И. Сатпаева, 2015"),
        ("Ерлан Кунаев", "Офис на проспекте Кунаева, Астана"),
        ("Ерлан Кунаев", "Университет Кунаева, 2015"),
    ],
)
def test_a_place_named_after_a_namesake_in_a_declined_form_stays(name, line):
    assert hidden_texts(f"{name}\nЭкономист\n\nОБРАЗОВАНИЕ\n{line}\n") == [name]


def test_the_candidates_declined_surname_elsewhere_is_still_hidden():
    text = "Ерлан Кунаев\nЭкономист\n\nДОПОЛНИТЕЛЬНО\nРекомендую Кунаева Ерлана на должность\n"
    assert "Кунаева Ерлана" in " ".join(hidden_texts(text))
