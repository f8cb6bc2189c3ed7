"""Lines of a certificates or courses region that are no item (a heading, a row of computer
skills, a table's header row), the name cell of a table row, and language tests listed as
certificates."""

import pytest

from nlp.profile import read_cv, read_file
from tests.nlp.builders import make_docx


def _items(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(item.name, item.year) for item in read_cv(text, lang).certifications]


def test_a_courses_heading_is_no_certificate():
    text = (
        "ПОВЫШЕНИЕ КВАЛИФИКАЦИИ И СТАЖИРОВКИ\n01.02.2018 – 30.04.2018 научная стажировка, "
        "Университет Висконсин-Мэдисон (США), программа Fulbright\n"
    )
    assert "ПОВЫШЕНИЕ КВАЛИФИКАЦИИ И СТАЖИРОВКИ" not in [name for name, _ in _items(text, "ru")]


@pytest.mark.parametrize(
    ("text", "lang", "items"),
    [
        (
            "Біліктілікті арттыру:\n2019 ж. – «Жергілікті өзін-өзі басқару» курсы, сертификат\n\n"
            "Компьютерлік сауаттылық: MS Word, MS Excel, 1С:Бухгалтерия\n",
            "kk",
            [("«Жергілікті өзін-өзі басқару» курсы, сертификат", 2019)],
        ),
        (
            "Курсы\n2021 – «Государственные закупки», 72 часа\n"
            "Компьютерная грамотность: MS Word, MS Excel\n",
            "ru",
            [("«Государственные закупки»", 2021)],
        ),
        (
            "Courses\nData Analysis with Python, Coursera, 2022\nComputer literacy: MS Office\n",
            "en",
            [("Data Analysis with Python", 2022)],
        ),
    ],
)
def test_a_computer_skills_row_is_no_course(text, lang, items):
    assert _items(text, lang) == items


def test_a_skills_row_naming_a_certificate_stays():
    text = "Курсы\nКомпьютерная грамотность: курсы MS Excel, сертификат, 2020\n"
    assert [year for _, year in _items(text, "ru")] == [2020]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сертификаты\nIELTS 6.5 (2017)\nTOPIK 3 уровень, 2019\n", "ru"),
        ("СЕРТИФИКАТТАР\nIELTS 6.5 (2017)\nTOPIK 3-деңгей, 2019\n", "kk"),
        ("CERTIFICATIONS\nIELTS 6.5 (2017)\nTOPIK level 3, 2019\n", "en"),
        ("CERTIFICATES AND LANGUAGE TESTS\nIELTS 6.5 (2017)\nTOPIK II, level 3 (2019)\n", "en"),
    ],
)
def test_language_tests_in_a_certificates_list_are_certificates(text, lang):
    items = _items(text, lang)
    assert [year for _, year in items] == [2017, 2019]
    assert items[0][0].startswith("IELTS 6.5") and items[1][0].startswith("TOPIK")


def test_the_state_language_row_with_its_test_is_no_certificate():
    text = (
        "Мемлекеттік тілді білуі / Владение государственным языком\tЕркін / свободно "
        "(ҚАЗТЕСТ, C1, 2021)\n"
    )
    assert _items(text, "auto") == []


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("2018 – «Международные перевозки грузов: ИНКОТЕРМС 2010/2020», КАП, 24 ч.", 2018),
        ('2019 – курс "ISO 9001:2015 для госорганов", 16 ч.', 2019),
        ("«Бюджетный кодекс 2025», 2024 г.", 2024),
    ],
)
def test_a_year_inside_a_quoted_name_is_not_the_year_taken(line, year):
    # QA pass H: the course of 2018 on Incoterms 2010/2020 was dated 2020.
    ((_, found),) = _items(f"Курсы повышения квалификации\n{line}\n", "ru")
    assert found == year


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "СЕРТИФИКАТЫ И КУРСЫ\n\nГод     Наименование                          Кем выдан\n"
            "2014    Профессиональный бухгалтер РК (CAP)        ПОПБ РК\n"
            "2015    КАЗТЕСТ, уровень B2                        НЦТ МОН РК\n",
            "ru",
        ),
        (
            "Повышение квалификации и сертификаты\n\n| Год  | Курс / сертификат   | Объём |\n"
            "|------|---------------------|-------|\n| 2014 | Профессиональный бухгалтер РК (CAP) "
            "| —     |\n| 2015 | КАЗТЕСТ, уровень B2 | 8 часов |\n",
            "ru",
        ),
        (
            "СЕРТИФИКАТТАР\nЖылы | Сертификат | Берген ұйым\n"
            "2014 | Профессиональный бухгалтер РК (CAP) | ПОПБ РК\n"
            "2015 | КАЗТЕСТ, уровень B2 | ҰТО\n",
            "kk",
        ),
        (
            "СЕРТИФИКАТТАР / СЕРТИФИКАТЫ\nЖыл/Год   Атауы/Наименование\n"
            "2014\tПрофессиональный бухгалтер РК (CAP)\tПОПБ РК\n2015      КАЗТЕСТ, уровень B2\n",
            "kk",
        ),
        (
            "Certifications\nYear | Certificate | Issuer\n"
            "2014 | Профессиональный бухгалтер РК (CAP) | ПОПБ РК\n"
            "2015 | КАЗТЕСТ, уровень B2 | NTC\n",
            "en",
        ),
    ],
)
def test_a_table_row_is_named_by_its_name_cell(text, lang):
    # QA pass I: the header row and markdown's "|------|" row became items, and the issuer's
    # and the hours' cells stayed in the names.
    assert _items(text, lang) == [
        ("Профессиональный бухгалтер РК (CAP)", 2014),
        ("КАЗТЕСТ, уровень B2", 2015),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Повышение квалификации\nҚазТест (КАЗТЕСТ), уровень B1, 2021\n"
            "Тестирование на знание законодательства о государственной службе, 2010\n",
            "ru",
        ),
        (
            "Біліктілікті арттыру\nҚАЗТЕСТ, C1 деңгейі, 2021 ж.\n"
            "Мемлекеттік қызмет туралы заңнаманы білуге тестілеу, 2010 ж.\n",
            "kk",
        ),
        (
            "Trainings\nKAZTEST, level B1, 2021\n"
            "Test on knowledge of the civil service legislation, 2010\n",
            "en",
        ),
    ],
)
def test_a_test_result_under_courses_is_a_certificate(text, lang):
    # QA pass I: KAZTEST and the legislation test under a courses heading were courses.
    kinds = [(item.year, item.kind) for item in read_cv(text, lang).certifications]
    assert kinds == [(2021, "certificate"), (2010, "certificate")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Қосымша\nЖүргізуші куәлігі «В» санаты.\n", "kk"),
        ("Сертификаты\nВодительское удостоверение категории B, 2012\n", "ru"),
        ("Licenses and certifications\nDriving licence (category B), 2010\n", "en"),
    ],
)
def test_a_driving_licence_is_no_certificate(text, lang):
    # QA pass I: "Жүргізуші куәлігі «В» санаты" was listed as a certificate.
    assert _items(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "items"),
    [
        (
            "EXPERIENCE\nSenior Developer — NITEC JSC, Astana\nNov 2017 – Dec 2020\n"
            "* Developed egov.kz services: certificates of no criminal record, address\n"
            "* Successfully completed AWS Certified Developer course, 2019\n",
            "en",
            [("Successfully completed AWS Certified Developer course", 2019)],
        ),
        (
            "Опыт работы\n2019 – н.в. Преподаватель, колледж\n"
            "Администрирую Moodle: создаю курсы, настраиваю тесты.\n"
            "Курсы повышения квалификации «Цифровая педагогика», 2021\n",
            "ru",
            [("Курсы повышения квалификации «Цифровая педагогика»", 2021)],
        ),
        (
            "Еңбек тәжірибесі\n2019 – қазіргі уақытқа дейін Мұғалім, мектеп\n"
            "Мұғалімдерге цифрлық сауаттылық курстарын өткіземін.\n"
            "«Цифрлық педагогика» курсынан өттім, 2021 ж.\n",
            "kk",
            [("«Цифрлық педагогика» курсынан өттім", 2021)],
        ),
    ],
)
def test_a_cue_word_in_a_duty_is_no_item(text, lang, items):
    # QA pass I: "…services: certificates of no criminal record" in a job became a certificate.
    assert _items(text, lang) == items


@pytest.mark.parametrize(
    ("label", "value", "items"),
    [
        (
            "9. Повышение квалификации, сертификаты",
            "Сертификат «1С:Профессионал» по платформе 1С:Предприятие 8 (2014); Microsoft "
            "Certified: Power BI Data Analyst Associate (PL-300), 2023",
            [
                ("«1С:Профессионал» по платформе 1С:Предприятие 8", 2014, "certificate"),
                (
                    "Microsoft Certified: Power BI Data Analyst Associate (PL-300)",
                    2023,
                    "certificate",
                ),
            ],
        ),
        (
            "Сертификаты",
            "CAP (2015); ДипИФР (АССА), 2019",
            [("CAP", 2015, "certificate"), ("ДипИФР (АССА)", 2019, "certificate")],
        ),
        (
            "9. Біліктілікті арттыру, сертификаттар",
            "«Мемлекеттік сатып алу» курсы (2019); CAP сертификаты, 2021",
            [
                ("«Мемлекеттік сатып алу» курсы", 2019, "course"),
                ("CAP сертификаты", 2021, "certificate"),
            ],
        ),
        (
            "9. Training and certificates",
            "PRINCE2 Foundation (2021); ITIL 4 Foundation, 2022",
            [
                ("PRINCE2 Foundation", 2021, "certificate"),
                ("ITIL 4 Foundation", 2022, "certificate"),
            ],
        ),
    ],
)
def test_a_form_row_of_certificates_gives_its_items(label, value, items):
    # QA pass J: a DOCX form's row "9. Повышение квалификации, сертификаты<TAB>…" (label and
    # value in cells of their own) was read as a table row named by its label: no item at all.
    rows = [
        ["1. Фамилия", "Ахметова"],
        ["8. Какими языками владеете", "русский – родной; английский – B1"],
        [label, value],
        ["10. Владение компьютером", "SQL, Python, Power BI"],
    ]
    _, profile = read_file(make_docx(["ЛИЧНЫЙ ЛИСТОК ПО УЧЁТУ КАДРОВ", rows]), isolated=False)
    assert [(item.name, item.year, item.kind) for item in profile.certifications] == items


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Дополнительная информация\nДипИФР (АССА), 2019\n",
            ("ДипИФР (АССА)", 2019, "certificate"),
        ),
        ("Training\nPRINCE2 Practitioner, 2022\n", ("PRINCE2 Practitioner", 2022, "certificate")),
    ],
)
def test_known_names_in_their_usual_spellings(text, item):
    # QA pass J: DipIFR written in Russian ("ДипИФР", as ACCA names its Russian diploma) was no
    # certificate outside a certificates section, and "PRINCE2" in capitals a course.
    assert [(c.name, c.year, c.kind) for c in read_cv(text, "auto").certifications] == [item]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Licenses & certifications\n\nMicrosoft Certified: Power BI Data Analyst Associate\n"
            "Microsoft · Issued Mar 2022\n\nProject Management Professional (PMP)\n"
            "Project Management Institute · Issued Jun 2021\n",
            "en",
        ),
        (
            "Лицензии и сертификаты\n\nMicrosoft Certified: Power BI Data Analyst Associate\n"
            "Microsoft · Выдано: мар. 2022 г.\n\nProject Management Professional (PMP)\n"
            "Project Management Institute · Выдано: июн. 2021 г.\n",
            "ru",
        ),
    ],
)
def test_linkedins_issue_line_dates_the_item_above(text, lang):
    # QA pass K: "Microsoft · Issued Mar 2022" was a second certificate, and the first had no
    # year.
    assert _items(text, lang) == [
        ("Microsoft Certified: Power BI Data Analyst Associate", 2022),
        ("Project Management Professional (PMP)", 2021),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ПЕРЕПОДГОТОВКА И ПОВЫШЕНИЕ КВАЛИФИКАЦИИ\n"
            "2019 — Курсы повышения квалификации руководящих кадров, Академия государственного\n"
            "       управления при Президенте Республики Казахстан (72 часа)\n"
            "2022 — Программа переподготовки «Стратегическое управление», Назарбаев Университет\n",
            "ru",
        ),
        (
            "ҚАЙТА ДАЯРЛАУ ЖӘНЕ БІЛІКТІЛІКТІ АРТТЫРУ\n"
            "2019 ж. — «Жобалық менеджмент», ҚР Президенті жанындағы Мемлекеттік басқару\n"
            "       академиясы (72 сағат)\n"
            "2022 ж. — «А» корпусының басшыларын қайта даярлау курсы, Назарбаев Университет\n",
            "kk",
        ),
    ],
)
def test_a_retraining_heading_opens_courses_and_a_small_letter_continues_an_item(text, lang):
    # QA pass Q: the heading was a certificate without a year, the line wrapped after
    # "Академия государственного" another, and the retraining at a university an education.
    assert [year for _, year in _items(text, lang)] == [2019, 2022]
    assert not [e for e in read_cv(text, lang).education if e.institution]


def test_a_students_year_of_study_is_no_course():
    text = (
        "БІЛІМІ\n2023 – 2027  Л.Н. Гумилев атындағы Еуразия ұлттық университеті, бакалавриат,\n"
        "             «Мемлекеттік басқару», 4-курс (оқып жатырмын)\n"
    )
    assert read_cv(text, "kk").certifications == ()
