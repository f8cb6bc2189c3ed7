"""International organisations and foreign aid agencies as employers in CVs.

UNDP/ПРООН, UNICEF, OSCE, the World Bank, USAID, GIZ, the EU Delegation and the like employ
people in Kazakhstan but are never its civil service, even when named an agency, an office or
a committee; ``organizations`` asks :func:`international_start` before it asks about state
bodies.
"""

from nlp.components.patterns import guarded, lazy

# The acronyms case-sensitively, so that "ООН" is matched and a word that contains it is not.
_INTERNATIONAL = guarded(
    lazy(
        r"(?<!\w)(?:UNDP|ПРООН|UNICEF|ЮНИСЕФ|OSCE|ОБСЕ|ЕҚЫҰ|ADB|АБР|EBRD|ЕБРР|USAID|GIZ|UN|ООН|БҰҰ"
        r"|UNESCO|ЮНЕСКО|UNFPA|ЮНФПА|UNHCR|УВКБ|WHO|ВОЗ|ДДҰ|IMF|МВФ|OECD|ОЭСР|EU|ЕС|JICA|KOICA"
        r"|TIKA|ILO|МОТ|FAO|ФАО)(?!\w)"
        r"|(?i:world\s+bank|всемирн\w*\s+банк\w*|дүниежүзілік\s+банк\w*|united\s+nations"
        r"|организаци\w*\s+объединенных\s+наций|біріккен\s+ұлттар|european\s+union"
        r"|европейск\w*\s+союз\w*|еуропалық\s+одақ\w*|delegation\s+of\s+the\s+european"
        r"|asian\s+development\s+bank|азиатск\w*\s+банк\w*\s+развития|united\s+states\s+agency"
        r"|агентств\w*\s+сша|international\s+cooperation\s+agency)"
    )
)


def international_start(text: str, start: int = 0) -> int | None:
    """Offset of the first international organisation's name in ``text`` from ``start``."""
    match = _INTERNATIONAL.search(text, start)
    return match.start() if match else None


def is_international(organization: str, body: int | None) -> bool:
    """True when the employer is an international organisation: named before any state body
    (at ``body``), so that a ministry's "Департамент сотрудничества с ООН" stays the ministry's."""
    start = international_start(organization)
    return start is not None and (body is None or start <= body)
