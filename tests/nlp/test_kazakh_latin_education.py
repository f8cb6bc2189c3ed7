"""Education and spoken languages in Latin-alphabet Kazakh, in its 2021 letters and in plain
keyboard spelling, read the same as in Cyrillic."""

import pytest

from nlp.profile import read_cv
from tests.nlp.test_kazakh_latin import KK_CYRILLIC, KK_LATIN, _degrees, _spoken


def test_education_and_languages_read_the_same_in_both_alphabets():
    latin, cyrillic = read_cv(KK_LATIN), read_cv(KK_CYRILLIC)
    assert _degrees(latin) == _degrees(cyrillic) == [("bachelor", None, 2016)]
    assert latin.education[0].institution == "L.N. Gumilev atyndağy Euraziia ūlttyq universitetı"
    assert _spoken(latin) == _spoken(cyrillic) == [("kk", "native"), ("ru", "fluent"), ("en", "B2")]
    assert [KK_LATIN[s.start : s.end] for s in latin.languages] == [
        "Qazaq tılı — ana tılı",
        "orys tılı — erkın",
        "ağylşyn tılı — B2",
    ]


def test_plain_keyboard_education_and_languages():
    text = (
        "Aigerim Nurlanova\n\nEngbek joly\n2016-09 – 2019-08 Bas maman, Astana qalasy akimdigi\n\n"
        "Bilimi\nMagistr, L.N. Gumilev atyndagy Euraziia ulttyq universiteti, 2018\n"
        "Bakalavr, Qaragandy memlekettik universiteti, 2016\n\n"
        "Tilder\nqazaq tili — ana tili, orys tili — erkin, agylshyn tili — ortasha\n"
        "nemis tili — bastapqy, turik tili — jetik\n"
    )
    profile = read_cv(text)
    assert [s.name for s in profile.sections] == [
        "personal",
        "experience",
        "education",
        "languages",
    ]
    assert [(e.level, e.institution, e.year) for e in profile.education] == [
        ("master", "L.N. Gumilev atyndagy Euraziia ulttyq universiteti", 2018),
        ("bachelor", "Qaragandy memlekettik universiteti", 2016),
    ]
    assert _spoken(profile) == [
        ("kk", "native"),
        ("ru", "fluent"),
        ("en", "intermediate"),
        ("de", "basic"),
        ("tr", "fluent"),
    ]


@pytest.mark.parametrize(
    ("entry", "level"),
    [
        ("PhD doktory", "doctorate"),
        ("Ekonomika ğylym kandidaty", "doctorate"),
        ("Ekonomika gylym kandidaty", "doctorate"),
        ("Magistr", "master"),
        ("magistratura", "master"),
        ("bakalavr", "bachelor"),
        ("Joğary bılım", "bachelor"),
        ("Jogary bilim", "bachelor"),
        ("Almaty kolledjı", "vocational"),
        ("Orta mektep", "secondary"),
    ],
)
def test_latin_kazakh_degree_words(entry, level):
    profile = read_cv(f"Aigerim Nurlanova\n\nBilimi\n{entry}, 2016\n")
    assert _degrees(profile) == [(level, None, 2016)]


@pytest.mark.parametrize(
    ("line", "spoken"),
    [
        ("Ağylşyn tılı — joğary deñgei", [("en", "advanced")]),
        ("qazaqsha — ana tili, orysşa — erkın", [("kk", "native"), ("ru", "fluent")]),
        ("Arab tılı — sözdıkpen", [("ar", "basic")]),
        ("agylshyn tili — orta dengei", [("en", "intermediate")]),
    ],
)
def test_latin_kazakh_language_levels(line, spoken):
    assert _spoken(read_cv(f"Aigerim Nurlanova\n\nTilder\n{line}\n")) == spoken


@pytest.mark.parametrize(
    "text",
    [
        "Orys tılı jäne ädebietı mūğalımı, Qazaq ūlttyq universitetı, 2012–2016",
        "Analyst, United Arab Emirates office, advanced analytics, 2018–2020",
    ],
)
def test_latin_kazakh_names_in_other_phrases_are_no_spoken_language(text):
    assert read_cv(f"Aigerim Nurlanova\n\nJūmys täjıribesı\n{text}\n").languages == ()


def test_kazakh_latin_2018_institution_and_field():
    text = (
        "Bilimi\n2012–2016 L.N. Gýmılev atyndaǵy Eýrazııa ulttyq ýnıversıteti, "
        "Ekonomıka mamandyǵy, bakalavr\n"
    )
    (entry,) = read_cv(text, "kk").education
    assert entry.institution == "L.N. Gýmılev atyndaǵy Eýrazııa ulttyq ýnıversıteti"
    assert (entry.level, entry.field, entry.year) == ("bachelor", "Ekonomıka", 2016)
