"""Table rows and cells wrapped over lines, as PDFs print official forms.

A cell too long for its column goes on below its first line ("…отдела образования" over
"акимата г. Павлодара", "Академия государственного" over "управления при Президенте"). A line
that cannot end a cell tells that the next line belongs to it.
"""

import re

from nlp.components.patterns import lazy

# Any cell goes on after a preposition, a conjunction or "the", inside an open quote or
# bracket, or after "Республики", which a country's name always follows ("…промышленности
# Республики" over "Казахстан", "ПРООН в Казахстане (UNDP" over "Kazakhstan)"); after a
# Kazakh adjective, which its noun follows ("…үйлестіру және әлеуметтік" over "бағдарламалар
# басқармасы", "кафедрасының аға" over "оқытушысы"), but not after a noun of the same ending
# ("серіктестік", "дайындық").
_GOES_ON = lazy(
    r"(?:\s(?:по|и|при|для|of|and|for|the|бойынша|және|республики|аға|бас)|«[^»]*|\([^)]*"
    r"|(?<!\w)(?:әлеуметтік|мемлекеттік|облыстық|қалалық|аудандық|ауылдық|ұлттық|халықаралық"
    r"|өңірлік|республикалық|ақпараттық|қаржылық|құқықтық|аумақтық|салалық|кәсіптік"
    r"|\w+(?:ика|ия|ина)лық))$",
    re.IGNORECASE,
)
# A name also goes on after an adjective or noun in the genitive ("Академия государственного",
# "Президентінің"), "им." or "при Президенте". A job's cell does not: "аналитик данных" ends it.
_NAME_GOES_ON = lazy(
    r"(?:\s(?:им\.|имени)|\w(?:ого|его|ых|их|ның|нің|дың|дің|тың|тің)|\sпрезиденте|атындағы"
    r"|жанындағы)$",
    re.IGNORECASE,
)


def goes_on(line: str, name: bool = False) -> bool:
    """True when ``line`` cannot end a cell, so the line below continues it; ``name`` for a cell
    that holds a name, such as an institution's."""
    return bool(_GOES_ON.search(line) or (name and _NAME_GOES_ON.search(line)))
