"""Internships in a work history, read as an HR officer in Kazakhstan reads them.

An intern ("Стажёр", "Intern", "Trainee", "тағылымдамашы", a "молодёжная практика" at an
akimat through the employment centre, "жастар практикасы") is no civil servant: the months
count as work, not as public service. A research or academic internship ("Научная стажировка
по программе «Болашак»", "ғылыми тағылымдама", "Research internship", "Visiting Scholar"), or an
internship at a university or an institute, is training: it is no job at all. So is a
student's practice ("Производственная практика", "Преддипломная практика", "Практикант",
"өндірістік практика", "оқу практикасы", "Practicum", "Student placement"): part of the degree,
unpaid, and no civil service even at an akimat. Nor is work said to be unpaid or voluntary
("ақысыз тағылымдама", "Volunteer Research Assistant", "(unpaid)", "без оплаты"), or a line
saying it was no employment ("Study abroad under the Bolashak programme (no employment)").

A post that only names internships keeps its kind: "Главный специалист отдела стажировок",
"Head of Internship Programmes", "Тағылымдама бөлімінің бас маманы". The words are read cell
by cell (a job's lines cut at commas, brackets and dates): a word naming the internship counts
when no position word stands beside it in its cell, while a word naming the intern ("Data
Analyst Intern", "Бюджет департаментінің тағылымдамашысы") is the post by itself. Words
inside a job that date their own period ("Главный эксперт (в том числе научная стажировка с
2018 по 2019)") belong to the dates nearest them, as in ``period_notes``.
"""

import re

from nlp.components.education_fields import INSTITUTION
from nlp.components.patterns import cue_text, guarded, holds_any, lazy
from nlp.components.period_notes import span_distance
from nlp.components.title_words import looks_like_title

_I = re.IGNORECASE
# Not a programme or a unit named after internships: "Internship Programme Coordinator".
_NO_PROGRAMME = r"(?!\s+(?:programmes?|programs?|бағдарлама\w*|бөлім\w*|басқарма\w*|департамент))"
# A student's practice, part of a degree: "Производственная практика", "практикант",
# "диплом алды практикасы", "өндірістік тәжірибе", "Industrial practice", "Practicum".
_STUDENT_PRACTICE = (
    r"(?:производствен|преддипломн|учебн|педагогическ|ознакомительн|студенческ|государствен)\w*"
    r"\s+практик(?:а|и|е|у|ой)(?!\w)|практикант\w*"
    r"|(?:өндірістік|оқу|педагогикалық|кәсіптік|мемлекеттік|диплом\s+алды(?:ндағы)?)\s+"
    r"(?:практика|тәжірибе)\w*"
    r"|(?:industrial|pre-?diploma|pre-?graduation|educational|student)\s+practice(?!s)"
    r"|practicum|student\s+placement"
)
# Research or academic training, in the singular: "научных стажировок" is a unit's business.
_TRAINING = guarded(
    lazy(
        r"(?:научн|академическ)\w*\s+стажировк(?:а|и|е|у|ой)(?!\w)|ғылыми\s+тағылымдама(?!лар)\w*"
        rf"|(?:research|academic)\s+intern(?:ship)?{_NO_PROGRAMME}(?![\w-])"
        r"|visiting\s+(?:researcher|scholar|fellow|student)(?!s)"
        r"|(?:research|academic|visiting|fulbright|bolashak)\s+fellowship(?!s)"
        rf"|{_STUDENT_PRACTICE}",
        _I,
    )
)
# The internship itself ("Стажировка в …", "Summer internship", "тағылымдамадан өтті").
_INTERNSHIP = guarded(
    lazy(
        r"(?<!\w)(?:стажировк[аи]|прохождени\w*\s+стажировк\w*|internship|тағылымдама(?:дан)?"
        r"|молод[её]жн(?:ая|ой)\s+практик(?:а|и|е)|жастар\s+практика(?:сы)?)"
        + _NO_PROGRAMME
        + r"(?!\w)",
        _I,
    )
)
# The intern: a post by itself, wherever it stands in its cell.
_INTERN = guarded(
    lazy(
        r"(?<!\w)(?:стаж[её]р|в\s+качестве\s+стаж[её]ра|intern|trainee|тағылымдамашы(?:сы)?)"
        + _NO_PROGRAMME
        + r"(?!\w)",
        _I,
    )
)
# Work said to be unpaid or voluntary, or no employment: no job, whoever it was for.
_UNPAID = guarded(
    lazy(
        r"(?<!\w)(?:unpaid|pro\s+bono|no\s+employment|volunteer\w*|волонт[её]р\w*|ерікті\w*"
        r"|ақысыз|без\s+оплаты|неоплачиваем\w*|на\s+безвозмездной\s+основе)(?!\w)",
        _I,
    )
)
_UNPAID_REACH = 120  # characters from a job's dates where the words saying it was unpaid stand
# Unpaid leave inside a job ("отпуск без оплаты", "unpaid leave") is a leave, not unpaid work.
_LEAVE = lazy(r"отпуск|leave|демалыс", _I)
# A name in quotes: its words ("«Жас маман» жобасы") name a programme or a body, not a post.
_QUOTED = lazy(r"«[^«»]*»")
_CELL_MARK = lazy(r"[\n,;|()]")
# A stem that every match of the patterns above holds, in the text as cue_text folds it.
_STEMS = (
    "стаж",
    "intern",
    "trainee",
    "тағылымдама",
    "практик",
    "visiting",
    "fellowship",
    "тәжірибе",
    "practic",
    "placement",
    "unpaid",
    "bono",
    "employment",
    "volunteer",
    "волонт",
    "ерікті",
    "ақысыз",
    "оплаты",
    "неоплачиваем",
    "безвозмездной",
)
NO_JOB = ("training", "unpaid")


def internship_kinds(
    text: str, dates: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[str | None]:
    """For each job (the span of its dates and of its evidence): "training" when it is a
    research or academic internship or a student's practice, "unpaid" when it is said to be
    unpaid, voluntary or no employment, "intern" when it is any other internship, else
    None."""
    kinds: list[str | None] = [None] * len(spans)
    low, high = min((a for a, _ in spans), default=0), max((b for _, b in spans), default=0)
    if not _named_anywhere(text, low, high):
        return kinds  # most work histories name no internship
    for index, (first, last) in enumerate(spans):
        for start, end in _cells(text, first, last, dates):
            kind = _cell_kind(text[start:end])
            if kind is None:
                continue
            owner = _owner((start, end), dates, spans, index)
            if kind == "unpaid" and span_distance(dates[owner], (start, end)) > _UNPAID_REACH:
                continue  # another block's words in a text run together
            if kind == "internship":
                owner_first, owner_last = spans[owner]
                trained = INSTITUTION.search(text, owner_first, owner_last)
                kind = "training" if trained else "intern"
            if kinds[owner] not in NO_JOB:
                kinds[owner] = kind
    return kinds


def _named_anywhere(text: str, start: int, end: int) -> bool:
    """Whether a word of every internship pattern's stem stands between ``start`` and ``end``
    (plain substring tests: most work histories have none, and regexes cost more)."""
    return holds_any(cue_text(text[start:end]), _STEMS)


def _cells(text: str, first: int, last: int, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the cells of a job's evidence lie: its text cut at commas, brackets, line ends
    and the dates of every period inside it."""
    cuts = [(m.start(), m.end()) for m in _CELL_MARK.finditer(text, first, last)]
    cuts += [(a, b) for a, b in dates if first <= a and b <= last]
    cells, start = [], first
    for cut_start, cut_end in sorted(cuts):
        if cut_start > start:
            cells.append((start, cut_start))
        start = max(start, cut_end)
    if last > start:
        cells.append((start, last))
    return cells


def _cell_kind(cell: str) -> str | None:
    """The kind of internship a cell names ("unpaid", "training", "internship", "intern"),
    else None; words in quotes are a name and neither name a post nor say how work was paid."""
    cell = _QUOTED.sub(" ", cell)
    if _UNPAID.search(cell) and not _LEAVE.search(cell):
        return "unpaid"
    for kind, pattern in (("training", _TRAINING), ("internship", _INTERNSHIP)):
        for match in pattern.finditer(cell):
            if not looks_like_title(cell[: match.start()] + " " + cell[match.end() :]):
                return kind
    return "intern" if _INTERN.search(cell) else None


def _owner(
    cell: tuple[int, int],
    dates: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    index: int,
) -> int:
    """The job a cell speaks of: of the jobs whose evidence holds it, the one whose dates are
    nearest (a job's own words, or a period dated inside it)."""
    holders = [i for i, (a, b) in enumerate(spans) if a <= cell[0] and cell[1] <= b]
    return min(holders or [index], key=lambda i: span_distance(dates[i], cell))
