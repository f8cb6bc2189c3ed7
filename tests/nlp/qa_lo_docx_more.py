"""QA pass LO, files 5-8 (see ``qa_lo_docx``): a text-box sidebar, the Russian "Послужной
список" form, a numbered list of jobs with justified text, a Kazakh CV over two pages with a
header and a footer. People, phones and e-mails are invented."""

from tests.nlp.docx_xml import r, tc, tr
from tests.nlp.qa_lo_word import b, grid, i, listed, page_field, para, stop, text_box, word_file

HANGING = 'w:left="2600" w:hanging="2600"'


def lo05_mixed_textbox_sidebar() -> bytes:
    """A Kazakh and Russian CV whose contacts, languages and skills sit in a shaded text box
    on the right of the page, the body wrapping round it; each job's dates on the left, the
    post after a tab stop and the employer under the post."""
    sidebar = (
        para(b("Байланыс / Контакты"))
        + para("+7 702 418 90 36")
        + para("zh.tulegenova@mail.kz")
        + para(b("Тілдер / Языки"), space=200)
        + para("Қазақ тілі — ана тілі")
        + para("Русский язык — свободно")
        + para("English — B2")
        + para(b("Дағдылар / Навыки"), space=200)
        + para("ЕСЭДО")
        + para("e-Qyzmet")
        + para("MS Excel")
        + para("ArcGIS")
    )
    box = text_box(sidebar, left_cm=14.2, top_cm=2.0, width_cm=5.3, height_cm=11.0)

    def job(dates: str, post: str, employer: str) -> str:
        head = para(dates, "\t", b(post), tabs=stop(2600), indent=HANGING, space=120)
        return head + para(employer, indent='w:left="2600"')

    body = (
        para(b("ТӨЛЕГЕНОВА ЖАНСАЯ ЕРЛАНҚЫЗЫ"), box)
        + para("Түйіндеме / Резюме")
        + para(b("Жұмыс тәжірибесі / Опыт работы"), space=240)
        + job(
            "03.2021 – қазіргі уақыт",
            "Бас маман",
            "Ақтөбе облысы әкімдігінің жер қатынастары басқармасы",
        )
        + job("05.2017 – 02.2021", "Жетекші маман", "Ақтөбе қаласы әкімінің аппараты")
        + job("09.2013 – 04.2017", "Инженер-жерге орналастырушы", "«Жер кадастры» ЖШС")
        + para(b("Білімі / Образование"), space=240)
        + para(
            "2009–2013\tҚ. Жұбанов атындағы Ақтөбе өңірлік университеті",
            tabs=stop(2600),
            indent=HANGING,
            space=120,
        )
        + para("«Жерге орналастыру» мамандығы, бакалавр", indent='w:left="2600"')
    )
    return word_file(body)


def lo06_ru_posluzhnoy_spisok() -> bytes:
    """The Russian "Послужной список" form filled in Word: a ruled label | value table, then
    the jobs with a two-row header ("Дата" over "приема" and "увольнения"), each post, employer
    and town in one cell."""
    personal = grid(
        [
            tr("Фамилия, имя, отчество", "Кенжебаев Тимур Аскарович"),
            tr("Дата и место рождения", "05.03.1986, г. Павлодар"),
            tr(
                "Образование, наименование учебного заведения, год окончания, специальность "
                "и квалификация",
                "Павлодарский государственный университет им. С. Торайгырова, 2008 г., "
                "специальность «Экономика», бакалавр экономики",
            ),
            tr("Ученая степень, ученое звание", "нет"),
            tr("Владение языками", "казахский – свободно, русский – родной, английский – A1"),
            tr("Государственные награды, почетные звания", "нет"),
        ],
        [3600, 5755],
    )
    dated = ("приема", "увольнения")
    jobs = grid(
        [
            tr(
                tc(para(b("Дата")), span=2),
                tc(
                    para(b("Должность, место работы, местонахождение организации")), merge="restart"
                ),
            ),
            tr(*(tc(para(b(word))) for word in dated), tc(merge="continue")),
            tr(
                "12.08.2008",
                "30.06.2012",
                "Специалист отдела кадров, ТОО «Павлодарский нефтехимический завод», г. Павлодар",
            ),
            tr(
                "02.07.2012",
                "15.03.2017",
                "Главный специалист отдела кадров, ГУ «Аппарат акима Павлодарской области», "
                "г. Павлодар",
            ),
            tr(
                "16.03.2017",
                "по настоящее время",
                "Руководитель отдела кадровой службы, РГУ «Департамент государственных доходов "
                "по Павлодарской области», г. Павлодар",
            ),
        ],
        [1500, 1700, 6155],
    )
    body = (
        para(b("ПОСЛУЖНОЙ СПИСОК"), jc="center")
        + para("кандидата на занятие административной государственной должности", jc="center")
        + para("", space=120)
        + personal
        + para(b("ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ"), jc="center", space=240)
        + jobs
        + para("Компьютерные навыки: ЕСЭДО, e-Qyzmet, 1С:Кадры", space=240)
        + para("Подпись кандидата ____________\tДата 21.11.2026", tabs=stop(6500), space=360)
    )
    return word_file(body)


def lo07_en_numbered_justified() -> bytes:
    """An English CV: a justified summary, the jobs as a numbered list (dates, a tab, the
    post), the employer in italics and justified duties indented under each item."""
    dates_then_post = stop(3000)
    under = 'w:left="3000"'

    def job(dates: str, post: str, employer: str, duties: str) -> str:
        head = listed("", 2, r(f"{dates}\t"), b(post), tabs=dates_then_post)
        return head + para(i(employer), indent=under) + para(duties, jc="both", indent=under)

    body = (
        para(b("MADINA SERIKOVA"), jc="center")
        + para("Semey, Abai Region | +7 777 245 10 93 | madina.serikova@mail.kz", jc="center")
        + para(b("SUMMARY"), space=240)
        + para(
            "Public procurement and budgeting specialist with nine years in local executive "
            "bodies of the Abai Region and three years in industry. Experienced in planning "
            "annual procurement, drafting tender documentation, contract control and "
            "reporting to the regional maslikhat; works in ESEDO and on the public "
            "procurement portal every day.",
            jc="both",
        )
        + para(b("WORK EXPERIENCE"), space=240)
        + job(
            "06/2024 – present",
            "Head of Sector",
            "Public Procurement Department of the Akimat of Abai Region",
            "Plans the region's annual procurement, checks tender documentation and reports "
            "on contract execution to the head of the department.",
        )
        + job(
            "09/2018 – 05/2024",
            "Senior Specialist",
            "Education Department of Semey City",
            "Prepared budget requests of the city's schools, kept procurement contracts and "
            "answered citizens' appeals within the statutory time limits.",
        )
        + job(
            "07/2015 – 08/2018",
            "Procurement Officer",
            "Semey Cement LLP",
            "Purchased raw materials and spare parts, compared suppliers' offers and kept "
            "the register of contracts in MS Excel.",
        )
        + para(b("EDUCATION"), space=240)
        + para("Shakarim University, Semey — Bachelor of Economics, 2015")
        + para(b("LANGUAGES"), space=240)
        + para("Kazakh (native), Russian (fluent), English (B2)")
        + para(b("SKILLS"), space=240)
        + para("MS Excel, MS Word, ESEDO (electronic document management), goszakup.gov.kz")
    )
    return word_file(body)


def lo08_kk_two_pages_header_footer() -> bytes:
    """A Kazakh CV over two pages: the name in the header, "N-бет" in the footer, a justified
    objective, a ruled jobs table whose rows carry duties as bullets and break across the
    page, education and languages on the second page."""
    duties = (
        "Облыстық бюджеттің атқарылуын талдау",
        "Бюджеттік өтінімдерді қарау және қорытынды дайындау",
        "Мемлекеттік сатып алу жоспарын келісу",
        "Әкімдікке ай сайынғы есептерді дайындау",
        "Азаматтардың өтініштеріне жауап дайындау",
        "Аудандық қаржы бөлімдерімен жұмысты үйлестіру",
        "Нормативтік құқықтық актілердің жобаларын сараптау",
        "Бюджеттік бағдарламалар әкімшілеріне кеңес беру",
    )

    def row(dates: str, post: str, employer: str, count: int) -> str:
        items = "".join(listed(duty) for duty in duties[:count])
        return tr(dates, tc(para(b(post)), para(employer), items))

    jobs = grid(
        [
            tr(tc(para(b("Жұмыс кезеңі"))), tc(para(b("Лауазымы және жұмыс орны")))),
            row(
                "2020 ж. қаңтар – қазіргі уақыт",
                "Бөлім басшысы",
                "Түркістан облысы әкімдігінің қаржы басқармасы",
                8,
            ),
            row(
                "2015 ж. мамыр – 2019 ж. желтоқсан",
                "Бас маман",
                "Шымкент қаласы бойынша Мемлекеттік кірістер департаменті",
                8,
            ),
            row("2010 ж. қыркүйек – 2015 ж. сәуір", "Экономист", "«Оңтүстік Жарық Транзит» ЖШС", 6),
        ],
        [2600, 6755],
    )
    objective = (
        "Мемлекеттік қаржыны басқару саласындағы он бес жылдық тәжірибемді облыстық деңгейде "
        "бюджеттік жоспарлау мен бақылауды жетілдіруге жұмсағым келеді. Бюджеттік кодекстің, "
        "мемлекеттік сатып алу туралы заңның талаптарын жетік білемін, есептерді уақытында әрі "
        "сапалы дайындаймын, ұжыммен жұмыс істей аламын."
    )
    body = (
        para(b("ТҮЙІНДЕМЕ"), jc="center")
        + para(b("Әбдірахманов Нұрсұлтан Болатұлы"), jc="center", space=120)
        + para("Түркістан қ., +7 701 733 18 42, n.abdirakhmanov@mail.kz", jc="center")
        + para(b("Мақсаты"), space=240)
        + para(objective, jc="both")
        + para(objective, jc="both", space=120)
        + para(b("Кәсіби жетістіктер"), space=240)
        + listed("Облыстық бюджеттің атқарылуы бойынша есептілікті автоматтандыруды енгіздім")
        + listed("Мемлекеттік сатып алудағы бұзушылықтар санын екі есе қысқарттым")
        + listed("Аудандық қаржы бөлімдерінің жас мамандарына тәлімгер болдым")
        + para(b("Жұмыс тәжірибесі"), space=240)
        + jobs
        + para(b("Білімі"), space=240)
        + para("2006–2010 – М. Әуезов атындағы Оңтүстік Қазақстан университеті, «Қаржы», бакалавр")
        + para(
            "2012–2014 – Қазақ экономика, қаржы және халықаралық сауда университеті, "
            "«Экономика», магистр"
        )
        + para(b("Тілдерді білуі"), space=240)
        + para("Қазақ тілі – ана тілі, орыс тілі – еркін, ағылшын тілі – B1")
        + para(b("Компьютерлік дағдылар"), space=240)
        + para("ЕСЭДО, MS Excel, 1С:Кәсіпорын")
    )
    header = para(i("Әбдірахманов Нұрсұлтан Болатұлы"), jc="right")
    footer = para(page_field(), "-бет", jc="center")
    return word_file(body, header=header, footer=footer)
