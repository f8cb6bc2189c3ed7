"""Hostile texts: a file that extracts cleanly but repeats one pattern a hundred thousand
characters long must be read in seconds, as a CV is read inside a web request. Each case once
cost the square of its length (a text of dates on one line took minutes; a run of "(" hung
spaCy's tokenizer), so a generous bound on CPU time tells linear from quadratic."""

import time

import pytest

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
