"""Education entries as QA met them in real CVs: the field a degree names itself, a degree
line wrapped by a PDF, hh.kz's candidate of science, form labels and form rows."""

import pytest

from nlp.profile import read_cv


def _entries(text: str, lang: str = "ru") -> list[tuple]:
    """(level, field, institution, year) of each education entry ``read_cv`` finds."""
    return [(e.level, e.field, e.institution, e.year) for e in read_cv(text, lang).education]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            "MSc Data Science, The University of Edinburgh, United Kingdom\n2018 – 2019",
            "Data Science",
        ),
        ("MSc Finance, Nazarbayev University Graduate School of Business, 2014", "Finance"),
        ("BSc Economics, KIMEP University, Almaty\n2011 – 2015", "Economics"),
        ("MPA, Harvard Kennedy School, 2018", "Public Administration"),
        (
            "2011 – 2015   Bachelor of Economics, L.N. Gumilyov Eurasian National University",
            "Economics",
        ),
    ],
)
def test_a_short_english_degree_names_its_field(body, field):
    (entry,) = read_cv(f"EDUCATION\n{body}\n", "en").education
    assert entry.field == field


@pytest.mark.parametrize(
    ("body", "level", "field"),
    [
        (
            "B.A. in International Relations, KIMEP University, 2016",
            "bachelor",
            "International Relations",
        ),
        ("B.Sc. in Computer Science, Nazarbayev University, 2015", "bachelor", "Computer Science"),
        ("M.A. in Economics, KIMEP University, 2018", "master", "Economics"),
        ("MA in Economics, KIMEP University, 2018", "master", "Economics"),
        ("LL.M. in International Law, University of London, 2019", "master", "International Law"),
    ],
)
def test_a_dotted_or_short_degree_before_in_gives_level_and_field(body, level, field):
    (entry,) = read_cv(f"EDUCATION\n{body}\n", "en").education
    assert (entry.level, entry.field) == (level, field)


@pytest.mark.parametrize(
    ("text", "lang", "field"),
    [
        (
            "Білімі\nзаң ғылымдарының кандидаты, 2013 ж., Қазақ гуманитарлық заң университеті",
            "kk",
            "заң ғылымдары",
        ),
        (
            "Bilimi\nzañ ğylymdarynyñ kandidaty, 2013 j., Qazaq gumanitarlyq zañ universitetı",
            "kk",
            "zañ ğylymdary",
        ),
        (
            "Образование\nкандидат юридических наук, 2013 г., Казахский гуманитарно-юридический "
            "университет",
            "ru",
            "юридические науки",
        ),
        (
            "Образование\nдоктор физико-математических наук, 2013 г., КазНУ им. аль-Фараби",
            "ru",
            "физико-математические науки",
        ),
    ],
)
def test_a_degree_of_science_names_its_branch(text, lang, field):
    (entry,) = read_cv(text, lang).education
    assert (entry.level, entry.field, entry.year) == ("doctorate", field, 2013)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "Образование\n2012 – Академия правосудия, магистр юридических наук\n",
            "юридические науки",
        ),
        (
            "Образование\n2010 – ЕНУ им. Л.Н. Гумилева, магистр технических наук\n",
            "технические науки",
        ),
        # the degree's own field, as HR writes it, in the nominative
        (
            "Образование\n2015 – Академия государственного управления при Президенте РК, "
            "магистр государственного управления\n",
            "государственное управление",
        ),
        (
            "Образование\n2010 – Университет Нархоз, магистр делового администрирования\n",
            "деловое администрирование",
        ),
        ("Образование\n2012 – КазНУ, магистр международных отношений\n", "международные отношения"),
    ],
)
def test_a_master_of_science_names_its_branch_in_the_nominative(text, field):
    (entry,) = read_cv(text).education
    assert (entry.level, entry.field) == ("master", field)


def test_a_candidate_of_science_without_a_branch_names_no_field():
    (entry,) = read_cv("Образование\nкандидат наук, 2013 г., КазНУ им. аль-Фараби\n").education
    assert (entry.level, entry.field) == ("doctorate", None)


def test_hh_candidate_of_science_with_its_year_above_is_one_entry():
    text = (
        "Образование\nУченая степень: кандидат наук\n2014\n"
        "Евразийский национальный университет им. Л.Н. Гумилева\n"
        "кандидат технических наук, 05.13.18 – Математическое моделирование\n"
    )
    assert _entries(text) == [
        (
            "doctorate",
            "Математическое моделирование",
            "Евразийский национальный университет им. Л.Н. Гумилева",
            2014,
        )
    ]


def test_form_rows_of_the_level_alone_still_separate_two_entries():
    text = (
        "Образование\nСтепень: бакалавр\nКарагандинский государственный университет, 2004\n"
        "Степень: магистр\nЕвразийский национальный университет, 2010\n"
    )
    assert [(level, year) for level, _, _, year in _entries(text)] == [
        ("bachelor", 2004),
        ("master", 2010),
    ]


def test_a_degree_line_wrapped_after_a_comma_is_one_entry():
    text = (
        "Образование\n2010 – 2012 Евразийский национальный университет им. Л.Н. Гумилева, "
        "магистратура,\n«Информационные системы», магистр технических наук\n"
    )
    assert _entries(text) == [
        (
            "master",
            "Информационные системы",
            "Евразийский национальный университет им. Л.Н. Гумилева",
            2012,
        )
    ]


def test_a_kazakh_form_entry_wrapped_onto_its_speciality_is_one_entry():
    text = (
        "3. Білімі: жоғары\n"
        "Бітірген оқу орны: Әл-Фараби атындағы Қазақ ұлттық университеті, 2004 ж.,\n"
        "мамандығы: Математика, бакалавр\n"
    )
    assert _entries(text, "kk") == [
        ("bachelor", "Математика", "Әл-Фараби атындағы Қазақ ұлттық университеті", 2004)
    ]


@pytest.mark.parametrize(
    ("line", "institution"),
    [
        (
            "Бітірген оқу орны: Әл-Фараби атындағы Қазақ ұлттық университеті, 2004 ж., "
            "мамандығы: Математика, бакалавр",
            "Әл-Фараби атындағы Қазақ ұлттық университеті",
        ),
        ("Магистратура: Назарбаев Университеті, 2015 ж.", "Назарбаев Университеті"),
        (
            "Учебное заведение: Карагандинский университет Казпотребсоюза, 2009 г., бакалавр",
            "Карагандинский университет Казпотребсоюза",
        ),
    ],
)
def test_a_form_label_is_no_part_of_the_institution(line, institution):
    (entry,) = read_cv(f"Білімі\n{line}\n", "kk").education
    assert entry.institution == institution


def test_a_form_row_does_not_take_the_next_rows_label_as_its_field():
    text = (
        "Дата рождения\t05.06.1985\nОбразование\tвысшее, кандидат технических наук\n"
        "Телефон\t+7 702 345 67 89\n"
    )
    assert [(level, field) for level, field, _, _ in _entries(text)] == [
        ("doctorate", "технические науки")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "entries"),
    [
        (
            "Образование\n2014 – 2016   Университет «Туран» (г. Алматы), программа MBA\n"
            "              Магистр делового администрирования, направление «Маркетинг»\n"
            "2009 – 2013   Карагандинский экономический университет Казпотребсоюза\n"
            "              Бакалавр, специальность «Учёт и аудит»\n",
            "ru",
            [
                ("master", "Университет «Туран»", 2016),
                ("bachelor", "Карагандинский экономический университет Казпотребсоюза", 2013),
            ],
        ),
        (
            "Білімі\n2014–2016   Әл-Фараби атындағы ҚазҰУ, магистратура — экономика магистрі\n"
            "2010–2014   Қарағанды экономикалық университеті\n"
            "            «Есеп және аудит» бакалавры\n",
            "kk",
            [
                ("master", "Әл-Фараби атындағы ҚазҰУ", 2016),
                ("bachelor", "Қарағанды экономикалық университеті", 2014),
            ],
        ),
        (
            "Education\n2015 – 2019  Satbayev University, Almaty —\n"
            "             Bachelor of Engineering, Computer Science\n"
            "2012 – 2015  Almaty College of Communications —\n"
            "             technician (vocational diploma)\n",
            "en",
            [
                ("bachelor", "Satbayev University", 2019),
                ("vocational", "Almaty College of Communications", 2015),
            ],
        ),
    ],
)
def test_a_degree_line_under_its_dated_school_stays_with_it(text, lang, entries):
    # QA pass I: a degree line naming the level again ("программа MBA" over "Магистр …") began
    # an entry of its own, which took the next school, so a bachelor's school was read as a
    # master's and a row without a school was added; after a school known only by its acronym
    # ("… атындағы ҚазҰУ") the next dated school was glued to it.
    found = [(level, institution, year) for level, _, institution, year in _entries(text, lang)]
    assert found == entries


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Білімі / Образование\n"
            "2008–2012  Л.Н. Гумилев атындағы Еуразия ұлттық университеті, «Мемлекеттік басқару»,\n"
            "           бакалавр / Евразийский национальный университет им. Л.Н. Гумилева, "
            "бакалавр государственного управления\n",
            [
                (
                    "bachelor",
                    "Мемлекеттік басқару",
                    "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
                    2012,
                )
            ],
        ),
        (
            "Образование\nКарагандинский государственный университет, бакалавр, 2010,\n"
            "Евразийский национальный университет, магистр, 2012\n",
            [
                ("bachelor", None, "Карагандинский государственный университет", 2010),
                ("master", None, "Евразийский национальный университет", 2012),
            ],
        ),
    ],
    ids=["translation", "second-school"],
)
def test_a_line_ending_in_a_comma_goes_on_with_its_translation(text, entries):
    # QA pass I: a bilingual entry wrapped after a comma ("…университеті, «Жерге
    # орналастыру»," over "бакалавр / Казахский агротехнический университет …") was read as
    # two entries, one without its level and one without its year; a school with a year of its
    # own on the next line is still an entry of its own.
    assert _entries(text, "kk") == entries


@pytest.mark.parametrize(
    ("line", "lang", "level", "field"),
    [
        (
            "2012–2014 — ҚазҰУ, магистратура — экономика ғылымдарының магистрі",
            "kk",
            "master",
            "экономика ғылымдары",
        ),
        ("2012–2014 — ҚазҰУ, zañ ğylymdarynyñ magistrı", "kk", "master", "zañ ğylymdary"),
        (
            "2006–2010 — ПМУ, «Есеп және аудит» мамандығының бакалавры",
            "kk",
            "bachelor",
            "Есеп және аудит",
        ),
        (
            "2006–2010 — ПМУ, Есеп және аудит мамандығының бакалавры",
            "kk",
            "bachelor",
            "Есеп және аудит",
        ),
        (
            "2019–2021 — ЕҰУ, «7M04101 Мемлекеттік басқару» білім беру бағдарламасы бойынша "
            "экономика ғылымдарының магистрі",
            "kk",
            "master",
            "Мемлекеттік басқару",
        ),
        ("2012–2014 — ЕНУ, магистр экономических наук", "ru", "master", "экономические науки"),
        ("2006–2010 — КарГУ, бакалавр экономики и бизнеса", "ru", "bachelor", "экономика и бизнес"),
    ],
)
def test_a_kazakh_degree_gives_its_speciality_or_its_science_as_the_field(line, lang, level, field):
    # QA pass I: "техника ғылымдарының магистрі" (Master of Technical Sciences) gave the bare
    # genitive "техника ғылымдарының" as the field, and "«Құқықтану» мамандығының бакалавры"
    # the fragment "ның бакалавры" ("мамандығы" was read as a cue inside "мамандығының").
    heading = "Білімі" if lang == "kk" else "Образование"
    (entry,) = read_cv(f"{heading}\n{line}\n", lang).education
    assert (entry.level, entry.field) == (level, field)


# QA pass Q: a DBA was no degree, and "«Жас маман» жобасы" (the "young specialist" programme
# of colleges) under a college diploma was read as a specialist's higher education.
@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "EDUCATION\n2012 – 2014  Nazarbayev University, Executive MBA\n"
            "2020 – 2023  Almaty Management University, Doctor of Business Administration (DBA)\n",
            ["master", "doctorate"],
        ),
        (
            "БІЛІМІ\n2020 – 2023  Шымкент жоғары аграрлық колледжі, «Агрономия», техник-агроном\n"
            "             («Жас маман» жобасы бойынша жаңартылған мамандық)\n",
            ["vocational"],
        ),
    ],
    ids=["en-dba", "kk-jas-maman-college"],
)
def test_a_dba_is_a_doctorate_and_a_programme_named_young_specialist_no_degree(text, levels):
    assert [e.level for e in read_cv(text).education if e.level] == levels


# QA pass Q: a five-year diploma of before 2004 names its qualification after the university
# and no degree ("…, экономист"): higher education, read as the first degree; a college's
# qualification stays vocational and a refresher course at an academy no degree.
@pytest.mark.parametrize(
    ("line", "level"),
    [
        (
            "1994 – 1999  Карагандинский государственный университет им. Е.А. Букетова, экономист",
            "bachelor",
        ),
        ("1993 – 1998  Карагандинский политехнический институт, инженер-механик", "bachelor"),
        ("1995 – 2000  Қарағанды мемлекеттік университеті, заңгер", "bachelor"),
        ("2010 – 2012  Карагандинский колледж экономики, бухгалтер", "vocational"),
        ("2015  Курсы повышения квалификации, Академия государственного управления", None),
    ],
)
def test_a_university_diploma_named_by_its_qualification_is_higher_education(line, level):
    assert [e.level for e in read_cv(f"ОБРАЗОВАНИЕ\n{line}\n").education] == [level]
