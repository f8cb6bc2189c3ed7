"""The candidate's name in a CV, to redact before a name-blind commission sees it.

A name is read after a cue ("ФИО: Сейткали Айгерим Болатовна", "Аты-жөні: …", "Full name:
…"), from a form's rows ("1. Фамилия<TAB>Сейтказиева", "Имя: Гульнара"), as the first of the
first four cells at the top that starts with two or three capitalised words, perhaps with
initials ("Иванов И. И.", "А.П. Иванова"), as a full name with a Russian or Kazakh
patronymic in the personal section ("Байжанов Тимур Қанатұлы", "Asel Nurlanovna Bekova"),
and as the line that a LinkedIn address spells ("Madina Zhaksylykova" for
linkedin.com/in/madina-zhaksylykova-3b2a1). Headings and job titles are not names ("ЛИЧНЫЕ
ДАННЫЕ", "Главный специалист"). Every other mention of the
words of a name (in a URL, a signature, a file's name) is a name too, declined as well when
it has a capital ("рекомендую Иванову Анну", "Ерланға", "Серікбаевтың"), and an ordinary
word or a place only where it stands as the name ("Миры детства" and "г. Астана" stay:
``ordinary_forms``); referees are ``referees``'s.
"""

import re

from nlp.components.headings import heading_label
from nlp.components.name_spellings import any_spelling, declined_spelling, fold
from nlp.components.ordinary_forms import as_the_name
from nlp.components.organization_words import LEGAL_FORMS
from nlp.components.patterns import guarded, holds_any, lazy
from nlp.components.title_words import looks_like_title
from nlp.types import PersonalData, Section

_I = re.IGNORECASE
_NAME_CUE = guarded(
    lazy(
        r"(?:ФИО|Ф\.\s?И\.\s?О\.|аты[-\s]жөні|тегі,?\s+аты(?:,?\s+(?:және\s+)?әкесінің\s+аты)?"
        r"|фамилия,?\s+имя(?:,?\s+(?:и\s+)?отчество)?|full\s+name|^[ \t]*name)"
        r"[ \t]*[:\t]\s*(?P<v>[^\n]*\S)",
        _I | re.MULTILINE,
    )
)
# Words one of which every match of _NAME_CUE (of _NAME_ROW, of _RELATIVE) holds, looked for
# in the text as patterns.cue_text folds it.
_NAME_CUE_WORDS = ("фио", "ф.", "жөні", "тегі", "фамилия", "name")
_NAME_ROW_WORDS = ("фамилия", "имя", "отчество", "тегі", "аты ", "аты\t", "аты:")
_RELATIVE_WORDS = tuple("отец мать супруг муж жена әкесі анасы жұбайы father mother spouse".split())
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
_PART = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
NAME_WORD = rf"(?:{_PART}(?:-{_PART})?|[{_UPPER}]{{2,}}(?:-[{_UPPER}]+)?)"
INITIALS = rf"[{_UPPER}]\.\s?(?:[{_UPPER}]\.)?"
# A former (maiden) surname in brackets after the surname: "Кравченко (Қасымова) Ирина …".
_FORMER = rf"(?:[ \t]+\((?i:урожд\.?[ \t]*|née[ \t]+)?{NAME_WORD}\))?"
_INITIALS_AFTER = lazy(rf"[ \t][{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?")
_INITIALS_BEFORE = lazy(rf"(?<!\w)[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?[ \t]?\Z")
# Initials first: "А.П. Иванова", "A. Ivanova", but "Г. Караганда" (город), "С. Бесагаш"
# (село) and "П. Габдуллина" (посёлок) with one letter are places.
INITIALS_FIRST = rf"(?![ГСП]\.[ \t]?[{_UPPER}][{_LOWER}]){INITIALS}[ \t]?{NAME_WORD}"
_NAME_CELL = lazy(
    rf"(?:{INITIALS_FIRST}|{NAME_WORD}{_FORMER}"
    rf"(?:(?:[ \t]+{NAME_WORD}){{1,2}}(?:[ \t]+{INITIALS})?|[ \t]+{INITIALS}))"
    r"(?=[ \t]*$|[ \t]*[-–—,.|/(•▪]|[ \t]{2,})"
)
PATRONYMIC = (
    rf"[{_UPPER}][{_UPPER}{_LOWER}]+(?i:ович|евич|овна|евна|ична|ұлы|улы|қызы|кызы"
    r"|ovich|evich|ovna|evna|uly|qyzy|kyzy)"
)
# A full name with a Russian or Kazakh patronymic: "Байжанов Тимур Қанатұлы",
# "Asel Nurlanovna Bekova"; two forms on a line ("… Канатович / … Қанатұлы") are two matches.
_FULL_NAME = guarded(
    lazy(
        rf"(?<![\w-]){NAME_WORD}{_FORMER}[ \t]+(?:{NAME_WORD}[ \t]+{PATRONYMIC}"
        rf"|{PATRONYMIC}(?:[ \t]+{NAME_WORD})?)"
        r"(?![\w-])"
    )
)
# A form's name rows: "1. Фамилия<TAB>Сейтказиева", "Имя: Гульнара", "Әкесінің аты<TAB>…".
_NAME_ROW = lazy(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?i:фамилия|имя|отчество|тегі|аты|әкесінің[ \t]+аты)"
    rf"[ \t]*[:\t][ \t]*(?P<v>{NAME_WORD})(?![\w-])",
    re.MULTILINE,
)
# A name introduced in running text: "Меня зовут Мадина Жаксылыкова", "Менің атым …".
_INTRODUCED = guarded(
    lazy(
        rf"(?i:меня[ \t]+зовут|менің[ \t]+атым|my[ \t]+name[ \t]+is)[ \t]+"
        rf"(?P<v>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})(?![\w-])"
    )
)
# Words one of which every introduction holds ("name" also before a tab).
_INTRODUCED_CUES = ("зовут", "атым", "name")
# A relative's row, a clue to the candidate: "Әкесі: Нұрлан Серікбаев", "Отец: …".
_RELATIVE = lazy(
    r"^[ \t]*(?i:отец|мать|супруга?|муж|жена|әкесі|анасы|жұбайы|father|mother|spouse)"
    rf"[ \t]*[:\t][ \t]*(?P<v>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})(?![\w-])",
    re.MULTILINE,
)
# A word of the name that names an institution or a place: "Абай атындағы …", "Satbayev
# University", "Абай облысы", "Мира алаңындағы", "университет им. Сатпаева".
_NAMESAKE_AFTER = lazy(
    r"[ \t»\"]*(?:атындағы|атында|имени|им\.|university|institute|облысы|облыстық|ауданы"
    r"|аудандық|ауылы|көше\w*|даңғыл\w*|(?:алаңы|саябағы)(?:на|нда|ндағы|нан|ның)?"
    r"|проспект\w*|област\w*|район\w*|region|district|street|avenue)(?!\w)",
    _I,
)
# A street, an avenue or a university named after someone: "им. К.И. Сатпаева", "на
# проспекте Кунаева", "Университет Кунаева".
_NAMESAKE_BEFORE = lazy(
    r"(?<!\w)(?:им\.|имени|named\s+after|ул\.|улиц[аеиуы]|пр\.|просп\.|проспект[аеу]?"
    r"|университет[аеу]?|university)\s*(?:[А-ЯЁA-Z]\.\s*){0,2}\Z",
    _I,
)
_NAMESAKE_REACH = 24  # characters before a name that _NAMESAKE_BEFORE looks at
# Two blanks end a cell: looking ahead at the whole run of blanks from each of its characters
# cost the square of its length (13 s for a page of 200,000 blanks).
_CELLS = lazy(r"[^\n\t|]+?(?=[ ]{2}|[\t|]|\n|$)")
# Words no name holds. "Астана" and "Алматы" are not among them (a candidate may be named
# so): the city stays visible as an ordinary word (see ordinary_forms).
_NOT_NAME = frozenset(
    "curriculum vitae resume résumé template резюме түйіндеме cv личные данные personal"
    " information contact contacts контакты профиль profile опыт работы образование education"
    " experience summary objective жеке мәліметтер skills навыки министерство ministry"
    " республика республикасы republic kazakhstan казахстан қазақстан город"
    " almaty astana university университет page email phone address адрес автобиография"
    " послужной список личный листок кадров қызметтік тізім фамилия имя отчество тегі"
    " әкесінің рекомендации рекомендатели ұсыным ұсыныс берушілер references referees".split()
)
_LINKEDIN_SLUG = lazy(r"linkedin\.com/in/(?P<slug>[\w%-]+)", _I)


def _top_names(text: str) -> list[PersonalData]:
    """The name at the top: the first of the first four cells (lines, or parts of a line
    apart by two spaces, a tab or "|") that starts with 2-3 capitalised words, and a fuller
    form of it in a later one of those cells: a running header "IVANOVA A. | CV" comes
    before the name line "Anna Ivanova"."""
    found: list[PersonalData] = []
    cells = (m for m in _CELLS.finditer(text) if m.group().strip(" \"'«»•-"))
    for count, cell in enumerate(cells):
        if count == 4:
            break
        value = cell.group()
        start = cell.start() + len(value) - len(value.lstrip(" \"'«»•-"))
        match = _NAME_CELL.match(text, start, cell.end())
        if not match or not_a_name(match.group()):
            continue
        if not found or _shares_a_word(text[found[0].start : found[0].end], match.group()):
            found.append(PersonalData("name", *match.span()))
    return found


def _shares_a_word(first: str, candidate: str) -> bool:
    """Whether ``candidate`` shares a word of three letters or more with the ``first`` name
    found at the top, in any case and spelling ("Anna Ivanova" with "IVANOVA A.")."""
    words = set(re.findall(r"\w{3,}", candidate))
    pattern = rf"(?<!\w)(?:{any_spelling(words)})(?!\w)" if words else None
    return bool(pattern and re.search(pattern, fold(first)))


def not_a_name(candidate: str) -> bool:
    """True when capitalised words are a heading, a job title or a company ("ТОО Альфа
    Строй") rather than a name."""
    words = {w.lower().strip(".,") for w in candidate.split()}
    if words & _NOT_NAME or heading_label(candidate) or LEGAL_FORMS.search(candidate):
        return True
    return looks_like_title(candidate)


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
        if match is None or not_a_name(match.group()):
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


def personal_regions(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    """The personal sections and the top of the text before the first section (the whole
    text when there are no sections)."""
    if not sections:
        return [(0, len(text))]
    first = min(s.start for s in sections)
    top = [(0, first)] if first > 0 else []
    return top + [(s.start, s.end) for s in sections if s.name == "personal"]


def _full_names(text: str, sections: tuple[Section, ...]) -> list[PersonalData]:
    """Names with a patronymic in the personal block (see :func:`personal_regions`)."""
    return [
        PersonalData("name", *m.span())
        for start, end in personal_regions(text, sections)
        for m in _FULL_NAME.finditer(text, start, end)
        if not not_a_name(m.group())
    ]


def _name_mentions(text: str, names: list[PersonalData]) -> list[PersonalData]:
    """Every other mention of the words of the candidate's name, in any spelling (a Latin
    passport name, a Kazakh signature, a file's name), with initials beside it ("А.Б.
    Тулегенов") or the rest of a full name after it, except where the word names an
    institution or a place ("Абай атындағы …", "Satbayev University")."""
    words = {
        word
        for name in names
        for word in re.findall(rf"[{_UPPER}{_LOWER}'’]{{3,}}", text[name.start : name.end])
        if word.lower() not in _NOT_NAME
    }
    if not words:
        return []
    # An underscore parts words in a file's name: "nurlanov_erlan_cv.pdf". A declined form
    # counts only with a capital: "Мира" gives "Мире", and "в мире" is no name.
    declined = declined_spelling(words) or "(?!)"  # (?!) matches nowhere
    pattern = re.compile(
        rf"(?<![^\W_])(?:(?:{any_spelling(words)})(?![^\W_])|(?P<declined>{declined})(?![^\W_]))"
    )
    # Latin letters take no Russian case ending: "Marina" gives no "Marine", "Nina" no "Nine".
    kazakh = re.compile(declined_spelling(words, kazakh_only=True) or "(?!)")
    folded = fold(text)
    matches = [
        m
        for m in pattern.finditer(folded)
        if not (m.group("declined") and not _declined(text, folded, m, kazakh))
        and not names_a_place(text, *m.span())
    ]
    spans = [_widened(text, *m.span()) for m in matches]
    written = {word.lower() for word in words}
    return [
        span
        for count, span in enumerate(spans)
        if as_the_name(text, spans, count, matches[count].span(), written)
    ]


def _declined(text: str, folded: str, match: re.Match, kazakh: re.Pattern) -> bool:
    """Whether a declined form is a name's: with a capital, and in Latin letters only with a
    Kazakh ending ("Erlanga")."""
    if not text[match.start()].isupper():
        return False
    latin = re.search("[A-Za-z]", text[match.start() : match.end()])
    return not latin or bool(kazakh.fullmatch(folded, *match.span()))


def names_a_place(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end names an institution or a place ("Абай атындағы …",
    "университет им. Сатпаева", "Satbayev University")."""
    return bool(
        _NAMESAKE_AFTER.match(text, end)
        or _NAMESAKE_BEFORE.search(text, max(0, start - _NAMESAKE_REACH), start)
    )


def _widened(text: str, start: int, end: int) -> PersonalData:
    """A name mention widened to the initials just before or after it ("Тулегенов А.Б."), or
    to the full name with a patronymic that it opens ("ИВАНОВА Анна Петровна")."""
    full = _FULL_NAME.match(text, start)
    if full and full.end() > end:
        return PersonalData("name", start, full.end())
    before = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    after = _INITIALS_AFTER.match(text, end)
    return PersonalData("name", before.start() if before else start, after.end() if after else end)


def _labelled(
    text: str, folded: str, pattern: re.Pattern, words: tuple[str, ...]
) -> list[PersonalData]:
    """The names in group "v" of a label's ``pattern``, looked for only when ``folded`` (the
    text as patterns.cue_text folds it) holds one of the label's ``words``."""
    if not holds_any(folded, words):
        return []
    return [PersonalData("name", *m.span("v")) for m in pattern.finditer(text)]


def find_names(
    text: str, sections: tuple[Section, ...], links: list[re.Match], folded: str
) -> list[PersonalData]:
    """Every name span: after a cue, at the top, spelt by a LinkedIn address (``links`` are the
    profile addresses found), with a patronymic, in a form's rows, and their other mentions;
    ``folded`` is the text as patterns.cue_text folds it."""
    names = _labelled(text, folded, _NAME_CUE, _NAME_CUE_WORDS)
    if holds_any(folded, _INTRODUCED_CUES):
        names += [PersonalData("name", *m.span("v")) for m in _INTRODUCED.finditer(text)]
    linkedin = _linkedin_name(text, links)
    names += _top_names(text) + ([linkedin] if linkedin else []) + _full_names(text, sections)
    rows = _labelled(text, folded, _NAME_ROW, _NAME_ROW_WORDS)
    people = rows + [n for n in names if _NAME_CELL.match(text, n.start, n.end)]
    relatives = _labelled(text, folded, _RELATIVE, _RELATIVE_WORDS)
    return names + rows + relatives + _name_mentions(text, people)
