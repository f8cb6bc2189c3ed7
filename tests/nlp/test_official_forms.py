"""Kazakhstan's official personnel forms read whole by ``read_cv``: the service record
("Послужной список" / "Қызметтік тізім") and the personnel record sheet ("Личный листок по
учету кадров" / "Кадрларды есепке алу жөніндегі жеке парақ"), with numbered label/value rows
and tables as DOCX extraction gives them (cells apart by tabs)."""

import pytest

from nlp.profile import read_cv

SERVICE_RECORD_RU = """ПОСЛУЖНОЙ СПИСОК
Фамилия, имя, отчество: Абенов Ерлан Маратович
Дата рождения: 14.05.1986
Образование: высшее
Окончил: Карагандинский государственный технический университет, 2008 г., бакалавр
Владение языками: казахский — свободно, русский — родной, английский — со словарём (A2)
Повышение квалификации: сертификат PMP (PMI, 2020); ITIL 4 Foundation (2021)
ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ
Дата приема\tДата увольнения\tДолжность, место работы
01.09.2008\t31.08.2011\tУчитель информатики, КГУ «Средняя школа № 12»
15.09.2011\tпо настоящее время\tИнженер-программист, ГУ «Аппарат акима Карагандинской области»
"""

SERVICE_RECORD_KK = """ҚЫЗМЕТТІК ТІЗІМ
Тегі, аты, әкесінің аты: Жұмабекова Айгүл
Туған күні: 03.11.1985
Білімі: жоғары, 2007 ж. М. Әуезов атындағы Оңтүстік Қазақстан мемлекеттік университеті
Тілдерді меңгеруі: қазақ тілі – ана тілі, орыс тілі – еркін, ағылшын тілі – B1
Сертификаттар: Cisco CCNA (2019)
ЕҢБЕК ЖОЛЫ
Кезең\tЛауазымы, жұмыс орны
15.08.2007 – 31.05.2010\tМұғалім, Шымкент қаласы әкімдігінің «№ 45 жалпы орта мектебі» КММ
01.06.2010 – қазіргі уақытқа дейін\tБас маман, Оңтүстік Қазақстан облысы әкімдігі
"""

RECORD_SHEET_RU = """ЛИЧНЫЙ ЛИСТОК ПО УЧЕТУ КАДРОВ
1. Фамилия\tСейтказиева
Имя\tГульнара
Отчество\tБакытовна
2. Год, число и месяц рождения\t12.03.1985
3. Образование\tвысшее
4. Ученая степень, ученое звание\tнет
5. Какими иностранными языками владеете\tанглийский — читаю и могу объясняться
6. Владение государственным языком\tказахский — владею свободно
7. Образование
Наименование учебного заведения\tГод поступления\tГод окончания\tСпециальность
Евразийский национальный университет им. Л.Н. Гумилева\t2002\t2006\tФинансы, бакалавр
8. Сертификаты: профессиональный бухгалтер CAP (2011)
9. Пребывание за границей\tнет
10. Выполняемая работа с начала трудовой деятельности (включая учебу в высших и средних \
специальных учебных заведениях, военную службу)
Месяц и год поступления\tМесяц и год ухода\tДолжность с указанием организации
09.2006\t08.2008\tБухгалтер, ТОО «Астана-Аудит»
09.2008\t12.2012\tГлавный эксперт, Комитет казначейства Министерства финансов
01.2013\tпо настоящее время\tРуководитель отдела, ГУ «Управление финансов акимата города Астаны»
"""

RECORD_SHEET_KK = """КАДРЛАРДЫ ЕСЕПКЕ АЛУ ЖӨНІНДЕГІ ЖЕКЕ ПАРАҚ
1. Тегі\tЖұмабекова
Аты\tАйгүл
Әкесінің аты\tСерікқызы
2. Туған жылы, күні, айы\t1985 жылғы 3 қараша
3. Білімі\tжоғары
4. Ғылыми дәрежесі, ғылыми атағы\tжоқ
5. Қандай шет тілдерін білесіз\tағылшын тілі – оқимын және түсіндіре аламын
6. Мемлекеттік тілді меңгеруі\tқазақ тілі – еркін меңгергенмін
7. Білімі
Оқу орнының атауы\tТүскен жылы\tБітірген жылы\tМамандығы
Абай атындағы Қазақ ұлттық педагогикалық университеті\t2003\t2007\tФилолог
8. Сертификаттар: ҚАЗТЕСТ (2019)
9. Шетелде болуы\tжоқ
10. Жұмыс істеген орындары
Кіру айы мен жылы\tШығу айы мен жылы\tЛауазымы, ұйымы
08.2007\t05.2010\tМұғалім, «№ 45 жалпы орта мектебі» КММ
06.2010\tқазіргі уақытқа дейін\tБас маман, Алматы облысы әкімдігінің білім басқармасы
"""


FORMS = {
    "service-record-ru": SERVICE_RECORD_RU,
    "service-record-kk": SERVICE_RECORD_KK,
    "record-sheet-ru": RECORD_SHEET_RU,
    "record-sheet-kk": RECORD_SHEET_KK,
}


def _section(text: str, name: str) -> str:
    """The text of the last section called ``name``."""
    (*_, last) = (s for s in read_cv(text).sections if s.name == name)
    return text[last.start : last.end]


@pytest.mark.parametrize(
    ("form", "personal"),
    [
        (
            "service-record-ru",
            [("name", "Абенов Ерлан Маратович"), ("birth_date", "14.05.1986")],
        ),
        ("service-record-kk", [("name", "Жұмабекова Айгүл"), ("birth_date", "03.11.1985")]),
        (
            "record-sheet-ru",
            [
                ("name", "Сейтказиева"),
                ("name", "Гульнара"),
                ("name", "Бакытовна"),
                ("birth_date", "12.03.1985"),
            ],
        ),
        (
            "record-sheet-kk",
            [
                ("name", "Жұмабекова"),
                ("name", "Айгүл"),
                ("name", "Серікқызы"),
                ("birth_date", "1985 жылғы 3 қараша"),
            ],
        ),
    ],
)
def test_the_form_title_is_no_name_and_the_labelled_name_and_birth_date_are(form, personal):
    text = FORMS[form]
    found = [(p.kind, text[p.start : p.end]) for p in read_cv(text).personal_data]
    assert found == personal


@pytest.mark.parametrize("form", ["service-record-ru", "service-record-kk"])
def test_the_service_record_title_opens_no_work_section(form):
    text = FORMS[form]
    names = [s.name for s in read_cv(text).sections]
    assert names[0] == "personal"
    assert names.count("experience") == 1
    assert _section(text, "experience").startswith(("ТРУДОВАЯ", "ЕҢБЕК"))


@pytest.mark.parametrize("form", ["record-sheet-ru", "record-sheet-kk"])
def test_the_work_table_of_the_record_sheet_is_the_experience_section(form):
    text = FORMS[form]
    work = _section(text, "experience")
    assert work.startswith(("10. Выполняемая работа", "10. Жұмыс істеген орындары"))
    assert work.endswith(text.rstrip().rsplit("\n", 1)[1])


@pytest.mark.parametrize(
    ("form", "items"),
    [
        ("service-record-ru", [("PMP", 2020), ("ITIL 4 Foundation", 2021)]),
        ("service-record-kk", [("Cisco CCNA", 2019)]),
        ("record-sheet-ru", [("профессиональный бухгалтер CAP", 2011)]),
        ("record-sheet-kk", [("ҚАЗТЕСТ", 2019)]),
    ],
)
def test_certificates_are_the_listed_ones_and_no_row_of_the_work_table(form, items):
    certifications = read_cv(FORMS[form]).certifications
    assert [(c.name, c.year) for c in certifications] == items
    assert {c.kind for c in certifications} == {"certificate"}


@pytest.mark.parametrize(
    ("form", "languages"),
    [
        ("service-record-ru", [("kk", "fluent"), ("ru", "native"), ("en", "A2")]),
        ("service-record-kk", [("kk", "native"), ("ru", "fluent"), ("en", "B1")]),
        ("record-sheet-ru", [("en", "intermediate"), ("kk", "fluent")]),
        ("record-sheet-kk", [("en", "intermediate"), ("kk", "fluent")]),
    ],
)
def test_languages_with_the_form_wordings_of_their_levels(form, languages):
    assert [(lang.code, lang.level) for lang in read_cv(FORMS[form]).languages] == languages


@pytest.mark.parametrize("form", ["record-sheet-ru", "record-sheet-kk"])
def test_an_inline_form_item_covers_only_its_line(form):
    text = FORMS[form]
    lines = text.splitlines()
    names = {text[s.start : s.end]: s.name for s in read_cv(text).sections}
    assert names[lines[5]] == "education"
    assert names[lines[12]] == "certificates"
    assert names["\n".join(lines[6:9])] == "personal"
