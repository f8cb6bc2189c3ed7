"""CV section segmentation: headers in Kazakh (Cyrillic and Latin), Russian and English, and the
spaCy component. Sections inside whole CVs are in test_sections_profile.py, official forms in
test_sections_forms.py and hh.kz/LinkedIn exports in test_sections_exports.py."""

import pytest

from nlp.components.headings import HEADINGS, LABELS, heading_label
from nlp.components.sections import find_sections, sections_for
from nlp.pipeline import get_pipeline
from nlp.profile import read_cv

RU_CV = """Сапарова Айгерим Маратовна
+7 701 123 45 67, aigerim@mail.kz

1. ОПЫТ РАБОТЫ:
09.2019 – по настоящее время  Главный специалист, Акимат г. Астаны

2. Образование
Евразийский национальный университет, бакалавр, 2015

Технические навыки: Python, SQL, Power BI

ЗНАНИЕ ЯЗЫКОВ
Казахский – свободно, английский – B2

Курсы повышения квалификации
Цифровая трансформация, 2022
"""

KK_CV = """Жұмабеков Ерлан

Жеке мәліметтер
Туған күні: 01.02.1990

ЕҢБЕК ТӘЖІРИБЕСІ
2018–2023 Бас маман, Астана қаласының әкімдігі

Білімі:
Әл-Фараби атындағы Қазақ ұлттық университеті, 2012

Дағдылар
Excel, 1С, ЕСЭДО

Тілдерді білу
Қазақ тілі – ана тілі

Біліктілікті арттыру
Сертификаттар
"""

EN_CV = """Daniyar Akhmetov
Objective
To lead digital public services.

Professional Experience
2020 - present  Data Analyst, Kazakhtelecom JSC

EDUCATION
Nazarbayev University, MSc, 2019

Skills & Competencies
SQL, Tableau

Certifications
CCNA (2023)

Trainings
ITIL Foundation
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (RU_CV, ["personal", "experience", "education", "skills", "languages", "courses"]),
        (
            KK_CV,
            [
                "personal",
                "personal",
                "experience",
                "education",
                "skills",
                "languages",
                "courses",
                "certificates",
            ],
        ),
        (
            EN_CV,
            ["personal", "summary", "experience", "education", "skills", "certificates", "courses"],
        ),
    ],
)
def test_sections_are_found_in_kazakh_russian_and_english_cvs(text, names):
    sections = find_sections(text)
    assert [s.name for s in sections] == names
    for section in sections:
        assert text[section.start : section.end].strip() == text[section.start : section.end]


def test_section_starts_at_its_header_and_ends_before_the_next():
    sections = {s.name: s for s in find_sections(RU_CV)}
    education = RU_CV[sections["education"].start : sections["education"].end]
    assert education == "2. Образование\nЕвразийский национальный университет, бакалавр, 2015"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("ОПЫТ  РАБОТЫ", "experience"),
        ("III. Work Experience:", "experience"),
        ("• Компьютерные навыки", "skills"),
        ("Знание языков:", "languages"),
        ("О себе", "summary"),
        ("Personal information", "personal"),
        ("Навыки: Python, SQL", "skills"),
        ("Образование\tКазНУ им. аль-Фараби, 2015", "education"),
        ("О П Ы Т  Р А Б О Т Ы", "experience"),
        ("S K I L L S", "skills"),
        ("Опыт работы с Python и SQL в течение пяти лет", None),
        ("Образование высшее, экономическое", None),
        ("Курсы и повышение квалификации:", "courses"),
        ("Курстар және сертификаттар", "courses"),
        ("Сертификаттар және курстар", "certificates"),
        ("Тілдерді меңгеруі:", "languages"),
        ("Білімі / Образование", "education"),
        ("Жұмыс тәжірибесі / Опыт работы", "experience"),
        ("Образование (Білімі)", "education"),
        ("Education / Образование", "education"),
        ("Тілдер / Языки:", "languages"),
        ("Білімі / Образование: бакалавр, КазНУ, 2012", "education"),
        ("Опыт работы с 1С", None),
        ("Опыт работы с 1С и ЕСЭДО", None),
        ("Образование и наука", None),
        ("РЕЗЮМЕ / ТҮЙІНДЕМЕ", None),
        ("Дата рождения / Туған күні: 08.06.1991", None),
        ("", None),
    ],
)
def test_header_lines_are_recognised_and_ordinary_lines_are_not(line, label):
    assert heading_label(line) == label


def test_cv_without_headers_has_no_sections():
    assert find_sections("Иван Петров\nPython, SQL\n2019–2023 аналитик") == ()


def test_sections_carry_the_language_they_are_written_in():
    text = KK_CV + "\nОпыт работы\n2015–2018 ведущий специалист отдела информатизации акимата"
    languages = {s.name: s.language for s in sections_for(text)}
    assert languages["education"] == "kk"
    assert [s.language for s in sections_for(text)][-1] == "ru"


@pytest.mark.parametrize(("lang", "text"), [("ru", RU_CV), ("kk", KK_CV), ("en", EN_CV)])
def test_component_sets_section_spans_and_extension(lang, text):
    doc = get_pipeline(lang)(text)
    spans = doc.spans["sections"]
    assert [s.label_ for s in spans] == [s.name for s in doc._.sections]
    assert {s.label_ for s in spans} >= {"experience", "education", "skills"}
    for span, section in zip(spans, doc._.sections, strict=True):
        assert span.start_char == section.start
        assert span.end_char == section.end


def test_component_leaves_empty_sections_when_no_header():
    doc = get_pipeline("en")("Python, SQL and Tableau for five years")
    assert list(doc.spans["sections"]) == []
    assert doc._.sections == ()


def test_every_heading_maps_to_an_agreed_label():
    assert set(HEADINGS.values()) == set(LABELS)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Jūmys täjıribesı", "experience"),
        ("JŪMYS TÄJIRIBESI:", "experience"),
        ("Eñbek joly", "experience"),
        ("Enbek qyzmeti", "experience"),
        ("Еңбек қызметі", "experience"),
        ("2. Bılımı", "education"),
        ("Bilim", "education"),
        ("Dağdylar", "skills"),
        ("Daǵdylar", "skills"),
        ("Kásibi daǵdylar", "skills"),
        ("Eńbek joly", "experience"),
        ("Tilderdi bilýi", "languages"),
        ("Daghdylar: Python, SQL", "skills"),
        ("Käsıbi dağdylar", "skills"),
        ("Kompiuterlık dağdylar", "skills"),
        ("Дағдылары: Excel, 1С", "skills"),
        ("Tılder", "languages"),
        ("Tıl bılu", "languages"),
        ("Tilderi", "languages"),
        ("Sertifikattar", "certificates"),
        ("Kurstar", "courses"),
        ("Bıliktılıktı arttyru", "courses"),
        ("J Ū M Y S  T Ä J I R I B E S I", "experience"),
        ("Jūmys täjıribesı 5 jyl memlekettık qyzmette", None),
        ("Bılımı joğary, ekonomikalyq", None),
    ],
)
def test_latin_kazakh_headers_and_their_keyboard_spellings_are_recognised(line, label):
    assert heading_label(line) == label


def test_latin_kazakh_cv_is_split_into_its_sections():
    text = (
        "Aiğerım Nūrlanova\n\nEñbek joly\n2016–2019 Bas maman, Astana qalasy äkımdıgı\n\n"
        "Bılımı:\nEuraziia ūlttyq universitetı, 2016\n\nKompiuterlık dağdylar\nExcel, SQL\n\n"
        "Tıl bılu\nQazaq tılı — ana tılı\n\nKurstar\nTsifrlyq transformatsiia, 2022\n"
    )
    sections = sections_for(text)
    assert [s.name for s in sections] == [
        "personal",
        "experience",
        "education",
        "skills",
        "languages",
        "courses",
    ]
    assert {s.language for s in sections} == {"kk"}


def test_every_heading_read_as_a_line_keeps_its_own_label():
    """Folding "ğ", "sh", "ı", ... together never makes two headings of different labels meet."""
    assert {phrase: heading_label(phrase) for phrase in HEADINGS} == HEADINGS


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("КОМПЬЮТЕРДІ МЕҢГЕРУІ", "skills"),
        ("Компьютерлік сауаттылық:", "skills"),
        ("Компьютерная грамотность", "skills"),
        ("ҚОСЫМША", "other"),
        ("ҚОСЫМША / ДОПОЛНИТЕЛЬНО", "other"),
        ("Дополнительно:", "other"),
        ("Additional", "other"),
        ("Дополнительно обучаю стажёров", None),
    ],
)
def test_computer_skills_and_additional_headings_are_recognised(line, label):
    # QA pass I: "КОМПЬЮТЕРДІ МЕҢГЕРУІ" and "ҚОСЫМША" were no headings, so their lines went on
    # the courses section above them as five courses.
    assert heading_label(line) == label


def test_the_courses_section_ends_at_the_computer_skills_and_additional_headings():
    text = (
        "КУРСТАР, СЕРТИФИКАТТАР\n• «Мемлекеттік сатып алу» курсы, 40 сағат, 2022 ж.\n\n"
        "КОМПЬЮТЕРДІ МЕҢГЕРУІ\nMS Office (Word, Excel), «Төрелік» АЖ, ЭҚАБЖ\n\n"
        "ҚОСЫМША\nОтбасы жағдайы: тұрмыста.\n"
    )
    assert [s.name for s in find_sections(text)] == ["courses", "skills", "other"]


def test_memberships_end_the_certificates_above_them():
    # QA pass K: "MEMBERSHIPS" was no heading, so it and the membership under it were listed
    # as two more certificates.
    text = (
        "CERTIFICATIONS\nIELTS Academic 7.5 (2015)\n\n"
        "MEMBERSHIPS\n2010–present  Member, Union of Translators of Kazakhstan\n\n"
        "ЧЛЕНСТВО В ОРГАНИЗАЦИЯХ\nЧлен Палаты аудиторов\n\nҰЙЫМДАРҒА МҮШЕЛІК\nАудиторлар палатасы\n"
    )
    assert [s.name for s in find_sections(text)] == ["certificates", "other", "other", "other"]
    assert [c.name for c in read_cv(text, "en").certifications] == ["IELTS Academic 7.5"]
