"""Personal-data spans to redact before a name-blind commission sees a CV.

Kinds: email, phone, iin, birth_date (an age too), address, photo, name, sex and link (a
profile on a social network). Recall matters more than precision here, but years
("2015-2019") and dates are never taken for phone numbers. Names are read by
``person_names``.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.dates import MONTH
from nlp.components.patterns import guarded
from nlp.components.person_names import find_names, line_span
from nlp.components.sections import doc_text
from nlp.iin import is_valid_iin
from nlp.types import PersonalData, Section

_I = re.IGNORECASE
# An address starts where a run of its characters starts: no rescans inside a long word.
_EMAIL = guarded(re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"))
_PHONE = guarded(
    re.compile(
        r"(?<![\w+])(?:\(?\+\s?7|(?<!\d)8)(?=[\s\-.()]*[3-9])(?:[\s\-.()]{0,3}\d){10}(?!\d)"
        r"|(?<![\w+])\+\s?(?:[1-689]\d{0,2})(?:[\s\-.()]{0,3}\d){7,12}(?!\d)"
    )
)
_DATE_INSIDE = guarded(
    re.compile(
        r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\d)|(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d"
    )
)
_IIN = guarded(re.compile(r"(?<!\d)\d{12}(?!\d)"))
_IIN_LABELLED = guarded(re.compile(r"(?:ИИН|ЖСН|IIN)\s*[:№-]?\s*(?P<v>\d(?:\s?\d){11})(?!\d)", _I))
_DATE_VALUE = (
    rf"\d{{1,2}}\s?[./-]\s?\d{{1,2}}\s?[./-]\s?\d{{2,4}}|\d{{1,2}}\s+{MONTH}\s*\d{{4}}"
    rf"(?:\s*(?:года|г\.?|ж\.?))?|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}\s*(?:ж\.|жылы|жылғы)?\s*\d{{1,2}}\s*{MONTH}\w*|\d{{4}}(?:\s*(?:года|г\.?|жылы|ж\.?))?"
)
_BIRTH = guarded(
    re.compile(
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
_BIRTH_AFTER = guarded(re.compile(r"[ \t]+(?:туған|туылған|рождения)(?!\w)", _I))
_DATE_BEFORE = re.compile(rf"(?<![\d.])(?P<v>{_DATE_VALUE})\Z", _I)
_LONGEST_DATE = 40
_AGE = guarded(
    re.compile(
        r"(?:возраст|жасы|(?<!\w)age)\s*[:\-–—]\s*(?P<v>\d{2}(?:\s*(?:лет|года?|жас|years?(?:\s+old)?))?)",
        _I,
    )
)
# hh.kz's header line "Мужчина, 37 лет, родился 14 мая 1989" / "Әйел, 29 жас", and labelled
# rows such as "Пол: мужской"; the age is a birth_date span, as after "Возраст:".
_SEX_AGE = guarded(
    re.compile(
        r"^[ \t]*(?P<sex>мужчина|женщина|ер|әйел|male|female)[ \t]*,[ \t]*"
        r"(?P<age>\d{2}[ \t]+(?:лет|года?|жас|years?(?:[ \t]+old)?))(?!\w)",
        _I | re.MULTILINE,
    )
)
_SEX_ROW = guarded(
    re.compile(
        r"(?:(?<!\w)пол|жынысы|(?<!\w)sex|gender)[ \t]*[:\t][ \t]*"
        r"(?P<v>мужской|женский|муж|жен|ер|әйел|male|female|[мжmf])(?!\w)",
        _I,
    )
)
# A profile address names the person: "www.linkedin.com/in/madina-zhaksylykova".
_PROFILE_LINK = guarded(
    re.compile(
        r"(?<![\w.@/-])(?:https?://)?(?:www\.|[a-z]{2}\.)?"
        r"(?:linkedin\.com/in|facebook\.com|instagram\.com|vk\.com|github\.com|t\.me)"
        r"/[\w%-]+(?:\.[\w%-]+)*/?",
        _I,
    )
)
_ADDRESS = guarded(
    re.compile(
        r"(?:адрес(?:\s+(?:проживания|регистрации))?|место\s+жительства|мекенжай\w*"
        r"|тұратын\s+жері|(?<!mail\s)(?:home\s+)?address|residence)\s*:\s*(?P<v>[^\n]*\S)",
        _I,
    )
)
_STREET = guarded(
    re.compile(
        r"(?<!\w)(?:ул\.|улица|пр\.|пр-т|проспект\w*|мкр\.?|микрорайон\w*|д\.\s?\d|кв\.\s?\d)"
        r"|(?<!\w)(?:көшесі|даңғылы|шағын\s*аудан\w*|ықшам\s*аудан\w*|street|avenue|(?<=\s)ave\.)"
        r"|(?<=\w\s)(?:St\.|str\.)",
        _I,
    )
)
_PHOTO_WORD = guarded(
    re.compile(
        r"(?<!\w)(?:фото(?:графия|графии|карточка)?|photo(?:graph)?s?|сурет(?:і|ке|тер\w*)?)(?!\w)"
        r"|(?<!\d)3\s?[x×х]\s?4(?!\d)",
        _I,
    )
)
_PHOTO_PLACEHOLDER = re.compile(
    r"\[(?:image|img|photo|picture|фото|изображение|сурет)[^\]\n]*\]|<(?:image|img)[^>\n]*>"
    r"|!\[[^\]\n]*\]\([^)\n]*\)|\ufffc|🖼",
    _I,
)


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


def _sex_and_age(text: str) -> list[PersonalData]:
    """The sex and age of hh.kz's header line ("Мужчина, 37 лет") and of "Пол: мужской" rows."""
    found = [PersonalData("sex", *m.span("v")) for m in _SEX_ROW.finditer(text)]
    for match in _SEX_AGE.finditer(text):
        found.append(PersonalData("sex", *match.span("sex")))
        found.append(PersonalData("birth_date", *match.span("age")))
    return found


def _spans(text: str, sections: tuple[Section, ...]) -> list[PersonalData]:
    """Every personal-data span: those of the patterns above, then the names."""
    found = [PersonalData("email", *m.span()) for m in _EMAIL.finditer(text)]
    found += [
        PersonalData("phone", *m.span())
        for m in _PHONE.finditer(text)
        if not _DATE_INSIDE.search(m.group())
    ]
    found += [
        PersonalData("iin", *m.span()) for m in _IIN.finditer(text) if is_valid_iin(m.group())
    ]
    found += [PersonalData("iin", *m.span("v")) for m in _IIN_LABELLED.finditer(text)]
    for match in _BIRTH.finditer(text):
        found.append(PersonalData("birth_date", *match.span("v")))
        if match.group("verb"):
            found.append(PersonalData("sex", *match.span("verb")))
    found += _birth_dates_before_cue(text)
    found += [PersonalData("birth_date", *m.span("v")) for m in _AGE.finditer(text)]
    found += _sex_and_age(text)
    links = list(_PROFILE_LINK.finditer(text))
    found += [PersonalData("link", *m.span()) for m in links]
    found += [
        PersonalData("address", *m.span("v"))
        for m in _ADDRESS.finditer(text)
        if not _EMAIL.fullmatch(m.group("v"))
    ]
    for match in _STREET.finditer(text):
        start, end = line_span(text, match.start())
        if re.search(r"\d", text[start:end]) and not _ADDRESS.search(text[start:end]):
            found.append(PersonalData("address", start, end))
    found += [PersonalData("photo", *m.span()) for m in _PHOTO_PLACEHOLDER.finditer(text)]
    found += [
        PersonalData("photo", *line_span(text, m.start())) for m in _PHOTO_WORD.finditer(text)
    ]
    return found + find_names(text, sections, links)


def extract_personal_data(
    text: str, sections: tuple[Section, ...] = (), lang: str = "ru"
) -> tuple[PersonalData, ...]:
    """Personal-data spans in text order, without duplicates and without spans that another
    span of the same kind (or any span, for a name) already covers."""
    unique = sorted(set(_spans(text, sections)), key=lambda p: (p.start, -p.end, p.kind))
    kept: list[PersonalData] = []
    for item in unique:
        covered = any(
            (k.kind == item.kind or item.kind == "name")
            and k.start <= item.start <= item.end <= k.end
            for k in kept
        )
        if not covered:
            kept.append(item)
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
