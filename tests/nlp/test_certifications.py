"""Certificates and courses with years, from their sections and from cue words elsewhere."""

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.certifications import extract_certifications
from nlp.profile import read_cv
from nlp.types import Section
from tests.nlp.builders import HH_LINKEDIN


def _items(text: str, sections: tuple[Section, ...] = ()) -> list[tuple[str, int | None, str]]:
    """(name, year, kind) of every item found."""
    return [(c.name, c.year, c.kind) for c in extract_certifications(text, sections)]


@pytest.mark.parametrize(
    ("line", "name", "year", "kind"),
    [
        ("CCNA, 2023", "CCNA", 2023, "certificate"),
        ("Сертификат Google Data Analytics (2022)", "Google Data Analytics", 2022, "certificate"),
        (
            "Курсы повышения квалификации «Цифровое правительство», 2024",
            "Курсы повышения квалификации «Цифровое правительство»",
            2024,
            "course",
        ),
        (
            "Біліктілікті арттыру курсы «Цифрлық үкімет», 2023 ж.",
            "Біліктілікті арттыру курсы «Цифрлық үкімет»",
            2023,
            "course",
        ),
        (
            "AWS Certified Cloud Practitioner — 2022",
            "AWS Certified Cloud Practitioner",
            2022,
            "certificate",
        ),
        ("PMP (Project Management Professional), 2020 г.", None, 2020, "certificate"),
        ("Coursera: Machine Learning (Stanford), 2019", None, 2019, None),
        ("ITIL 4 Foundation", "ITIL 4 Foundation", None, None),
        ("• IELTS 7.0, 2021", "IELTS 7.0", 2021, None),
    ],
)
def test_items_of_a_certificates_section(line, name, year, kind):
    text = f"Сертификаты\n{line}\n"
    (item,) = extract_certifications(text, (Section("certificates", 0, len(text)),))
    assert item.name == (name or line.rsplit(",", 1)[0])
    assert item.year == year
    assert item.kind == (kind or "certificate")
    assert text[item.start : item.end] == line


def test_courses_section_defaults_to_course():
    text = "Курсы\nExcel для аналитиков, 2021\nСертификат 1С:Бухгалтерия, 2020\n"
    assert _items(text, (Section("courses", 0, len(text)),)) == [
        ("Excel для аналитиков", 2021, "course"),
        ("1С:Бухгалтерия", 2020, "certificate"),
    ]


def test_legislation_test_certificates_in_three_languages():
    text = (
        "Сертификат о прохождении тестирования на знание законодательства РК № 12345 "
        "от 15.03.2024\n"
        "Заңнаманы білуге тестілеуден өту туралы сертификат, 2023 ж.\n"
        "Certificate of passing the civil service legislation test, 2025\n"
    )
    items = _items(text, (Section("certificates", 0, len(text)),))
    assert [(year, kind) for _, year, kind in items] == [
        (2024, "certificate"),
        (2023, "certificate"),
        (2025, "certificate"),
    ]
    assert items[0][0].startswith("Сертификат о прохождении тестирования на знание")
    assert "законодательства" in items[0][0]


def test_a_year_on_its_own_line_belongs_to_the_item_above():
    text = "Certificates\nPMP\n2021\nCCNA\n"
    items = extract_certifications(text, (Section("certificates", 0, len(text)),))
    assert [(c.name, c.year) for c in items] == [("PMP", 2021), ("CCNA", None)]
    assert text[items[0].start : items[0].end] == "PMP\n2021"


def test_headings_are_no_items():
    text = "Сертификаты и курсы\nCCNA, 2023\nCertificates:\n"
    assert _items(text, (Section("certificates", 0, len(text)),)) == [("CCNA", 2023, "certificate")]


def test_cue_words_outside_the_sections():
    text = (
        "Опыт работы\n2019 – н.в. Главный специалист, Министерство финансов\n"
        "Прошел курсы повышения квалификации «Управление проектами», 2021\n"
        "Администрирование сетей Cisco (CCNA)\n"
    )
    items = _items(text, (Section("experience", 0, len(text)),))
    assert items == [("Прошел курсы повышения квалификации «Управление проектами»", 2021, "course")]


def test_without_sections_cues_and_known_names_count():
    text = "Иванов Иван\nСертификат Microsoft Certified: Azure Fundamentals, 2022\nCCNA, 2019\n"
    assert _items(text) == [
        ("Microsoft Certified: Azure Fundamentals", 2022, "certificate"),
        ("CCNA", 2019, "certificate"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Курсовая работа по экономике, 2013",
        "Главный специалист, Министерство финансов, 2015",
        "Обучение сотрудников работе с ЕСЭДО",
    ],
)
def test_ordinary_lines_are_no_certificates(text):
    assert _items(text) == []


def test_spacy_component_sets_certifications():
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    nlp = spacy.blank("en")
    nlp.add_pipe("recruit_certifications")
    doc = nlp("Certificate: Google Data Analytics, 2022")
    assert [(c.name, c.year) for c in doc._.certifications] == [("Google Data Analytics", 2022)]


def _read(text: str) -> list[tuple[int | None, str, str]]:
    """(year, kind, evidence) of every item ``read_cv`` finds in a whole CV."""
    return [(c.year, c.kind, text[c.start : c.end]) for c in read_cv(text).certifications]


def test_every_course_under_a_two_part_russian_heading():
    text = (
        "Жумабеков Ерлан\n\nКурсы и повышение квалификации:\n"
        "«Основы государственной службы и противодействие коррупции», 2018 г.\n"
        "«Цифровая трансформация государственного управления», Astana Hub, 2022 г.\n"
        "Сертификат Google Data Analytics (Coursera), 2024 г.\n\nНавыки: Excel, 1С\n"
    )
    assert [(year, kind) for year, kind, _ in _read(text)] == [
        (2018, "course"),
        (2022, "course"),
        (2024, "certificate"),
    ]


def test_a_bilingual_heading_is_no_course_and_its_items_are():
    text = (
        "Байжанов Тимур\n\nКурстар / Курсы\n"
        "2017 — «Проектное управление в государственном секторе», Академия госуправления\n"
        "2020 — ITIL 4 Foundation (AXELOS)\n\nSKILLS\nExcel, SQL\n"
    )
    items = _read(text)
    assert [(year, kind) for year, kind, _ in items] == [(2017, "course"), (2020, "certificate")]
    assert not any("Курсы" in evidence for _, _, evidence in items)


@pytest.mark.parametrize(
    ("languages", "test"),
    [
        ("Языки:\nРусский – родной\nАнглийский – свободно (C1, IELTS 7.0)\n", "IELTS"),
        ("Тілдер\nорыс тілі – еркін\nқазақ тілі – C1 (ҚАЗТЕСТ, 2023 ж.)\n", "ҚАЗТЕСТ"),
        ("Languages\nEnglish – C1 (TOEFL iBT 105, 2021)\n", "TOEFL"),
    ],
)
def test_a_language_test_in_the_languages_section_is_a_level_not_a_certificate(languages, test):
    text = f"Ким Александр\n\n{languages}\nСертификаты:\nPMP, 2022\n"
    assert [(year, evidence) for year, _, evidence in _read(text)] == [(2022, "PMP, 2022")]
    assert any(test in text[lang.start : lang.end] for lang in read_cv(text).languages)


def test_a_language_test_in_the_certificates_section_stays_a_certificate():
    text = "Ким Александр\n\nЯзыки:\nАнглийский – C1\n\nСертификаты:\nIELTS 7.0, 2021\n"
    assert _read(text) == [(2021, "certificate", "IELTS 7.0, 2021")]


@pytest.mark.parametrize(
    ("line", "year", "kind", "evidence"),
    [
        ("Сертификаты: CCNA, 2019", 2019, "certificate", "CCNA, 2019"),
        (
            "Курсы повышения квалификации: «Цифровое правительство», Академия госуправления "
            "при Президенте Республики Казахстан, 2024",
            2024,
            "course",
            "«Цифровое правительство», Академия госуправления при Президенте Республики "
            "Казахстан, 2024",
        ),
        ("Курстар / Курсы: Excel для аналитиков, 2021 ж.", 2021, "course", None),
    ],
)
def test_an_item_on_the_heading_line_is_read_without_the_heading(line, year, kind, evidence):
    text = f"Иванов Иван\n\n{line}\n\nНавыки: Excel, SQL\n"
    evidence = evidence or line.split(": ", 1)[1]
    assert _read(text) == [(year, kind, evidence)]


def test_items_apart_by_semicolons_each_with_its_own_year():
    text = (
        "Абенов Ерлан\n\n"
        "Повышение квалификации: сертификат PMP (PMI, 2020); ITIL 4 Foundation (2021)\n"
    )
    items = read_cv(text).certifications
    assert [(c.name, c.year, c.kind) for c in items] == [
        ("PMP", 2020, "certificate"),
        ("ITIL 4 Foundation", 2021, "certificate"),
    ]
    assert [text[c.start : c.end] for c in items] == [
        "сертификат PMP (PMI, 2020)",
        "ITIL 4 Foundation (2021)",
    ]


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("CCNA (Cisco, 2019); CCNP (2021)", [("CCNA", 2019), ("CCNP", 2021)]),
        (
            "«Управление проектами»; Академия госуправления, 2019",
            [("«Управление проектами»; Академия госуправления", 2019)],
        ),
        ("Excel; Power BI", [("Excel; Power BI", None)]),
    ],
)
def test_a_semicolon_splits_items_only_when_each_part_has_a_year(line, items):
    text = f"Сертификаты\n{line}\n"
    found = extract_certifications(text, (Section("certificates", 0, len(text)),))
    assert [(c.name, c.year) for c in found] == items


@pytest.mark.parametrize(
    ("cv", "items"),
    [
        (
            "hh_ru_1",
            [
                ("Проектный менеджмент в государственном секторе", 2022, "course"),
                (
                    "Тестирование на знание законодательства Республики Казахстан",
                    2019,
                    "certificate",
                ),
                ("Microsoft Certified: Power BI Data Analyst Associate", 2021, "certificate"),
            ],
        ),
        ("hh_ru_2", [("Google Data Analytics", 2020, "course")]),
        ("hh_kk", [("Мемлекеттік қызметшілердің біліктілігін арттыру курсы", 2021, "course")]),
        ("hh_ru_docx", [("Антикоррупционная политика Республики Казахстан", 2019, "course")]),
        (
            "linkedin_en",
            [
                ("Project Management Professional (PMP)", None, "certificate"),
                ("Google Data Analytics", None, "certificate"),
            ],
        ),
        (
            "linkedin_mixed",
            [("ACCA DipIFR", None, "certificate"), ("CFA Level I", None, "certificate")],
        ),
    ],
)
def test_hh_and_linkedin_certificates_and_courses(cv, items):
    """No heading, provider line ("Coursera, Анализ данных"), leading year, honour or LinkedIn
    name, headline or location among the items; a name wrapped over two lines is one item."""
    text = (HH_LINKEDIN / f"{cv}.txt").read_text(encoding="utf-8")
    assert [(c.name, c.year, c.kind) for c in read_cv(text).certifications] == items


def test_items_that_open_with_their_year_keep_it_out_of_the_name():
    text = "Курсы\n2019 – Курсы Excel, Astana Hub\n2020 г. – сертификат IELTS 7.0\n"
    assert _items(text, (Section("courses", 0, len(text)),)) == [
        ("Курсы Excel, Astana Hub", 2019, "course"),
        ("IELTS 7.0", 2020, "certificate"),
    ]


def test_a_certificate_of_honour_is_an_award():
    text = "Награды\nCertificate of Honour of the Minister, 2022\nПочетная грамота акима, 2021\n"
    assert _items(text, (Section("other", 0, len(text)),)) == []


def test_quoted_courses_on_one_line_are_one_item_each_with_its_year():
    text = (
        'Курсы: "Государственные закупки" (2019 г., 72 ч.), "Антикоррупционная культура" '
        '(Академия государственного управления, 2021 г.), "Excel для юристов" (2022 г.).'
    )
    items = _items(text, (Section("courses", 0, len(text)),))
    assert [year for _, year, _ in items] == [2019, 2021, 2022]
    assert items[2][0] == '"Excel для юристов"'


def test_commas_split_a_line_only_when_every_part_has_a_year():
    text = "Сертификаты: CCNA, Cisco Networking Academy, 2019"
    assert [(year, kind) for _, year, kind in _items(text)] == [(2019, "certificate")]


def test_a_whole_cv_lists_each_course_of_a_one_line_list():
    text = (
        "РЕЗЮМЕ\nСапаров Нурлан Бауржанович\nТел.: 8 (777) 123-45-67\n\n"
        "Опыт работы:\n2016 - н.в. - Аппарат акима г. Шымкент, главный специалист.\n\n"
        'Курсы: "Государственные закупки" (2019 г., 72 ч.), "Антикоррупционная культура" '
        "(Академия государственного управления при Президенте РК, 2021 г.), "
        '"Excel для юристов" (2022 г.).\n\n'
        "Знание языков: казахский - родной, русский - свободно.\n"
    )
    found = [(year, evidence.split('"')[1]) for year, _, evidence in _read(text)]
    assert found == [
        (2019, "Государственные закупки"),
        (2021, "Антикоррупционная культура"),
        (2022, "Excel для юристов"),
    ]
