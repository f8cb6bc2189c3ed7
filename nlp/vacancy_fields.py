"""Readers of the plain fields of a VACANCY.json document: numbers, lists, languages, dates.

Each reader returns a typed value or raises VacancyError naming the field, so that
``nlp.vacancy`` can build the Vacancy from them without repeating the type checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

LANGUAGE_RE = re.compile(r"^(?P<code>[a-z]{2})(?::(?P<level>[A-Ca-c][12]))?$")
FIELD_SEPARATORS = re.compile(r"[,;/\n]+")


class VacancyError(ValueError):
    """The vacancy document is malformed; the message says which field and why."""


def read_number(doc: Mapping, key: str, default, kind=float):
    """A numeric field or its default; a wrong type is a VacancyError naming the field."""
    value = doc.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise VacancyError(f"{key}: expected a number, got {value!r}")
    return kind(value)


def read_strings(doc: Mapping, key: str) -> tuple[str, ...]:
    """A list-of-strings field as a tuple (a lone string is accepted as one item)."""
    value = doc.get(key) or ()
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise VacancyError(f"{key}: expected a list of strings")
    return tuple(value)


def split_fields(text: str) -> tuple[str, ...]:
    """The fields of study of a free-text list ("law, economics" or one per line)."""
    return tuple(part.strip() for part in FIELD_SEPARATORS.split(text) if part.strip())


def read_education_fields(requirements: Mapping) -> tuple[str, ...]:
    """The required fields of study, one item per field however HR separated them."""
    items = read_strings(requirements, "education_fields")
    return tuple(field for item in items for field in split_fields(item))


def read_languages(doc: Mapping) -> tuple[str, ...]:
    """Required languages as "en" or "en:B2" (a CEFR level the candidate must reach)."""
    out = []
    for item in read_strings(doc, "languages"):
        found = LANGUAGE_RE.match(item.strip())
        if found is None:
            raise VacancyError(f'languages: {item!r} is not a code like "en" or "en:B2"')
        level = (found["level"] or "").upper()
        out.append(f"{found['code']}:{level}" if level else found["code"])
    return tuple(out)


def read_deadline(doc: Mapping) -> date | None:
    """The application deadline as a date (ISO "YYYY-MM-DD", a time part is ignored)."""
    value = doc.get("deadline")
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise VacancyError(f"deadline: an ISO date, got {value!r}") from e
