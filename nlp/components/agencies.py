"""Agencies as employers: a state body only when named as one.

"Агентство", "агенттігі" and "agency" name state bodies and businesses alike. A state agency is
named with the Republic it belongs to ("Агентство Республики Казахстан по делам государственной
службы", "ҚР Мемлекеттік қызмет істері агенттігі", "… of the Republic of Kazakhstan") or by a
state agency's own name ("Агентство по стратегическому планированию и реформам", "Agency for
Strategic Planning and Reforms"). A recruitment, advertising, travel, real-estate, news or
accreditation agency is a business, named so right beside its word ("рекрутинговое агентство",
"Независимое агентство аккредитации и рейтинга", "агентство недвижимости"), and an agency named
neither way is not taken for a state body.
"""

import re

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.patterns import guarded, lazy

AGENCY = guarded(
    lazy(
        r"агентств\w*|агентті[гк]\w*|agenc(?:y|ies)(?!\w)|" + kazakh_latin(r"agenttı[gk]\w*"),
        re.IGNORECASE,
    )
)
# What makes an agency a state body: the Republic it belongs to, or a state agency's own name.
_STATE_AGENCY = guarded(
    lazy(
        r"(?-i:РК|ҚР|QR)(?!\w)|республик\w*\s+казахстан|қазақстан\s+республикасы\w*"
        r"|republic\s+of\s+kazakhstan|по\s+делам|істері|affairs|стратегическ\w*\s+планировани"
        r"|стратегиялық\s+жоспарлау|strategic\s+planning|финансов\w*\s+рынк|қаржы\s+нарығ"
        r"|financial\s+market|противодействи\w*\s+коррупци|сыбайлас\s+жемқорлық|anti-?corruption"
        r"|финансов\w*\s+мониторинг|қаржы(?:лық)?\s+мониторинг|financial\s+monitoring|конкуренци"
        r"|бәсекелестік|competition|атомн\w*\s+энерг|атом\s+энерги|atomic\s+energy|статистик"
        r"|statistics|"
        + kazakh_latin(
            r"qazaqstan\s+respublikasy\w*|ısterı|strategiialyq\s+josparlau|qarjy\s+naryğ"
            r"|sybailas\s+jemqorlyq|qarjylyq\s+monitoring|bäsekelestık|atom\s+energi"
        ),
        re.IGNORECASE,
    )
)
# The business an agency is in, named right beside it ("рекрутинговое агентство", "агентство
# недвижимости", "Independent Accreditation Agency", "жарнама агенттігі").
_AGENCY_BUSINESS = guarded(
    lazy(
        r"рекрут\w*|кадров\w*|кадрлық|рекламн\w*|жарнама\w*|advertising|турист\w*|travel|tour\w*"
        r"|маркетинг\w*|marketing|недвижимост\w*|жылжымайтын|real|realty|риэлтор\w*|новост\w*"
        r"|информационн\w*|ақпарат\w*|news|media|медиа\w*|независим\w*|тәуелсіз|independent"
        r"|частн\w*|жеке|private|аккредит\w*|accreditation|страхов\w*|insurance|брачн\w*"
        r"|коллектор\w*|перевод\w*|translation|модельн\w*|model\w*|охранн\w*|консалтинг\w*"
        r"|consulting|event\w*|ивент\w*|креативн\w*|creative|digital|recruit\w*|staffing"
        r"|employment",
        re.IGNORECASE,
    )
)


def _beside_agency(text: str, agency: re.Match[str]) -> str:
    """The word before an agency's word and the two after it, where its kind is named."""
    before, after = text[: agency.start()].split()[-1:], text[agency.end() :].split()[:2]
    return " ".join([*before, *after])


def state_agency(text: str) -> re.Match[str] | None:
    """The agency named in ``text`` when it is a state body: named with the Republic or by a
    state agency's name, and not named as a business."""
    agency = AGENCY.search(text)
    if agency is None or _AGENCY_BUSINESS.search(_beside_agency(text, agency)):
        return None
    return agency if _STATE_AGENCY.search(text) else None


def is_business_agency(text: str) -> bool:
    """True when ``text`` names an agency as a business ("Туристическое агентство, г. Алматы")."""
    agency = AGENCY.search(text)
    return agency is not None and bool(_AGENCY_BUSINESS.search(_beside_agency(text, agency)))
