"""Organisations in CVs: where a name starts, and whether working there is civil service.

State bodies count as public (civil) service: ministries, agencies, committees, akimats,
maslikhats, their departments, the Administration of the President, Parliament, courts'
staff, prosecutor's offices, audit chambers. State-owned companies and the quasi-public sector
(АО, ТОО, РГП, ГКП, national companies, holdings, Samruk, Baiterek, ...) are not civil service,
nor are institutions such as schools, hospitals, universities, kindergartens, libraries,
museums and theatres, even when a body they report to is named after them ("КГУ «Школа № 45»
отдела образования", "әкімдігінің № 8 мектеп-лицейі").

International organisations (``international``) are employers but never civil service.

An agency is a state body only when named as one (``agencies``).

Kazakh is matched in Cyrillic and in the Latin alphabet of 2021 ("Astana qalasy äkımdıgı",
"Qarjy ministrlıgı", "«Qazaqtelekom» AQ", "JShS"). The Latin words are written once in that
alphabet; ``kazakh_spelling`` lets each of its letters also match its plain-keyboard form and
its letter of 2018, still common in CVs ("Astana qalasy ákimdigi", "aýdan", "bólim").
"""

import functools
import re

from nlp.components.agencies import AGENCY, is_business_agency, state_agency
from nlp.components.international import international_start, is_international
from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.patterns import guarded
from nlp.components.title_words import looks_like_title, title_word_ends

# Legal-form abbreviations are matched case-sensitively: "АО" is a company, "ао" is not.
_LEGAL_FORMS = guarded(
    re.compile(
        r"(?<!\w)(?:АО|ТОО|ИП|РГП|ГКП|КГП|НАО|РГКП|ГККП|КГКП|ПХВ|АҚ|ЖШС|РМК|МКК|КМК|ҚМК|КМҚК|КеАҚ"
        r"|ШЖҚ|ҰК|ЖК|AQ|KeAQ|J(?:Ş|Sh|SH)S|RMK|MKK|KMK|QMK|KMQK|(?:Ş|Sh|SH)JQ|ŪK|JK"
        r"|JSC|LLP|LLC|Ltd|Inc|PLC|GmbH|NJSC|RSE|SCE)(?!\w)"
    )
)
_QUASI_WORDS = guarded(
    re.compile(
        r"национальн\w*\s+компани\w*|ұлттық\s+компания\w*|national\s+company|нац\.?\s*компани\w*"
        r"|государственн\w*\s+предприяти\w*|мемлекеттік\s+кәсіпорын\w*|state(?:-owned)?\s+enterprise"
        r"|акционерн\w*\s+обществ\w*|товариществ\w*|акционерлік\s+қоғам\w*|серіктестіг\w*"
        r"|holding|холдинг\w*|samruk|самрук\w*|самұрық\w*|kazakhtelecom|казахтелеком\w*"
        r"|қазақтелеком\w*|baiterek|байтерек\w*|бәйтерек\w*|kazmunaygas|казмунайгаз\w*|kazpost"
        r"|казпочта\w*|қазпошта\w*|фонд\w*\s+национального\s+благосостояния|(?<!\w)банк\w*"
        r"|(?<!\w)bank(?!\w)|компани\w*|company|corporation|корпораци\w*|фирм[аы]|"
        + kazakh_latin(
            r"ūlttyq\s+kompani\w*|memlekettık\s+käsıporyn\w*|aktsionerlık\s+qoğam\w*"
            r"|serıktestı[gk]\w*|samūryq\w*|qazaqtelekom\w*|bäiterek\w*|qazmūnaiğaz\w*"
            r"|qazpoşta\w*|ūlttyq\s+äl-auqat\s+qor\w*|(?<!\w)bankı(?!\w)|kompani\w*"
            r"|korporatsi\w*|(?<!\w)firma\w*"
        ),
        re.IGNORECASE,
    )
)
_STATE_BODY = guarded(
    re.compile(
        r"министерств\w*|министрлі\w*|ministry|(?-i:МВД|ІІМ|МЧС|ТЖМ|КНБ|ҰҚК)(?!\w)|комитет\w*"
        r"|committee|акимат\w*|(?<!\w)аким\w*|әкімді[гк]\w*|әкімшілі[гк]\w*|әкім\w*\s+аппарат\w*"
        r"|(?:округ|ауыл|қала|аудан|облыс)\w*\s+әкімі(?!\w)"
        r"|akimat|akim'?s\s+office|маслихат\w*|мәслихат\w*|maslikhat|администраци\w*\s+президента"
        r"|президент\w*\s+әкімшілігі|administration\s+of\s+the\s+president|presidential\s+"
        r"administration|парламент\w*|parliament|мажилис\w*|мәжіліс\w*|mazhilis|сенат\w*|senate"
        r"|(?<!\w)суд(?:а|ов|ы|е|у|ебн\w*)?(?!\w)|(?<!\w)сот(?:ы|тар\w*|тың|ының)?(?!\w)|court"
        r"|прокуратур\w*|прокурор\w+|prosecutor\w*|инспекци(?:я|и|ю|ей)(?!\w)|инспекциясы\w*"
        r"|антикоррупционн\w*\s+служб\w*|служб\w*\s+(?:центральных\s+коммуникаций"
        r"|государственной\s+охраны)|пограничн\w*\s+служб\w*|избирательн\w*\s+комисси\w*"
        r"|сайлау\s+комиссия\w*|(?<!\w)полици(?:я|и|ю|ей)\w*|внутренних\s+дел|ішкі\s+істер"
        r"|(?:департамент|управлени|отдел)\w*\s+(?:юстиции|по\s+чрезвычайным\s+ситуациям)"
        r"|(?:әділет|төтенше\s+жағдайлар)\s+(?:департамент|басқарма|бөлім)\w*"
        r"|бюро\s+национальной\s+статистики|ұлттық\s+статистика\s+бюросы|(?<!\w)police(?!\w)"
        r"|department\s+of\s+justice|justice\s+department|emergency\s+situations|inspectorate"
        r"|bureau\s+of\s+national\s+statistics|national\s+statistics\s+bureau"
        r"|election\s+commission|аппарат\w*\s+правительств\w*|правительств\w*"
        r"|үкімет\w*|government\s+of|канцеляри\w*\s+премьер|office\s+of\s+the\s+prime\s+minister"
        r"|аудиторск\w*\s+палат\w*|аудиторлық\s+палата\w*|audit\s+chamber|ревизионн\w*\s+комисси\w*"
        r"|тексеру\s+комиссия\w*|audit\s+commission|(?<!\w)мин(?:фин|юст|здрав|эконом|труд|обр|просвещ"
        r"|цифр|энерго|сельхоз|культ|оборон|транс|индустр|иностран)\w*|"
        + kazakh_latin(
            r"ministrl[ıi]\w*|komitet\w*|äkımat\w*|äkımdı[gk]\w*|äkımşılı[gk]\w*"
            r"|äkım\w*\s+apparat\w*|mäslihat\w*|parlament\w*|mäjılıs\w*|senat\w*"
            r"|(?<!\w)sot(?:y|tar\w*|tyñ|ynyñ)?(?!\w)|prokuratur\w*|prokuror\w*|ükımet\w*"
            r"|audıtorlyq\s+palata\w*|tekseru\s+komissi\w*"
        ),
        re.IGNORECASE,
    )
)
# A post that names its state body by itself: a minister, an akim of a region.
_STATE_POST = guarded(
    re.compile(
        r"(?<!\w)(?:вице-)?министр(?:а|у|ом|е|і\w*)?(?!\w)|(?<!\w)(?:vice-|deputy\s+)?minister"
        r"(?!\w)|(?:округ|ауыл|қала|аудан|облыс)\w*\s+әкімі\w*",
        re.IGNORECASE,
    )
)
_UNIT = guarded(
    re.compile(
        r"департамент\w*|department|управлени\w*|басқарма\w*|отдел\w*|бөлім\w*|division|"
        + kazakh_latin(r"departament\w*|basqarma\w*|bölım\w*"),
        re.IGNORECASE,
    )
)
# Institutions, not bodies: in the singular, so that a body's "отдел по работе со школами",
# "дошкольного образования" or "мектепке дейінгі" (pre-school) is not taken for one.
_INSTITUTION = guarded(
    re.compile(
        r"(?<!\w)(?:школ(?:а|ы|е|у|ой)(?!\w)|гимнази[яиюе]\w*|лице[йяюе]\w*|университет(?!ск)\w*"
        # A university's chair or faculty, whatever its subject ("кафедра «Государственное и
        # местное управление»" is no управление of an akimat).
        r"|кафедр\w*|факультет\w*"
        r"|институт(?:а|е|у|ом|ы)?(?!\w)|академи(?:я|и|ю|ей)(?!\w)|колледж\w*|училищ\w*"
        r"|детск\w*\s+сад\w*|ясли\w*|больниц\w*|поликлиник\w*|клиник\w*|госпитал\w*"
        r"|диспансер\w*|библиотек\w*|музе[йяюе]\w*|театр\w*|филармони\w*|мекте[пб](?!ке\s+дейін)\w*"
        r"|балабақша\w*|бөбекжай\w*|аурухана\w*|емхана\w*|кітапхана\w*|мұражай\w*|(?:school"
        r"|gymnasium|lyceum|college|institute|academy|kindergarten|hospital|(?:poly)?clinic"
        r"|museum|theat(?:re|er)|philharmonic)s?(?!\w)|universit(?:y|ies)(?!\w)|librar(?:y|ies)(?!\w)"
        # State institutions of social services and archives: their staff are civil employees,
        # not civil servants, though an akimat runs them ("КГУ «Центр занятости населения»
        # акимата г. Караганды", "Жұмыспен қамту орталығы", "Государственный архив").
        r"|центр\w*\s+(?:занятости|оказания|социальн\w*|обслуживания|поддержки|адаптации"
        r"|реабилитации)|(?:жұмыспен\s+қамту|әлеуметтік\s+\w+)\s+орталығ\w*"
        r"|employment\s+cent(?:re|er)s?(?!\w)|(?:государственн|областн|городск|национальн"
        r"|центральн)\w*\s+(?:\w+\s+)?архив\w*|мемлекеттік\s+(?:\w+\s+)?мұрағат\w*"
        r"|state\s+archives?(?!\w)|"
        + kazakh_latin(
            r"mekte[pb](?!ke\s+deiın)\w*|gimnazi\w*|litsei\w*|universitet\w*|kolledj\w*"
            r"|balabaqşa\w*|böbekjai\w*|auruhana\w*|emhana\w*|klinika\w*|kıtaphana\w*"
            r"|mūrajai\w*|muzei\w*|teatr\w*"
        )
        + ")",
        re.IGNORECASE,
    )
)
_TERRITORIAL = guarded(
    re.compile(
        r"государственн\w*|мемлекеттік|област\w*|облыс\w*|город\w*|(?<!\w)г\.|қала\w*|район\w*"
        r"|аудан\w*|region\w*|city|district|(?<!\w)по\s+(?:г|\w+\s+област)|state\s+revenue|"
        + kazakh_latin(r"memlekettık|oblys\w*|qala\w*|audan\w*"),
        re.IGNORECASE,
    )
)
_OTHER_ORG = guarded(
    re.compile(
        r"университет\w*|university|институт\w*|institute|академи\w*|academy|колледж\w*|college"
        r"|школ\w*|мекте[пб]\w*|school|гимнази\w*|лице[йя]\w*|центр\w*|орталығ\w*|centre|center"
        r"|фонд\w*|fund|ассоциаци\w*|association|больниц\w*|поликлиник\w*|hospital|клиник\w*"
        r"|аурухана\w*|емхана\w*"
        r"|организаци\w*|ұйым\w*|organi[sz]ation|учреждени\w*|мекеме\w*|office|group|групп\w*|"
        + kazakh_latin(
            r"universitet\w*|institut\w*|akademi\w*|kolledj\w*|mekte[pb]\w*|gimnazi\w*|litsei\w*"
            r"|ortalyğ\w*|ortalyq|tsentr\w*|assotsiatsi\w*|auruhana\w*|emhana\w*|ūiym\w*"
            r"|mekeme\w*"
        ),
        re.IGNORECASE,
    )
)
# Where an employer plainly begins after a title that names its own unit: an opening quote,
# a state institution's abbreviation, a police body's ("УП …", "ДП …": управление, департамент
# полиции) or a body's name in the nominative (case-sensitive).
# The abbreviations of a state institution's form ("КГУ «…»", "«…» ММ").
_STATE_FORMS = "ГУ|РГУ|КГУ|ММ|РММ|КММ|RMM|KMM"
_OPENER = guarded(
    re.compile(
        rf"«|(?<!\w)(?:{_STATE_FORMS}|MM|Министерство|Акимат|Управление|Департамент"
        r"|Комитет|Агентство|Аппарат|Прокуратура|УП|ДП|УВД|ДВД|ГУВД)(?!\w)"
    )
)

_CUTS = (",", ";", "|", "(", " – ", " — ", " - ", " at ", " в ", " @ ", " в компании ")
_CUT = re.compile("|".join(re.escape(mark) for mark in sorted(_CUTS, key=len, reverse=True)))


@functools.lru_cache(maxsize=8192)
def is_public_service(organization: str | None) -> bool:
    """True when working for ``organization`` counts as civil service (a state body), or when
    a post named without its employer is a post of one ("Вице-министр юстиции")."""
    if not organization:
        return False
    if _LEGAL_FORMS.search(organization) or _QUASI_WORDS.search(organization):
        return False
    body = (
        _STATE_BODY.search(organization)
        or state_agency(organization)
        or _STATE_POST.search(organization)
    )
    if is_international(organization, body.start() if body else None):
        return False
    if _INSTITUTION.search(organization):
        return False
    if body:
        return True
    if is_business_agency(organization):
        return False
    employer = _without_title(organization)
    return bool(_UNIT.search(employer) and _TERRITORIAL.search(employer))


def _without_title(text: str) -> str:
    """``text`` without a leading job title that names its own unit ("ведущий специалист
    отдела кадров, …"), when an organisation follows: that unit is not the employer."""
    cuts = [(pos, len(mark)) for mark in _CUTS if (pos := text.find(mark)) >= 0]
    if not cuts:
        return text
    pos, size = min(cuts)
    title, rest = text[:pos], text[pos + size :]
    if looks_like_title(title) and organization_start(rest) is not None:
        return rest
    return text


# A unit named with its head is a position in Kazakh: "басқарма басшысы", "бөлім меңгерушісі".
_UNIT_HEAD = re.compile(
    r"\w+\s+(?:басшы|меңгеруші|бастығ|директор)\w*(?:\s+орынбасар\w*)?", re.IGNORECASE
)


# The abbreviation of a state institution's form, before or after its name ("КГУ «Государственный
# архив …»", "«Есіл ауданы әкімінің аппараты» ММ"): an organisation, whether or not a state body.
_STATE_FORM = guarded(re.compile(rf"(?<!\w)(?:{_STATE_FORMS})(?!\w)"))


@functools.lru_cache(maxsize=8192)
def organization_start(text: str) -> int | None:
    """Offset where an organisation name begins in a short text, or None when none is seen."""
    patterns = (_LEGAL_FORMS, _QUASI_WORDS, _STATE_BODY, AGENCY, _UNIT, _OTHER_ORG, _STATE_FORM)
    starts = [match.start() for pattern in patterns if (match := pattern.search(text))]
    starts += [start] if (start := international_start(text)) is not None else []
    if not starts:
        return None
    first = min(starts)
    head = _UNIT_HEAD.match(text, first) if _UNIT.match(text, first) else None
    if head:
        after = _employer_after(text, head.end())
        return None if after == head.end() else after
    cut = _title_cut(text, first)
    if cut is not None:
        return cut
    quote = text.find("«", 0, first)
    if quote >= 0 and "»" not in text[quote:first]:
        first = quote
    if not looks_like_title(text[:first]):
        return 0
    return None if is_unit(text[first:]) else _employer_after(text, _name_start(text, first))


def is_unit(text: str) -> bool:
    """True when ``text`` names a unit and no employer of its own ("Division", "отдела
    анализа", "қаржы бөлімі"): a title that names it ("Head of Division") has no employer."""
    if not _UNIT.search(text) or _OPENER.match(text) or international_start(text) is not None:
        return False
    others = (_LEGAL_FORMS, _QUASI_WORDS, _STATE_BODY, AGENCY, _OTHER_ORG, _TERRITORIAL)
    return not any(pattern.search(text) for pattern in others)


def _name_start(text: str, first: int) -> int:
    """Where an employer starts whose head word at ``first`` follows its name, as Kazakh
    names a body ("бас маман Қаржы министрлігі", "бас маман Астана қаласы әкімдігі"): at the
    capitalised word after the title's last word; ``first`` when the head word leads."""
    ends = title_word_ends(text, first)
    gap = text[ends[-1] : first] if ends and text[first : first + 1].islower() else ""
    if not gap.strip()[:1].isupper():
        return first
    return first - len(gap.lstrip())


def _title_cut(text: str, first: int) -> int | None:
    """The end of the cut before ``first`` that closes a title: the last one after a part that
    names a position, so that a comma inside a name ("Сарапшы, ҚР Цифрлық даму, инновациялар
    және аэроғарыш өнеркәсібі министрлігі") is not taken; else the last cut that a name
    follows, not a lower-case word that goes on the name ("Цифрлық даму, инновациялар және
    …"), or None. A cut that a later post follows in lower case does not close the title
    ("Эксперт, затем главный эксперт Департамента …": the post changed, not the employer)."""
    cuts = [
        cut for cut in _CUT.finditer(text, 0, first) if not _later_post(text[cut.end() : first])
    ]
    if not cuts:
        return None
    starts = [0] + [cut.end() for cut in cuts[:-1]]
    parts = zip(cuts, starts, strict=True)
    titled = [cut for cut, start in parts if looks_like_title(text[start : cut.start()])]
    named = [cut for cut in cuts if not text[cut.end() : first].lstrip()[:1].islower()]
    found = titled or named
    return found[-1].end() if found else None


def _later_post(text: str) -> bool:
    """True when ``text`` goes on a title with a later post ("затем главный эксперт")."""
    text = text.strip()
    return text[:1].islower() and looks_like_title(text)


def _employer_after(text: str, first: int) -> int:
    """Where the employer begins when a title names its own unit at ``first`` ("начальник
    управления правового обеспечения, Министерство юстиции РК"): after the next cut that an
    organisation name follows, or at a legal form or opener; ``first`` when none follows."""
    if _OPENER.match(text, first) or _LEGAL_FORMS.match(text, first):
        return first
    opener = _OPENER.search(text, first)
    if opener and opener.group() == "«" and _UNIT.fullmatch(text[first : opener.start()].strip()):
        close = text.find("»", opener.end())  # the unit's own name: "отдела «Цифровой офис»"
        opener = _OPENER.search(text, close) if close > 0 else None
        first = max(first, close + 1)
    marks = (opener, _LEGAL_FORMS.search(text, first))
    found = [mark.start() for mark in marks if mark]
    ends = (cut.end() for cut in _CUT.finditer(text, first))
    found += [end for end in ends if organization_start(text[end:]) == 0][:1]
    return min(found, default=_body_after_unit(text, first))


# The head word of a body named in the genitive after the unit a post belongs to ("аппарата",
# "Департамента", "Министерства"), and the function word that makes such a word part of the
# unit's own name instead ("отдела по работе с акиматами", "сектора анализа и управления").
_BODY_HEAD = re.compile(
    r"(?<!\w)аппарат\w*|"
    + "|".join(pattern.pattern for pattern in (_UNIT, _STATE_BODY, _QUASI_WORDS)),
    re.IGNORECASE,
)
_LINKED = re.compile(r"\s(?:и|по|при|для|с|со|в|во|за|над|of|the|and|for)\s+$", re.I)
# The adjectives before a body's head word, in the genitive ("Национального банка",
# "областного акимата").
_ADJECTIVES = re.compile(r"(?<!\w)(?:\w+(?:ого|его|ой|ей|ых|их)\s+){1,3}$", re.I)
_REACH = 60  # characters before a head word where its function word or adjectives stand


def _body_after_unit(text: str, first: int) -> int:
    """Where the employer begins after the unit a post names at ``first``, in the genitive
    ("Заместитель директора Департамента юридической службы Министерства финансов",
    "Главный специалист юридического отдела аппарата акима области"): at the next body whose
    name holds more than a unit, so that the unit stays in the title; ``first`` when no such
    body follows ("Главный эксперт Департамента государственных доходов по г. Астана")."""
    unit = _UNIT.match(text, first)
    for head in _BODY_HEAD.finditer(text, unit.end()) if unit else ():
        before = max(unit.end(), head.start() - _REACH)
        if _LINKED.search(text, before, head.start()):
            continue
        if is_unit(text[head.start() :]):
            break
        adjectives = _ADJECTIVES.search(text, before, head.start())
        return adjectives.start() if adjectives else head.start()
    return first
