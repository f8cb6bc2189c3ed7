"""The Kazakh individual identification number (IIN / ЖСН / ИИН): validation and what it encodes.

12 digits: ``YYMMDD`` birth date, a century-and-sex digit (odd male, even female; 1-2 the
19th century, 3-4 the 20th, 5-6 the 21st), four serial digits and a check digit.
"""

import re
from datetime import date

_DIGITS = re.compile(r"[0-9]{12}")
_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


def check_digit(first11: str) -> int | None:
    """The check digit of the first 11 digits, or None when no digit is possible."""
    digits = [int(c) for c in first11]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return None


def is_valid_iin(s: str) -> bool:
    """True when ``s`` is exactly 12 digits with a known century digit, a month and day in
    range and the right check digit."""
    if not isinstance(s, str) or not _DIGITS.fullmatch(s):
        return False
    month, day = int(s[2:4]), int(s[4:6])
    if int(s[6]) not in _CENTURY or not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    return check_digit(s[:11]) == int(s[11])


def birth_date(iin: str) -> date | None:
    """The birth date encoded in a valid IIN, or None (invalid IIN or impossible date)."""
    if not is_valid_iin(iin):
        return None
    year = _CENTURY[int(iin[6])] + int(iin[:2])
    try:
        return date(year, int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None


def sex(iin: str) -> str | None:
    """ "male" (odd century digit) or "female" (even) for a valid IIN, else None."""
    if not is_valid_iin(iin):
        return None
    return "male" if int(iin[6]) % 2 else "female"
