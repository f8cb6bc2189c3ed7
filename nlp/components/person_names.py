"""The candidate's name in a CV, to redact before a name-blind commission sees it.

A name is read after a cue ("ФИО: Сейткали Айгерим Болатовна", "Аты-жөні: …", "Full name:
…"), from a form's rows ("1. Фамилия<TAB>Сейтказиева", "Имя: Гульнара"), as the first of the
first four cells at the top that starts with two or three capitalised words, perhaps with
initials ("Иванов И. И."), as a full name with a Russian or Kazakh patronymic in the personal
section ("Байжанов Тимур Қанатұлы", "Asel Nurlanovna Bekova"), and as the line that a LinkedIn
address spells ("Madina Zhaksylykova" for linkedin.com/in/madina-zhaksylykova-3b2a1). Headings
and job titles are not names ("ЛИЧНЫЕ ДАННЫЕ", "Главный специалист"). Every other mention of
the words of a name (in a URL, a signature) is a name too.
"""

import re

from nlp.components.organizations import looks_like_title
from nlp.components.patterns import guarded
from nlp.types import PersonalData, Section

_I = re.IGNORECASE
_NAME_CUE = guarded(
    re.compile(
        r"(?:ФИО|Ф\.\s?И\.\s?О\.|аты[-\s]жөні|тегі,?\s+аты(?:,?\s+(?:және\s+)?әкесінің\s+аты)?"
        r"|фамилия,?\s+имя(?:,?\s+(?:и\s+)?отчество)?|full\s+name|^[ \t]*name)"
        r"[ \t]*[:\t]\s*(?P<v>[^\n]*\S)",
        _I | re.MULTILINE,
    )
)
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
_PART = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
_WORD = rf"(?:{_PART}(?:-{_PART})?|[{_UPPER}]{{2,}}(?:-[{_UPPER}]+)?)"
_INITIALS = rf"[{_UPPER}]\.\s?(?:[{_UPPER}]\.)?"
_NAME_CELL = re.compile(
    rf"{_WORD}(?:(?:[ \t]+{_WORD}){{1,2}}(?:[ \t]+{_INITIALS})?|[ \t]+{_INITIALS})"
    r"(?=[ \t]*$|[ \t]*[-–—,.|/(•▪]|[ \t]{2,})"
)
_PATRONYMIC = (
    rf"[{_UPPER}][{_UPPER}{_LOWER}]+(?i:ович|евич|овна|евна|ична|ұлы|улы|қызы|кызы"
    r"|ovich|evich|ovna|evna|uly|qyzy|kyzy)"
)
# A full name with a Russian or Kazakh patronymic: "Байжанов Тимур Қанатұлы",
# "Asel Nurlanovna Bekova"; two forms on a line ("… Канатович / … Қанатұлы") are two matches.
_FULL_NAME = guarded(
    re.compile(
        rf"(?<![\w-]){_WORD}[ \t]+(?:{_WORD}[ \t]+{_PATRONYMIC}|{_PATRONYMIC}(?:[ \t]+{_WORD})?)"
        r"(?![\w-])"
    )
)
# A form's name rows: "1. Фамилия<TAB>Сейтказиева", "Имя: Гульнара", "Әкесінің аты<TAB>…".
_NAME_ROW = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?i:фамилия|имя|отчество|тегі|аты|әкесінің[ \t]+аты)"
    rf"[ \t]*[:\t][ \t]*(?P<v>{_WORD})(?![\w-])",
    re.MULTILINE,
)
_CELLS = re.compile(r"[^\n\t|]+?(?=[ ]{2,}|[\t|]|\n|$)")
_NOT_NAME = frozenset(
    "curriculum vitae resume résumé template резюме түйіндеме cv личные данные personal"
    " information contact contacts контакты профиль profile опыт работы образование education"
    " experience summary objective жеке мәліметтер skills навыки министерство ministry"
    " республика республикасы republic kazakhstan казахстан қазақстан город астана алматы"
    " almaty astana university университет page email phone address адрес автобиография"
    " послужной список личный листок кадров қызметтік тізім фамилия имя отчество тегі"
    " әкесінің".split()
)
_LINKEDIN_SLUG = re.compile(r"linkedin\.com/in/(?P<slug>[\w%-]+)", _I)


def _name_line(text: str) -> PersonalData | None:
    """The name at the top: the first of the first four cells (lines, or parts of a line
    apart by two spaces, a tab or "|") that starts with 2-3 capitalised words."""
    cells = (m for m in _CELLS.finditer(text) if m.group().strip(" \"'«»•-"))
    for count, cell in enumerate(cells):
        if count == 4:
            return None
        value = cell.group()
        start = cell.start() + len(value) - len(value.lstrip(" \"'«»•-"))
        match = _NAME_CELL.match(text, start, cell.end())
        if match and not _rejected(match.group()):
            return PersonalData("name", *match.span())
    return None


def _rejected(candidate: str) -> bool:
    """True when capitalised words are a heading or a job title rather than a name."""
    words = {w.lower().strip(".,") for w in candidate.split()}
    return bool(words & _NOT_NAME) or looks_like_title(candidate)


def _linkedin_name(text: str, links: list[re.Match]) -> PersonalData | None:
    """The line that a LinkedIn address spells ("Madina Zhaksylykova" for
    linkedin.com/in/madina-zhaksylykova-3b2a1): a LinkedIn PDF puts it after the sidebar."""
    slugs = [
        "".join(part for part in m.group("slug").lower().split("-") if part.isalpha())
        for m in (_LINKEDIN_SLUG.search(link.group()) for link in links)
        if m
    ]
    if not any(slugs):
        return None
    for line in re.finditer(r"[^\n]+", text):
        match = _NAME_CELL.fullmatch(text, *line_span(text, line.start()))
        if match is None or _rejected(match.group()):
            continue
        longest = max(re.findall(r"\w+", match.group().lower()), key=len)
        if len(longest) >= 4 and any(longest in slug for slug in slugs):
            return PersonalData("name", *match.span())
    return None


def line_span(text: str, pos: int) -> tuple[int, int]:
    """The stripped line around ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end]
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def _full_names(text: str, sections: tuple[Section, ...]) -> list[PersonalData]:
    """Names with a patronymic in the personal section (the whole text without sections)."""
    regions = [(s.start, s.end) for s in sections if s.name == "personal"]
    if not sections:
        regions = [(0, len(text))]
    return [
        PersonalData("name", *m.span())
        for start, end in regions
        for m in _FULL_NAME.finditer(text, start, end)
        if not _rejected(m.group())
    ]


def _name_mentions(text: str, names: list[PersonalData]) -> list[PersonalData]:
    """Every other mention of the words of the candidate's name (in a URL, a signature...)."""
    words = {
        word
        for name in names
        for word in re.findall(rf"[{_UPPER}{_LOWER}'’]{{3,}}", text[name.start : name.end])
        if word.lower() not in _NOT_NAME
    }
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", _I)
    return [PersonalData("name", *m.span()) for m in pattern.finditer(text)]


def find_names(
    text: str, sections: tuple[Section, ...], links: list[re.Match]
) -> list[PersonalData]:
    """Every name span: after a cue, at the top, spelt by a LinkedIn address (``links`` are the
    profile addresses found), with a patronymic, in a form's rows, and their other mentions."""
    names = [PersonalData("name", *m.span("v")) for m in _NAME_CUE.finditer(text)]
    tops = (_name_line(text), _linkedin_name(text, links))
    names += [top for top in tops if top] + _full_names(text, sections)
    rows = [PersonalData("name", *m.span("v")) for m in _NAME_ROW.finditer(text)]
    people = rows + [n for n in names if _NAME_CELL.match(text, n.start, n.end)]
    return names + rows + _name_mentions(text, people)
