"""Managerial posts in a work history: the years a corps "A" requirement may ask for.

A post is managerial when its title names the head of a unit or body or the head's deputy.
Russian and English titles start with the head noun ("Руководитель управления", "Заместитель
акима района", "Head of Division", "Deputy Director"); English also puts it last ("Department
Director"). Kazakh titles end with it ("бөлім басшысы", "басқарма басшысының орынбасары",
"аудан әкімі"), or with the head's duties held in acting ("басқарма басшысының міндетін
атқарушы"); a head in the genitive owns the post ("Министрдің кеңесшісі"). An assistant or
adviser to a head, a chief expert or a "главный специалист" is no manager, and neither is a
"manager" or "team lead": in the civil service those titles say nothing about heading a unit,
so the years of such posts are left for a person to weigh, never counted by the engine.
"""

from __future__ import annotations

import re

from nlp.types import Experience

# Words in front of the head noun that keep the post what it is ("и.о. руководителя",
# "исполняющий обязанности начальника", "First Deputy Head", "Acting Director").
_PREFIX = (
    r"(?:(?:и\.\s*о\.|врио|временно|исполняющ\w*\s+обязанности|первы\w*|acting|first|interim)"
    r"\s+)*"
)
# A Kazakh genitive after the head noun makes the head the owner of the post, not the post
# ("Министрдің кеңесшісі", the minister's adviser; "Директордың көмекшісі").
_KK_GENITIVE = r"(?!\w*(?:ның|нің|дың|дің|тың|тің)(?!\w))"
_RU_HEAD = re.compile(
    _PREFIX + r"(?:руководител|начальник|заведующ|(?:[a-zа-я]{2,3}-)?директор|заместител"
    r"|председател|министр"
    r"|вице-министр|аким(?!ат)|глав[аы]\s|управляющ|ответственн\w*\s+секретар)" + _KK_GENITIVE,
    re.IGNORECASE,
)
_EN_HEAD = re.compile(
    _PREFIX + r"(?:head|director|deputy|chair(?:man|woman|person)?|minister|vice[-\s]minister"
    r"|akim|chief\s+(?:executive|of)|executive\s+secretary)\b",
    re.IGNORECASE,
)
# An English title that ends with its head noun ("Department Director", "Division Head").
_EN_LAST = re.compile(r"\b(?:head|director|chair(?:man|woman|person)?|minister|akim)$", re.I)
_EN_HELPER = re.compile(r"(?:assistant|adviser|advisor|aide|secretary|expert|specialist)\b", re.I)
# Where an employer written after the post begins: a comma, a bracket or a dash.
_EMPLOYER_AFTER = re.compile(r"\s*[,;(|]\s*|\s+[–—-]\s+")
# The last word of a Kazakh title when it names a head or a deputy, or the head's duties
# held in acting ("басқарма басшысының міндетін (уақытша) атқарушы", "… басшысының м.а.").
_KK_LAST = re.compile(
    r"(?:басшы\w*|бастығ\w*|бастық|меңгеруш\w*|директоры\w*|орынбасар\w*|әкімі\w*|төраға\w*"
    r"|(?:вице-)?министрі\w*|жауапты\s+хатшы\w*)"
    r"(?:\s+(?:міндетін\s+(?:уақытша\s+)?атқаруш\w*|м\.\s*а\.?))?$",
    re.IGNORECASE,
)


def is_managerial(title: str | None) -> bool:
    """Whether a job title names the head of a unit or body, or the head's deputy."""
    if not title:
        return False
    post = _EMPLOYER_AFTER.split(title.strip(), maxsplit=1)[0].strip(" .:")
    if _RU_HEAD.match(post) or _KK_LAST.search(post):
        return True
    if _EN_HELPER.match(post):
        return False
    return bool(_EN_HEAD.match(post) or _EN_LAST.search(post))


def managerial_periods(periods: tuple[Experience, ...]) -> tuple[Experience, ...]:
    """The periods of a work history whose titles are managerial posts."""
    return tuple(p for p in periods if p.start and is_managerial(p.title))
