"""Language detection of CV texts: Kazakh, Russian, English, mixed, and per section."""

import pytest

from nlp.language import detect, detect_sections, dominant, shares
from nlp.types import Section

KAZAKH = """Еңбек тәжірибесі
2019 жылдан бастап Астана қаласының әкімдігі, цифрландыру бөлімінің бас маманы.
Мемлекеттік қызметтерді автоматтандыру және электрондық құжат айналымы бойынша жұмыс.
Білімі: Л.Н. Гумилев атындағы Еуразия ұлттық университеті, ақпараттық жүйелер мамандығы."""

RUSSIAN = """Опыт работы
С 2019 года главный специалист отдела цифровизации акимата города Астаны.
Автоматизация государственных услуг, электронный документооборот, отчёты в Power BI.
Образование: Евразийский национальный университет им. Л.Н. Гумилёва, информационные системы."""

ENGLISH = """Work experience
Since 2019 chief specialist of the digitalisation unit at the Akimat of Astana.
Automated public services and the electronic document workflow, built reports in Power BI.
Education: L.N. Gumilyov Eurasian National University, information systems."""

KAZAKH_LATIN = """Jūmys täjıribesı
2019 jyldan bastap Astana qalasynyñ äkımdıgı, sifrlandyru bölımınıñ bas mamany.
Men Astana qalasynda memlekettık qyzmette jūmys ıstedım.
Derekterdı taldau jäne elektrondyq qūjat aınalymy boiynşa jūmys.
Bılımı: L.N. Gumilev atyndağy Euraziia ūlttyq universitetı, aqparattyq jüieler mamandyğy."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [(KAZAKH, "kk"), (RUSSIAN, "ru"), (ENGLISH, "en"), (KAZAKH_LATIN, "kk")],
)
def test_single_language_cvs_are_recognised(text, expected):
    assert detect(text) == expected
    assert dominant(text) == expected


def test_kazakh_without_special_letters_on_some_lines_is_still_kazakh():
    text = "Бас маман\nАстана\n" + KAZAKH
    assert detect(text) == "kk"


def test_russian_cv_with_a_list_of_latin_tool_names_is_not_mixed():
    text = RUSSIAN + "\nНавыки\nPython, SQL, PostgreSQL, Docker, Git, Linux, Power BI, Jira, Excel"
    assert detect(text) == "ru"


def test_russian_cv_naming_a_kazakh_organisation_stays_russian():
    text = (
        RUSSIAN + "\nРаботал в АО «Қазақтелеком» ведущим инженером по информационной безопасности."
    )
    assert detect(text) == "ru"


@pytest.mark.parametrize(("first", "second"), [(KAZAKH, RUSSIAN), (RUSSIAN, ENGLISH)])
def test_cv_written_half_in_one_language_half_in_another_is_mixed(first, second):
    assert detect(first + "\n\n" + second) == "mixed"
    assert dominant(first + "\n\n" + second) in {"kk", "ru", "en"}


@pytest.mark.parametrize(
    "line",
    [
        "Men Astana qalasynda memlekettık qyzmette jūmys ıstedım",
        "Bılımı",
        "Jūmys täjıribesı",
        "Derekterdı taldau",
        "Python jäne SQL arqyly derekterdı taldau",
    ],
)
def test_kazakh_in_the_latin_alphabet_is_kazakh_not_english(line):
    assert detect(line) == "kk"


@pytest.mark.parametrize(
    "line",
    [
        "Worked with Hans Müller at the Ministry of Finance",
        "Exchange semester at the Technische Universität München",
        "Consultant at Yıldız Holding in Istanbul",
        "Built Qlik and QGIS reports for the quality team",
        "Señor developer of the payments team",
    ],
)
def test_english_with_a_stray_foreign_letter_stays_english(line):
    assert detect(line) == "en"
    assert detect(ENGLISH + "\n" + line) == "en"


def test_kazakh_in_both_alphabets_is_kazakh_and_with_russian_is_mixed():
    assert detect(KAZAKH + "\n" + KAZAKH_LATIN) == "kk"
    assert detect(KAZAKH_LATIN + "\nНавыки\nPython, SQL, Power BI") == "kk"
    assert detect(KAZAKH_LATIN + "\n\n" + RUSSIAN) == "mixed"
    assert detect(KAZAKH_LATIN + "\n\n" + ENGLISH) == "mixed"


def test_shares_sum_to_one_and_favour_the_language_written():
    found = shares(KAZAKH + "\n" + RUSSIAN + "\n" + RUSSIAN)
    assert sum(found.values()) == pytest.approx(1.0)
    assert found["ru"] > found["kk"] > found["en"]


@pytest.mark.parametrize(
    ("text", "expected"), [("", "ru"), ("2019 — 2023", "ru"), ("Python", "en")]
)
def test_texts_without_evidence_fall_back_to_script(text, expected):
    assert detect(text) == expected


def test_each_section_gets_its_own_language_and_empty_ones_inherit():
    text = KAZAKH + "\n\n" + RUSSIAN + "\n\n• Python, SQL, Power BI"
    kk_end = len(KAZAKH)
    ru_start = kk_end + 2
    sk_start = ru_start + len(RUSSIAN) + 2
    sections = (
        Section("experience", 0, kk_end),
        Section("experience", ru_start, ru_start + len(RUSSIAN)),
        Section("skills", sk_start, len(text)),
    )
    found = detect_sections(text, sections)
    assert [s.language for s in found] == ["kk", "ru", "ru"]
    assert [(s.start, s.end, s.name) for s in found] == [(s.start, s.end, s.name) for s in sections]
