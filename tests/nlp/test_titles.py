"""Job title and employer of each period in the layouts of real kk/ru CVs: table rows, titles
that name their own unit, Kazakh "employer, title" order, three-line blocks, hh.kz and
LinkedIn exports."""

from datetime import date

import pytest

from nlp.components.periods import extract_periods, total_years
from nlp.profile import read_cv

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


# hh.kz "Save as PDF", as the engine extracts it: dates over three lines (the last one the
# duration), then the employer, "City, website", the post and duty bullets.
HH_RU = """Ахметова Динара Болатовна
Женщина, 31 год, родилась 2 марта 1995
+7 (777) 345-67-89
d.akhmetova95@gmail.com — предпочитаемый способ связи
Проживает: Алматы
Гражданство: Казахстан, есть разрешение на работу: Казахстан
Готова к переезду: Астана, готова к командировкам
Желаемая должность и зарплата
Аналитик данных
600 000 ₸ на руки
Специализации:
— Аналитик
Занятость: полная занятость
График работы: полный день, удаленная работа
Опыт работы —10 лет 5 месяцев
Февраль 2023 —
настоящее время
3 года 10 месяцев
Kaspi Bank
Алматы, kaspi.kz
Аналитик данных
Финансовый сектор • Банк
- Построение витрин данных на SQL (PostgreSQL, ClickHouse)
- Разработка дашбордов в Power BI и Tableau для розничного бизнеса
- Автоматизация отчетности на Python (pandas, Airflow)
Январь 2021 —
Январь 2023
2 года 1 месяц
Комитет государственных доходов Министерства финансов
Республики Казахстан
Астана, kgd.gov.kz
Главный эксперт Управления анализа и рисков
- Анализ данных налогового администрирования, система управления
рисками
- Подготовка аналитических справок руководству Комитета
Июнь 2019 —
Декабрь 2020
1 год 7 месяцев
Департамент государственных доходов по городу Алматы
Алматы
Ведущий специалист отдела камерального контроля
- Камеральный контроль налоговой отчетности
- Работа в ИС «СОНО», ЕСЭДО
Сентябрь 2017 —
Май 2019
1 год 9 месяцев
Казахский национальный университет им. аль-Фараби
Алматы, www.kaznu.kz
Преподаватель кафедры информатики
- Ведение практических занятий по базам данных и
программированию
Июль 2016 —
Август 2017
1 год 2 месяца
РГП на ПХВ «Казгидромет»
Алматы, www.kazhydromet.kz
Инженер-программист
- Сопровождение информационных систем, поддержка
пользователей
Ахметова Динара • Резюме обновлено 18 ноября 2026 в 21:07

Образование
Бакалавр
2016 Казахский национальный университет им. аль-Фараби, Алматы
Механико-математический факультет, Информационные системы
Повышение квалификации, курсы
2020 Google Data Analytics
Coursera, Анализ данных
Ключевые навыки
Знание языков Русский — Родной
Казахский — B2 — Средне-продвинутый
Английский — C1 — Продвинутый
Навыки SQL Python Power BI Tableau PostgreSQL Анализ данных
ЕСЭДО
Дополнительная информация
Обо мне Аналитик с опытом в государственном и банковском секторе.
Ахметова Динара • Резюме обновлено 18 ноября 2026 в 21:07
"""

HH_RU_WRAPPED_POST = """Опыт работы —15 лет 3 месяца
Сентябрь 2019 —
настоящее время
7 лет 3 месяца
ГУ «Аппарат акима города Астаны»
Астана, astana.gov.kz
Главный специалист отдела экономики и бюджетного
планирования
- Подготовка бюджетной заявки и мониторинг исполнения местного
бюджета
- Работа в ЕСЭДО, подготовка ответов на обращения граждан
- Анализ социально-экономических показателей города в MS Excel и
Power BI
Март 2017 —
Август 2019
2 года 6 месяцев
Министерство национальной экономики Республики Казахстан
Астана, www.gov.kz
Эксперт Департамента бюджетной политики
- Разработка проектов нормативных правовых актов в сфере
бюджетного планирования
- Подготовка заключений по бюджетным программам
администраторов
"""

HH_KK = """Байжанов Нұрсұлтан Асқарұлы
Ер, 33 жас, 1993 жылғы 5 қазанда туған
+7 (702) 456-78-90 — байланысудың қалаулы тәсілі
nursultan.baizhanov@mail.ru
Тұрғылықты жері: Шымкент
Азаматтығы: Қазақстан, жұмыс істеуге рұқсаты бар: Қазақстан
Көшуге дайын емес, іссапарларға дайын
Қалаған лауазымы және жалақысы
Бас маман Мамандандырулар:
— Экономист
Жұмыспен қамту: толық жұмыспен қамту
Жұмыс кестесі: толық күн
Жұмыс тәжірибесі — 8 жыл 1 ай
Қыркүйек 2019 —
қазіргі уақыт
7 жыл 3 ай
Шымкент қаласы әкімдігінің қаржы басқармасы
Шымкент
Бас маман
- Жергілікті бюджеттің атқарылуын талдау
- ЭҚАБЖ жүйесінде құжаттармен жұмыс
- Бюджеттік бағдарламалар әкімшілерінің өтінімдерін қарау
Мамыр 2019 —
Тамыз 2019
4 ай
Шымкент қаласы бойынша Мемлекеттік кірістер департаменті
Шымкент
Жетекші маман
- Салық төлеушілердің есептерін камералдық бақылау
Қаңтар 2019 —
Сәуір 2019
4 ай
«Қазпошта» АҚ
Шымкент, www.post.kz
Операционист
- Клиенттерге қаржылық қызмет көрсету
Қараша 2018 —
Желтоқсан 2018
2 ай
«Шымкент Сервис» ЖШС
Шымкент
Бухгалтер көмекшісі
- Бастапқы құжаттарды 1С: Бухгалтерия бағдарламасында енгізу
Білімі
Жоғары
2018 М. Әуезов атындағы Оңтүстік Қазақстан университеті,
Шымкент
Экономика факультеті, Есеп және аудит
Біліктілікті арттыру, курстар
2021 Мемлекеттік қызметшілердің біліктілігін арттыру курсы
ҚР Президенті жанындағы Мемлекеттік басқару академиясы,
Мемлекеттік басқару
Байжанов Нұрсұлтан • Түйіндеме 15 қараша 2026 14:22 жаңартылды

Негізгі дағдылар
Тілдерді білу Қазақ — Ана тілі
Орыс — C1 — Жоғары деңгей
Ағылшын — A2 — Бастапқы деңгей
Дағдылар 1С: Бухгалтерия MS Excel ЭҚАБЖ Мемлекеттік сатып алу
Бюджеттік жоспарлау
Қосымша ақпарат
Өзім туралы Жауапкершілігі жоғары, ұжымда жұмыс істей аламын.
Байжанов Нұрсұлтан • Түйіндеме 15 қараша 2026 14:22 жаңартылды
"""

# LinkedIn "Save to PDF": company, post, dates with the length in brackets, location; a second
# post with the same company goes on under the first.
LINKEDIN_EN = """Contact
madina.zhaksylykova@gmail.com
www.linkedin.com/in/madinazhaksylykova (LinkedIn)
Top Skills
Public Policy
Digital Transformation
Project Management
Languages
Kazakh (Native or Bilingual)
Russian (Native or Bilingual)
English (Full Professional)
Certifications
Project Management Professional
(PMP)
Google Data Analytics
Honors-Awards
Certificate of Honour of the
Minister of Digital Development
Madina Zhaksylykova
Deputy Director, Department of Digitalization at Ministry of
Digital Development, Innovations and Aerospace Industry of
the Republic of Kazakhstan
Astana, Astana, Kazakhstan
Summary
Public servant with 9 years in central and local government of Kazakhstan.
Digital government services, e-government (eGov.kz), data-driven policy.
Led the launch of proactive public services for families and pensioners,
and the migration of regional akimats to the unified document
management system. Interested in open data, GovTech and the digital
transformation of public administration in Central Asia. Alumna of the
Bolashak scholarship programme. Speaker at Digital Almaty and Astana
International Forum. Mentor for young civil servants in the Presidential
Youth Personnel Reserve.
Experience
Ministry of Digital Development, Innovations and
Aerospace Industry of the Republic of Kazakhstan
7 years 3 months
Deputy Director, Department of Digitalization
January 2023 - Present (3 years 11 months)
Astana, Kazakhstan
Coordination of digitalization projects of state bodies; eGov.kz services.
Chief Expert
September 2019 - December 2022 (3 years 4 months)
Astana, Kazakhstan
Kazakhtelecom JSC
Project Manager
March 2018 - August 2019 (1 year 6 months)
Astana, Kazakhstan
Managed B2G broadband projects for regional akimats.
Nazarbayev University
Research Assistant
September 2016 - February 2018 (1 year 6 months)
Astana, Kazakhstan
Akimat of Astana
Specialist, Department of Economy and Budget Planning
August 2014 - July 2016 (2 years)
Astana, Kazakhstan
Page 1 of 2

Education
Nazarbayev University
Master of Public Administration, Public Policy · (2016 - 2018)
L.N. Gumilyov Eurasian National University
Bachelor's degree, International Relations · (2010 - 2014)
Page 2 of 2
"""

LINKEDIN_RU_NAMES = """Experience
АО «ФНБ «Самрук-Қазына»
Senior Manager, Investment Department
May 2022 - Present (4 years 7 months)
Astana, Kazakhstan
Министерство финансов Республики Казахстан
Главный эксперт Департамента бюджетного
планирования
June 2019 - April 2022 (2 years 11 months)
Astana, Kazakhstan
Подготовка республиканского бюджета, бюджетные заявки
администраторов.
Комитет казначейства Министерства финансов
Республики Казахстан
Эксперт
October 2017 - May 2019 (1 year 8 months)
Astana, Kazakhstan
ТОО «Делойт»
Audit Assistant
September 2015 - September 2017 (2 years 1 month)
Almaty, Kazakhstan
РГП на ПХВ «Информационно-учетный центр»
Intern
June 2015 - August 2015 (3 months)
Astana, Kazakhstan
Education
KIMEP University
Master of Business Administration - MBA, Finance · (2013 - 2015)
Казахский экономический университет им. Т.
Рыскулова
Бакалавр, Финансы · (2009 - 2013)
Page 1 of 1
"""


def _jobs(text):
    return [(e.title, e.organization, e.public_service) for e in read_cv(text).experience]


def test_hh_kz_posts_are_read_below_the_employer_and_its_city_line():
    assert _jobs(HH_RU) == [
        ("Аналитик данных", "Kaspi Bank", False),
        (
            "Главный эксперт Управления анализа и рисков",
            "Комитет государственных доходов Министерства финансов Республики Казахстан",
            True,
        ),
        (
            "Ведущий специалист отдела камерального контроля",
            "Департамент государственных доходов по городу Алматы",
            True,
        ),
        (
            "Преподаватель кафедры информатики",
            "Казахский национальный университет им. аль-Фараби",
            False,
        ),
        ("Инженер-программист", "РГП на ПХВ «Казгидромет»", False),
    ]


def test_an_hh_kz_post_wrapped_over_two_lines_is_read_whole_and_duties_are_not_a_post():
    assert _jobs(HH_RU_WRAPPED_POST) == [
        (
            "Главный специалист отдела экономики и бюджетного планирования",
            "ГУ «Аппарат акима города Астаны»",
            True,
        ),
        (
            "Эксперт Департамента бюджетной политики",
            "Министерство национальной экономики Республики Казахстан",
            True,
        ),
    ]


def test_hh_kz_in_kazakh_reads_each_post_and_employer():
    assert _jobs(HH_KK) == [
        ("Бас маман", "Шымкент қаласы әкімдігінің қаржы басқармасы", True),
        ("Жетекші маман", "Шымкент қаласы бойынша Мемлекеттік кірістер департаменті", True),
        ("Операционист", "«Қазпошта» АҚ", False),
        ("Бухгалтер көмекшісі", "«Шымкент Сервис» ЖШС", False),
    ]


def test_linkedin_posts_are_read_above_their_dates_and_count_as_civil_service():
    ministry = (
        "Ministry of Digital Development, Innovations and Aerospace Industry of the Republic"
        " of Kazakhstan"
    )
    profile = read_cv(LINKEDIN_EN)
    assert _jobs(LINKEDIN_EN) == [
        ("Deputy Director, Department of Digitalization", ministry, True),
        ("Chief Expert", ministry, True),
        ("Project Manager", "Kazakhtelecom JSC", False),
        ("Research Assistant", "Nazarbayev University", False),
        ("Specialist, Department of Economy and Budget Planning", "Akimat of Astana", True),
    ]
    public = total_years(profile.experience, public_only=True, today=date(2026, 11, 30))
    assert public == pytest.approx(9.25, abs=0.1)


def test_linkedin_posts_and_companies_wrapped_over_lines_are_read_whole():
    assert _jobs(LINKEDIN_RU_NAMES) == [
        ("Senior Manager, Investment Department", "АО «ФНБ «Самрук-Қазына»", False),
        (
            "Главный эксперт Департамента бюджетного планирования",
            "Министерство финансов Республики Казахстан",
            True,
        ),
        ("Эксперт", "Комитет казначейства Министерства финансов Республики Казахстан", True),
        ("Audit Assistant", "ТОО «Делойт»", False),
        ("Intern", "РГП на ПХВ «Информационно-учетный центр»", False),
    ]


# Europass (PDF export): the dates, then the town and country on the same line, then
# "TITLE – EMPLOYER" in capitals, sometimes the employer's unit, then duties.
EUROPASS = """WORK EXPERIENCE
01/09/2019 – CURRENT Astana, Kazakhstan
CHIEF EXPERT – MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN
Budget Policy Department
• Preparation of the republican budget draft and its justification
• Monitoring of budget programmes of central state bodies
01/10/2018 – 31/08/2019 Astana, Kazakhstan
LEADING ECONOMIST – HALYK BANK OF KAZAKHSTAN JSC
• Credit risk analysis of corporate borrowers
• Financial modelling in Excel
01/07/2016 – 31/08/2017 Almaty, Kazakhstan
SPECIALIST – DEPARTMENT OF ECONOMY AND BUDGET PLANNING OF ALMATY CITY
• Analysis of budget requests of district akimats
01/02/2016 – 31/05/2016 Almaty, Kazakhstan
INTERN – NATIONAL COMPANY KAZMUNAYGAS JSC
• Economic planning department, internship
EDUCATION AND TRAINING
"""


def test_europass_posts_are_read_below_the_place_on_the_date_line():
    profile = read_cv(EUROPASS)
    assert _jobs(EUROPASS) == [
        ("CHIEF EXPERT", "MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN", True),
        ("LEADING ECONOMIST", "HALYK BANK OF KAZAKHSTAN JSC", False),
        ("SPECIALIST", "DEPARTMENT OF ECONOMY AND BUDGET PLANNING OF ALMATY CITY", True),
        ("INTERN", "NATIONAL COMPANY KAZMUNAYGAS JSC", False),
    ]
    public = total_years(profile.experience, public_only=True, today=date(2026, 11, 30))
    assert public == pytest.approx(8.4)


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
