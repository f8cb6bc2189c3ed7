"""Job title and employer of each period in the layouts of real kk/ru CVs, one entry at a time:
table rows, titles that name their own unit, Kazakh "employer, title" order, three-line blocks,
PDF tables with wrapped cells, units under a post and trailing full stops. Whole hh.kz, LinkedIn
and Europass exports are in test_titles_hh.py and test_titles_linkedin_europass.py."""

from datetime import date

import pytest

from nlp.components.periods import extract_periods, total_years
from nlp.extract import extract_bytes
from nlp.profile import read_cv
from tests.nlp.builders import make_docx


def _jobs(text):
    """(title, employer, civil service) of each job ``read_cv`` finds in a whole CV."""
    return [(e.title, e.organization, e.public_service) for e in read_cv(text).experience]


# (one experience entry, title, organisation, civil service)
TABLE_ROWS = [
    ("09.2011 – 06.2014 | Экономист отдела планирования | АО «Казахтелеком»",
     "Экономист отдела планирования", "АО «Казахтелеком»", False),
    ("01.2018 – 03.2021 | Эксперт Департамента бюджетного планирования | Министерство финансов РК",
     "Эксперт Департамента бюджетного планирования", "Министерство финансов РК", True),
    ("09.2011 – 08.2014\tГлавный специалист\tУправление финансов акимата города Астаны",
     "Главный специалист", "Управление финансов акимата города Астаны", True),
    ("2016 – 2019 | Астана қаласының әкімдігі | бас маман",
     "бас маман", "Астана қаласының әкімдігі", True),
    ("2016 – 2019 | «Қазақтелеком» АҚ | қаржы бөлімінің экономисі",
     "қаржы бөлімінің экономисі", "«Қазақтелеком» АҚ", False),
    ("Главный специалист | 2015 – 2018 | Министерство финансов РК",
     "Главный специалист", "Министерство финансов РК", True),
]  # fmt: skip

UNIT_IN_TITLE = [
    ("2010-2015 гг. – помощник прокурора, прокуратура Медеуского района г. Алматы",
     "помощник прокурора", "прокуратура Медеуского района г. Алматы", True),
    ("2010-2015 гг. – старший помощник прокурора района, Прокуратура Алматинской области",
     "старший помощник прокурора района", "Прокуратура Алматинской области", True),
    ("2018-2022 гг. – главный консультант юридического департамента, ТОО «Samruk-Kazyna Business"
     " Service»", "главный консультант юридического департамента",
     "ТОО «Samruk-Kazyna Business Service»", False),
    ("2022 г. – настоящее время – заместитель директора департамента цифровизации, Министерство"
     " юстиции РК", "заместитель директора департамента цифровизации", "Министерство юстиции РК",
     True),
    ("2015 – 2018 начальник управления ГУ «Аппарат акима Алматинской области»",
     "начальник управления", "ГУ «Аппарат акима Алматинской области»", True),
    ("2015 – 2018 руководитель отдела анализа Министерство финансов РК",
     "руководитель отдела анализа", "Министерство финансов РК", True),
    ("2015 – 2018 Главный специалист отдела кадров АО «Казахтелеком»",
     "Главный специалист отдела кадров", "АО «Казахтелеком»", False),
    ("2015 – 2018 басшының орынбасары, Қаржы министрлігі",
     "басшының орынбасары", "Қаржы министрлігі", True),
    ("2015 – 2018 бас маман «Қызылорда қалалық мәслихатының аппараты» ММ",
     "бас маман", "«Қызылорда қалалық мәслихатының аппараты» ММ", True),
    ("2021 ж. – қазіргі уақытқа дейін Сарапшы, Қазақстан Республикасы Цифрлық даму, инновациялар"
     " және аэроғарыш өнеркәсібі министрлігі", "Сарапшы", "Қазақстан Республикасы Цифрлық даму,"
     " инновациялар және аэроғарыш өнеркәсібі министрлігі", True),
]  # fmt: skip

EMPLOYER_FIRST = [
    ("2019 – 2021 — Астана қаласының әкімдігі, бас маман",
     "бас маман", "Астана қаласының әкімдігі", True),
    ("2019 – 2021 — Қаржы министрлігі Мемлекеттік кірістер комитеті – бас сарапшы",
     "бас сарапшы", "Қаржы министрлігі Мемлекеттік кірістер комитеті", True),
    ("01.11.2021 – 30.06.2023 — Мұғалжар ауданы әкімінің аппараты ММ, қаржы бөлімінің бас маманы",
     "қаржы бөлімінің бас маманы", "Мұғалжар ауданы әкімінің аппараты ММ", True),
    ("01.09.2017 – 31.10.2018 — «Ақтөбе су арнасы» ШЖҚ МКК, бухгалтер",
     "бухгалтер", "«Ақтөбе су арнасы» ШЖҚ МКК", False),
    ("2014 ж. қыркүйек – 2016 ж. маусым — «Зерде» ұлттық холдингі» АҚ, жүйелік талдаушы",
     "жүйелік талдаушы", "«Зерде» ұлттық холдингі» АҚ", False),
    ("2010 ж. қыркүйек – 2012 ж. тамыз\nЕкібастұз қаласының №12 мектебі КММ, информатика пәнінің"
     " мұғалімі", "информатика пәнінің мұғалімі", "Екібастұз қаласының №12 мектебі КММ", False),
    ("2021 ж. желтоқсан – қазіргі уақытқа дейін\nҚазақстан Республикасы Цифрлық даму, инновациялар"
     " және аэроғарыш өнеркәсібі министрлігі, Мемлекеттік көрсетілетін қызметтер департаментінің"
     " сарапшысы", "Мемлекеттік көрсетілетін қызметтер департаментінің сарапшысы",
     "Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
     True),
    ("2019 – 2021 Astana qalasynyñ äkımdıgı, bas maman",
     "bas maman", "Astana qalasynyñ äkımdıgı", True),
    ("2019 – 2021 Qarjy ministrlıgı, qarjy bölımınıñ bas mamany",
     "qarjy bölımınıñ bas mamany", "Qarjy ministrlıgı", True),
]  # fmt: skip

THREE_LINE_BLOCKS = [
    ("Июнь 2014 – Декабрь 2016\nАО «НК «Қазақстан темір жолы»\n"
     "Ведущий специалист департамента информационных технологий",
     "Ведущий специалист департамента информационных технологий",
     "АО «НК «Қазақстан темір жолы»", False),
    ("Сентябрь 2020 – Март 2023\nГКП на ПХВ «Городская поликлиника № 4» акимата города Караганды\n"
     "Руководитель отдела информатизации", "Руководитель отдела информатизации",
     "ГКП на ПХВ «Городская поликлиника № 4» акимата города Караганды", False),
    ("2017 ж. қаңтар – 2019 ж. мамыр\nҚаржы министрлігінің Мемлекеттік кірістер комитеті\n"
     "ақпараттық технологиялар басқармасының бас маманы",
     "ақпараттық технологиялар басқармасының бас маманы",
     "Қаржы министрлігінің Мемлекеттік кірістер комитеті", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("entry", "title", "organization", "public"),
    TABLE_ROWS + UNIT_IN_TITLE + EMPLOYER_FIRST + THREE_LINE_BLOCKS,
)
def test_title_and_employer_come_apart_in_each_layout(entry, title, organization, public):
    (period,) = extract_periods(entry)
    assert (period.title, period.organization) == (title, organization)
    assert period.public_service is public
    assert entry[period.span[0] : period.span[1]] == entry


def test_a_unit_after_a_title_is_the_employer_when_nothing_else_is_named():
    entry = "2008 – 2010 Главный эксперт Департамента государственных доходов по г. Астана"
    (period,) = extract_periods(entry)
    assert period.title == "Главный эксперт"
    assert period.organization == "Департамента государственных доходов по г. Астана"


@pytest.mark.parametrize(
    "entry",
    [
        "2019 жылдың қыркүйегінен бастап қазіргі уақытқа дейін – «Қызылорда облысының экономика"
        " басқармасы» ММ, бюджеттік жоспарлау бөлімінің басшысы",
        "2019 жылдың қыркүйегінен бастап қазіргі уақытқа дейін\nбюджеттік жоспарлау бөлімінің"
        " басшысы\n«Қызылорда облысының экономика басқармасы» ММ",
    ],
)
def test_to_date_after_an_open_period_is_no_title(entry):
    (period,) = extract_periods(entry)
    assert (period.start, period.end) == ("2019-09", None)
    assert period.title == "бюджеттік жоспарлау бөлімінің басшысы"
    assert period.organization == "«Қызылорда облысының экономика басқармасы» ММ"
    assert period.public_service


def test_a_table_cv_reads_every_row_and_skips_its_header():
    text = (
        "Опыт работы\n"
        "Период | Должность | Организация\n"
        "09.2011 – 06.2014 | Экономист отдела планирования | АО «Казахтелеком»\n"
        "07.2014 – 12.2017 | Главный специалист отдела экономики | ГУ «Аппарат акима района"
        " Байконыр»\n"
    )
    assert [(p.title, p.organization, p.public_service) for p in extract_periods(text)] == [
        ("Экономист отдела планирования", "АО «Казахтелеком»", False),
        ("Главный специалист отдела экономики", "ГУ «Аппарат акима района Байконыр»", True),
    ]


PDF_TABLE = """Трудовая деятельность
Дата приема
Дата
увольнения
Должность, место работы
08.2004 07.2007
Учитель математики, КГУ «Школа-гимназия № 3» отдела образования
акимата г. Павлодара
08.2007 12.2010 Специалист 1 категории, ГУ «Аппарат акима Павлодарской области»
10.2015 04.2022
Главный специалист, Департамент по делам государственной службы по
Павлодарской области Агентства Республики Казахстан по делам
государственной службы
05.2022
по настоящее
время
Руководитель управления, Министерство труда и социальной защиты
населения Республики Казахстан
"""


def test_cells_wrapped_over_lines_in_a_pdf_table_are_read_whole():
    profile = read_cv(PDF_TABLE)
    assert [(e.title, e.organization, e.public_service) for e in profile.experience] == [
        (
            "Учитель математики",
            "КГУ «Школа-гимназия № 3» отдела образования акимата г. Павлодара",
            False,
        ),
        ("Специалист 1 категории", "ГУ «Аппарат акима Павлодарской области»", True),
        (
            "Главный специалист",
            "Департамент по делам государственной службы по Павлодарской области Агентства "
            "Республики Казахстан по делам государственной службы",
            True,
        ),
        (
            "Руководитель управления",
            "Министерство труда и социальной защиты населения Республики Казахстан",
            True,
        ),
    ]
    assert [(e.start, e.end) for e in profile.experience][-1] == ("2022-05", None)
    last = profile.experience[-1]
    assert PDF_TABLE[last.span[0] : last.span[1]].endswith("населения Республики Казахстан")


@pytest.mark.parametrize(
    ("line", "title", "org"),
    [
        (
            "2018 ж. қаңтар – қазіргі уақытқа дейін Басқарма басшысы, Қазақстан Республикасы "
            "Білім және ғылым министрлігінің Мектепке дейінгі және орта білім комитеті",
            "Басқарма басшысы",
            "Қазақстан Республикасы Білім және ғылым министрлігінің Мектепке дейінгі және орта "
            "білім комитеті",
        ),
        (
            "2017-2020 Бөлім басшысының орынбасары, Астана қаласының әкімдігі",
            "Бөлім басшысының орынбасары",
            "Астана қаласының әкімдігі",
        ),
        ("2017-2020 Бөлім меңгерушісі", "Бөлім меңгерушісі", None),
    ],
)
def test_a_kazakh_unit_with_its_head_is_a_title(line, title, org):
    (period,) = extract_periods(line)
    assert (period.title, period.organization) == (title, org)
    assert period.public_service == (org is not None)


def test_a_cell_with_post_and_employer_beside_a_place_cell():
    line = (
        "09.2008\t12.2012\tГлавный эксперт, Комитет казначейства Министерства финансов "
        "Республики Казахстан\tг. Астана"
    )
    (period,) = extract_periods(line)
    assert (period.title, period.organization, period.public_service) == (
        "Главный эксперт",
        "Комитет казначейства Министерства финансов Республики Казахстан",
        True,
    )


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        # a table cell's post, employer and duties read across as one line
        ("01.2019 – 12.2022\tГлавный специалист ГУ «Управление финансов Карагандинской "
         "области» Подготовка бюджетных заявок.", "Главный специалист",
         "ГУ «Управление финансов Карагандинской области»"),
        ("09.2021 – 03.2024\tБас маман «Қазақтелеком» АҚ Бюджетті жоспарлау және есеп беру.",
         "Бас маман", "«Қазақтелеком» АҚ"),
        # a place after the name, without a sentence's full stop or in lower case, stays
        ("2015 – 2018\tГлавный специалист ГУ «Аппарат акима» Карагандинской области",
         "Главный специалист", "ГУ «Аппарат акима» Карагандинской области"),
        ("2015 – 2018\tОператор АО «Казпочта» г. Караганда.", "Оператор",
         "АО «Казпочта» г. Караганда"),
    ],
)  # fmt: skip
def test_a_duties_sentence_after_the_quoted_employer_is_not_the_employer(line, title, organization):
    (period,) = extract_periods(line)
    assert (period.title, period.organization) == (title, organization)


@pytest.mark.parametrize(
    ("entry", "organization"),
    [
        ("01/09/2019 – CURRENT\nChief expert – Ministry of Finance\nBudget Policy Department",
         "Ministry of Finance"),
        ("2015 – 2018\nГлавный специалист, Министерство финансов РК\nДепартамент бюджетной"
         " политики", "Министерство финансов РК"),
    ],
)  # fmt: skip
def test_a_unit_under_a_post_and_its_state_body_is_not_the_employer(entry, organization):
    (period,) = extract_periods(entry)
    assert period.organization == organization
    assert period.public_service


def test_a_unit_under_a_post_alone_is_still_the_employer():
    (period,) = extract_periods("2015 – 2018\nЭксперт\nДепартамент бюджетной политики г. Астаны")
    assert (period.title, period.organization) == (
        "Эксперт",
        "Департамент бюджетной политики г. Астаны",
    )


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("03/2020 – 12/2022\nMinistry of Energy of the Republic of Kazakhstan\nAdviser to the"
         " Minister", "Adviser to the Minister"),
        ("01/2018 – 02/2020\nKazakh Invest JSC\nSenior Translator", "Senior Translator"),
    ],
)  # fmt: skip
def test_english_posts_below_their_employer_are_titles(entry, title):
    (period,) = extract_periods(entry)
    assert period.title == title


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("с 09.2011 г. по 04.2014 г. - ТОО \"ОнтустикСтройСервис\", юрист.", "юрист"),
        ("2016 - н.в. - Аппарат акима г. Шымкент, главный специалист юридического отдела.",
         "главный специалист юридического отдела"),
        ("с 02.2019 г. по 06.2020 г. - Южно-Казахстанский университет, старший преподаватель"
         " (по совместительству).", "старший преподаватель (по совместительству)"),
    ],
)  # fmt: skip
def test_a_title_loses_the_full_stop_that_ends_its_sentence(entry, title):
    (period,) = extract_periods(entry)
    assert period.title == title


SERVICE_RECORD = (
    "ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ:\n"
    "2001–2003    Экономист, ТОО «Караганды-Агро»\n"
    "2003–2010    Научный сотрудник\n"
    "             Институт экономики Комитета науки (РГП на ПХВ)\n"
    "2014–2018    Главный эксперт, с 2016 г. заместитель директора Департамента\n"
    "             стратегического планирования\n"
    "             Министерство национальной экономики Республики Казахстан\n"
    "2018–2022    Директор Департамента развития агропромышленного комплекса\n"
    "             Министерство сельского хозяйства Республики Казахстан\n"
)


def test_an_employer_below_a_post_beside_the_dates_is_read():
    # QA pass H: the post beside the dates, its employer indented on the line below; a unit
    # named last wraps its name onto the next line.
    assert _jobs(SERVICE_RECORD) == [
        ("Экономист", "ТОО «Караганды-Агро»", False),
        ("Научный сотрудник", "Институт экономики Комитета науки (РГП на ПХВ)", False),
        (
            "Главный эксперт, с 2016 г. заместитель директора Департамента стратегического "
            "планирования",
            "Министерство национальной экономики Республики Казахстан",
            True,
        ),
        (
            "Директор Департамента развития агропромышленного комплекса",
            "Министерство сельского хозяйства Республики Казахстан",
            True,
        ),
    ]


def test_an_employer_over_its_dates_is_not_given_to_the_job_above():
    # Employers printed over their dates: the ministry below the first job's dates is the
    # next job's, so the first job must not become civil service by it.
    text = (
        "Опыт работы\n"
        "ТОО «Альфа Консалтинг»\n"
        "2015 – 2018 Экономист\n"
        "Министерство финансов Республики Казахстан\n"
        "2018 – 2021 Главный эксперт\n"
    )
    assert _jobs(text)[0] == ("Экономист", None, False)


def test_a_state_institution_named_by_its_form_is_an_employer():
    # QA pass H: a state archive is no state body, but "КГУ «…»" still names the employer;
    # without it the job lost its post and the next job took a duty bullet as its employer.
    text = (
        "ОПЫТ РАБОТЫ\n\n"
        "Ведущий архивист\nКГУ «Государственный архив Карагандинской области»\n"
        "с 01.09.2019 г. по 28.02.2022 г.\n• оцифровка документов.\n\n"
        "Экономист-аналитик\nТОО «Qaragandy Data Solutions»\n"
        "с 01.06.2016 г. по 31.08.2019 г.\n• работа в 1С:Бухгалтерия 8.3, сверка с банком;\n"
    )
    assert _jobs(text) == [
        ("Ведущий архивист", "КГУ «Государственный архив Карагандинской области»", False),
        ("Экономист-аналитик", "ТОО «Qaragandy Data Solutions»", False),
    ]


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        (
            "Senior Lecturer (part-time) — Astana IT University, Astana",
            "Senior Lecturer (part-time)",
            "Astana IT University, Astana",
        ),
        (
            "Digital Governance Consultant (part-time, remote) — UNDP Kazakhstan",
            "Digital Governance Consultant (part-time, remote)",
            "UNDP Kazakhstan",
        ),
    ],
)
def test_how_a_post_is_held_stays_in_its_title(line, title, organization):
    # QA pass H: the employer began inside the brackets ("part-time) — Astana IT University").
    (period,) = extract_periods(f"Experience\n{line}\nSep 2021 – Jun 2023\n")
    assert (period.title, period.organization) == (title, organization)


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        (
            "Director of Analytics — Astana Hub International Technopark of IT Startups, Astana",
            "Director of Analytics",
            "Astana Hub International Technopark of IT Startups, Astana",
        ),
        (
            "Data Engineer — Internet Solutions LLP, Almaty",
            "Data Engineer",
            "Internet Solutions LLP, Almaty",
        ),
        (
            "Marketing Specialist – Hardware Programs Lead",
            "Marketing Specialist – Hardware Programs Lead",
            None,
        ),
    ],
)
def test_an_employer_after_a_dash_with_no_organisation_word_is_the_employer(
    line, title, organization
):
    # QA pass H: "International" read as "intern", a title word, and the city became the employer.
    (period,) = extract_periods(f"Experience\n{line}\nApr 2024 – Present\n")
    assert (period.title, period.organization) == (title, organization)


@pytest.mark.parametrize(
    "post",
    [
        "Бухгалтер-кассир, с 2010 г. — бухгалтер по расчётам с поставщиками",
        "Помощник прокурора, с 2014 года — старший помощник прокурора",
        "Жүйелік әкімші, 2016 жылдан жетекші инженер",
        "Сот отырысының хатшысы, 2013 жылдан – бас маман",
    ],
)
def test_a_title_line_that_dates_a_later_post_is_the_title(post):
    # QA pass I: the date of the promotion ended the lines below the job's dates, so the job
    # under its employer had no title.
    text = (
        "Опыт работы\n\nс 15.08.2008 г. по 30.09.2016 г.\nТОО «Агрофирма «Заречное»\n"
        f"{post}\n- учёт кассовых операций.\n"
    )
    (period,) = extract_periods(text)
    assert (period.title, period.organization) == (post, "ТОО «Агрофирма «Заречное»")


@pytest.mark.parametrize(
    ("employer", "organization", "public"),
    [
        (
            "Департамент по обеспечению деятельности судов при Верховном Суде Республики "
            "Казахстан\n(аппарат Верховного Суда РК) по Южно-Казахстанской области",
            "Департамент по обеспечению деятельности судов при Верховном Суде Республики "
            "Казахстан (аппарат Верховного Суда РК) по Южно-Казахстанской области",
            True,
        ),
        (
            "Департамент статистики Павлодарской области\n(қазіргі Ұлттық статистика бюросының "
            "Павлодар облысы бойынша департаменті)",
            "Департамент статистики Павлодарской области (қазіргі Ұлттық статистика бюросының "
            "Павлодар облысы бойынша департаменті)",
            True,
        ),
        (
            "Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі "
            "министрлігінің\nАқпараттық қауіпсіздік комитеті",
            "Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі "
            "министрлігінің Ақпараттық қауіпсіздік комитеті",
            True,
        ),
    ],
)
def test_an_employer_over_two_lines_keeps_the_post_below_it(employer, organization, public):
    # QA pass I: the bracketed line under the employer was taken for the post and the real post
    # lost; the comma inside a Kazakh ministry's name split it into a title and an employer.
    text = f"Опыт работы\n04.2014 – 12.2018\n{employer}\nВедущий специалист отдела статистики\n"
    (period,) = extract_periods(text)
    assert (period.title, period.organization, period.public_service) == (
        "Ведущий специалист отдела статистики",
        organization,
        public,
    )


@pytest.mark.parametrize(
    ("employer", "post"),
    [
        ("Л.Н. Гумилев атындағы Еуразия ұлттық университеті", "Ассистент"),
        ("«Qarmet» АҚ (бұрынғы «АрселорМиттал Теміртау» АҚ)", "Шарттық-құқықтық бөлімінің заңгері"),
        ("Карагандинский технический университет", "Ассистент кафедры информатики"),
    ],
)
def test_an_assistant_and_a_lawyer_in_kazakh_are_posts(employer, post):
    # QA pass I: "Ассистент" and "заңгер" (lawyer) held no title word, so the row had no title.
    text = f"Жұмыс тәжірибесі\n2021 ж. шілде – 2023 ж. қараша\n{employer}\n{post}\n"
    assert _jobs(text) == [(post, employer, False)]


def test_duties_after_a_colon_are_no_part_of_the_title():
    # QA pass I: the post's duties after its colon were kept in the title.
    text = (
        "Опыт работы\n09.2016 – 05.2018\nТОО «Kazakhstan Marketing Research»\n"
        "Аналитик-социолог: обработка анкет в SPSS, картографирование выборки в ArcGIS\n"
        "09.2014 – 08.2016\nТОО «Альфа»\nЭксперт: отдел кадров\n"
    )
    assert [(p.title, p.organization) for p in extract_periods(text)] == [
        ("Аналитик-социолог", "ТОО «Kazakhstan Marketing Research»"),
        ("Эксперт: отдел кадров", "ТОО «Альфа»"),
    ]


def test_jobs_named_above_their_dates_after_a_job_named_on_its_date_line():
    # QA pass I: after "Freelance developer, 2019 – 2020" the next jobs were read from their
    # duty bullets below the dates, not from their lines above them.
    text = (
        'EXPERIENCE\n\nSenior Backend Developer — JSC "National Information Technologies", '
        "Astana\nNov 2017 – Dec 2020\n* Developed egov.kz services.\n\n"
        "Freelance developer (evenings/weekends), 2019 – 2020\n* Small CRM integrations.\n\n"
        "Software Engineer — Kaspi.kz JSC, Almaty\nSep 2014 – Oct 2017\n"
        "* Back-office services for the marketplace on Java and PostgreSQL; Redis caching.\n\n"
        "Junior Developer — Kolesa Group LLP, Almaty\n2013-06 – 2014-08\n"
        "* PHP/Python scripts for the classifieds platform, MySQL.\n"
    )
    assert [(p.title, p.organization) for p in extract_periods(text)] == [
        ("Senior Backend Developer", 'JSC "National Information Technologies", Astana'),
        ("Freelance developer (evenings/weekends)", None),
        ("Software Engineer", "Kaspi.kz JSC, Almaty"),
        ("Junior Developer", "Kolesa Group LLP, Almaty"),
    ]


def _file_jobs(data):
    """(title, employer, civil service) of each job in a real file, and its civil-service years."""
    profile = read_cv(extract_bytes(data).text)
    jobs = [(e.title, e.organization, e.public_service) for e in profile.experience]
    return jobs, total_years(profile.experience, public_only=True, today=date(2026, 11, 27))


def test_an_employer_cell_wins_over_a_comma_in_the_post_cell():
    # QA pass J: the unit after the post's comma was taken as the employer and the
    # Organisation cell was dropped, so no job was civil service.
    cv = make_docx(
        [
            "Professional Experience",
            [
                ["Period", "Position", "Organisation"],
                ["Mar 2023 – Oct 2026", "Chief Expert, International Cooperation Department",
                 "Ministry of Foreign Affairs of the Republic of Kazakhstan"],
                ["Jul 2016 – Aug 2019", "Specialist, Investment Attraction Division",
                 "Akimat of Almaty, Department of Entrepreneurship and Investments"],
            ],
        ]
    )  # fmt: skip
    jobs, public = _file_jobs(cv)
    assert jobs == [
        ("Chief Expert, International Cooperation Department",
         "Ministry of Foreign Affairs of the Republic of Kazakhstan", True),
        ("Specialist, Investment Attraction Division",
         "Akimat of Almaty, Department of Entrepreneurship and Investments", True),
    ]  # fmt: skip
    assert public == 6.8


def test_a_town_cell_of_the_record_sheet_is_no_employer():
    # QA pass J: "Личный листок" gives the post with its organisation in one cell and the town
    # in the next; the town was taken as the employer, and no job was civil service.
    cv = make_docx(
        [
            "11. Выполняемая работа с начала трудовой деятельности",
            [
                ["Месяц и год", "", "Должность с указанием учреждения, организации",
                 "Местонахождение"],
                ["08.2011", "05.2013", "Инженер-программист ТОО «Павлодар Энерго Сервис»",
                 "г. Павлодар"],
                ["06.2013", "08.2016", "Ведущий специалист отдела информатизации ГУ «Аппарат "
                 "акима города Павлодара»", "г. Павлодар"],
            ],
        ]
    )  # fmt: skip
    jobs, public = _file_jobs(cv)
    assert jobs == [
        ("Инженер-программист", "ТОО «Павлодар Энерго Сервис»", False),
        ("Ведущий специалист отдела информатизации", "ГУ «Аппарат акима города Павлодара»", True),
    ]
    assert public == 3.2


@pytest.mark.parametrize(
    ("entry", "title", "organization", "public"),
    [
        ("01.10.2010 – 31.12.2014\tГлавный специалист юридического отдела аппарата акима "
         "Карагандинской области", "Главный специалист юридического отдела",
         "аппарата акима Карагандинской области", True),
        ("05.01.2015 – 30.06.2019\tРуководитель управления правового обеспечения Департамента "
         "государственных доходов по Карагандинской области",
         "Руководитель управления правового обеспечения",
         "Департамента государственных доходов по Карагандинской области", True),
        ("01.07.2019 – по настоящее время\tЗаместитель директора Департамента юридической "
         "службы Министерства финансов Республики Казахстан",
         "Заместитель директора Департамента юридической службы",
         "Министерства финансов Республики Казахстан", True),
        ("2018 – 2021 Главный специалист отдела кадров Национального банка РК",
         "Главный специалист отдела кадров", "Национального банка РК", False),
        # the unit's own name goes on after "и": "управления" there is no body
        ("2018 – 2021 Главный специалист сектора анализа и управления рисками Департамента "
         "казначейства Министерства финансов",
         "Главный специалист сектора анализа и управления рисками",
         "Департамента казначейства Министерства финансов", True),
    ],
)  # fmt: skip
def test_the_unit_under_a_post_stays_in_the_title_when_a_body_follows_it(
    entry, title, organization, public
):
    # QA pass J: the post was cut inside its genitive phrase ("Главный специалист
    # юридического | отдела аппарата акима …", "Заместитель директора | Департамента …").
    (period,) = extract_periods(entry)
    assert (period.title, period.organization) == (title, organization)
    assert period.public_service is public


@pytest.mark.parametrize(
    ("entry", "title", "organization"),
    [
        # a narrow column wrapped the employer's last word below it
        ("Бас маман 2019 ж. – қазір\n«Ақмола облысы бойынша Мемлекеттік кірістер департаменті»"
         " республикалық мемлекеттік\nмекемесі\n• Салық төлеушілерге түсіндіру жұмыстары",
         "Бас маман",
         "«Ақмола облысы бойынша Мемлекеттік кірістер департаменті» республикалық мемлекеттік"
         " мекемесі"),
        # a duty in lower case under the employer is not part of its name
        ("Бухгалтер 2012 – 2014\n«Көкшетау Жылу» ЖШС\nесеп жүргізу.", "Бухгалтер",
         "«Көкшетау Жылу» ЖШС"),
    ],
)  # fmt: skip
def test_an_employer_below_a_post_keeps_its_wrapped_last_word(entry, title, organization):
    (period,) = extract_periods(entry)
    assert (period.title, period.organization) == (title, organization)
