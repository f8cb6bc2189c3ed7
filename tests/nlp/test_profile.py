"""``read_cv`` end to end: Russian, Kazakh, English and mixed CVs, evidence into the text."""

import pytest

from nlp.bench_corpus import corpus
from nlp.profile import plan_chunks, read_cv, read_file
from tests.nlp.builders import make_docx, make_pdf

RU = """Сапарова Айгерим
Email: aigerim.saparova@mail.kz

Опыт работы
09.2015 – 08.2019 Главный специалист, Акимат города Астаны
Вела электронный документооборот в ЕСЭДО, готовила отчёты в Excel и Power BI.
09.2019 – 08.2021 Аналитик данных, ТОО «Казахтелеком»
Писала запросы SQL и скрипты на Python.

Образование
Бакалавр, Евразийский национальный университет им. Л.Н. Гумилёва, 2015

Навыки
Python, SQL, Power BI, Excel

Знание языков
Казахский — свободно, английский — B2

Сертификаты
CCNA, 2023
"""

KK = """Жұмабеков Ерлан
Email: erlan@mail.kz

Еңбек тәжірибесі
09.2016 – 08.2020 Бас маман, Астана қаласының әкімдігі
Электрондық құжат айналымын жүргіздім, Excel және Power BI арқылы есептер дайындадым.

Білімі
Бакалавр, Әл-Фараби атындағы Қазақ ұлттық университеті, 2016

Дағдылар
Python, SQL, Excel

Тілдерді білу
Қазақ тілі — ана тілі, орыс тілі — еркін
"""

EN = """Daniyar Akhmetov
Email: daniyar@example.com

Work experience
09.2017 – 08.2022 Data Analyst, Kazakhtelecom JSC
Built dashboards in Power BI and automated reports with Python and SQL.

Education
Master of Science, Nazarbayev University, 2017

Skills
Python, SQL, Power BI

Languages
English — C1, Russian — native
"""

MIXED = KK.split("Дағдылар")[0] + RU[RU.index("Опыт работы") :]


def _evidence_is_exact(text, profile):
    """Every offset of the profile points into ``text`` at the evidence it names."""
    for skill in profile.skills:
        for mention in skill.mentions:
            assert text[mention.start : mention.end] == mention.text
    spans = [(e.start, e.end) for e in profile.education]
    spans += [e.span for e in profile.experience]
    spans += [(x.start, x.end) for x in profile.languages + profile.personal_data]
    spans += [(c.start, c.end) for c in profile.certifications]
    spans += [(s.start, s.end) for s in profile.sections]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip()


@pytest.mark.parametrize(("text", "lang"), [(RU, "ru"), (KK, "kk"), (EN, "en")])
def test_single_language_cv_is_read_with_its_own_pipeline(text, lang):
    profile = read_cv(text)
    assert profile.language == lang
    assert profile.text_chars == len(text)
    assert {s.name for s in profile.sections} >= {"experience", "education", "skills"}
    assert profile.experience and profile.experience_years > 3
    assert profile.education and profile.education[0].level in {"bachelor", "master"}
    assert profile.languages
    assert {"python", "sql", "power-bi"} <= {s.id for s in profile.skills}
    assert "email" in {p.kind for p in profile.personal_data}
    _evidence_is_exact(text, profile)


def test_certificates_are_read_with_their_year():
    profile = read_cv(RU)
    assert [(c.name, c.year) for c in profile.certifications] == [("CCNA", 2023)]


def test_experience_years_and_public_service_years_come_from_the_periods():
    profile = read_cv(RU)
    assert profile.experience_years == pytest.approx(6.0, abs=0.1)
    assert profile.public_service_years == pytest.approx(4.0, abs=0.1)
    public = [e for e in profile.experience if e.public_service]
    assert "Акимат" in RU[public[0].span[0] : public[0].span[1]]


SHORT_AND_ISO = {
    "ru": """Опыт работы
2014–16 гг. Главный специалист, Министерство финансов Республики Казахстан
2016-09 – 2018-05 Главный эксперт, Акимат города Астаны
2018.06 - 2020.12 Аналитик данных, АО «Казахтелеком»
Приказ о назначении № 2018-19/5, тел. 8 701 2018-19
""",
    "kk": """Еңбек тәжірибесі
2014–16 жж. Бас маман, Қазақстан Республикасының Қаржы министрлігі
2016-09 – 2018-05 Бас сарапшы, Астана қаласының әкімдігі
2018/06 – 2020/12 Деректер талдаушысы, «Қазақтелеком» АҚ
Тағайындау туралы бұйрық № 2018-19/5, тел. 8 701 2018-19
""",
    "en": """Work experience
2014–16 Chief specialist, Ministry of Finance of the Republic of Kazakhstan
2016-09 – 2018-05 Chief expert, Akimat of Astana
2018/06 – 2020/12 Data analyst, Kazakhtelecom JSC
Appointment order No. 2018-19/5, phone 8 701 2018-19
""",
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_two_digit_years_and_iso_months_count_towards_experience(lang):
    text = SHORT_AND_ISO[lang]
    profile = read_cv(text)
    assert profile.language == lang
    assert [(e.start, e.end, e.public_service) for e in profile.experience] == [
        ("2014-01", "2016-12", True),
        ("2016-09", "2018-05", True),
        ("2018-06", "2020-12", False),
    ]
    assert profile.experience_years == 7.0
    assert profile.public_service_years == 4.4
    _evidence_is_exact(text, profile)


KK_LATIN = """Jūmys täjıribesı
2016-09 – 2018-05 Bas maman, Astana qalasy äkımdıgı
Elektrondyq qūjat aınalymyn jürgızdım, Excel jäne Power BI arqyly esepter daiyndadym.
2018–19 jj. Derekterdı taldau jönındegı sarapşy
2020 j. qañtar – 2021 j. jeltoqsan Bas sarapşy

Bılımı
Bakalavr, Euraziia ūlttyq universitetı, 2016

Dağdylar
Python, SQL, Excel
"""


def test_kazakh_cv_in_the_latin_alphabet_is_read_as_kazakh_with_its_periods():
    profile = read_cv(KK_LATIN)
    assert profile.language == "kk"
    assert [(e.start, e.end) for e in profile.experience] == [
        ("2016-09", "2018-05"),
        ("2018-01", "2019-12"),
        ("2020-01", "2021-12"),
    ]
    assert profile.experience_years == 5.3
    assert {"python", "sql", "power-bi"} <= {s.id for s in profile.skills}
    _evidence_is_exact(KK_LATIN, profile)


def test_mixed_cv_is_read_section_by_section_with_offsets_into_the_original():
    language, chunks = plan_chunks(MIXED)
    assert language == "mixed"
    assert [lang for _, _, lang in chunks] == ["kk", "ru"]
    assert chunks[0][0] == 0 and chunks[-1][1] == len(MIXED)
    profile = read_cv(MIXED)
    assert profile.language == "mixed"
    assert {s.language for s in profile.sections} == {"kk", "ru"}
    years = {e.start[:4] for e in profile.experience}
    assert years == {"2016", "2015", "2019"}
    russian = [e for e in profile.experience if e.start.startswith("2019")][0]
    assert MIXED[russian.span[0] : russian.span[1]].startswith("09.2019")
    power_bi = next(s for s in profile.skills if s.id == "power-bi")
    starts = [m.start for m in power_bi.mentions]
    assert len(starts) == 3 and starts == sorted(starts)
    assert starts[0] < chunks[1][0] <= starts[1]
    _evidence_is_exact(MIXED, profile)


def test_explicit_language_overrides_detection():
    assert read_cv(KK, lang="ru").language == "ru"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="auto"):
        read_cv(RU, lang="de")


def test_cv_without_sections_or_dates_gives_an_empty_profile():
    profile = read_cv("Айгерим")
    assert profile.experience == () and profile.experience_years == 0.0
    assert profile.sections == ()


@pytest.mark.parametrize("build", [make_pdf, lambda text: make_docx(text.splitlines())])
def test_read_file_extracts_pdf_and_docx_then_reads_them(build):
    extraction, profile = read_file(build(RU), isolated=False)
    assert extraction.status == "ok"
    assert profile.language == "ru"
    assert profile.experience_years == pytest.approx(6.0, abs=0.1)
    _evidence_is_exact(extraction.text, profile)


def test_read_file_gives_no_profile_for_a_file_it_cannot_read():
    extraction, profile = read_file(b"\x00\x01garbage\xff" * 50, isolated=False)
    assert extraction.status != "ok"
    assert extraction.reason is not None
    assert profile is None


@pytest.mark.parametrize("kind", ["pdf", "docx", "txt"])
def test_benchmark_corpus_files_are_read_in_their_language(kind):
    files = corpus(3)[kind]
    for data, lang in zip(files, ("kk", "ru", "en"), strict=True):
        extraction, profile = read_file(data, isolated=False)
        assert extraction.status == "ok"
        assert profile.language == lang
        assert len(profile.experience) >= 5 and len(profile.skills) >= 5
        _evidence_is_exact(extraction.text, profile)


def test_a_service_record_with_start_and_end_as_two_paragraphs_of_one_cell_is_read():
    # QA pass J: the dates cell of the official "Қызметтік тізім" held the start and the end
    # as two paragraphs, read "15.08.2012, 31.05.2014<TAB>…": no job at all was found.
    rows = [
        ["Күні", "Лауазымы, жұмыс орны"],
        ["15.08.2012\n31.05.2014", "«№12 жалпы білім беретін мектеп» КММ, бухгалтер"],
        [
            "02.06.2014\nқазіргі уақытқа дейін",
            "Ақтөбе облысы бойынша Мемлекеттік кірістер департаментінің бас маманы",
        ],
    ]
    extraction, profile = read_file(make_docx(["Еңбек жолы", rows]), isolated=False)
    assert extraction.status == "ok"
    spans = [(job.start, job.end, job.public_service) for job in profile.experience]
    assert spans == [("2012-08", "2014-05", False), ("2014-06", None, True)]
