"""Spoken languages and their levels, named in Kazakh, Russian or English.

In a languages section every language name counts; elsewhere a name counts only with a level
beside it or on a line about languages ("Знание языков", "Тілдерді білуі", "Languages"), and
never in phrases such as "Russian Federation" or "English literature". A form's state-language
row ("Владение государственным языком: C1") gives Kazakh at its level.

Kazakh names and levels are also read in the Latin alphabet of 2021 ("ağylşyn tılı — erkın")
and its plain-keyboard forms ("agylshyn tili — erkin").

LinkedIn's scale, after the ILR levels it follows, is read as: "Native or Bilingual" native,
"Full Professional" fluent, "Professional Working" advanced, "Limited Working" intermediate,
"Elementary" basic.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.language_tests import TEST_LANGUAGE, score_level
from nlp.components.patterns import guard_each, guarded, lazy
from nlp.components.sections import doc_text
from nlp.types import LanguageSkill, Section

_I = re.IGNORECASE
_NAMES: tuple[tuple[str, str], ...] = (
    ("kk", r"казахск\w*|қазақ(?:\s+тіл\w*|ша)?|kazakh"),
    ("ru", r"русск\w*|орыс(?:\s+тіл\w*|ша)?|russian"),
    ("en", r"английск\w*|ағылшын(?:\s+тіл\w*|ша)?|english"),
    ("de", r"немецк\w*|неміс(?:\s+тіл\w*|ше)?|german|deutsch"),
    ("fr", r"французск\w*|француз(?:\s+тіл\w*|ша)?|french"),
    ("tr", r"турецк\w*|түрік(?:\s+тіл\w*|ше)?|turkish"),
    ("zh", r"китайск\w*|қытай(?:\s+тіл\w*|ша)?|chinese|mandarin"),
    ("es", r"испанск\w*|испан(?:\s+тіл\w*)?|spanish"),
    ("it", r"итальянск\w*|итальян(?:\s+тіл\w*)?|italian"),
    ("ar", r"арабск\w*|араб(?:\s+тіл\w*)?|arabic"),
    ("ko", r"корейск\w*|корей(?:\s+тіл\w*)?|korean"),
    ("ja", r"японск\w*|жапон(?:\s+тіл\w*)?|japanese"),
    ("uz", r"узбекск\w*|өзбек(?:\s+тіл\w*)?|uzbek"),
    ("ky", r"кыргызск\w*|киргизск\w*|қырғыз(?:\s+тіл\w*)?|kyrgyz"),
    ("uk", r"украинск\w*|украин(?:\s+тіл\w*)?|ukrainian"),
    ("pl", r"польск\w*|поляк(?:\s+тіл\w*)?|polish"),
    ("fa", r"персидск\w*|парсы(?:\s+тіл\w*)?|persian|farsi"),
)
# The same names in Kazakh Latin; "Arab" only before "tılı", as English has the word too.
_LATIN_NAMES = {
    code: kazakh_latin(rf"{stem}(?:\s+tıl\w*|ş[ae])?")
    for code, stem in {
        "kk": "qazaq",
        "ru": "orys",
        "en": "ağylşyn",
        "de": "nemıs",
        "fr": "frantsuz",
        "tr": "türık",
        "zh": "qytai",
        "es": "ispan",
        "it": "italian",
        "ar": r"arab(?=\s+tıl)",
        "ko": "korei",
        "ja": "japon",
        "uz": "özbek",
        "ky": "qyrğyz",
        "uk": "ukrain",
        "pl": "poliak",
        "fa": "parsy",
    }.items()
}
_NAME_PARTS = tuple(
    rf"(?P<{code}>(?<!\w)(?:{pattern}|{_LATIN_NAMES[code]})(?!\w))" for code, pattern in _NAMES
)
_NAME = guarded(lazy(guard_each(_NAME_PARTS, _I), _I))
_CEFR = lazy(r"(?<!\w)(?P<letter>[ABCАВС])\s?(?P<digit>[12])(?!\w)")
_LEVELS: tuple[tuple[str, re.Pattern], ...] = (
    (
        "native",
        lazy(
            r"родн\w*|ана\s+тіл\w*|native|mother\s+tongue|first\s+language|(?<!\w)ana\s+tıl\w*", _I
        ),
    ),
    ("B2", lazy(r"upper[-\s]?intermediate|выше\s+средн\w*", _I)),
    ("A2", lazy(r"pre[-\s]?intermediate|ниже\s+средн\w*", _I)),
    # LinkedIn's scale, before "proficiency" reads as fluent: "Limited working proficiency".
    ("advanced", lazy(r"professional\s+working", _I)),
    ("intermediate", lazy(r"limited\s+working", _I)),
    (
        "basic",
        lazy(
            r"elementary|beginner|basic|базов\w*|начальн\w*|элементарн\w*"
            r"|со\s+словар\w*|сөздікпен|бастапқы|бастауыш|қарапайым|негізгі|бытов\w*|тұрмыстық|"
            + kazakh_latin(r"(?<!\w)(?:sözdıkpen|bastapqy|bastauyş|qarapaiym|negızgı)"),
            _I,
        ),
    ),
    (
        "fluent",
        lazy(
            r"свободн\w*|в\s+совершенстве|еркін\w*|жетік\w*|fluent\w*|proficien\w*"
            r"|excellent|отлично|full\s+professional|(?<!\w)(?:erkın|jetık)\w*",
            _I,
        ),
    ),
    (
        "advanced",
        lazy(
            r"продвинут\w*|advanced|жоғары\s+деңгей\w*|высок\w*\s+уров\w*|"
            + kazakh_latin(r"(?<!\w)joğary\s+deñgei\w*"),
            _I,
        ),
    ),
    (
        "intermediate",
        lazy(
            r"(?:upper-?)?intermediate|средн\w*|орта\s*(?:деңгей\w*)?"
            r"|разговорн\w*|conversational|хорошо|good|могу\s+объясняться"
            r"|түсіндіре\s+аламын|(?<!\w)жақсы(?!\w)|"
            + kazakh_latin(r"(?<!\w)(?:orta(?:şa|\s+deñgei\w*)?|tüsındıre\s+alamyn)(?!\w)"),
            _I,
        ),
    ),
)
# Each with a first-character guard (patterns.guarded): the same matches, found sooner.
_LEVELS = tuple((level, guarded(pattern)) for level, pattern in _LEVELS)
_CONTEXT = guarded(
    lazy(r"язык\w*|тіл(?:дер|і)\w*|languages?|владени\w*|білу\w*|(?<!\w)(?:tıl(?:der|ı)|bılu)", _I)
)
_FALSE = lazy(
    r"\s*(?:(?:language|язык\w*)\s+)?(?:(?:and|и|мен|және|men|j[äa]ne)\s+)?(?:федерац\w*|federation|литератур\w*|literature|филолог\w*|philolog\w*"
    r"|университет\w*|university|national|национальн\w*|ұлттық|\w+ическ\w*|гуманитарн\w*|technical|государствен\w*|state|әдебиет\w*|студи\w*|studies"
    r"|драм\w*|театр\w*|school|школ\w*|православ\w*|orthodox|church|церк\w*|рубл\w*|ruble\w*|"
    + kazakh_latin(r"ūlttyq|ädebiet\w*|universitet\w*|memlekettık|filolog\w*|mekte[pb]\w*")
    + ")",
    _I,
)
_CYRILLIC_CEFR = str.maketrans("АВС", "ABC")
# A label that makes the languages after it native: "Mother tongue(s): KAZAKH | RUSSIAN".
_NATIVE_LABEL = lazy(
    r"(?:mother\s+tongue(?:\(s\)|s)?|native\s+languages?|родн\w*\s+язык\w*|ана\s+тіл\w*"
    r"|ana\s+tıl\w*)\s*:\s*$",
    _I,
)
# The state language named by its status on a form: "Владение государственным языком: C1",
# "Мемлекеттік тілді меңгеру деңгейі: C1"; the level follows the label.
_STATE_LANGUAGE = guarded(
    lazy(
        r"государственн\w*\s+язык\w*|мемлекеттік\s+тіл\w*(?:\s+(?:меңгеру|білу)\w*)?"
        r"(?:\s+деңгейі)?|state\s+language|" + kazakh_latin(r"memlekettık\s+tıl\w*"),
        _I,
    )
)
# The most words of a level on the line below its language ("Native or bilingual proficiency").
_LEVEL_WORDS = 5
_TEXT_LINE = lazy(r"[^\n]+")
# A row of the Europass CEFR grid: "Listening C1 Reading C1 Writing B2".
_GRID_ROW = lazy(r"^\s*(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]+[ABCАВС][12][ \t]*)+$")


def _level(segment: str) -> str | None:
    """A CEFR level when given, else native / fluent / advanced / intermediate / basic (B2
    for "Upper-Intermediate", A2 for "Pre-Intermediate"), else the CEFR level of a test score
    ("IELTS 6.5", "HSK 4")."""
    cefr = _CEFR.search(segment)
    if cefr:
        return (cefr.group("letter") + cefr.group("digit")).translate(_CYRILLIC_CEFR)
    for name, pattern in _LEVELS:
        if pattern.search(segment):
            return name
    return score_level(segment)


def _grid_level(text: str, start: int, end: int) -> str | None:
    """The level of the Europass grid on the lines from ``start``: the one given for most
    skills, the lower one on a tie. One weaker skill ("Writing B2" among four C1) is not the
    candidate's level, and the grid holds no overall level to read instead."""
    levels = []
    for line in text[start:end].split("\n"):
        if line.strip() and not (_GRID_ROW.match(line) and not _NAME.search(line)):
            break
        levels += [_level(cell.group()) for cell in _CEFR.finditer(line)]
    return min(levels, key=lambda level: (-levels.count(level), level), default=None)


def _level_below(text: str, start: int, end: int) -> str | None:
    """The level on the line below a language named alone, as LinkedIn prints it ("English"
    over "Full professional proficiency"): a short line that names no language."""
    line = _TEXT_LINE.search(text, start, end)
    if line is None or len(line.group().split()) > _LEVEL_WORDS or _NAME.search(line.group()):
        return None
    return _level(line.group())


def _codes(matches: list[re.Match]) -> set[str]:
    """Language codes already found on a line ("Chinese (Mandarin)" is one language)."""
    return {m.lastgroup for m in matches}


def _scan(text: str, start: int, end: int, in_section: bool) -> list[LanguageSkill]:
    """Language mentions in ``text[start:end]``, one per name, with the level after it (or
    the native label before it, or the CEFR grid or, in a languages section, a level under a
    name alone on its line)."""
    found: list[LanguageSkill] = []
    tested = TEST_LANGUAGE.search(text, start, end) is not None  # most CVs name no test
    if not (tested or _NAME.search(text, start, end) or _STATE_LANGUAGE.search(text, start, end)):
        return found  # most sections name no language: no line to read
    for line in re.finditer(r"[^\n]+", text[start:end]):
        base = start + line.start()
        names: list[re.Match] = []
        for m in _NAME.finditer(line.group()):
            if not _FALSE.match(line.group(), m.end()) and m.lastgroup not in _codes(names):
                names.append(m)
        native = bool(names) and _NATIVE_LABEL.search(line.group()[: names[0].start()])
        for index, match in enumerate(names):
            stop = names[index + 1].start() if index + 1 < len(names) else len(line.group())
            segment = line.group()[match.end() : stop]
            level = _level(segment) or ("native" if native else None)
            if level is None and line.group().strip() == match.group():
                below = start + line.end() + 1
                level = _grid_level(text, below, end) or (
                    _level_below(text, below, end) if in_section else None
                )
            if not (in_section or level or _CONTEXT.search(line.group())):
                continue
            last = match.end() + len(segment.rstrip(" \t,;.|/"))
            found.append(LanguageSkill(match.lastgroup, level, base + match.start(), base + last))
        if "kk" not in _codes(names):
            found += _state_language(line.group(), base)
        if tested and not names:
            found += _tested_language(line.group(), base)
    return found


def _tested_language(line: str, base: int) -> list[LanguageSkill]:
    """The language of a test named with its result on a line that names no language
    ("Сертификат КАЗТЕСТ, уровень B2", "IELTS 6.5 (2017)" in a certificates section)."""
    test = TEST_LANGUAGE.search(line)
    level = _level(line[test.start() :]) if test else None
    if level is None:
        return []
    return [LanguageSkill(test.lastgroup, level, base + test.start(), base + len(line.rstrip()))]


def _state_language(line: str, base: int) -> list[LanguageSkill]:
    """Kazakh at the level that a form's state-language row gives ("Мемлекеттік тілді білуі /
    Владение государственным языком<TAB>Еркін / свободно (ҚАЗТЕСТ, C1, 2021)"); a row with no
    level read says nothing of the candidate's Kazakh."""
    labels = list(_STATE_LANGUAGE.finditer(line))
    if not labels:
        return []
    rest = line[labels[-1].end() :]
    value = re.split(r"[:\t]", rest, maxsplit=1)[-1]
    level = _level(value)
    if level is None:
        return []
    return [LanguageSkill("kk", level, base + labels[0].start(), base + len(line.rstrip()))]


def extract_languages(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[LanguageSkill, ...]:
    """Languages the candidate speaks, one per language code, first mention with a level wins."""
    inside = [(s.start, s.end) for s in sections if s.name == "languages"]
    found = [skill for start, end in inside for skill in _scan(text, start, end, True)]
    outside = [(s.start, s.end) for s in sections if s.name != "languages"] or [(0, len(text))]
    found += [skill for start, end in outside for skill in _scan(text, start, end, False)]
    return one_per_language(found)


def one_per_language(found: list[LanguageSkill]) -> tuple[LanguageSkill, ...]:
    """One skill per language code, in text order: the first found with a level wins."""
    best: dict[str, LanguageSkill] = {}
    for skill in found:
        if skill.code not in best or (best[skill.code].level is None and skill.level):
            best[skill.code] = skill
    return tuple(sorted(best.values(), key=lambda s: s.start))


if not Doc.has_extension("spoken_languages"):
    Doc.set_extension("spoken_languages", default=None)


@Language.factory("recruit_languages", default_config={})
def make_languages(nlp: Language, name: str):
    """Build the component that sets ``doc._.spoken_languages``."""
    lang = nlp.lang

    def languages_component(doc: Doc) -> Doc:
        """Set ``doc._.spoken_languages``; works with or without ``doc._.sections``."""
        sections = doc._.sections if Doc.has_extension("sections") else None
        doc._.spoken_languages = extract_languages(doc_text(doc), tuple(sections or ()), lang)
        return doc

    return languages_component
