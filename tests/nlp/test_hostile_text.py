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
}


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_a_long_repetitive_text_is_read_in_seconds(unit):
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    read_cv("Навыки: Excel\n09.2015 – 06.2019 Главный специалист")  # pipelines loaded
    began = time.process_time()
    profile = read_cv(text)
    spent = time.process_time() - began
    assert profile.text_chars == SIZE
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
