"""Language tests and the CEFR level their results stand for.

IELTS bands and TOEFL iBT scores as their publishers map them; TOPIK and HSK levels and JLPT
grades as they are commonly aligned with the CEFR. A test also names its language, so a
certificate line ("Сертификат КАЗТЕСТ, уровень B2", "IELTS 6.5 (2017)") gives a spoken
language with its level though no language is named.
"""

import re

from nlp.components.patterns import guarded, lazy

_I = re.IGNORECASE
# The language each test examines, by code.
TEST_LANGUAGE = guarded(
    lazy(
        r"(?<!\w)(?:(?P<kk>казтест|қазтест|kaztest)|(?P<en>ielts|toefl|toeic)|(?P<ko>topik)"
        r"|(?P<zh>hsk)|(?P<ja>jlpt)|(?P<fr>delf|dalf)|(?P<de>goethe|testdaf)|(?P<es>dele))(?!\w)",
        _I,
    )
)
_SCORE = lazy(
    r"(?<!\w)(?P<test>IELTS|TOEFL)(?:\s+(?:Academic|General|iBT))?\s*[:\-–—]?\s*"
    r"(?P<score>\d{1,3}(?:[.,]\d)?)(?!\d)",
    _I,
)
_IELTS_FLOORS = ((8.5, "C2"), (7.0, "C1"), (5.5, "B2"), (4.0, "B1"), (3.0, "A2"))
_TOEFL_FLOORS = ((114, "C2"), (95, "C1"), (72, "B2"), (42, "B1"))
# Levels of the Korean, Chinese and Japanese tests: "TOPIK II, level 5", "TOPIK 4 уровень",
# "TOPIK 3-деңгей", "HSK 4", "JLPT N2".
_GRADE = lazy(
    r"(?<!\w)(?:(?P<test>TOPIK|HSK)(?:\s+I{1,2}(?!\w))?\s*[,:\-–—]?\s*"
    r"(?:(?:level|уровень|деңгей)\s*)?(?P<grade>[1-9])(?!\d)|JLPT\s*[:\-–—]?\s*N(?P<n>[1-5]))",
    _I,
)
_GRADE_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "C2", "C2", "C2")


def score_level(segment: str) -> str | None:
    """The CEFR level of an IELTS band or a TOEFL iBT score, as their publishers map them
    (IELTS 5.5 B2, 7.0 C1, 8.5 C2; TOEFL iBT 72 B2, 95 C1, 114 C2)."""
    found = _SCORE.search(segment)
    if found is None:
        return _grade_level(segment)
    test, value = found.group("test").upper(), float(found.group("score").replace(",", "."))
    floors = _IELTS_FLOORS if test == "IELTS" else _TOEFL_FLOORS
    return next((level for floor, level in floors if value >= floor), None)


def _grade_level(segment: str) -> str | None:
    """The CEFR level a TOPIK or HSK level or a JLPT grade is commonly aligned with: TOPIK and
    HSK 1–6 as A1–C2 (HSK 7–9 C2), JLPT N5–N1 as A1–C1."""
    found = _GRADE.search(segment)
    if found is None:
        return None
    if found.group("n"):
        return _GRADE_LEVELS[5 - int(found.group("n"))]
    grade = int(found.group("grade"))
    if found.group("test").upper() == "TOPIK" and grade > 6:
        return None
    return _GRADE_LEVELS[grade - 1]
