"""QA pass LO: eight CVs as candidates write them in Word from HR templates, then save as PDF
(``test_qa_lo`` has LibreOffice do it): a jobs table ruled with borders, the Kazakh service
record form, dates pushed right by a tab stop with a dot leader, a two-column layout table
(here); a text-box sidebar, the Russian "Послужной список", a numbered list of jobs with
justified text, a header and footer over two pages (``qa_lo_docx_more``). Built from raw
WordprocessingML by ``qa_lo_word``. People, phones and e-mails are invented."""

from tests.nlp.docx_xml import tc, tr
from tests.nlp.qa_lo_docx_more import (
    lo05_mixed_textbox_sidebar,
    lo06_ru_posluzhnoy_spisok,
    lo07_en_numbered_justified,
    lo08_kk_two_pages_header_footer,
)
from tests.nlp.qa_lo_word import TEXT_WIDTH, b, grid, i, listed, page_field, para, stop, word_file

RIGHT_DATES = stop(TEXT_WIDTH, "right", "dot")


def lo01_ru_bordered_jobs_table() -> bytes:
    """A jobs table ruled with borders (period | post | employer), the name in the header,
    "Стр. N из M" in the footer, a justified summary, languages as a bulleted list."""
    jobs = grid(
        [
            tr(tc(para(b("Период работы"))), tc(para(b("Должность"))), tc(para(b("Организация")))),
            tr(
                "09.2020 – н.в.",
                "Главный специалист отдела государственных закупок",
                "ГУ «Управление финансов Акмолинской области»",
            ),
            tr("03.2016 – 08.2020", "Ведущий специалист", "ГУ «Аппарат акима города Кокшетау»"),
            tr("07.2012 – 02.2016", "Бухгалтер", "ТОО «Кокшетау Энерго»"),
        ],
        [1900, 3600, 3855],
    )
    body = (
        para(b("РЕЗЮМЕ"), jc="center")
        + para(b("Байжанова Салтанат Ерболовна"), jc="center", space=120)
        + para("г. Кокшетау, тел.: +7 701 455 32 18, e-mail: s.baizhanova@mail.kz", jc="center")
        + para(b("О себе"), space=240)
        + para(
            "Более десяти лет работаю в сфере финансов и государственных закупок: планирование "
            "закупок, подготовка конкурсной документации, контроль исполнения договоров. "
            "Ответственная, умею работать с большим объёмом документов в сжатые сроки.",
            jc="both",
        )
        + para(b("Опыт работы"), space=240)
        + jobs
        + para(b("Образование"), space=240)
        + para(
            "Кокшетауский государственный университет им. Ш. Уалиханова, 2012 г., "
            "специальность «Финансы», бакалавр экономики и бизнеса",
            jc="both",
        )
        + para(b("Владение языками"), space=240)
        + listed("казахский — свободно")
        + listed("русский — родной")
        + listed("английский — B1")
        + para(b("Профессиональные навыки"), space=240)
        + para("1С:Бухгалтерия, MS Excel, ЕСЭДО, портал госзакупок goszakup.gov.kz", jc="both")
    )
    header = para(i("Байжанова С.Е. — резюме"), jc="right")
    footer = para("Стр. ", page_field(), " из ", page_field("NUMPAGES"), jc="center")
    return word_file(body, header=header, footer=footer)


def lo02_kk_service_record_form() -> bytes:
    """The Kazakh service record ("Қызметтік тізім") filled in Word: a label | value table of
    personal data, then a ruled jobs table with the start and end dates in two columns."""
    label = [2800, 6555]
    personal = grid(
        [
            tr("Тегі, аты, әкесінің аты", "Жақсыбекова Айгерім Нұрланқызы"),
            tr("Туған жылы", "1989"),
            tr(
                "Білімі",
                tc(
                    "2011 ж., Л.Н. Гумилев атындағы Еуразия ұлттық университеті, "
                    "«Бастауыш оқытудың педагогикасы мен әдістемесі» мамандығы, бакалавр",
                    "2016 ж., Л.Н. Гумилев атындағы Еуразия ұлттық университеті, "
                    "«Педагогика және психология» мамандығы, магистр",
                ),
            ),
            tr("Тілдерді білуі", "қазақ тілі – ана тілі, орыс тілі – еркін, ағылшын тілі – A2"),
            tr("Компьютерлік дағдылар", "ЕСЭДО, MS Word, MS Excel, НОБД"),
            tr("Байланыс", "+7 747 210 65 43, a.zhaksybekova@mail.kz"),
        ],
        label,
    )
    jobs = grid(
        [
            tr(
                tc(para(b("Қабылданған күні"))),
                tc(para(b("Босатылған күні"))),
                tc(para(b("Лауазымы"))),
                tc(para(b("Мекеменің (ұйымның) атауы"))),
            ),
            tr("01.09.2011", "31.07.2014", "Мұғалім", "«Астана қаласының № 54 мектеп-лицейі» КММ"),
            tr(
                "01.08.2014",
                "14.02.2019",
                "Бас маман",
                "Астана қаласы әкімдігінің «Білім басқармасы» ММ",
            ),
            tr(
                "15.02.2019",
                "қазіргі уақытқа дейін",
                "Сарапшы",
                "Қазақстан Республикасы Оқу-ағарту министрлігі",
            ),
        ],
        [1500, 1700, 2400, 3755],
    )
    body = (
        para(b("ҚЫЗМЕТТІК ТІЗІМ"), jc="center")
        + para("әкімшілік мемлекеттік лауазымға кандидаттың", jc="center")
        + para("", space=120)
        + personal
        + para(b("Еңбек жолы"), jc="center", space=240)
        + jobs
        + para("Мәліметтердің дұрыстығын растаймын. Қолы ________ Күні 20.11.2026", space=360)
    )
    return word_file(body)


def lo03_en_tab_leader_dates() -> bytes:
    """An English CV: each job's post with its dates pushed to the right margin by a right
    tab stop with a dot leader, the employer in italics under it, duties as bullets."""

    def job(post: str, dates: str, employer: str, *duties: str) -> str:
        head = para(b(post), "\t" + dates, tabs=RIGHT_DATES, space=160)
        return head + para(i(employer)) + "".join(listed(duty) for duty in duties)

    body = (
        para(b("ARMAN DAULETOV"), jc="center")
        + para("Astana, Kazakhstan | +7 708 391 20 57 | arman.dauletov@gmail.com", jc="center")
        + para(b("PROFESSIONAL EXPERIENCE"), space=240)
        + job(
            "Chief Expert",
            "09/2019 – Present",
            "Ministry of Digital Development, Innovations and Aerospace Industry of the "
            "Republic of Kazakhstan",
            "Coordinated the integration of state databases with the eGov.kz portal",
            "Prepared analytical reports in Power BI for the department's management",
        )
        + job(
            "Business Analyst",
            "06/2016 – 08/2019",
            "Kazakhtelecom JSC",
            "Wrote requirements and user stories in Jira for the billing system",
            "Built SQL reports on subscriber churn",
        )
        + job(
            "Junior Software Developer",
            "08/2014 – 05/2016",
            "EPAM Systems Kazakhstan LLP",
            "Developed and tested back-end services in Python",
        )
        + para(b("EDUCATION"), space=240)
        + para(b("Nazarbayev University"), "\t2014 – 2016", tabs=RIGHT_DATES, space=120)
        + para("Master of Science in Computer Science")
        + para(b("Kazakh-British Technical University"), "\t2010 – 2014", tabs=RIGHT_DATES)
        + para("Bachelor of Engineering in Information Systems")
        + para(b("LANGUAGES"), space=240)
        + para("Kazakh — native; Russian — fluent; English — C1")
        + para(b("SKILLS"), space=240)
        + para("Python, SQL, Power BI, Jira, Confluence, business process modelling (BPMN)")
    )
    return word_file(body)


def lo04_ru_two_column_layout() -> bytes:
    """A two-column layout table without borders, as CV templates build one: contacts,
    languages and skills in a narrow left column, the jobs and education in the right one."""
    left = (
        para(b("КОНТАКТЫ"))
        + para("+7 705 612 48 90")
        + para("d.omarova@mail.ru")
        + para("г. Караганда")
        + para(b("ЯЗЫКИ"), space=240)
        + para("казахский — родной")
        + para("русский — свободно")
        + para("английский — A2")
        + para(b("НАВЫКИ"), space=240)
        + para("1С:Предприятие")
        + para("SAP")
        + para("MS Excel")
    )

    def job(post: str, employer: str, dates: str, duty: str) -> str:
        return para(b(post), space=160) + para(employer) + para(i(dates)) + listed(duty)

    right = (
        para(b("ОПЫТ РАБОТЫ"))
        + job(
            "Главный специалист",
            "ГУ «Управление предпринимательства и индустриально-инновационного развития "
            "Карагандинской области»",
            "Январь 2019 — настоящее время",
            "Мониторинг программ поддержки малого и среднего бизнеса",
        )
        + job(
            "Экономист планово-экономического отдела",
            "АО «АрселорМиттал Темиртау»",
            "Апрель 2014 — декабрь 2018",
            "Бюджетирование и анализ себестоимости в SAP",
        )
        + job(
            "Менеджер по продажам",
            "ТОО «Арман-Сервис»",
            "Сентябрь 2011 — март 2014",
            "Работа с оптовыми клиентами, учёт продаж в 1С",
        )
        + para(b("ОБРАЗОВАНИЕ"), space=240)
        + para("Карагандинский экономический университет Казпотребсоюза")
        + para("Бакалавр, «Экономика», 2011")
    )
    layout = grid([tr(tc(left), tc(right))], [2900, 6455], borders=False)
    body = para(b("ОМАРОВА ДИНАРА СЕРИКОВНА"), jc="center") + para("", space=120) + layout
    return word_file(body)


FILES = {
    "lo01_ru_bordered_jobs_table.docx": lo01_ru_bordered_jobs_table,
    "lo02_kk_service_record_form.docx": lo02_kk_service_record_form,
    "lo03_en_tab_leader_dates.docx": lo03_en_tab_leader_dates,
    "lo04_ru_two_column_layout.docx": lo04_ru_two_column_layout,
    "lo05_mixed_textbox_sidebar.docx": lo05_mixed_textbox_sidebar,
    "lo06_ru_posluzhnoy_spisok.docx": lo06_ru_posluzhnoy_spisok,
    "lo07_en_numbered_justified.docx": lo07_en_numbered_justified,
    "lo08_kk_two_pages_header_footer.docx": lo08_kk_two_pages_header_footer,
}
