"""Words of the date grammar (dates.py): month names, seasons, quarters and "to date" in Kazakh,
Russian and English.

Kazakh is matched in Cyrillic and in both Latin alphabets. The Latin words are written once in
the alphabet of 2021 ("qyrküiek", "qazırgı uaqytqa deiın"), and
:func:`~nlp.components.organizations.kazakh_latin` lets each letter also match its letter of
2018 ("qyrkúiek", "qazirgi ýaqytqa deıin") and its plain-keyboard form ("shilde", "qarasha"),
as it does for employer names.
"""

import re

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.patterns import lazy

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
    (n, lazy(rf"(?:{ru_en}|{_KK[n]})\.?", re.IGNORECASE)) for n, ru_en, _, _ in _MONTHS
)
KK_MONTHS = "|".join(_KK.values())
MONTH = r"(?:" + "|".join(f"(?:{ru_en}|{_KK[n]})" for n, ru_en, _, _ in _MONTHS) + r")(?!\w)\.?"
PRESENT = (
    r"(?:по\s+)?настоящее\s+время|н\.\s?в\.?|н/в|наст\.\s*(?:вр\.?|время)|сей\s+день"
    r"|текущее\s+время|(?:по\s+)?сегодняшн\w*\s+день|сегодня|до\s+сих\s+пор"
    r"|present|current(?:ly)?|now|date|ongoing|today"
    r"|(?:қазіргі|осы)\s+(?:уақыт|кез)\w*(?:\s+дейін)?|бүгінге\s+дейін|қазірге\s+дейін|қазір|"
    + kazakh_latin(
        r"(?:qazırgı|osy)\s+(?:uaqyt|kez)\w*(?:\s+deiın)?|büginge\s+deiın|qazırge\s+deiın|qazır"
    )
)

# A day number before a month name: "1 июля 2022 г.", "2010 ж. 1 қыркүйектен", "1 September
# 2019". Only the month counts, so the day is read and dropped.
DAY = r"(?:(?:[12]\d|3[01]|0?[1-9])\s+)?"

# Seasons and quarters name a few months of one year: "Summer 2017" is June to August and
# "Q3 2018" July to September. Winter is read as January and February of the year named (the
# winter holidays), since its December would belong to the year before.
_SEASONS: tuple[tuple[int, int, str], ...] = (
    (1, 3, r"q1"),
    (4, 6, r"q2"),
    (7, 9, r"q3"),
    (10, 12, r"q4"),
    (6, 8, r"summer|лет[оа]|летом|жаз(?:ы|ында|да)?"),
    (9, 11, r"autumn|fall|осень|осенью|күз(?:і|інде|де)?"),
    (1, 2, r"winter|зима|зимой|қыс(?:ы|ында|та)?"),
    (3, 5, r"spring|весна|весной|көктем(?:і|інде|де)?"),
)
_SEASON_RES = tuple((first, last, lazy(words, re.I)) for first, last, words in _SEASONS)
SEASON = r"(?:" + "|".join(words for _, _, words in _SEASONS) + r")(?!\w)"


# On the year's own line only: "…на Java и Spring" over "2014 – 2016 гг." is no season.
_SEASON_BEFORE = lazy(rf"(?<!\w){SEASON}[ \t]*\Z", re.IGNORECASE)
_SEASON_AFTER = lazy(rf"[ \t]*({SEASON})", re.IGNORECASE)
_SEASON_REACH = 16


def season_months(word: str) -> tuple[int, int]:
    """The first and last month (1-12) of a season or quarter word matched by SEASON."""
    return next((f, last) for f, last, pattern in _SEASON_RES if pattern.fullmatch(word.strip()))


def season_beside(text: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """The span of a year at ``text[start:end]`` widened to the season or quarter word right
    before it ("Summer 2017") or after it ("2017 жылдың жазы"), with the season's first and
    last month; None when there is none."""
    before = _SEASON_BEFORE.search(text, max(0, start - _SEASON_REACH), start)
    if before:
        return (before.start(), end, *season_months(before[0]))
    after = _SEASON_AFTER.match(text, end)
    return (start, after.end(), *season_months(after[1])) if after else None


# What joins the start and end of a period: a dash (with "по"/"to" after it or not) or the word.
SEPARATOR = r"\s*(?:[-–—‑−]{1,2}\s*(?:по|до|to|till|until|through)?|по|до|to|till|until|through)\s*"


def month_number(word: str) -> int | None:
    """The month (1-12) that a month name in kk/ru/en, in any inflected form, denotes."""
    for number, pattern in _MONTH_RES:
        if pattern.fullmatch(word.strip()):
            return number
    return None
