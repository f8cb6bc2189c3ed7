"""Hostile texts: a file that extracts cleanly but repeats one pattern a hundred thousand
characters long must be read in seconds, as a CV is read inside a web request. Each case once
cost the square of its length (a text of dates on one line took minutes; a run of "(" hung
spaCy's tokenizer), so a generous bound on CPU time tells linear from quadratic."""

import time

import pytest

from nlp.components.personal_data import extract_personal_data
from nlp.profile import read_cv

SIZE = 100_000
# CPU seconds for a hundred thousand characters; the slowest case reads in about one here,
# and the quadratic ones took from twelve seconds to several minutes.
BOUND = 8.0
UNITS = {
    "dates on one line": "01.01.2001 ",
    "ranges on one line": "01.2001 - 02.2003 ",
    "months to present": "Jan 2020 – Present ",
    "kazakh ranges": "2019 ж. қыркүйек – қазіргі уақытқа дейін ",
    "a run of brackets": "(",
    "skills headings": "Навыки:\n",
    "experience headings": "ОПЫТ РАБОТЫ\n",
    "ambiguous names": "Excel Word ",
    "street lines": "ул. Абая 10\n",
    "identity numbers": "880412400123 ",
    "name rows": "Фамилия: Иванов\n",
    "names in brackets": "(Excel) ",
    "a page of blanks": " ",
    "month names": "сентябрь 2015 – май 2019\n",
    "english headings": "EXPERIENCE\nEDUCATION\nSKILLS\n",
    "state systems": "ESEDO, goszakup.gov.kz, ",
    "phrases and tools": "Project management, Python, ",
    "promotions on a line": "Главный специалист, с 2015 г. эксперт, ",
    "date lines over notes": "2015 – 2016\nне работал (переезд)\n",
    "quoted system names": "ИС «Бюджетное «планирование» ",
    "posts over employers": "2015 – 2016 Директор (part-time)\nМинистерство финансов РК\n",
    "later posts in titles": "2015 – 2016\nПомощник прокурора, с 2014 года — прокурор\n",
    "certificate tables": "СЕРТИФИКАТЫ\n| 2019 | КАЗТЕСТ, B2 | НЦТ |\n|------|\n",
    "cue words in duties": "Опыт работы\n2015 – 2016 прошел курсы, выдача справок и сертификатов; ",
    "secondments": "Feb 2020 – Dec 2020: seconded to the Ministry; ",
    "listed products": "SKILLS\nBitrix24, EViews, ",
    "cells of one row": "01.2001, 02.2003\t",
    "opening quotes": "«",
    "referee lines": "РЕКОМЕНДАЦИИ\nСапаров Ерлан, руководитель, тел. +7 702 333 44 55\n",
    "references headings": "References:\n",
    "initials on a line": "А.Б. ",
    "signatures": "Подпись: А.Б. ",
    "initials and surnames": "А" * 40 + ".Б. " + "К" * 40 + " ",
    "places of birth": "Место рождения: г. Караганда\n",
    "spaced education entries": "EDUCATION\n\nM.S. in Economics\n\nKIMEP University -  Almaty -"
    "\n\n2010\n\n",
    "site employers above dates": "Analyst\nKaspi Bank -  Almaty, Kazakhstan -\n"
    "July 2015 to May 2018\n",
}


def _seconds_to_read(unit: str, size: int) -> float:
    """CPU seconds that ``read_cv`` spends on ``unit`` repeated to ``size`` characters."""
    text = (unit * (size // len(unit) + 1))[:size]
    read_cv("Навыки: Excel\n09.2015 – 06.2019 Главный специалист")  # pipelines loaded
    began = time.process_time()
    profile = read_cv(text)
    spent = time.process_time() - began
    assert profile.text_chars == size
    return spent


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_a_long_repetitive_text_is_read_in_seconds(unit):
    spent = _seconds_to_read(unit, SIZE)
    assert spent < BOUND, f"{spent:.1f} s of CPU for {SIZE} characters"


PERSONAL_UNITS = ("street lines", "identity numbers", "name rows")


@pytest.mark.parametrize("name", PERSONAL_UNITS)
def test_many_personal_data_spans_are_deduplicated_in_linear_time(name):
    """Each line is its own span, so a check of every kept span per span cost the square of
    their number (40 s for 200,000 characters of street lines): now one pass."""
    unit = UNITS[name]
    text = (unit * (3 * SIZE // len(unit) + 1))[: 3 * SIZE]
    began = time.process_time()
    found = extract_personal_data(text)
    spent = time.process_time() - began
    assert len(found) > 10_000
    assert spent < BOUND, f"{spent:.1f} s of CPU for {3 * SIZE} characters"


LONG_UNITS = (
    "a page of blanks",
    "month names",
    "english headings",
    "state systems",
    "phrases and tools",
    "opening quotes",
)


@pytest.mark.parametrize("name", LONG_UNITS)
def test_a_repetitive_text_three_times_as_long_is_read_in_seconds(name):
    """These cost the square of their length too, but it shows past a hundred thousand
    characters: a look along a run of blanks from each blank, at every section per line, at
    every date per month name, at every tagged tool per phrase, a look for the closing quote
    from every opening one took 10 to 30 s for 300,000 characters; now under 3."""
    spent = _seconds_to_read(UNITS[name], 3 * SIZE)
    assert spent < BOUND, f"{spent:.1f} s of CPU for {3 * SIZE} characters"


@pytest.mark.parametrize(
    "unit", ["2015 бакалавр\n", "бакалавр экономики\n", "Университет, 2015,\n"]
)
def test_an_education_section_of_one_endless_entry_is_read_in_seconds(unit):
    """Lines that each go on the entry above (the same level again, a comma at the end) were
    checked against the whole entry so far: 11 s of CPU for 100,000 characters; now its years
    are kept as it grows."""
    text = "ОБРАЗОВАНИЕ\n" + (unit * (SIZE // len(unit) + 1))[:SIZE]
    read_cv("ОБРАЗОВАНИЕ\n2015 бакалавр")  # pipelines loaded
    began = time.process_time()
    read_cv(text)
    spent = time.process_time() - began
    assert spent < BOUND, f"{spent:.1f} s of CPU for {SIZE} characters"
