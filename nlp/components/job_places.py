"""Where a job was, printed beside it in a CV: a town, its country or website, its office.

hh.kz prints a place under the employer ("Астана, astana.gov.kz"), LinkedIn under the dates
("Astana, Kazakhstan"), Europass and PDF tables on the date line ("| Astana", ", Astana",
"— Алматы"). None of these is the post or the employer, and ``job_lines`` leaves them out.
"""

import re

from nlp.components.job_names import reads_as_title
from nlp.components.organizations import organization_start
from nlp.components.patterns import lazy
from nlp.components.title_words import looks_like_title

# A place printed under an employer or a job: a town, then a website or the country
# ("Астана, astana.gov.kz", "Astana, Kazakhstan"), or a town alone ("Шымкент").
_NAME_WORDS = r"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?"
_PLACE = lazy(rf"{_NAME_WORDS}((?:,\s+(?:(?:www\.)?[\w-]+(?:\.[\w-]+)+|{_NAME_WORDS}))*)")
# The country that ends a job's location as LinkedIn prints it ("Astana, Kazakhstan").
_COUNTRY = lazy(
    r",\s+(?:Kazakhstan|Казахстан|Қазақстан|Qazaqstan|Russia|Россия|Kyrgyzstan|Кыргызстан"
    r"|Uzbekistan|Узбекистан)\s*$",
    re.IGNORECASE,
)
# A town on the date line after a cell border, or its office ("| Astana", "| Almaty office"),
# or after a comma or a dash (", Astana", "— Алматы").
_TOWN_CELL = lazy(rf"\s*[|\t]\s*({_NAME_WORDS})\s*")
_TOWN_AFTER = lazy(rf"\s*(?:,|\s[–—-])\s*({_NAME_WORDS})\s*")
_OFFICE = lazy(r"\s+(?:office|branch|headquarters|офис|филиал)$", re.IGNORECASE)


def is_place(line: str, following: str | None = None) -> bool:
    """True when ``line`` names where a job was, not the job: a town with a website or the
    country after it, or a town alone when a title follows (``following``)."""
    line = line.strip()
    place = _PLACE.fullmatch(line)
    if not place or not line[:1].isupper() or looks_like_title(line):
        return False
    if organization_start(line) is not None:
        return False
    return bool(place.group(1)) or (following is not None and reads_as_title(following))


def is_location(line: str) -> bool:
    """True when ``line`` is a town with its country ("Astana, Kazakhstan"), where a job was."""
    return bool(_COUNTRY.search(line)) and is_place(line)


def is_town_cell(after: str, job_below: bool) -> bool:
    """True when the text after the dates is a cell that names only a town or its office
    ("Apr 2021 – ongoing | Astana", "| Almaty office"): an acronym is an employer ("| KPMG").
    After a comma or a dash a name is a town when the line below names the job (``job_below``:
    "Jan 2019 – Dec 2021, Astana" over "Analyst, KPMG")."""
    cell = _TOWN_CELL.fullmatch(after)
    if cell is None and job_below:
        cell = _TOWN_AFTER.fullmatch(after)
    town = _OFFICE.sub("", cell.group(1)) if cell else ""
    if not town[:1].isupper() or town.isupper() or looks_like_title(town):
        return False
    return organization_start(town) is None
