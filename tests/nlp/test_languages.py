"""Spoken languages and levels in kk/ru/en, without false hits outside a languages context."""

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.languages import extract_languages
from nlp.profile import read_cv
from nlp.types import Section


def _section(text: str) -> tuple[Section, ...]:
    """The whole text as one languages section."""
    return (Section("languages", 0, len(text)),)


def _codes(skills) -> list[tuple[str, str | None]]:
    """(code, level) pairs in text order."""
    return [(s.code, s.level) for s in skills]


@pytest.mark.parametrize(
    ("line", "code", "level"),
    [
        ("казахский — родной", "kk", "native"),
        ("қазақ тілі — ана тілі", "kk", "native"),
        ("Kazakh – native speaker", "kk", "native"),
        ("русский — свободно", "ru", "fluent"),
        ("орыс тілі — еркін", "ru", "fluent"),
        ("Russian: fluent", "ru", "fluent"),
        ("английский — свободно", "en", "fluent"),
        ("English – B2 (Upper-Intermediate)", "en", "B2"),
        ("ағылшын тілі — В1", "en", "B1"),
        ("Английский язык: С1", "en", "C1"),
        ("английский — продвинутый", "en", "advanced"),
        ("English – intermediate", "en", "intermediate"),
        ("ағылшын тілі — орта деңгей", "en", "intermediate"),
        ("орыс тілі – жақсы", "ru", "intermediate"),  # "good", as "хорошо" (QA pass H)
        ("немецкий — базовый", "de", "basic"),
        ("German – elementary", "de", "basic"),
        ("турецкий (со словарём)", "tr", "basic"),
        ("түрік тілі — бастапқы", "tr", "basic"),
        ("французский — A2", "fr", "A2"),
        ("китайский язык — HSK 3, средний", "zh", "intermediate"),
        ("Chinese (Mandarin) – basic", "zh", "basic"),
        ("испанский", "es", None),
        ("английский — читаю и перевожу со словарём", "en", "basic"),
        ("английский — читаю и могу объясняться", "en", "intermediate"),
        ("казахский — владею свободно", "kk", "fluent"),
        ("ағылшын тілі — сөздікпен оқимын және аударамын", "en", "basic"),
        ("ағылшын тілі — оқимын және түсіндіре аламын", "en", "intermediate"),
        ("ағылшын тілі — еркін меңгергенмін", "en", "fluent"),
        ("ağylşyn tılı — oqimyn jäne tüsındıre alamyn", "en", "intermediate"),
        ("agylshyn tili — oqimyn jane tusindire alamyn", "en", "intermediate"),
        ("aǵylshyn tili – B2", "en", "B2"),  # the Latin letters of 2018
        ("orys tili – erkin", "ru", "fluent"),
        # Upper-Intermediate is B2 on every school's scale, not "intermediate"
        ("English (upper-intermediate)", "en", "B2"),
        ("английский – Upper-Intermediate", "en", "B2"),
        ("английский — выше среднего", "en", "B2"),
        # a test score without a written level gives its CEFR level
        ("English (IELTS 6.5)", "en", "B2"),
        ("ағылшын тілі – IELTS 7,0", "en", "C1"),
        ("English – IELTS Academic 8.5", "en", "C2"),
        ("английский — TOEFL iBT 100", "en", "C1"),
        ("English: TOEFL 80", "en", "B2"),
        # Korean, Chinese and Japanese test levels as commonly aligned with the CEFR
        ("Корейский — TOPIK 4 уровень", "ko", "B2"),
        ("корей тілі – TOPIK 3-деңгей", "ko", "B1"),
        ("Korean (TOPIK II, level 5)", "ko", "C1"),
        ("Korean (TOPIK II)", "ko", None),
        ("Chinese – HSK 6", "zh", "C2"),
        ("китайский язык (HSK 3)", "zh", "B1"),
        ("Japanese: JLPT N2", "ja", "B2"),
        # LinkedIn's proficiency scale, and the "everyday" level
        ("English (Limited working proficiency)", "en", "intermediate"),
        ("English (Professional working proficiency)", "en", "advanced"),
        ("English (Full professional proficiency)", "en", "fluent"),
        ("казахский — на бытовом уровне", "kk", "basic"),
        ("қазақ тілі — тұрмыстық деңгейде", "kk", "basic"),
    ],
)
def test_language_and_level_in_a_languages_section(line, code, level):
    (skill,) = extract_languages(line, _section(line))
    assert (skill.code, skill.level) == (code, level)
    assert line[skill.start : skill.end] == line


def test_a_written_level_wins_over_a_test_score():
    assert _codes(extract_languages("English – fluent (IELTS 6.0)")) == [("en", "fluent")]
    assert _codes(extract_languages("English – B1 (TOEFL iBT 100)")) == [("en", "B1")]


def test_several_languages_on_one_line_each_get_their_own_level():
    line = "Языки: казахский — родной, русский — свободно, английский (B2)"
    skills = extract_languages(line)
    assert _codes(skills) == [("kk", "native"), ("ru", "fluent"), ("en", "B2")]
    assert [line[s.start : s.end] for s in skills] == [
        "казахский — родной",
        "русский — свободно",
        "английский (B2)",
    ]


def test_kazakh_languages_block():
    text = "Тілдерді білуі\nқазақ тілі — ана тілі\nорыс тілі — еркін\nағылшын тілі — В1"
    skills = extract_languages(text, _section(text))
    assert _codes(skills) == [("kk", "native"), ("ru", "fluent"), ("en", "B1")]


@pytest.mark.parametrize(
    "text",
    [
        "Гражданство: Российская Федерация",
        "Consultant, Russian Federation office of Deloitte",
        "Bachelor in English literature, 2012",
        "Учитель қазақ тілі мен әдебиеті",
        "Преподаватель кафедры русской филологии",
        "Kazakh National University, 2010",
        "Казахский национальный университет, средний балл 3.5",
        "Қазақ ұлттық университеті, 2012",
        "Казахский гуманитарно-юридический университет, 2009",
        "Работал в English school Oxford",
    ],
)
def test_no_false_hits_outside_a_languages_context(text):
    assert extract_languages(text, (Section("experience", 0, len(text)),)) == ()


def test_names_elsewhere_count_with_a_level_or_a_languages_cue():
    text = "Опыт работы\nВедущий специалист\nЗнание языков: английский\nНемецкий — базовый\n"
    skills = extract_languages(text, (Section("experience", 0, len(text)),))
    assert _codes(skills) == [("en", None), ("de", "basic")]


def test_one_entry_per_language_and_a_stated_level_wins():
    text = "Languages\nEnglish\nRussian – native\n\nSummary\nEnglish – C1 (IELTS 7.5)"
    sections = (Section("languages", 0, 34), Section("summary", 36, len(text)))
    skills = extract_languages(text, sections)
    assert _codes(skills) == [("ru", "native"), ("en", "C1")]
    english = skills[1]
    assert text[english.start : english.end] == "English – C1 (IELTS 7.5)"


def test_spacy_component_sets_spoken_languages():
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    nlp = spacy.blank("ru")
    nlp.add_pipe("recruit_languages")
    doc = nlp("Знание языков: казахский — родной, русский — свободно")
    assert _codes(doc._.spoken_languages) == [("kk", "native"), ("ru", "fluent")]


def test_the_record_sheet_row_on_foreign_languages_gives_the_level():
    text = "5. Какими иностранными языками владеете\tанглийский — читаю и могу объясняться"
    assert _codes(extract_languages(text, (Section("personal", 0, len(text)),))) == [
        ("en", "intermediate")
    ]


def test_linkedin_proficiency_names_give_levels_outside_a_languages_section():
    text = (
        "Top Skills\nProject Management\n"
        "Kazakh (Native or Bilingual)\nRussian (Full Professional)\n"
        "English (Professional Working)\nTurkish (Limited Working)\nGerman (Elementary)"
    )
    skills = extract_languages(text, (Section("skills", 0, len(text)),))
    assert _codes(skills) == [
        ("kk", "native"),
        ("ru", "fluent"),
        ("en", "advanced"),
        ("tr", "intermediate"),
        ("de", "basic"),
    ]
    assert text[skills[1].start : skills[1].end] == "Russian (Full Professional)"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mother tongue(s): KAZAKH | RUSSIAN", [("kk", "native"), ("ru", "native")]),
        ("Mother tongue: Kazakh", [("kk", "native")]),
        ("Родной язык: казахский", [("kk", "native")]),
        ("Ана тілі: қазақ", [("kk", "native")]),
        ("Родной язык: казахский, русский — свободно", [("kk", "native"), ("ru", "fluent")]),
    ],
)
def test_a_mother_tongue_label_before_the_names_makes_them_native(line, expected):
    assert _codes(extract_languages(line, _section(line))) == expected


@pytest.mark.parametrize(
    ("grid", "level"),
    [
        ("Listening C1 Reading C1 Writing B2\nSpoken production C1 Spoken interaction C1", "C1"),
        ("Listening B1 Reading A2 Writing A2\n\nSpoken production A2 Spoken interaction A2", "A2"),
        ("Listening B2 Reading B2 Writing B1 Spoken production B1", "B1"),
    ],
)
def test_the_europass_grid_under_a_language_gives_its_most_common_level(grid, level):
    text = f"Other language(s):\nENGLISH\n{grid}\nLevels: A1 and A2: Basic user"
    assert _codes(extract_languages(text, _section(text))) == [("en", level)]


def test_a_whole_europass_cv_gives_the_mother_tongues_and_grid_levels():
    text = (
        "Aigerim Bekova\nPhone number: (+7) 7012345678\n"
        "EDUCATION AND TRAINING\n01/09/2012 – 30/06/2016 Almaty, Kazakhstan\n"
        "BACHELOR OF ECONOMICS – Al-Farabi Kazakh National University\n"
        "LANGUAGE SKILLS\nMother tongue(s): KAZAKH | RUSSIAN\nOther language(s):\n"
        "ENGLISH\nListening C1 Reading C1 Writing B2\nSpoken production C1 Spoken interaction C1\n"
        "TURKISH\nListening B1 Reading A2 Writing A2\n\n"
        "Spoken production A2 Spoken interaction A2\n"
        "Levels: A1 and A2: Basic user; B1 and B2: Independent user\n"
        "DIGITAL SKILLS\nMicrosoft Excel | Power BI\n"
    )
    assert _codes(read_cv(text).languages) == [
        ("kk", "native"),
        ("ru", "native"),
        ("en", "C1"),
        ("tr", "A2"),
    ]


@pytest.mark.parametrize(
    ("line", "code", "level"),
    [
        ("Сертификат КАЗТЕСТ, уровень B2, 2021", "kk", "B2"),
        ("ҚАЗТЕСТ сертификаты, C1 деңгейі, 2022 ж.", "kk", "C1"),
        ("IELTS 6.5 (2017)", "en", "B2"),
        ("TOPIK II, level 5 (2019)", "ko", "C1"),
    ],
)
def test_a_language_test_among_the_certificates_gives_its_language(line, code, level):
    languages = read_cv(f"СЕРТИФИКАТЫ\n{line}\n").languages
    assert [(skill.code, skill.level) for skill in languages] == [(code, level)]


def test_a_test_named_without_a_result_gives_no_language():
    assert read_cv("НАВЫКИ\nПодготовка слушателей к IELTS и TOEFL с 2015 года\n").languages == ()


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("English – Pre-Intermediate", "A2"),
        ("английский — pre-intermediate", "A2"),
        ("английский — ниже среднего", "A2"),
        ("English – Upper-Intermediate", "B2"),
        ("English – Elementary", "basic"),
    ],
)
def test_the_intermediate_steps_of_course_books_are_cefr_levels(line, level):
    # QA pass I: "Pre-Intermediate" was read as basic while "Upper-Intermediate" gave B2.
    assert _codes(extract_languages(line, _section(line))) == [("en", level)]


def test_a_mixed_cv_gives_each_language_once():
    # QA pass I: the Kazakh part's "Қазақ тілі – еркін" and the Russian part's "КАЗТЕСТ – B2"
    # both stood in the profile of a mixed Kazakh/Russian CV.
    text = (
        "БІЛІМІ\n2007–2011 Торайғыров университеті, экономика бакалавры\n"
        "Тілдерді білуі: қазақ тілі – еркін, орыс тілі – ана тілі\n\n"
        "СЕРТИФИКАТЫ\nСертификат КАЗТЕСТ, уровень B2, 2019 год, выдан Национальным центром "
        "тестирования Министерства образования и науки Республики Казахстан\n"
        "Курсы повышения квалификации «Цифровизация государственного управления», 72 часа\n"
    )
    profile = read_cv(text)
    assert sorted(_codes(profile.languages)) == [("kk", "fluent"), ("ru", "native")]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("английский — элементарный", "en"),
        ("немецкий – элементарно", "de"),
        ("ағылшын тілі – қарапайым деңгей", "en"),
        ("қытай тілі – бастауыш деңгей", "zh"),
        ("agylshyn tili – qarapaiym", "en"),
    ],
)
def test_an_elementary_level_in_russian_and_kazakh_is_basic(line, code):
    # QA pass J: "английский — элементарный" gave no level, while "начальный" gave basic.
    assert _codes(extract_languages(line, _section(line))) == [(code, "basic")]


def test_a_linkedin_level_on_the_line_below_its_language_is_read():
    # QA pass K: LinkedIn prints the level under the language ("English" over "Full
    # professional proficiency"), and every level came out as None.
    text = (
        "Languages\nKazakh\nNative or bilingual proficiency\nRussian\nNative or bilingual"
        " proficiency\nEnglish\nFull professional proficiency\nGerman\nElementary proficiency\n"
        "Turkish\nLimited working proficiency"
    )
    assert _codes(extract_languages(text, _section(text))) == [
        ("kk", "native"),
        ("ru", "native"),
        ("en", "fluent"),
        ("de", "basic"),
        ("tr", "intermediate"),
    ]
