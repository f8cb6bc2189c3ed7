"""A job given as labelled lines, as the state labour exchange enbek.kz exports a résumé.

Each job is a block: "Период работы: 01.03.2016 - 31.12.2019", then "Должность: …",
"Организация: …", "Обязанности: …" (in Kazakh "Жұмыс кезеңі:", "Лауазымы:", "Ұйым:" or
"Жұмыс орны:"; in English "Position:", "Company:" or "Employer:"). The labelled lines name the
post and the employer in any order, below the dates or above them; the label of the dates
themselves names neither.
"""

import functools
import re

from nlp.components.dates import has_point
from nlp.components.job_names import clean
from nlp.components.patterns import lazy
from nlp.components.sections import heading_label

_TITLE_LABEL = lazy(
    r"\s*(?:(?:Занимаемая\s+)?должность|(?:Атқаратын\s+)?лауазым(?:ы)?|Position|Job\s+title)"
    r"\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_EMPLOYER_LABEL = lazy(
    r"\s*(?:(?:Наименование\s+)?организаци[яи]|Место\s+работы|Компания|Работодатель"
    r"|Ұйым(?:ы|ның\s+атауы)?|Жұмыс\s+орны|Мекеме|Company|Employer|Organi[sz]ation)"
    r"\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_PERIOD_LABEL = lazy(
    r"\s*(?:Период(?:\s+работы)?|Жұмыс\s+кезеңі|Кезеңі?|Period(?:\s+of\s+work)?|Dates?)\s*:?\s*",
    re.IGNORECASE,
)
_LINE = lazy(r"[^\n]+")


def is_period_label(text: str) -> bool:
    """True when ``text`` is only the label of a job's dates ("Период работы:")."""
    return bool(_PERIOD_LABEL.fullmatch(text))


@functools.lru_cache(maxsize=4)
def _has_labels(text: str) -> bool:
    """Whether the CV labels any post or employer at all: most do not, and their jobs need
    no look at the lines around each date line (asked once per CV, not once per job)."""
    return any(
        label.match(line.group())
        for line in _LINE.finditer(text)
        if ":" in line.group()
        for label in (_TITLE_LABEL, _EMPLOYER_LABEL)
    )


def _block(text: str, start: int, stop: int, upward: bool) -> list[re.Match[str]]:
    """The lines from ``start`` to ``stop``, nearest to the dates first, up to a line with
    dates or a heading: the lines that can belong to the job."""
    lines = list(_LINE.finditer(text, start, stop))
    found = []
    for line in reversed(lines) if upward else lines:
        if has_point(line.group()) or heading_label(line.group()):
            break
        found.append(line)
    return found


def _labelled(lines: list[re.Match[str]]) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first title line and the first employer line among ``lines``, up to a label seen
    twice, where the next job's block begins."""
    title = employer = None
    for line in lines:
        if _TITLE_LABEL.match(line.group()):
            if title:
                break
            title = line
        elif _EMPLOYER_LABEL.match(line.group()):
            if employer:
                break
            employer = line
    return title, employer


def _value(label: re.Pattern[str], line: re.Match[str] | None) -> str | None:
    """The cleaned value of a labelled line, None without the line."""
    return clean(label.match(line.group()).group("value")) if line else None


def labelled_job(
    text: str, date_line: tuple[int, int], bounds: tuple[int, int]
) -> tuple[str | None, str | None, int, int] | None:
    """Title, organisation and evidence span of a job given as labelled lines around its date
    line (``date_line``), within ``bounds`` (the end of the job before, the region's end):
    those above it when it has any, else those below it; None when no line is labelled."""
    if not _has_labels(text):
        return None
    above = _labelled(_block(text, bounds[0], date_line[0], upward=True))
    below = (None, None) if any(above) else _labelled(_block(text, date_line[1], bounds[1], False))
    title, employer = above if any(above) else below
    found = [line for line in (title, employer) if line]
    if not found:
        return None
    names = _value(_TITLE_LABEL, title), _value(_EMPLOYER_LABEL, employer)
    if any(above):
        return *names, min(line.start() for line in found), date_line[1]
    return *names, date_line[0], max(line.end() for line in found)
