"""Words of the date grammar (dates.py): month names and "to date" in Kazakh, Russian, English.

Kazakh is matched in Cyrillic and in both Latin alphabets. The Latin words are written once in
the alphabet of 2021 ("qyrküiek", "qazırgı uaqytqa deiın"), and
:func:`~nlp.components.organizations.kazakh_latin` lets each letter also match its letter of
2018 ("qyrkúiek", "qazirgi ýaqytqa deıin") and its plain-keyboard form ("shilde", "qarasha"),
as it does for employer names.
"""

import re

from nlp.components.organizations import kazakh_latin

_MONTHS: tuple[tuple[int, str, str, str], ...] = (
    # (number, Russian and English forms, Kazakh form in Cyrillic, in the Latin of 2021)
    (1, r"январ[а-яё]*|янв|jan(?:uary)?", r"қаңтар\w*", r"qañtar\w*"),
    (2, r"феврал[а-яё]*|фев|feb(?:ruary)?", r"ақпан\w*", r"aqpan\w*"),
    (3, r"март[а-яё]*|мар|mar(?:ch)?", r"наурыз\w*", r"nauryz\w*"),
    (4, r"апрел[а-яё]*|апр|apr(?:il)?", r"сәуір\w*", r"säuır\w*"),
    (5, r"ма[йяею]|may", r"мамыр\w*", r"mamyr\w*"),
    (6, r"июн[а-яё]*|jun[e]?", r"маусым\w*", r"mausym\w*"),
    (7, r"июл[а-яё]*|jul[y]?", r"шілде\w*", r"şılde\w*"),
    (8, r"август[а-яё]*|авг|aug(?:ust)?", r"тамыз\w*", r"tamyz\w*"),
    (9, r"сентябр[а-яё]*|сент?|sep(?:t(?:ember)?)?", r"қыркүйе\w*", r"qyrküie\w*"),
    (10, r"октябр[а-яё]*|окт|oct(?:ober)?", r"қазан\w*", r"qazan\w*"),
    (11, r"ноябр[а-яё]*|ноя|nov(?:ember)?", r"қараша\w*", r"qaraşa\w*"),
    (12, r"декабр[а-яё]*|дек|dec(?:ember)?", r"желтоқсан\w*", r"jeltoqsan\w*"),
)
_KK = {n: f"{cyrillic}|{kazakh_latin(latin)}" for n, _, cyrillic, latin in _MONTHS}
_MONTH_RES = tuple(
    (n, re.compile(rf"(?:{ru_en}|{_KK[n]})\.?", re.IGNORECASE)) for n, ru_en, _, _ in _MONTHS
)
KK_MONTHS = "|".join(_KK.values())
MONTH = r"(?:" + "|".join(f"(?:{ru_en}|{_KK[n]})" for n, ru_en, _, _ in _MONTHS) + r")(?!\w)\.?"
PRESENT = (
    r"(?:по\s+)?настоящее\s+время|н\.\s?в\.?|наст\.\s*вр\.?|сей\s+день|текущее\s+время"
    r"|present|current(?:ly)?|now|date|ongoing|today"
    r"|(?:қазіргі|осы)\s+(?:уақыт|кез)\w*(?:\s+дейін)?|бүгінге\s+дейін|қазірге\s+дейін|қазір|"
    + kazakh_latin(
        r"(?:qazırgı|osy)\s+(?:uaqyt|kez)\w*(?:\s+deiın)?|büginge\s+deiın|qazırge\s+deiın|qazır"
    )
)

# What joins the start and end of a period: a dash (with "по"/"to" after it or not) or the word.
SEPARATOR = r"\s*(?:[-–—‑−]{1,2}\s*(?:по|до|to|till|until|through)?|по|до|to|till|until|through)\s*"


def month_number(word: str) -> int | None:
    """The month (1-12) that a month name in kk/ru/en, in any inflected form, denotes."""
    for number, pattern in _MONTH_RES:
        if pattern.fullmatch(word.strip()):
            return number
    return None
