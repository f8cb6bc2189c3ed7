"""Kazakh in the Latin alphabet as CVs spell it: the letters of 2021 (ä ö ü ū ş ğ ñ), their
plain-keyboard forms (a, o, u, sh, gh/g, n/ng) and the letters of 2018 still common in CVs
(á ó ú ý ǵ ń). Patterns are written once in the 2021 letters; :func:`kazakh_latin` widens them.
"""

# Plain-keyboard forms of Kazakh Latin letters and their letters of 2018 (á ó ú ǵ ń, and ý
# for "u" = у); "ı" needs none: IGNORECASE matches it to "i".
_KEYBOARD = {
    "ä": "[äáa]",
    "ö": "[öóo]",
    "ü": "[üúu]",
    "ū": "[ūu]",
    "u": "[uý]",
    "ş": "(?:ş|sh)",
    "ğ": "(?:ğ|ǵ|gh?)",
    "ñ": "(?:ñ|ń|ng?)",
}


def kazakh_latin(pattern: str) -> str:
    """A Kazakh Latin pattern whose letters ä ö ü ū u ş ğ ñ also match a, o, u, u, sh, gh/g, n/ng
    and the 2018 letters á ó ú ý ǵ ń."""
    return "".join(_KEYBOARD.get(char, char) for char in pattern)
