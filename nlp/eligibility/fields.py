"""Whether a diploma's field of study plainly is one the vacancy names.

Only the same content words (lemmatised, so "юриспруденции" meets "Юриспруденция") count as
a match; related or equivalent specialties are a person's call, so a non-match is never a
refusal, only a question for HR.
"""

from __future__ import annotations

import re

from nlp.components.lemmatizer import stem

_WORD = re.compile(r"[^\W\d_]+")
_REMARK = re.compile(r"\([^)]*\)")
_KAZAKH_LETTERS = set("әғқңөұүһі")
_FUNCTION_WORDS = frozenset(
    "и в во на по для с со а или and of the in for & және мен бен пен да де".split()
)


def _language(text: str) -> str:
    """kk, ru or en for a short field name, judged by its letters."""
    low = text.lower()
    if re.search(r"[a-z]", low) and not re.search(r"[а-яё]", low):
        return "en"
    return "kk" if _KAZAKH_LETTERS & set(low) else "ru"


def content_words(field: str) -> frozenset[str]:
    """The lemmatised content words of a field name; a remark in brackets is left out."""
    text = _REMARK.sub(" ", field)
    lang = _language(text)
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(stem(w, lang) for w in words if w not in _FUNCTION_WORDS)


def matches(cv_field: str, required: str) -> bool:
    """Every content word of the required field appears in the CV's field."""
    need = content_words(required)
    return bool(need) and need <= content_words(cv_field)


def plainly_matching(cv_fields: list[str], required: tuple[str, ...]) -> bool:
    """Whether any CV field plainly is one of the required fields."""
    return any(matches(have, need) for have in cv_fields for need in required)
