"""Education entries: normalised level, field, institution, graduation year and evidence, in
free-text lines of kk/ru/en CVs. Official forms are in test_education_forms.py; hh.kz, LinkedIn
and Europass exports in test_education_exports.py."""

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.education import extract_education
from nlp.profile import read_cv
from nlp.types import Section


def _in_section(body: str, heading: str = "Образование") -> tuple[str, tuple[Section, ...]]:
    """A CV text made of one education section."""
    text = f"{heading}\n{body}\n"
    return text, (Section("education", 0, len(text.rstrip())),)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Средняя школа №12 г. Караганды, 2006", "secondary"),
        ("СОШ №5, аттестат о среднем образовании, 2008", "secondary"),
        ("№ 45 жалпы орта білім беретін мектеп, 2007", "secondary"),
        ("High school No. 3, Almaty, 2009", "secondary"),
        ("Алматинский колледж связи, техник, 2010", "vocational"),
        ("Карагандинский политехнический техникум, 2011", "vocational"),
        ("Алматы мемлекеттік политехникалық колледжі, 2008", "vocational"),
        ("Astana College of Vocational Training, 2012", "vocational"),
        ("ЕНУ им. Л.Н. Гумилева, бакалавр, 2014", "bachelor"),
        ("Высшее, Карагандинский государственный университет, 2005", "bachelor"),
        ("Жоғары білім, Қазақ ұлттық университеті, 2012", "bachelor"),
        ("KIMEP University, Bachelor of Arts, 2013", "bachelor"),
        ("КарГУ, специалист, юриспруденция, 2004", "bachelor"),
        # a five-year university diploma written without its level (QA pass H)
        (
            "1996–2001 Карагандинский государственный университет им. Е.А. Букетова, "
            "экономический факультет, специальность «Экономика», диплом с отличием",
            "bachelor",
        ),
        ("1995–2000 Қазақ ұлттық университеті, «Құқықтану» мамандығы", "bachelor"),
        # ... and with its qualification, which is no course's (QA pass J)
        (
            "Костанайский сельскохозяйственный институт, специальность «Экономика и управление "
            "в АПК», квалификация экономист-менеджер\t1992 – 1997",
            "bachelor",
        ),
        (
            "1992–1997 Қарағанды университеті, «Экономика» мамандығы, біліктілігі экономист",
            "bachelor",
        ),
        ("Назарбаев Университет, магистратура, 2016", "master"),
        (
            "Академия государственного управления, магистр государственного управления, 2018",
            "master",
        ),
        ("University of Manchester — MBA, 2019", "master"),
        ("Академия госуправления при Президенте РК, MPA, 2020", "master"),
        ("Кандидат экономических наук, КазЭУ, 2010", "doctorate"),
        ("Доктор философии (PhD), Назарбаев Университет, 2021", "doctorate"),
        ("экономика ғылымдарының кандидаты, 2011", "doctorate"),
        ("техника ғылымдарының докторы, 2015", "doctorate"),
        ("Doctor of Philosophy in Public Policy, University of Oxford, 2019", "doctorate"),
        ("B.Tech in Computer Science, VIT University, 2014", "bachelor"),
        ("MCA, Anna University, 2016", "master"),
        ("HSC, Kendriya Vidyalaya, 2008", "secondary"),
    ],
)
def test_level_is_normalised(line, level):
    text, sections = _in_section(line)
    (entry,) = extract_education(text, sections)
    assert entry.level == level
    assert text[entry.start : entry.end] == line


def test_entries_carry_field_institution_and_graduation_year():
    body = (
        "2010–2014 Евразийский национальный университет им. Л.Н. Гумилева, бакалавр, "
        "специальность «Информационные системы»\n"
        "2014-2016 Назарбаев Университет, магистр, Public Policy"
    )
    text, sections = _in_section(body)
    bachelor, master = extract_education(text, sections)
    assert bachelor.institution == "Евразийский национальный университет им. Л.Н. Гумилева"
    assert (bachelor.level, bachelor.field, bachelor.year) == (
        "bachelor",
        "Информационные системы",
        2014,
    )
    assert (master.level, master.institution, master.field, master.year) == (
        "master",
        "Назарбаев Университет",
        "Public Policy",
        2016,
    )
    assert text[master.start : master.end].startswith("2014-2016 Назарбаев")


def test_kazakh_entry_over_two_lines():
    body = (
        "Әл-Фараби атындағы Қазақ ұлттық университеті (2012)\n"
        "Жоғары білім, мамандығы: Есеп және аудит"
    )
    text, sections = _in_section(body, "Білімі")
    (entry,) = extract_education(text, sections)
    assert entry.level == "bachelor"
    assert entry.institution == "Әл-Фараби атындағы Қазақ ұлттық университеті"
    assert entry.field == "Есеп және аудит"
    assert entry.year == 2012
    assert text[entry.start : entry.end] == body


def test_english_degree_in_field():
    text, sections = _in_section(
        "Kazakh-British Technical University, Bachelor of Science in Computer Science, 2015",
        "EDUCATION",
    )
    (entry,) = extract_education(text, sections)
    assert (entry.level, entry.field, entry.year) == ("bachelor", "Computer Science", 2015)
    assert entry.institution == "Kazakh-British Technical University"


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        (
            "2004–2008 – С. Торайғыров атындағы Павлодар мемлекеттік университеті, "
            "«Информатика» мамандығы бойынша бакалавр",
            "bachelor",
            "Информатика",
        ),
        (
            "2014–2016 – Мемлекеттік басқару академиясы, «Мемлекеттік басқару» мамандығы "
            "бойынша магистр (MPA)",
            "master",
            "Мемлекеттік басқару",
        ),
        ("ПМУ, Есеп және аудит мамандығы бойынша бакалавр, 2008", "bachelor", "Есеп және аудит"),
        (
            "Satbayev University, «Informatika» mamandygy boiynsha bakalavr, 2008",
            "bachelor",
            "Informatika",
        ),
    ],
)
def test_kazakh_field_before_its_cue(line, level, field):
    text, sections = _in_section(line, "Білімі")
    (entry,) = extract_education(text, sections)
    assert (entry.level, entry.field) == (level, field)


def test_table_rows_are_read_cell_by_cell_without_the_header_row():
    body = (
        "Годы | Учебное заведение | Степень, специальность\n"
        "2005–2009 | Евразийский национальный университет им. Л.Н. Гумилева | "
        "бакалавр экономики и бизнеса, специальность «Финансы»\n"
        "2009–2011 | Карагандинский экономический университет | магистр | Экономика"
    )
    text, sections = _in_section(body, "ОБРАЗОВАНИЕ")
    bachelor, master = extract_education(text, sections)
    assert (bachelor.level, bachelor.field, bachelor.year) == ("bachelor", "Финансы", 2009)
    assert bachelor.institution == "Евразийский национальный университет им. Л.Н. Гумилева"
    assert text[bachelor.start : bachelor.end].startswith("2005–2009 |")
    assert (master.level, master.field, master.year) == ("master", "Экономика", 2011)


@pytest.mark.parametrize(
    ("specialty", "field"),
    [
        (
            "12.00.08 «Уголовное право и криминология; уголовно-исполнительное право»",
            "Уголовное право и криминология; уголовно-исполнительное право",
        ),
        ("12.00.08 – уголовное право", "уголовное право"),
        ("6D030100 – Юриспруденция", "Юриспруденция"),
        ("12.00.08", "12.00.08"),
    ],
)
def test_specialty_code_gives_way_to_the_name_after_it(specialty, field):
    body = (
        "2004-2007 гг. – аспирантура КазНУ им. аль-Фараби\n"
        f"2008 г. – кандидат юридических наук, специальность {specialty}"
    )
    text, sections = _in_section(body)
    (entry,) = extract_education(text, sections)
    assert (entry.level, entry.field, entry.year) == ("doctorate", field, 2008)
    assert entry.institution == "КазНУ им. аль-Фараби"


def test_english_degree_in_brackets_gives_the_field():
    text, sections = _in_section(
        "2018–2020 — Назарбаев Университет, магистр (MSc in Data Science), заочно-модульная форма"
    )
    (entry,) = extract_education(text, sections)
    assert (entry.level, entry.field, entry.institution) == (
        "master",
        "Data Science",
        "Назарбаев Университет",
    )


def test_still_studying_has_no_graduation_year():
    (entry,) = extract_education("PhD in Economics, Nazarbayev University, 2021 – present")
    assert (entry.level, entry.field, entry.year) == ("doctorate", "Economics", None)


def test_blank_lines_separate_entries():
    body = "Колледж экономики и бизнеса, 2008\n\nКазахский экономический университет, 2012"
    text, sections = _in_section(body)
    entries = extract_education(text, sections)
    assert [(e.level, e.year) for e in entries] == [("vocational", 2008), (None, 2012)]
    assert entries[1].institution == "Казахский экономический университет"


def test_university_job_outside_education_is_no_degree():
    text = (
        "Опыт работы\n2016 – н.в. Преподаватель, Евразийский национальный университет\n"
        "Главный специалист отдела, 2014\n"
    )
    sections = (Section("experience", 0, len(text)),)
    assert extract_education(text, sections) == ()
    assert extract_education("Преподаватель, Евразийский национальный университет") == ()


def test_without_sections_level_words_are_found_anywhere():
    text = "Иванов Иван\nОкончил КазНУ им. аль-Фараби в 2010 г., бакалавр экономики\n"
    (entry,) = extract_education(text)
    assert (entry.level, entry.year) == ("bachelor", 2010)
    assert text[entry.start : entry.end] == text.splitlines()[1]


def test_specialist_job_title_is_no_degree_outside_education():
    assert extract_education("Главный специалист, Министерство финансов, 2015") == ()
    assert extract_education("Ready to be part of the team, 2015") == ()


def test_spacy_component_sets_education():
    if not Doc.has_extension("sections"):
        Doc.set_extension("sections", default=None)
    nlp = spacy.blank("en")
    nlp.add_pipe("recruit_education")
    doc = nlp("Education\nUniversity of Manchester — MBA, 2019\n")
    assert [(e.level, e.year) for e in doc._.education] == [("master", 2019)]


def test_an_inline_heading_is_not_part_of_the_institution():
    text = (
        "Иванов Иван\n"
        "Образование: Евразийский национальный университет им. Л.Н. Гумилёва, "
        "специальность «Информатика», бакалавр, 2008–2012\n"
        "Владение языками: казахский – родной\n"
    )
    (entry,) = read_cv(text).education
    assert entry.institution == "Евразийский национальный университет им. Л.Н. Гумилёва"
    assert (entry.level, entry.field, entry.year) == ("bachelor", "Информатика", 2012)
    assert text[entry.start :].startswith("Евразийский")


def _entries(text: str) -> list[tuple]:
    """(level, field, institution, year) of each education entry ``read_cv`` finds."""
    return [(e.level, e.field, e.institution, e.year) for e in read_cv(text).education]


@pytest.mark.parametrize(
    ("body", "heading"),
    [("Образование: высшее", "Иванов Иван"), ("Білімі: жоғары", "Иванов Иван")],
)
def test_a_bare_level_alone_is_the_only_evidence_and_is_kept(body, heading):
    text = f"{heading}\n{body}\nВладение языками: казахский – родной\n"
    assert _entries(text) == [("bachelor", None, None, None)]


def test_a_bare_level_stays_when_the_fuller_entries_are_lower():
    body = "высшее\nАлматинский колледж связи, 2005"
    text, sections = _in_section(body)
    entries = extract_education(text, sections)
    assert [(e.level, e.institution) for e in entries] == [
        ("bachelor", None),
        ("vocational", "Алматинский колледж связи"),
    ]


def test_a_lower_case_line_under_a_dated_entry_starts_its_own_entry():
    body = "2006 – КарГУ, экономист, бакалавр\nмагистратура ЕНУ им. Л.Н. Гумилева, 2014, магистр"
    text, sections = _in_section(body)
    entries = extract_education(text, sections)
    assert [(e.level, e.institution) for e in entries] == [
        ("bachelor", "КарГУ"),
        ("master", "ЕНУ им. Л.Н. Гумилева"),
    ]


def test_higher_category_of_a_teacher_is_no_degree():
    text, sections = _in_section("Жоғары санатты мұғалім, біліктілікті арттыру курсы", "Білімі")
    assert extract_education(text, sections) == ()


@pytest.mark.parametrize(
    "line",
    [
        "2015 Институт повышения квалификации, курсы «Государственные закупки», сертификат",
        "2003–2006 Аспирантура при Институте экономики, специальность 08.00.05",
        "2019 Академия государственного управления, семинар «Цифровое правительство»",
    ],
)
def test_a_course_or_postgraduate_study_at_an_institute_has_no_level(line):
    text, sections = _in_section(line)
    assert [entry.level for entry in extract_education(text, sections)] in ([], [None])


@pytest.mark.parametrize(
    "line",
    [
        "2022 — Civil Service College Singapore, «Public Sector Strategic Planning», 2 апта",
        "2019 Колледж госслужбы, курс «Проектное управление», 72 часа",
        "2021 Astana IT College, Power BI bootcamp, 3 weeks",
    ],
)
def test_a_course_of_weeks_or_hours_at_a_college_is_no_education(line):
    text, sections = _in_section(
        "2008–2012 Әл-Фараби атындағы Қазақ ұлттық университеті, экономика бакалавры\n" + line
    )
    assert [entry.level for entry in extract_education(text, sections)] == ["bachelor"]


def test_internships_and_courses_below_the_degrees_are_courses():
    # QA pass H: "ТАҒЫЛЫМДАМА ЖӘНЕ КУРСТАР" was read as more education.
    profile = read_cv(
        "БІЛІМІ\n2008–2012 — Әл-Фараби атындағы Қазақ ұлттық университеті, бакалавр\n\n"
        "ТАҒЫЛЫМДАМА ЖӘНЕ КУРСТАР\n2021 — PRINCE2 Foundation сертификаты (AXELOS)\n"
        "2023 — Мемлекеттік қызмет туралы заңнаманы білуге тестілеу сертификаты\n",
        "kk",
    )
    assert [entry.level for entry in profile.education] == ["bachelor"]


def test_a_preschool_speciality_is_no_second_school():
    # QA pass H: "Дошкольное" holds "школ", so each row below the college began an entry.
    text, sections = _in_section(
        "2005 – 2009 гг.\nКокшетауский высший педагогический колледж им. Ж. Мусина\n"
        "Специальность: «Дошкольное воспитание и обучение»\n"
        "Квалификация: воспитатель дошкольных организаций (диплом с отличием)"
    )
    (entry,) = extract_education(text, sections)
    assert (entry.level, entry.year) == ("vocational", 2009)


def test_a_gap_year_below_the_degrees_is_no_education():
    # QA pass H: a year of travel and volunteering under "GAP YEAR" became an entry.
    profile = read_cv(
        "EDUCATION\nBSc Computer Science, Nazarbayev University, Astana — 2009–2013\n\n"
        "GAP YEAR\nJul 2013 – Aug 2014: travelled in South-East Asia; volunteer English "
        "teacher in a village school\n",
        "en",
    )
    assert [(entry.level, entry.year) for entry in profile.education] == [("bachelor", 2013)]


@pytest.mark.parametrize(
    ("line", "institution"),
    [
        ("2007–2011 ҚазАТУ им. С. Сейфуллина, бакалавр", "ҚазАТУ им. С. Сейфуллина"),
        ("КазЭУ им. Т. Рыскулова, Финансы, 2008", "КазЭУ им. Т. Рыскулова"),
        ("2009–2013 ВКГУ им. С. Аманжолова, специальность «Информатика»", "ВКГУ им. С. Аманжолова"),
        ("2004–2008 — ПМУ им. С. Торайгырова, экономист", "ПМУ им. С. Торайгырова"),
        ("М. Әуезов атындағы ОҚМУ, 2005", "М. Әуезов атындағы ОҚМУ"),
        ("АЭжБУ, Электр энергетикасы, 2010", "АЭжБУ"),
        ("КГУ им. Ш. Уалиханова, 2006", "КГУ им. Ш. Уалиханова"),
    ],
)
def test_a_university_known_by_its_acronym_is_the_school(line, institution):
    # QA pass I: acronyms outside a short list ("ҚазАТУ им. …", "КазЭУ им. …") named no
    # school, so the entry lost its school or was not read at all.
    text, sections = _in_section(line)
    (entry,) = extract_education(text, sections)
    assert entry.institution == institution


@pytest.mark.parametrize(
    "line",
    [
        "2019 РГУ «Департамент государственных доходов», семинар по налоговому учёту",
        "2018 ГУ «Аппарат акима города Кокшетау», стажировка",
        "2020 КГУ «Центр занятости», тренинг для безработных",
        "2019 АО «Фонд развития предпринимательства «ДАМУ», бизнес-тренинг",
    ],
)
def test_a_state_body_or_a_word_in_capitals_is_no_school(line):
    # QA pass I: a state institution's legal form ("ГУ", "РГУ", "КГУ") ends in "У" as a
    # university's acronym does, and is no school.
    text, sections = _in_section(line)
    assert extract_education(text, sections) == ()
