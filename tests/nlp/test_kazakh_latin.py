"""Kazakh in the Latin alphabet of 2021: state bodies, sections and public-service years, read
the same way as the Cyrillic Kazakh, Russian and English versions of one CV, from text, PDF and
DOCX, and in all-caps. Education and spoken languages are in test_kazakh_latin_education.py."""

import pytest

from nlp.components.organizations import is_public_service
from nlp.components.title_words import looks_like_title
from nlp.language import detect
from nlp.profile import read_cv, read_file
from tests.nlp.builders import make_docx, make_pdf

KK_LATIN = """Aiğerım Serıkqyzy Nūrlanova
Email: aigerim.nurlanova@mail.kz, tel. +7 701 123 45 67

Jūmys täjıribesı
2016-09 – 2019-08 Bas maman, Astana qalasynyñ äkımdıgı
Elektrondyq qūjat ainalymyn jürgızdım, Excel jäne Power BI arqyly esepter daiyndadym.
2019-09 – 2021-08 Derekter taldauşysy, «Dara Solutions» JShS
Python jäne SQL arqyly esepterdı avtomattandyrdym.
2021 j. qyrküiek – 2022 j. tamyz Bas sarapşy, Qarjy ministrlıgınıñ Memlekettık kırıster komitetı

Bılımı
Bakalavr, L.N. Gumilev atyndağy Euraziia ūlttyq universitetı, 2016

Käsıbi dağdylar
Python, SQL, Power BI, Excel

Tılder
Qazaq tılı — ana tılı, orys tılı — erkın, ağylşyn tılı — B2

Sertifikattar
CCNA, 2021

Bıliktılıktı arttyru
Memlekettık qyzmettegı tsifrlyq transformatsiia, 2022
"""

KK_CYRILLIC = """Айгерім Серікқызы Нұрланова
Email: aigerim.nurlanova@mail.kz, тел. +7 701 123 45 67

Жұмыс тәжірибесі
2016-09 – 2019-08 Бас маман, Астана қаласының әкімдігі
Электрондық құжат айналымын жүргіздім, Excel және Power BI арқылы есептер дайындадым.
2019-09 – 2021-08 Деректер талдаушысы, «Dara Solutions» ЖШС
Python және SQL арқылы есептерді автоматтандырдым.
2021 ж. қыркүйек – 2022 ж. тамыз Бас сарапшы, Қаржы министрлігінің Мемлекеттік кірістер комитеті

Білімі
Бакалавр, Л.Н. Гумилев атындағы Еуразия ұлттық университеті, 2016

Кәсіби дағдылар
Python, SQL, Power BI, Excel

Тілдер
Қазақ тілі — ана тілі, орыс тілі — еркін, ағылшын тілі — B2

Сертификаттар
CCNA, 2021

Біліктілікті арттыру
Мемлекеттік қызметтегі цифрлық трансформация, 2022
"""

RUSSIAN = """Айгерим Нурланова
Email: aigerim.nurlanova@mail.kz, тел. +7 701 123 45 67

Опыт работы
09.2016 – 08.2019 Главный специалист, Акимат города Астаны
Вела электронный документооборот, готовила отчёты в Excel и Power BI.
09.2019 – 08.2021 Аналитик данных, ТОО «Dara Solutions»
Автоматизировала отчёты на Python и SQL.
сентябрь 2021 – август 2022 Главный эксперт, Комитет государственных доходов Министерства финансов

Образование
Бакалавр, Евразийский национальный университет им. Л.Н. Гумилёва, 2016

Профессиональные навыки
Python, SQL, Power BI, Excel

Знание языков
Казахский — родной, русский — свободно, английский — B2

Сертификаты
CCNA, 2021

Повышение квалификации
Цифровая трансформация на государственной службе, 2022
"""

ENGLISH = """Aigerim Nurlanova
Email: aigerim.nurlanova@mail.kz, phone +7 701 123 45 67

Work experience
09.2016 – 08.2019 Chief specialist, Akimat of Astana
Ran electronic document flow, prepared reports in Excel and Power BI.
09.2019 – 08.2021 Data analyst, Dara Solutions LLP
Automated reports with Python and SQL.
Sep 2021 – Aug 2022 Chief expert, State Revenue Committee of the Ministry of Finance

Education
Bachelor, L.N. Gumilyov Eurasian National University, 2016

Professional skills
Python, SQL, Power BI, Excel

Languages
Kazakh — native, Russian — fluent, English — B2

Certifications
CCNA, 2021

Professional development
Digital transformation in the public service, 2022
"""

SECTIONS = [
    "personal",
    "experience",
    "education",
    "skills",
    "languages",
    "certificates",
    "courses",
]
PERIODS = [
    ("2016-09", "2019-08", True),
    ("2019-09", "2021-08", False),
    ("2021-09", "2022-08", True),
]


@pytest.mark.parametrize(
    "organization",
    [
        "Astana qalasynyñ äkımdıgı",
        "Almaty qalasy äkımatı",
        "Akimdik",
        "Qazaqstan Respublikasynyñ Qarjy ministrlıgı",
        "Qarjy ministrligi",
        "Bäsekelestıktı qorğau jäne damytu agenttıgı",
        "Memlekettık kırıster komitetı",
        "Qarağandy oblystyq mäslihaty",
        "Astana qalasynyñ bılım basqarmasy",
        "Almaty oblysy boiynşa memlekettık kırıster departamentı",
        "Bas prokuratura",
        "Astana qalasynyñ audandyq soty",
        "Parlament Mäjılısı",
        "Ükımet apparaty",
    ],
)
def test_state_bodies_in_latin_kazakh_are_civil_service(organization):
    assert is_public_service(organization)


@pytest.mark.parametrize(
    "organization",
    [
        "«Qazaqtelekom» AQ",
        "Kazakhtelecom",
        "«Samruk-Qazyna» ūlttyq äl-auqat qory",
        "«Dara Solutions» JShS",
        "«Dara Solutions» JSHS",
        "«Dara Solutions» JŞS",
        "«QazMūnaiGaz» ūlttyq kompaniiasy",
        "«Azamattarğa arnalğan ükımet» memlekettık korporatsiiasy KeAQ",
        "«Bäiterek» ūlttyq basqaruşy holdingı",
        "Qazaqstan Halyq Bankı",
        "Nazarbaev Universitetı",
        "Department of Computer Science, Nazarbayev University",
        "Sotheby's",
    ],
)
def test_quasi_public_and_other_employers_are_not_civil_service(organization):
    assert not is_public_service(organization)


@pytest.mark.parametrize(
    "title", ["Bas maman", "Bas sarapshy", "Basşy orynbasary", "Jetekşı maman", "Mūğalım"]
)
def test_latin_kazakh_positions_read_as_titles(title):
    assert looks_like_title(title)


def test_latin_kazakh_cv_counts_akimat_and_ministry_as_public_service():
    profile = read_cv(KK_LATIN)
    assert profile.language == "kk"
    assert [s.name for s in profile.sections] == SECTIONS
    assert [(e.title, e.organization) for e in profile.experience] == [
        ("Bas maman", "Astana qalasynyñ äkımdıgı"),
        ("Derekter taldauşysy", "«Dara Solutions» JShS"),
        ("Bas sarapşy", "Qarjy ministrlıgınıñ Memlekettık kırıster komitetı"),
    ]
    assert [(e.start, e.end, e.public_service) for e in profile.experience] == PERIODS
    assert profile.experience_years == 6.0
    assert profile.public_service_years == 4.0
    public = [e for e in profile.experience if e.public_service]
    assert "äkımdıgı" in KK_LATIN[public[0].span[0] : public[0].span[1]]


@pytest.mark.parametrize("text", [KK_LATIN, KK_CYRILLIC], ids=["latin", "cyrillic"])
def test_certificate_and_course_headings_are_not_items(text):
    items = [(c.kind, c.year) for c in read_cv(text).certifications]
    assert items == [("certificate", 2021), ("course", 2022)]


def test_three_years_at_an_akimat_and_two_at_a_company():
    text = KK_LATIN.split("2021 j. qyrküiek")[0] + "\nBılımı\nBakalavr, 2016\n"
    profile = read_cv(text)
    assert profile.experience_years == 5.0
    assert profile.public_service_years == 3.0


def test_plain_keyboard_spelling_reads_the_same():
    ascii_cv = (
        "Aigerim Nurlanova\n\nJUMYS TAJIRIBESI:\n"
        "2016-09 – 2019-08 Bas maman, Astana qalasynyng akimdigi\n"
        "2019-09 – 2021-08 Derekter taldaushysy, «Dara Solutions» JShS\n\n"
        "Bilimi:\nBakalavr, 2016\n\nKasibi daghdylar: Python, SQL\n"
    )
    profile = read_cv(ascii_cv)
    assert [s.name for s in profile.sections] == ["personal", "experience", "education", "skills"]
    assert profile.experience_years == 5.0
    assert profile.public_service_years == 3.0


@pytest.mark.parametrize(
    ("text", "lang"),
    [(KK_LATIN, "kk"), (KK_CYRILLIC, "kk"), (RUSSIAN, "ru"), (ENGLISH, "en")],
    ids=["kk-latin", "kk-cyrillic", "ru", "en"],
)
def test_one_cv_in_every_script_gives_the_same_sections_and_years(text, lang):
    profile = read_cv(text)
    assert profile.language == lang
    assert [s.name for s in profile.sections] == SECTIONS
    assert [(e.start, e.end, e.public_service) for e in profile.experience] == PERIODS
    assert (profile.experience_years, profile.public_service_years) == (6.0, 4.0)
    assert {"python", "sql", "power-bi"} <= {s.id for s in profile.skills}


@pytest.mark.parametrize(
    "build", [make_pdf, lambda text: make_docx(text.splitlines())], ids=["pdf", "docx"]
)
def test_latin_kazakh_pdf_and_docx_are_read_with_their_public_service(build):
    extraction, profile = read_file(build(KK_LATIN), isolated=False)
    assert extraction.status == "ok"
    assert "Jūmys täjıribesı" in extraction.text
    assert profile.language == "kk"
    assert [s.name for s in profile.sections] == SECTIONS
    assert (profile.experience_years, profile.public_service_years) == (6.0, 4.0)
    for item in profile.experience:
        assert extraction.text[item.span[0] : item.span[1]].startswith(item.start[:4])


def _degrees(profile) -> list[tuple[str | None, str | None, int | None]]:
    """(level, field, year) of each education entry."""
    return [(e.level, e.field, e.year) for e in profile.education]


def _spoken(profile) -> list[tuple[str, str | None]]:
    """(code, level) of each spoken language."""
    return [(s.code, s.level) for s in profile.languages]


CAPS_HEADINGS = [
    "Jūmys täjıribesı",
    "Bılımı",
    "Käsıbi dağdylar",
    "Tılder",
    "Sertifikattar",
    "Bıliktılıktı arttyru",
]


def test_all_caps_headings_read_as_their_title_case():
    text = KK_LATIN
    for heading in CAPS_HEADINGS:
        text = text.replace(f"\n{heading}\n", f"\n{heading.upper()}\n")
    assert "\nBILIMI\n" in text and "\nJŪMYS TÄJIRIBESI\n" in text
    profile, title_case = read_cv(text), read_cv(KK_LATIN)
    assert profile.language == "kk"
    assert [(s.name, s.language) for s in profile.sections] == [(name, "kk") for name in SECTIONS]
    assert _degrees(profile) == _degrees(title_case) == [("bachelor", None, 2016)]
    assert _spoken(profile) == _spoken(title_case)


@pytest.mark.parametrize(
    ("caps", "title"),
    [
        ("BILIMI", "Bılımı"),
        ("JŪMYS TÄJIRIBESI", "Jūmys täjıribesı"),
        ("TILDER", "Tılder"),
        ("QAZAQ TILI — ANA TILI, ORYS TILI — ERKIN", "Qazaq tılı — ana tılı, orys tılı — erkın"),
    ],
)
def test_an_all_caps_kazakh_line_is_kazakh_like_its_title_case(caps, title):
    assert detect(caps) == detect(title) == "kk"


def test_an_all_caps_english_name_stays_english():
    assert detect("JANE DOE\nWORK EXPERIENCE\nData analyst at the bank") == "en"
