"""Choices and value rules of the profile shared by the form, the services and the CV prefill."""

import re

from flask_babel import lazy_gettext as _l

MONTH_FORM = r"^(19[4-9][0-9]|20[0-9]{2})-(0[1-9]|1[0-2])$"
EDUCATION_LEVELS = [
    ("secondary", _l("Secondary")),
    ("vocational", _l("Technical and vocational")),
    ("bachelor", _l("Higher (bachelor's degree)")),
    ("master", _l("Postgraduate (master's degree)")),
    ("doctorate", _l("Doctorate")),
]
LANGUAGE_CODES = [
    ("kk", _l("Kazakh")),
    ("ru", _l("Russian")),
    ("en", _l("English")),
    ("de", _l("German")),
    ("fr", _l("French")),
    ("tr", _l("Turkish")),
    ("zh", _l("Chinese")),
    ("ar", _l("Arabic")),
    ("es", _l("Spanish")),
    ("ko", _l("Korean")),
    ("ja", _l("Japanese")),
    ("uz", _l("Uzbek")),
    ("ky", _l("Kyrgyz")),
    ("uk", _l("Ukrainian")),
]
LANGUAGE_LEVELS = [
    ("native", _l("Native")),
    ("fluent", _l("Fluent")),
    ("advanced", _l("Advanced")),
    ("intermediate", _l("Intermediate")),
    ("basic", _l("Basic")),
    *((lv, _l("%(level)s (CEFR)", level=lv)) for lv in ("C2", "C1", "B2", "B1", "A2", "A1")),
]
IIN_INVALID = _l("This IIN is not valid: check the digits again (the last digit is a check digit).")
PHONE_INVALID = _l("Enter the phone number with the country code, such as +7 701 234 56 78.")
EDUCATION_KEYS = frozenset(k for k, _ in EDUCATION_LEVELS)
LANGUAGE_KEYS = frozenset(k for k, _ in LANGUAGE_CODES)
LEVEL_KEYS = frozenset(k for k, _ in LANGUAGE_LEVELS)


def normalise_phone(value: str) -> str | None:
    """``+`` and the digits of an international number; Kazakh 8-prefixed numbers become +7.

    None when the value cannot be a phone number.
    """
    value = (value or "").strip()
    if not re.fullmatch(r"\+?[0-9 ()\-]+", value):
        return None
    digits = re.sub(r"\D", "", value)
    if not value.startswith("+"):
        if len(digits) == 11 and digits[0] in "78":
            digits = "7" + digits[1:]
        elif len(digits) == 10:
            digits = "7" + digits
        else:
            return None
    return f"+{digits}" if 11 <= len(digits) <= 15 else None


def mask_iin(last4: str) -> str:
    """What screens show instead of the IIN."""
    return f"********{last4}" if last4 else ""
