"""Personal-data spans to redact before a name-blind commission sees a CV.

Kinds: email, phone, iin, birth_date (an age too), address, photo, name, sex, link (a
profile on a social network or a messenger handle), marital_status, nationality and
id_document. Recall matters more than precision here, but years ("2015-2019") and dates are
never taken for phone numbers. Names are read by ``person_names``, addresses by
``addresses``, the rows of the personal block (sex, age, marital status...) by
``personal_rows``, referees and signatures by ``referees``, the authors of a bibliography
by ``citations``, the officials who signed an award by ``awards``.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.addresses import find_addresses
from nlp.components.awards import find_award_signers
from nlp.components.citations import find_citation_authors
from nlp.components.dates import MONTH
from nlp.components.patterns import cue_text, guarded, holds_any, lazy
from nlp.components.person_names import find_names, line_span
from nlp.components.personal_rows import find_personal_rows
from nlp.components.referees import find_referees
from nlp.components.sections import doc_text
from nlp.iin import check_digit, is_valid_iin
from nlp.types import PersonalData, Section

_I = re.IGNORECASE
# An address starts where a run of its characters starts: no rescans inside a long word.
# An apostrophe may stand in the local part: "Romeo.O'Connell@…" (RFC 5322 allows it).
_EMAIL = guarded(lazy(r"(?<![\w.+'’-])[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+"))
_PHONE = guarded(
    lazy(
        r"(?<![\w+])(?:\(?\+\s?7|(?<!\d)8)(?=[\s\-.()]*[3-9])(?:[\s\-.()]{0,3}\d){10}(?!\d)"
        r"|(?<![\w+])\+\s?(?:[1-689]\d{0,2})(?:[\s\-.()]{0,3}\d){7,12}(?!\d)"
        r"|(?<![\w+])(?:7[\s\-.]?)?\(?7(?:0\d|47|7\d)\)?(?:[\s\-.]{0,2}\d){7}(?!\d)"
    )
)
_DATE_INSIDE = guarded(
    lazy(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\d)|(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d")
)
# Twelve digits in a row are an IIN (or a BIN) whatever their check digit; spaced 6-3-3
# ("880412 400 123") only when they start like an IIN or follow its label.
_IIN = guarded(lazy(r"(?<!\d)\d{12}(?!\d)"))
_IIN_SPACED = guarded(lazy(r"(?<![\d.,])\d{6}[ \u00a0]\d{3}[ \u00a0]\d{3}(?![\d.,]\d|\d)"))
# Both start with six digits in a row, so neither can match before the first such run.
_SIX_DIGITS = lazy(r"\d{6}")
_IIN_LABELLED = guarded(
    lazy(
        r"(?:ИИН|ЖСН|IIN|индивидуальный\s+идентификационный\s+номер"
        r"|(?:жеке\s+)?сәйкестендіру\s+нөмірі|individual\s+identification\s+number)"
        r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*\)?[ \t]*[:№-]?\s*(?P<v>\d(?:\s?\d){11})(?!\d)",
        _I,
    )
)
_IIN_CUES = ("иин", "жсн", "iin", "идентификац", "identification", "сәйкестендіру")
_DATE_VALUE = (
    rf"\d{{1,2}}\s?[./-]\s?\d{{1,2}}\s?[./-]\s?\d{{2,4}}|\d{{1,2}}\s+{MONTH}\s*\d{{4}}"
    rf"(?:\s*(?:года|г\.?|ж\.?))?|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}\s*(?:ж\.|жылы|жылғы)?\s*\d{{1,2}}\s*{MONTH}\w*|\d{{4}}(?:\s*(?:года|г\.?|жылы|ж\.?))?"
)
_BIRTH = guarded(
    lazy(
        r"(?:(?:дата|год|число|месяц)(?:,?\s+(?:и\s+)?(?:год|число|месяц))*\s+рождения|д\.\s?р\."
        r"|туған\s+(?:күні|жылы|айы)(?:,?\s+(?:мен\s+|және\s+)?(?:күні|жылы|айы))*"
        r"|туылған\s+күні|date\s+of\s+birth|birth\s*date|(?<!\w)DOB|(?<!\w)born(?:\s+(?:on|in))?"
        r"|(?P<verb>родил(?:ся|ась)))"
        rf"\s*[:\-–—]?\s*(?P<v>{_DATE_VALUE})",
        _I,
    )
)
# The cue after the date: "1994 ж. 17 мамырда туған", "1990 года рождения". The rare cue is
# found first, the date then read back from it (a date search over the whole text is slow).
_BIRTH_AFTER = guarded(
    lazy(r"(?:[ \t]+(?:туған|туылған|рождения)|[ \t]*(?:г\.[ \t]?р|ж\.[ \t]?т)\.?)(?!\w)", _I)
)
# Words one of which every match of _BIRTH (of _BIRTH_AFTER) holds: see patterns.cue_text.
_BIRTH_CUES = ("рождения", "д.", "туған", "туылған", "date", "dob", "born", "родил")
_BIRTH_AFTER_CUES = ("туған", "туылған", "рождения", "г.р", "г. р", "г.\tр", "ж.т", "ж. т", "ж.\tт")
_DATE_BEFORE = lazy(rf"(?<![\d.])(?P<v>{_DATE_VALUE})\Z", _I)
_LONGEST_DATE = 40
# A profile address names the person: "www.linkedin.com/in/madina-zhaksylykova".
_PROFILE_LINK = guarded(
    lazy(
        r"(?<![\w.@/-])(?:https?://)?(?:www\.|[a-z]{2}\.)?"
        r"(?:linkedin\.com/in|facebook\.com|instagram\.com|vk\.com|github\.com|t\.me|wa\.me)"
        r"/[\w%-]+(?:\.[\w%-]+)*/?",
        _I,
    )
)
_LINK_CUES = (".com/", ".me/")  # one of which every profile address holds
_PHOTO_WORD = guarded(
    lazy(
        r"(?<!\w)(?:фото(?:графия|графии|карточка)?|photo(?:graph)?s?|сурет(?:і|ке|тер\w*)?)(?!\w)"
        r"|(?<!\d)3\s?[x×х]\s?4(?!\d)",
        _I,
    )
)
# A photo word holds one of these; "3x4" is looked for without its lookarounds.
_PHOTO_CUES = ("фото", "photo", "сурет")
_THREE_BY_FOUR = lazy(r"3\s?[x×х]\s?4", _I)
_PHOTO_PLACEHOLDER = lazy(
    r"\[(?:image|img|photo|picture|фото|изображение|сурет)[^\]\n]*\]|<(?:image|img)[^>\n]*>"
    r"|!\[[^\]\n]*\]\([^)\n]*\)|\ufffc|🖼",
    _I,
)
_PLACEHOLDER_MARKS = "[<\ufffc🖼"  # one of which every placeholder holds


def _emails(text: str) -> list[PersonalData]:
    """E-mail addresses, looked for only where an "@" stands: the pattern alone would try
    every position of the text (a tenth of this component's time on a two-page CV)."""
    found: list[PersonalData] = []
    at = text.find("@")
    while at >= 0:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in "._+-'’"):
            start -= 1
        match = _EMAIL.match(text, start) if start < at else None
        if match and not (found and found[-1].end > match.start()):
            found.append(PersonalData("email", *match.span()))
        at = text.find("@", max(at + 1, match.end() if match else 0))
    return found


def _birth_dates(text: str, folded: str) -> list[PersonalData]:
    """Dates after a birth cue ("Дата рождения: …", with "родился" as the sex too) and before
    one ("1990 года рождения")."""
    found = []
    if holds_any(folded, _BIRTH_CUES):
        for match in _BIRTH.finditer(text):
            found.append(PersonalData("birth_date", *match.span("v")))
            if match.group("verb"):
                found.append(PersonalData("sex", *match.span("verb")))
    if holds_any(folded, _BIRTH_AFTER_CUES):
        found += _birth_dates_before_cue(text)
    return found


def _birth_dates_before_cue(text: str) -> list[PersonalData]:
    """Dates that end where a birth cue such as "туған" follows them on the same line."""
    found = []
    for cue in _BIRTH_AFTER.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        start = max(line_start, cue.start() - _LONGEST_DATE)
        date = _DATE_BEFORE.search(text, start, cue.start())
        if date:
            found.append(PersonalData("birth_date", *date.span("v")))
    return found


def _looks_like_iin(digits: str) -> bool:
    """True when 12 digits start as an IIN does (a birth date and a century digit), whatever
    their check digit: a mistyped IIN still gives the birth date away."""
    check = check_digit(digits[:11])
    return check is not None and is_valid_iin(digits[:11] + str(check))


def _iins(text: str, folded: str) -> list[PersonalData]:
    """IINs: labelled, 12 digits in a row, or spaced 6-3-3 when they start as an IIN."""
    found = []
    if six := _SIX_DIGITS.search(text):
        found += [PersonalData("iin", *m.span()) for m in _IIN.finditer(text, six.start())]
        found += [
            PersonalData("iin", *m.span())
            for m in _IIN_SPACED.finditer(text, six.start())
            if _looks_like_iin(re.sub(r"\D", "", m.group()))
        ]
    if holds_any(folded, _IIN_CUES):
        found += [PersonalData("iin", *m.span("v")) for m in _IIN_LABELLED.finditer(text)]
    return found


def _spans(text: str, sections: tuple[Section, ...]) -> list[PersonalData]:
    """Every personal-data span: those of the patterns above, then the names."""
    found = _emails(text)
    found += [
        PersonalData("phone", *m.span())
        for m in _PHONE.finditer(text)
        if not _DATE_INSIDE.search(m.group())
    ]
    folded = cue_text(text)
    found += _iins(text, folded)
    found += _birth_dates(text, folded)
    found += find_personal_rows(text, sections, folded)
    links = list(_PROFILE_LINK.finditer(text)) if holds_any(folded, _LINK_CUES) else []
    found += [PersonalData("link", *m.span()) for m in links]
    addresses = find_addresses(text, folded)
    found += [a for a in addresses if not _EMAIL.fullmatch(text, a.start, a.end)]
    if any(mark in text for mark in _PLACEHOLDER_MARKS):
        found += [PersonalData("photo", *m.span()) for m in _PHOTO_PLACEHOLDER.finditer(text)]
    found += find_referees(text, folded) + find_citation_authors(text, folded)
    found += find_award_signers(text, folded)
    return found + _photo_words(text, folded) + find_names(text, sections, links, folded)


def _photo_words(text: str, folded: str) -> list[PersonalData]:
    """The lines that name a photo ("Фото 3x4"): where one is, a photo is too."""
    if not (holds_any(folded, _PHOTO_CUES) or _THREE_BY_FOUR.search(text)):
        return []
    return [PersonalData("photo", *line_span(text, m.start())) for m in _PHOTO_WORD.finditer(text)]


def extract_personal_data(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[PersonalData, ...]:
    """Personal-data spans in text order, without duplicates and without spans that another
    span of the same kind (or any span, for a name) already covers."""
    unique = sorted(set(_spans(text, sections)), key=lambda p: (p.start, -p.end, p.kind))
    kept: list[PersonalData] = []
    # Spans come by start, so a kept span covers a later one when it reaches as far: the
    # furthest end kept, per kind and of any kind, answers for all of them at once.
    reach: dict[str, int] = {}
    furthest = -1
    for item in unique:
        if (furthest if item.kind == "name" else reach.get(item.kind, -1)) >= item.end:
            continue
        kept.append(item)
        reach[item.kind] = max(reach.get(item.kind, -1), item.end)
        furthest = max(furthest, item.end)
    return tuple(kept)


if not Doc.has_extension("personal_data"):
    Doc.set_extension("personal_data", default=None)


@Language.factory("recruit_personal_data", default_config={})
def make_personal_data(nlp: Language, name: str):
    """Build the component that sets ``doc._.personal_data``."""
    lang = nlp.lang

    def personal_data_component(doc: Doc) -> Doc:
        """Set ``doc._.personal_data``; the whole text is searched, sections or not."""
        sections = doc._.sections if Doc.has_extension("sections") else None
        doc._.personal_data = extract_personal_data(doc_text(doc), tuple(sections or ()), lang)
        return doc

    return personal_data_component
