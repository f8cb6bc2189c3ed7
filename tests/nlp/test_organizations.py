"""Civil service or not: state bodies count; schools, hospitals and other institutions that
report to a body do not, nor does a unit named in a job title."""

from datetime import date

import pytest

from nlp.components.organizations import is_public_service
from nlp.components.periods import extract_periods, total_years


@pytest.mark.parametrize(
    "organization",
    [
        "КГУ «Общеобразовательная школа № 45» отдела образования по городу Шымкент",
        "КГУ «Школа-лицей № 8» акимата города Астаны",
        "ведущий специалист отдела кадров, Городская клиническая больница № 7 г. Алматы",
        "Отдел кадров Городской больницы № 7 г. Алматы",
        "КГКП «Ясли-сад № 5» акимата г. Павлодар",
        "Детский сад № 12 акимата города Караганды",
        "Южно-Казахстанский государственный университет, г. Шымкент",
        "Областная библиотека имени Абая, управление культуры Карагандинской области",
        "Государственный академический театр оперы и балета, управление культуры г. Алматы",
        "Академия правосудия при Верховном Суде РК",
        "Шымкент қаласы білім бөлімінің «№ 45 жалпы білім беретін мектебі» КММ",
        "Астана қаласы әкімдігінің № 8 мектеп-лицейі",
        "Алматы қаласы денсаулық сақтау басқармасының № 7 қалалық емханасы",
        "Қарағанды облысы әкімдігінің облыстық ауруханасы",
        "«Балапан» балабақшасы КМҚК, Астана қаласы әкімдігі",
        "Shymkent qalasy bılım bölımınıñ № 45 jalpy bılım beretın mektebı",
        "Astana qalasy äkımdıgınıñ № 8 mektep-litseiı",
        "Almaty qalasy densaulyq saqtau basqarmasynyñ № 7 qalalyq emhanasy",
        "Almaty oblysy densaulyq saqtau basqarmasynyñ oblystyq auruhanasy",
        "«Balapan» balabaqshasy KMQK, Astana qalasy äkımdıgı",
        "School No. 45 of the Shymkent City Education Department",
        "HR Department specialist, City Clinical Hospital No. 7, Almaty city",
        "Library of the Akimat of Karaganda Region",
        # social-service centres and archives run by an akimat: civil employees too
        "КГУ «Центр занятости населения» акимата г. Караганды",
        "ГУ «Центр оказания специальных социальных услуг» акимата Акмолинской области",
        "КГУ «Государственный архив Павлодарской области» управления цифровизации",
        "Қарағанды қаласы әкімдігінің жұмыспен қамту орталығы",
        "Қарағанды облысының мемлекеттік мұрағаты",
        "Employment Centre of the Karaganda City Akimat",
        # a university's chair or faculty named after a subject of public administration
        "Доцент (по совместительству), кафедра «Государственное и местное управление»",
        "Доцент кафедры «Государственное и местное управление»",
        "«Мемлекеттік басқару» кафедрасының аға оқытушысы",
        "Факультет государственного управления, старший преподаватель",
    ],
)
def test_institutions_under_a_state_body_are_not_civil_service(organization):
    assert not is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "Высшая аудиторская палата Республики Казахстан",
        "Высшая аудиторская палата РК",
        "Счётный комитет по контролю за исполнением республиканского бюджета",
        "Ревизионная комиссия по Алматинской области",
        "Управление образования акимата Карагандинской области",
        "Отдел образования города Шымкент",
        "Отдел дошкольного образования акимата Сарыаркинского района",
        "главный специалист отдела по работе со школами, Управление образования г. Алматы",
        "Главный эксперт Департамента государственных доходов по г. Астана",
        "Қазақстан Республикасының Жоғары аудиторлық палатасы",
        "Алматы облысының тексеру комиссиясы",
        "Астана қаласы әкімдігінің білім басқармасы",
        "Мектепке дейінгі білім беру бөлімі, Астана қаласы",
        "Qazaqstan Respublikasynyñ Joğary audıtorlyq palatasy",
        "Joghary auditorlyq palata",
        "Almaty oblysynyñ tekseru komissiiasy",
        "Astana qalasy äkımdıgınıñ bılım basqarmasy",
        "Supreme Audit Chamber of the Republic of Kazakhstan",
        "Audit Commission of Almaty Region",
        "Shymkent City Education Department",
        # the units that run them, and a ministry's archive unit, are state bodies
        "Управление занятости и социальных программ акимата Карагандинской области",
        "ГУ «Отдел занятости и социальных программ» акимата Бурабайского района",
        "отдел архива и документационного обеспечения Министерства юстиции",
        # state bodies named by an inspection, a service or a commission
        "Государственная инспекция труда по Павлодарской области",
        "Антикоррупционная служба",
        "Служба центральных коммуникаций при Президенте Республики Казахстан",
        "Центральная избирательная комиссия Республики Казахстан",
        "Орталық сайлау комиссиясы",
        # bodies of the police, justice, emergencies and statistics named without a territory
        "Полиция департаменті",
        "Әділет департаменті",
        "Төтенше жағдайлар департаменті",
        "Управление внутренних дел",
        "Қаржы мониторингі агенттігі",
        "Бюро национальной статистики",
        "Ұлттық статистика бюросы",
        "Police Department of Almaty",
        "Department of Justice of Astana",
        "Emergency Situations Department",
        "Bureau of National Statistics",
        "Central Election Commission",
        "Labour Inspectorate of Pavlodar Region",
    ],
)
def test_audit_bodies_and_education_departments_are_civil_service(organization):
    assert is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "ведущий специалист отдела кадров, Центр обслуживания населения, г. Алматы",
        "Кадр бөлімінің бас маманы, «Алатау» орталығы, Алматы қаласы",
        "Specialist of the HR Department, Public Service Centre, Almaty city",
    ],
)
def test_a_unit_in_the_job_title_does_not_make_the_employer_a_state_body(organization):
    assert not is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "ГУ «Управление финансов»",
        "КГУ «Отдел образования»",
        "ГУ «Управление по делам религий»",
        "«Білім бөлімі» ММ",
        "«Қаржы басқармасы» ММ",
    ],
)
def test_a_department_named_as_a_state_institution_is_civil_service(organization):
    # No territory in the name, but "ГУ"/"ММ" (a state institution) over a department.
    assert is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    ["ТОО «Отдел продаж»", "Отдел кадров", "КГП «Управление пассажирского транспорта»"],
)
def test_a_department_without_a_state_form_or_territory_is_not_a_state_body(organization):
    assert not is_public_service(organization)


CV = (
    "09.2015 – 08.2018 учитель экономики, КГУ «Общеобразовательная школа № 45» "
    "отдела образования по городу Шымкент\n"
    "09.2018 – 02.2021 главный специалист отдела по работе с обращениями граждан, "
    "ГУ «Аппарат акима Абайского района города Шымкент»\n"
    "03.2021 – 06.2023 ведущий специалист отдела кадров, Городская клиническая больница № 7 "
    "г. Алматы\n"
    "07.2023 – 12.2024 главный специалист, Высшая аудиторская палата РК\n"
)


def test_school_and_hospital_years_are_not_counted_as_public_service():
    periods = extract_periods(CV)
    assert [(p.start, p.public_service) for p in periods] == [
        ("2015-09", False),
        ("2018-09", True),
        ("2021-03", False),
        ("2023-07", True),
    ]
    assert total_years(periods, public_only=True, today=date(2025, 6, 1)) == 4.0


@pytest.mark.parametrize(
    "organization",
    [
        "United States Agency for International Development (USAID)",
        "Агентство США по международному развитию (USAID)",
        "Japan International Cooperation Agency (JICA)",
        "OSCE Parliamentary Assembly",
        "ПРООН, проект Министерства труда и социальной защиты населения РК",
    ],
)
def test_international_organisations_are_not_civil_service(organization):
    assert not is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "Министерство иностранных дел РК, Департамент сотрудничества с ООН",
        "Ministry of Foreign Affairs, Department of EU Relations",
    ],
)
def test_a_ministry_unit_named_after_an_international_body_is_civil_service(organization):
    assert is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "Astana qalasy ákimdigi",
        "Qaraǵandy oblysynyń tekserý komıssııasy",
        "Almaty oblysy Talǵar aýdany ákimdiginiń apparaty",
        "Shymkent qalalyq máslihatynyń apparaty",
    ],
)
def test_state_bodies_in_the_kazakh_latin_of_2018_are_civil_service(organization):
    assert is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "ТОО «Агентство по аккредитации образовательных программ»",
        "Независимое агентство аккредитации и рейтинга",
        "рекрутинговое агентство «Kelly Services»",
        "Кадровое агентство «HR Pro»",
        "Рекламное агентство «Idea», г. Алматы",
        "туристическое агентство «Жибек жолы»",
        "Агентство недвижимости «Этажи», г. Астана",
        "Kazakhstan Recruitment Agency LLP",
        "Digital Marketing Agency, Almaty",
        "«Жарнама агенттігі», Шымкент қаласы",
        "Агентство «Хабар»",
    ],
)
def test_a_business_agency_is_not_civil_service(organization):
    assert not is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "Агентство Республики Казахстан по делам государственной службы",
        "Агентство по стратегическому планированию и реформам",
        "Агентство по регулированию и развитию финансового рынка",
        "Агентство по противодействию коррупции",
        "ҚР Мемлекеттік қызмет істері агенттігі",
        "Agency for Strategic Planning and Reforms of the Republic of Kazakhstan",
        "Департамент кадровой службы Агентства РК по делам государственной службы",
    ],
)
def test_a_state_agency_is_civil_service(organization):
    assert is_public_service(organization)


def test_years_at_a_private_accreditation_agency_are_not_public_service():
    cv = (
        "01.2019 – 12.2020 Эксперт по аккредитации, Независимое агентство аккредитации и "
        "рейтинга\n"
        "01.2021 – 12.2022 Главный эксперт, Агентство по стратегическому планированию и "
        "реформам\n"
    )
    periods = extract_periods(cv)
    assert [p.public_service for p in periods] == [False, True]
    assert total_years(periods, public_only=True, today=date(2025, 6, 1)) == 2.0


@pytest.mark.parametrize(
    "post",
    ["Ақсу ауылдық округінің әкімі", "Астана қаласының әкімі", "Жаңаарқа ауданының әкімі"],
)
def test_an_akim_named_by_the_territory_is_civil_service(post):
    """The akim of a rural district, a town or a district holds a state post, though the CV
    names no akimat: "Ақсу ауылдық округінің әкімі"."""
    assert is_public_service(post)
    (job,) = extract_periods(f"2022 ж. 10 қаңтардан қазіргі уақытқа дейін — {post}\n", lang="kk")
    assert job.public_service
