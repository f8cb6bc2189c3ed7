"""Names a CV gives besides the candidate's own, to redact before a name-blind commission sees
it: referees and a signature.

A references section ("РЕКОМЕНДАЦИИ", "Рекомендатели:", "ҰСЫНЫМ БЕРУШІЛЕР", "REFERENCES",
"Контактное лицо:") lists people a line each. The name that opens such a line ("Сапаров
Ерлан Болатович, руководитель отдела, …, тел. …", "А.Б. Касымова – заместитель акима
района", "Dr. Aigul Bekova, Professor") is hidden, and so is a name after the post: one
after a label ("Басшы: Сапаров Ерлан Бекұлы", "Начальник управления – Ахметов Б.К.",
"Контакт: Айгерим, …", a first name alone too) and one that only a name can be wherever it
stands (with initials, a patronymic or "Mr."/"Dr.": "Руководитель отдела Сапаров Е.Б.",
"Head of Unit Mr. John Smith"), and a full name of two or three words after a post
("Начальник отдела Сапаров Ерлан, тел. …", "Head of Unit John Smith, +44 …", "Учредитель
Кураторов Павел Ильич", "Сотрудник фонда Мира Ахметова": referee_words tells a post), unless
its words are the unit or the field the post heads ("Head of Unit Digital Development",
"Director Public Relations": common_words). A line that opens with a post alone and a comma
("Tax Partner, John Smith, Deloitte", "Главный бухгалтер, Иванов Иван, …") names the referee
after it, phone or not. The post and employer stay for the commission to read; "References
available upon request" holds no name, "ТОО Альфа Строй" is a company and "им. Л.Н. Гумилева" an
institution. A line that is a citation ("Knox, C. (2021). Open government.", "    Central
Asian Survey, 40(3), 377–395.") is a bibliography's, not a referee's: its authors are read as
``citations`` reads them, and its journal stays, unless it gives a phone or an e-mail
("Aigul Bekova, Director of School No. 25, +7 …"). A signature ("Подпись: А.П. Иванова",
"Қолы: …", "Signature: …") is the candidate's name whatever spelling it takes.
"""

import re

from nlp.components.citations import citation_authors, section_lines
from nlp.components.organization_words import LEGAL_FORMS
from nlp.components.patterns import guarded, holds_any, lazy
from nlp.components.person_names import (
    INITIALS,
    INITIALS_FIRST,
    NAME_WORD,
    PATRONYMIC,
    names_a_place,
    not_a_name,
)
from nlp.components.referee_words import a_post, name_word, no_person, post_named
from nlp.components.title_words import looks_like_title
from nlp.types import PersonalData

_I = re.IGNORECASE
_HEADING_WORDS = (
    r"(?:рекомендации|рекомендатели|рекомендующие[ \t]+лица|ұсыным[ \t]+берушілер"
    r"|ұсыныс[ \t]+берушілер|ұсынымдар|references?|referees?|recommendations"
    r"|контактное[ \t]+лицо|contact[ \t]+person|байланыс[ \t]+тұлғасы)"
)
# "РЕКОМЕНДАЦИИ / REFERENCES": a mixed CV heads a section in two languages.
_REFERENCES = guarded(
    lazy(
        rf"^[ \t]*{_HEADING_WORDS}(?:[ \t]*/[ \t]*{_HEADING_WORDS})?(?=[ \t]*(?::|$))[ \t]*:?",
        _I | re.MULTILINE,
    )
)
_REFERENCES_CUES = (
    *("рекоменд", "ұсыным", "ұсыныс", "referee", "reference", "recommendation"),
    *("контактное", "contact person", "тұлғасы"),
)
# A person's name: initials first ("А.Б. Касымова"), two or three words ("Сапаров Ерлан
# Болатович") with initials perhaps after them ("Бекова А.К."), or a surname and initials.
_PERSON = (
    rf"{INITIALS_FIRST}"
    rf"|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}}(?:[ \t]+{INITIALS})?|{NAME_WORD}[ \t]+{INITIALS}"
)
_NAME_ENDS = r"(?=[ \t]*(?:[,;(|–—]|-[ \t]|$))"
_TITLE = r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)"
_REFEREE = lazy(
    rf"[ \t]*(?:[-–—•▪*·][ \t]*|\d{{1,2}}[.)][ \t]*)?{_TITLE}?(?P<v>{_PERSON}){_NAME_ENDS}",
    re.MULTILINE,
)
# After a label a first name alone is a name too ("Контакт: Айгерим, +7 …", "Reference:
# Daniyar (former manager), …"), when a comma or a bracket follows it and the line gives a
# phone or an e-mail: "Готовность к командировкам: Да" is no referee.
_LABELLED = lazy(
    rf"[ \t]*{_TITLE}?(?:(?P<v>{_PERSON}){_NAME_ENDS}|(?P<one>{NAME_WORD})(?=[ \t]*[,(]))"
)
_CONTACT = lazy(r"@|\d(?:[ \t()-]?\d){6}")
_LABEL_END = lazy(r":|[ \t][–—-][ \t]")
# What only a name can be wherever it stands in a referee's line; initials before a word
# are that word's ("Профессор А.К. Бекова").
NAME_ANYWHERE = guarded(
    lazy(
        rf"(?<!\w){_TITLE}(?P<t>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})(?![\w-])"
        rf"|(?<![\w.-])(?P<v>{INITIALS_FIRST}|{NAME_WORD}[ \t]+{INITIALS}(?![ \t]?{NAME_WORD})"
        rf"|{NAME_WORD}[ \t]+{NAME_WORD}[ \t]+{PATRONYMIC})(?![\w-])"
    )
)
# A post, then a full name without initials or patronymic before the first comma: "Начальник
# отдела Сапаров Ерлан, тел. …", "Head of Unit John Smith, +44 …", "Dean Saule Tulegenova,
# …", of three words too ("Partner John Michael Smith", "Учредитель Кураторов Павел Ильич");
# the shortest post is tried first, and the post must be one ("Сапаров Ерлан Болатович,
# …" opens with a name, "Начальник – Департамент юстиции" names a body). A dash ends a name,
# not a post: "John Partner – Vice President" opens with the referee.
_POST_THEN_NAME = lazy(
    rf"[ \t]*(?:[-–—•▪*·][ \t]*|\d{{1,2}}[.)][ \t]*)?"
    rf"(?P<post>(?:[^\n,;:–—-]|-(?=\w)){{0,60}}?[^\s,;:–—-])[ \t]+"
    rf"(?P<v>(?:{NAME_WORD}[ \t]+)?{NAME_WORD}[ \t]+{NAME_WORD}){_NAME_ENDS}"
)
# A part of a referee's line between commas that is a name alone: "Team Lead Google Cloud,
# John Smith, +44 …".
_NAME_PART = lazy(
    rf"[ \t]*{_TITLE}?(?P<v>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})[ \t]*(?:[,;(|]|$)"
)
# A part that names the employer, then the referee without a comma between them: "Nazarbayev
# University John Smith", "University of Central Asia Aigul Bekova", "Halyk Bank Иванов Иван".
# The employer is named before its kind word or after its "of", so the two words after it are
# no namesake of it ("Университет Кунаева") but the person.
_KIND = (
    r"(?:University|Institute|College|School|Academy|Bank|Ministry|Agency|Committee|Akimat"
    r"|Corporation|Company|Fund|Foundation|Centre|Center|Hospital|Университет|Институт"
    r"|Колледж|Академия|Банк|Фонд|Центр)"
)
_EMPLOYER_THEN_NAME = lazy(
    rf"[ \t]*(?:(?:{NAME_WORD}[ \t]+){{1,4}}?{_KIND}"
    rf"|{_KIND}[ \t]+of(?:[ \t]+the)?(?:[ \t]+{NAME_WORD}){{1,2}})"
    rf"[ \t]+(?P<v>{NAME_WORD}[ \t]+{NAME_WORD})[ \t]*(?:[,;(|]|$)"
)
_PARTS = lazy(r"[,;]")
# A short word in capitals beside others that are not: a company's legal form or initialism
# ("Deloitte TOO", "Kaspi KZ"), which no name beside capitalised words holds.
_ACRONYM = lazy(r"(?<!\w)[A-ZА-ЯЁ]{2,4}(?!\w)")
_LONGEST_LIST = 25  # lines a references section may run to
_SIGNATURE = guarded(
    lazy(
        rf"(?:подпись|қолы|signature|signed)[ \t]*[:\t][ \t_.]*(?P<v>{_PERSON})(?![\w-])",
        _I,
    )
)
_SIGNATURE_CUES = ("подпись", "қолы", "signature", "signed")


def _referees(text: str, heading: re.Match) -> list[PersonalData]:
    """The referees' names in the references section at ``heading`` (the rest of the
    heading's own line is its first line), and the authors of its lines that are citations
    (a "References" bibliography). A contact row ("Байланыс: Айгерим, …") does not end the
    section as a heading would."""
    lines = section_lines(text, heading.end(), _LONGEST_LIST, ("personal",), _REFERENCES)
    labelled = heading.group().rstrip().endswith(":")
    found: list[PersonalData] = []
    named = False  # a line of the referee's name alone opened this block of lines
    for count, (start, end) in enumerate(lines):
        authors = citation_authors(text, start, end)
        contact = _CONTACT.search(text, start, end)
        # A phone or an e-mail makes a line a referee's though it holds a citation's mark:
        # "Aigul Bekova, Director of School No. 25, +7 701 …".
        if authors is None or not authors and contact:
            authors = _line_referees(text, start, end, labelled and not count, named)
        line = text[start:end]
        if contact or not line.strip():
            named = False
        elif len(authors) == 1 and text[authors[0].start : authors[0].end] == line.strip():
            named = True
        found += authors
    return found


def _line_referees(
    text: str, start: int, end: int, labelled: bool, named: bool = False
) -> list[PersonalData]:
    """The name that opens a referee's line (a first name alone after the section's label),
    else the name after the post's label and those that only a name can be. Under a line
    that ``named`` the referee, a post is followed by the employer, not by another name
    ("John Smith" / "Team Lead Google Cloud")."""
    if labelled:
        found = _labelled_name(text, start, end)
    else:
        found = [] if named else _after_post(text, start, end) or _after_employer(text, start, end)
        opening = None if found else _REFEREE.match(text, start, end)
        if opening and not post_named(opening.group("v")):
            found = [opening.span("v")]
    # A post alone before the first comma ("Tax Partner, John Smith, Deloitte") is followed
    # by the referee's name, phone or not, unless a line above gave that name.
    after_post = not (named or found) and _post_first(text, start, end)
    if found:
        return [PersonalData("name", *span) for span in [found[0], *_name_parts(text, start, end)]]
    for count, label in enumerate(_LABEL_END.finditer(text, start, end)):
        found += _labelled_name(text, label.end(), end)
        if count or found:
            break
    for match in NAME_ANYWHERE.finditer(text, start, end):
        group = "t" if match.group("t") else "v"
        span = match.span(group)
        if not (not_a_name(match.group(group)) or names_a_place(text, *span)):
            found.append(span)
    parts = _name_parts(text, start, end, after_post)
    found += [span for span in parts if span not in found]
    return [PersonalData("name", *span) for span in found]


def _post_first(text: str, start: int, end: int) -> bool:
    """Whether a referee's line opens with a post alone and a comma: "Tax Partner, …",
    "Head of HR, …", "Главный бухгалтер, …"."""
    comma = _PARTS.search(text, start, end)
    first = text[start : comma.start()].strip(" \t-–—•▪*·") if comma else ""
    return bool(first) and a_post(first)


def _name_parts(text: str, start: int, end: int, after_post: bool = False) -> list[tuple[int, int]]:
    """Names standing alone between the commas of a referee's line after its first part,
    when the line gives a phone or an e-mail, or opens with a post alone (``after_post``):
    "Senior Manager Acme Bank, Mary Jones, mary@…", "Tax Partner, John Smith, Deloitte".
    They are hidden beside what the first part yields: when a post and a company open the
    line ("Team Lead Google Cloud"), which of the two words is the name no rule can tell,
    and a company hidden costs less than a referee shown."""
    if not (after_post or _CONTACT.search(text, start, end)):
        return []
    found = []
    for part in _PARTS.finditer(text, start, end):
        match = _NAME_PART.match(text, part.end(), end)
        after_employer = match is None
        match = match or _EMPLOYER_THEN_NAME.match(text, part.end(), end)
        if not match:
            continue
        span = match.span("v")
        if _plausible_name(match.group("v")):
            found += [] if names_a_place(text, *span) and not after_employer else [span]
    return found


def _after_post(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of a full name after the post that opens a referee's line (none, or one):
    "Начальник отдела Сапаров Ерлан, тел. …". Of three capitalised words the first may be
    the post's or the employer's: the last two are the name then ("Head of Unit John Smith",
    "ЕНУ им. Л.Н. Гумилева Иванов Иван")."""
    match = _POST_THEN_NAME.match(text, start, end)
    if not match:
        return []
    words, stop = match.group("v").split(), match.end("v")
    # "Head of Finance Will Power Programme": the last two words are the field the post heads.
    if no_person(" ".join(words[-2:])):
        return []
    starts = [match.start("v")] if len(words) == 3 and name_word(words[0], words[2]) else []
    starts.append(text.rindex(words[-2], match.start("v"), stop - len(words[-1])))
    for begin in starts:
        post, name = text[match.start("post") : begin].strip(), text[begin:stop]
        if a_post(post) and not (no_person(name) or names_a_place(text, begin, stop)):
            return [(begin, stop)]
    return []


def _after_employer(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of the name right after the employer that opens a referee's line, a post
    perhaps before it (none, or one): "Professor Nazarbayev University John Smith, …"."""
    match = _EMPLOYER_THEN_NAME.match(text, start, end)
    if not match or not _plausible_name(match.group("v")) or a_post(match.group("v")):
        return []  # "Halyk Bank Vice President": the post after the employer
    return [match.span("v")]


def _plausible_name(name: str) -> bool:
    """Whether two capitalised words can be a referee's name: no company, person-less word
    or post ("Graduate School", "Almaty Branch", "Vice Rector")."""
    company = LEGAL_FORMS.search(name) or (_ACRONYM.search(name) and not name.isupper())
    return not (company or no_person(name) or looks_like_title(name))


def _labelled_name(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of the name a label's value opens at ``start`` (none, or one), not a post
    or an organisation ("Начальник – Департамент юстиции")."""
    match = _LABELLED.match(text, start, end)
    if not match:
        return []
    group = "v" if match.group("v") else "one"
    name = match.group(group)
    if no_person(name):
        return []
    if group == "one" and not _CONTACT.search(text, start, end):
        return []
    return [match.span(group)]


def find_referees(text: str, folded: str) -> list[PersonalData]:
    """Referees' names in references sections and the names after a signature label;
    ``folded`` is the text as patterns.cue_text folds it."""
    found = []
    if holds_any(folded, _REFERENCES_CUES):
        for heading in _REFERENCES.finditer(text):
            found += _referees(text, heading)
    if holds_any(folded, _SIGNATURE_CUES):
        found += [PersonalData("name", *m.span("v")) for m in _SIGNATURE.finditer(text)]
    return found
