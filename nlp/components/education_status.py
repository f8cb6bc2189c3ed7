"""Whether an education entry says that its degree is not finished.

"Неоконченное высшее", "Аяқталмаған жоғары", "Incomplete higher education", "Студент 4 курса",
"3-курс студенті", "Магистратура (не завершена)", "магистрант (обучаюсь)", "магистратура
(оқып жатырмын)", "currently enrolled", "expected graduation 2027", a thesis not defended
("PhD докторантура, не защитила", "диссертация қорғалмады"), a programme left ("did not
complete (left after the 2nd semester)"): the candidate holds no degree of that level yet, so
the entry's level is left unknown for HR to judge, and its last year is no graduation year. A
period running "to present" alone is no such word: "PhD …, 2021 – present" keeps its level, as
a candidate often lists a degree being defended beside the ones held.
"""

import re

from nlp.components.patterns import guarded, lazy

_UNFINISHED = guarded(
    lazy(
        r"(?<!\w)(?:не\s*(?:оконч|законч|заверш)\w*|аяқталмаған|бітірмеген"
        r"|incomplete|unfinished|not\s+completed"
        # a thesis not defended, studies left: "не защитила", "без защиты диссертации",
        # "диссертация қорғалмады", "did not complete (left after the 2nd semester)"
        r"|не\s+защи[тщ]\w*|без\s+защиты|отчислен\w*|қорға(?:л)?ма(?:ды|ған)\w*"
        r"|did\s+not\s+(?:complete|finish|graduate|defend)|not\s+defended|without\s+defen[cs]e"
        r"|left\s+after|withdr(?:ew|awn)(?!\w)|dropped\s+out"
        r"|студент\w*\s+\d\s*[-‑]?\s*(?:го\s+)?курс\w*|\d\s*[-‑]?\s*(?:й\s+|го\s+)?курс\w*\s+студент\w*"
        r"|\d(?:st|nd|rd|th)[-\s]year\s+student|магистрант\w*|обучаюсь|учусь"
        r"|в\s+процессе\s+обучения|оқып\s+(?:жүрмін|жатырмын)|оқудамын"
        r"|currently\s+(?:enrolled|studying)|expected\s+(?:graduation|completion|in\s+\d{4}|\d{4})"
        r"|(?:graduation|completion)\s+expected|ожидаем\w*\s+(?:год\s+)?окончани\w*)",
        re.IGNORECASE,
    )
)


def is_unfinished(block: str) -> bool:
    """True when an entry says that its studies are not finished."""
    return _UNFINISHED.search(block) is not None
