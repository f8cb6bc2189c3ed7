"""The education level an entry names: secondary, vocational, bachelor, master or doctorate,
in Kazakh (Cyrillic and Latin), Russian and English, with a five-year diploma written without
its level ("… университет, специальность «Экономика»") read as the first degree. A Doctor of
Business Administration is a doctorate ("доктор по профилю" in Kazakhstan's degrees).
"""

import re

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.patterns import guarded, lazy

_I = re.IGNORECASE
# Highest level first: an entry gets the highest level it mentions.
LEVELS: tuple[tuple[str, re.Pattern], ...] = (
    (
        "doctorate",
        lazy(
            r"кандидат\w*\s+(?:[\w-]+\s+){0,2}наук|доктор\w*\s+(?:[\w-]+\s+){0,2}наук"
            r"|(?<!\w)ph\.?\s?d(?!\w)|доктор\w*\s+философии|ғылым\w*\s+(?:кандидаты|докторы)"
            r"|философия\s+докторы|doctor\s+of\s+(?:philosophy|science)|doctorate|докторантур\w*"
            r"|doctoral|doctor\s+of\s+business\s+administration|доктор\w*\s+делового\s+администрир\w*"
            r"|іскерлік\s+әкімшілендіру\s+докторы|"
            + kazakh_latin(r"ğylym\w*\s+(?:kandidaty|doktory)|filosofiia\s+doktory|doktorantur\w*"),
            _I,
        ),
    ),
    (
        "master",
        lazy(
            r"магистр\w*|(?<!\w)(?:mba|mpa|llm|m\.?sc|emba)(?!\w)|master'?s?\s+(?:of|degree|in)"
            r"|master'?s(?!\w)|magistr(?!ate)\w*",
            _I,
        ),
    ),
    (
        "bachelor",
        lazy(
            r"бакалавр\w*|(?<!неполное\s)высшее(?!\w)|жоғары\s+(?:білім|кәсіби|оқу)\w*"
            # "Білімі: жоғары" (higher), not "жоғары санатты" (of the higher category).
            r"|(?<!\w)жоғары(?=[ \t]*(?:[,;.\t\n]|$))"
            r"|bachelor\w*|(?<!\w)b\.?sc(?!\w)|(?<!\w)b\.?a\.?\s+in(?!\w)|higher\s+education"
            r"|специалитет\w*|дипломированн\w*\s+специалист\w*|specialist'?s?\s+degree|"
            + kazakh_latin(r"bakalavr\w*|joğary\s+(?:bılım|käsıbi|oqu)\w*"),
            _I,
        ),
    ),
    (
        "vocational",
        lazy(
            r"колледж\w*|техникум\w*|училищ\w*|(?<!\w)college(?!\s+london)|средне[-\s]специальн\w*"
            r"|среднее\s+(?:специальное|профессиональное|техническое)|техникалық\s+және\s+кәсіптік"
            r"|кәсіптік\s+білім|vocational|профессиональн\w*\s+лице\w*|"
            + kazakh_latin(r"kolledj\w*|tehnikum\w*|käsıptık\s+bılım"),
            _I,
        ),
    ),
    (
        "secondary",
        lazy(
            r"средн\w+\s+(?:общ\w+\s+)?(?:образовани\w*|школ\w*)|(?<!\w)сош(?!\w)"
            r"|общеобразовательн\w*|школа[-‑]гимнази\w*|школа[-‑]лице\w*|гимнази\w*|орта\s+мектеп\w*"
            r"|(?:жалпы\s+)?орта\s+білім\w*|secondary\s+(?:school|education)|high\s+school"
            r"|неполное\s+высшее|" + kazakh_latin(r"orta\s+mektep\w*|(?:jalpy\s+)?orta\s+bılım\w*"),
            _I,
        ),
    ),
)
# Each with a first-character guard (patterns.guarded): the same matches, found sooner.
LEVELS = tuple((level, guarded(pattern)) for level, pattern in LEVELS)
# Degree abbreviations are matched case-sensitively: "BE" is a degree, "be" is a verb.
_ABBREVIATIONS = {
    "master": lazy(
        r"(?<!\w)(?:M\.?\s?-?Tech|M\.\s?S\.|MS\s+in|MA\s+in|LL\.\s?M\.?|MCA|M\.\s?A\.|M\.?Com"
        r"|M\.?Phil)(?!\w)"
    ),
    "bachelor": lazy(
        r"(?<!\w)(?:B\.?\s?-?T[Ee][Cc][Hh]|B\.\s?E\.?|BE\s+(?:in|[A-Z])|B\.?\s?[Cc]om|B\.\s?S\.|BS\s+in"
        r"|B\.\s?A\.|BBA|BCA|LLB)(?!\w)"
    ),
    "secondary": lazy(r"(?<!\w)(?:H\.?S\.?C|S\.?S\.?C|A-levels?|GCSE)(?!\w)"),
}
_QUOTED = lazy(r"«[^«»]*»")
_SPECIALIST = guarded(lazy(r"(?<!\w)(?:специалист|specialist|маман|maman)(?!\w)", _I))
# A university's degree programme named without its level, as five-year diplomas before 2004
# were written ("… университет, экономический факультет, специальность «Экономика»",
# "… институт, специальность «…», квалификация экономист-менеджер"): higher education, read as
# the first degree; a course at an institute ("курсы повышения квалификации") and postgraduate
# study are not.
_HIGHER_SCHOOL = guarded(lazy(r"университет\w*|university|институт\w*|академи(?!ческ|ялық)\w*", _I))
_PROGRAMME = guarded(
    lazy(
        r"специальност\w*|мамандығы\w*|факультет\w*|(?<!\w)диплом(?!\w)\w*|квалификаци\w*"
        # or the diploma's qualification alone after the name ("… университет, экономист")
        r"|,\s*(?:экономист|юрист|заңгер|инженер|учител|мұғалім|преподавател|оқытушы|врач"
        r"|дәрігер|бухгалтер|программист|филолог|педагог|историк|тарихшы|математик|физик"
        r"|химик|биолог|агроном|архитектор|переводчик|аудармашы|журналист|психолог)[\w-]*"
        r"[ \t]*(?:[,.;(\r\n]|$)",
        _I,
    )
)
_COURSE = guarded(
    lazy(
        r"курс\w*|повышени\w*\s+квалификац\w*|біліктілік\w*\s+арттыру\w*|тренинг\w*|семинар\w*"
        r"|сертификат\w*|переподготов\w*|қайта\s+даярла\w*"
        # postgraduate study ends in a degree of its own, or in none
        r"|аспирант\w*|докторант\w*|магистрант\w*|ординатур\w*|резидентур\w*|интернатур\w*",
        _I,
    )
)


def education_level(block: str, in_section: bool) -> str | None:
    """The highest education level that a block of text mentions."""
    for name, pattern in LEVELS:
        if pattern.search(block) or (name in _ABBREVIATIONS and _ABBREVIATIONS[name].search(block)):
            return name
    # a name in quotes is no level ("«Жас маман» жобасы", a programme: "young specialist")
    specialist = _SPECIALIST.search(_QUOTED.sub(" ", block))
    if in_section and (specialist or _degree_programme(block)):
        return "bachelor"
    return None


def _degree_programme(block: str) -> bool:
    """True for a university's programme named without its level (see ``_HIGHER_SCHOOL``)."""
    return bool(
        _HIGHER_SCHOOL.search(block) and _PROGRAMME.search(block) and not _COURSE.search(block)
    )
