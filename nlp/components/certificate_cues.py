"""Which lines name a certificate or a course, and of which kind: cue words ("сертификат",
"курсы повышения квалификации", "біліктілікті арттыру", "certificate"), well-known names (CCNA,
PMP, ITIL, IELTS), the state language test and the civil-service legislation test, and, in a
job's description, only a cue that opens the line or goes with a verb such as "прошел"; an
honour or a driving licence is no item. Read by ``certifications``.
"""

import re

from nlp.components.certificate_names import BULLET
from nlp.components.dates import YEAR
from nlp.components.patterns import guarded, lazy
from nlp.components.sections import CAPITALS

_I = re.IGNORECASE
_CERT_CUE = guarded(
    lazy(
        r"сертификат\w*|certificat\w*|certified|куәлі\w*|аттестат\w*|удостоверени\w*|диплом\s+о"
        r"|license|лицензи\w*",
        _I,
    )
)
# "4-курс", "3 курса": a student's year of study, no course; "2019 курсы" dates one.
_NOT_YEAR_OF_STUDY = r"(?<!\w)(?<!(?<!\d)\d[\s‑-])"
_COURSE_CUE = guarded(
    lazy(
        rf"{_NOT_YEAR_OF_STUDY}курс(?:ы|ов|ах|ам|та|тар\w*)?(?!\w)|повышени\w*\s+квалификаци\w*|біліктілік\w*"
        r"|(?<!\w)courses?(?!\w)|training\w*|тренинг\w*|семинар\w*|seminar\w*|bootcamp|workshop\w*"
        r"|mooc|стажировк\w*|тағылымдама\w*|оқыту\w*|обучени\w*",
        _I,
    )
)
_BRAND = guarded(
    lazy(
        r"(?<!\w)(?:CCNA|CCNP|CCIE|PMP|CAPM|ITIL|CISSP|CISA|CISM|CEH|CompTIA|Prince2|PRINCE2|PSM"
        r"|CSM|IELTS|TOEFL|CFA|ACCA|DipIFR|ДипИФР|CIMA|CPA|TOGAF|COBIT|OCA|OCP|MCSA|MCSE|RHCE"
        r"|RHCSA|LPIC|AWS\s+Certified|Microsoft\s+Certified|Oracle\s+Certified"
        r"|Google\s+\w+\s+Certificate)(?!\w)"
    )
)
_OUTSIDE_CUE = guarded(
    lazy(
        r"сертификат\w*|certificat\w*|certified|куәлі\w*"
        rf"|{_NOT_YEAR_OF_STUDY}курс(?:ы|ов|тар\w*|ын\w*|тан)?(?!\w)"
        r"|повышени\w*\s+квалификаци\w*|біліктілік\w*\s+арттыру\w*|(?<!\w)courses?(?!\w)"
        r"|тренинг\w*|bootcamp|mooc",
        _I,
    )
)
LANGUAGE_TEST = guarded(
    lazy(
        r"(?<!\w)(?:IELTS|TOEFL|TOEIC|Duolingo|DELF|DALF|DELE|TestDaF|Goethe|HSK|TOPIK|JLPT"
        r"|Kaz\s*Test|Каз\s*тест|Қаз\s*тест)(?!\w)",
        _I,
    )
)
# A row about a language, where a test is the evidence of its level ("Владение
# государственным языком: свободно (ҚАЗТЕСТ, C1)").
_LANGUAGE_ROW = lazy(r"язык|тіл|language", _I)
# An honour is an award, and a driving licence no certificate in HR's sense.
NO_ITEM = lazy(
    r"(?:certificate|award|letter)\s+of\s+(?:honou?r|appreciation|merit|excellence)"
    r"|поч[её]тн\w*\s+грамот\w*|благодарственн\w*\s+письм\w*|құрмет\s+грамота\w*|алғыс\s+хат\w*"
    r"|жүргізуші\s+куәлі\w*|водительск\w*\s+(?:удостоверени\w*|прав\w*)"
    r"|driv(?:er'?s|ing)\s+licen[cs]e",
    _I,
)
# The test of the civil service legislation, whose result is a certificate.
_LAW_TEST = lazy(
    r"тестировани\w*\s+на\s+знание\s+законодательств\w*|заңнама\w*\s+білу\w*\s+тест\w*"
    r"|legislation\s+test\w*|test\w*\s+(?:on|of)\s+(?:the\s+)?knowledge\s+of\s+(?:\w+\s+){0,3}"
    r"legislation",
    _I,
)
# Outside the certificates and courses sections a line counts only with one of these on it.
ANY_CUE = (_OUTSIDE_CUE, _BRAND, LANGUAGE_TEST)
# The verbs by which a line in a job's description tells of an item the person earned.
_EARNED = guarded(
    lazy(
        r"(?<!\w)(?:прош(?:ел|ёл|ла|ли)|прохождени\w*|окончил\w*|закончил\w*|завершил\w*"
        r"|получил\w*|сдал\w*|обучал(?:ся|ась)|өттім|өтті|алдым|тапсырдым|бітірдім|аяқтадым"
        r"|иегері|complet\w*|cleared|passed|finished|obtained|earned|received|attended"
        r"|awarded|holder)(?!\w)",
        _I,
    )
)
_OPENING_YEAR = lazy(rf"(?:{YEAR}\s*(?:гг?\.|жж?\.|года?|жылы)?[\s.,:;–—-]*)?")
_NAME_WORD = lazy(rf"[{CAPITALS}][\w.+-]*\s+")


def item_kind(line: str, default: str) -> str:
    """ "certificate" or "course": the line's cue word first, then a known certificate name
    ("ITIL 4 Foundation" under "Курсы") or a test's result ("ҚазТест, уровень B1",
    "Тестирование на знание законодательства"), else the section's kind."""
    if _CERT_CUE.search(line):
        return "certificate"
    if _COURSE_CUE.search(line):
        return "course"
    tested = _BRAND.search(line) or LANGUAGE_TEST.search(line) or _LAW_TEST.search(line)
    return "certificate" if tested else default


def names_item(line: str) -> bool:
    """True when a line names a certificate or course by a cue word or a known name."""
    cued = _CERT_CUE.search(line) or _COURSE_CUE.search(line)
    return bool(cued or _BRAND.search(line) or LANGUAGE_TEST.search(line))


def cued(line: str, section: str) -> bool:
    """True when a line outside the certificates and courses sections names an item: by a cue
    word (in experience, one that opens the line or goes with a verb such as "прошел"), or
    (outside experience) by a known name or a language test ("TOPIK II, level 3") on a line
    that is about no language."""
    if section == "experience":
        cued = _OUTSIDE_CUE.search(line)
        return bool(cued and (_EARNED.search(line) or _opens_with_cue(line)))
    test = LANGUAGE_TEST.search(line) and not _LANGUAGE_ROW.search(line)
    return bool(_OUTSIDE_CUE.search(line) or _BRAND.search(line) or test)


def _opens_with_cue(line: str) -> bool:
    """True when a cue word opens a line, after its bullet and a year ("• Certification: …",
    "2019 – курсы …"), or after a name when the cue is capitalised ("IBM Certified …")."""
    body = BULLET.sub("", line)
    at = _OPENING_YEAR.match(body).end()
    if _OUTSIDE_CUE.match(body, at):
        return True
    name = _NAME_WORD.match(body, at)
    cue = name and _OUTSIDE_CUE.match(body, name.end())
    return bool(cue and cue.group()[0].isupper())
