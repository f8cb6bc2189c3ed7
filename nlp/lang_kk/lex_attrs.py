"""Kazakh lexical attributes: numerals in words and digits with Kazakh ordinal endings."""

import re

from spacy.attrs import LIKE_NUM

_num_words = [
    "нөл",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
    "жүз",
    "мың",
    "миллион",
    "миллиард",
    "триллион",
]

_ordinal_words = [
    "бірінші",
    "екінші",
    "үшінші",
    "төртінші",
    "бесінші",
    "алтыншы",
    "жетінші",
    "сегізінші",
    "тоғызыншы",
    "оныншы",
    "жиырмасыншы",
    "отызыншы",
    "қырқыншы",
    "елуінші",
    "алпысыншы",
    "жетпісінші",
    "сексенінші",
    "тоқсаныншы",
    "жүзінші",
    "мыңыншы",
    "миллионыншы",
]

NUM_WORDS = frozenset(_num_words + _ordinal_words)
_digit_ordinal = re.compile(r"^\d+-?(ші|шы|інші|ыншы|нші|ншы)$")


def like_num(text: str) -> bool:
    """True for digits, fractions, Kazakh numerals ("жиырма", "үшінші") and "5-ші"."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    lower = text.lower()
    return lower in NUM_WORDS or bool(_digit_ordinal.match(lower))


LEX_ATTRS = {LIKE_NUM: like_num}
