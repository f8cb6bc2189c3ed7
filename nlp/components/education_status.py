"""Whether an education entry says that its degree is not finished.

"Неоконченное высшее", "Аяқталмаған жоғары", "Incomplete higher education", "Студент 4 курса",
"3-курс студенті", "Магистратура (не завершена)", "магистрант (обучаюсь)", "currently
enrolled", "expected graduation 2027": the candidate holds no degree of that level yet, so the
entry's level is left unknown for HR to judge, and its last year is no graduation year. A
period running "to present" alone is no such word: "PhD …, 2021 – present" keeps its level, as
a candidate often lists a degree being defended beside the ones held.
"""

import re

from nlp.components.patterns import guarded

_UNFINISHED = guarded(
    re.compile(
        r"(?<!\w)(?:не\s*(?:оконч|законч|заверш)\w*|аяқталмаған|бітірмеген"
        r"|incomplete|unfinished|not\s+completed"
        r"|студент\w*\s+\d\s*[-‑]?\s*(?:го\s+)?курс\w*|\d\s*[-‑]?\s*(?:й\s+|го\s+)?курс\w*\s+студент\w*"
        r"|\d(?:st|nd|rd|th)[-\s]year\s+student|магистрант\w*|обучаюсь|учусь"
        r"|в\s+процессе\s+обучения|оқып\s+жүрмін|оқудамын"
        r"|currently\s+(?:enrolled|studying)|expected\s+(?:graduation|completion|in\s+\d{4}|\d{4})"
        r"|(?:graduation|completion)\s+expected|ожидаем\w*\s+(?:год\s+)?окончани\w*)",
        re.IGNORECASE,
    )
)


def is_unfinished(block: str) -> bool:
    """True when an entry says that its studies are not finished."""
    return _UNFINISHED.search(block) is not None
