"""Kazakh tokenizer punctuation: spaCy's default rules with the Kazakh letters added.

spaCy's shared character classes lack ғ, қ and ұ (ә, ң, ө, ү, һ, і are there), so with the
defaults "бұрақ." keeps its period and "Ұлттық.Банк" stays one token. Kazakh also attaches
case endings to numbers and abbreviations with a hyphen ("2019-жылы", "ҚР-ның", "1С-те"):
the hyphen is split off so that the number or the abbreviation is a token of its own.
"""

from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    CURRENCY,
    HYPHENS,
    LIST_ELLIPSES,
    LIST_ICONS,
    LIST_PUNCT,
    LIST_QUOTES,
    PUNCT,
    UNITS,
)
from spacy.lang.punctuation import TOKENIZER_PREFIXES as BASE_PREFIXES

KK_LOWER = ALPHA_LOWER + "әғқңөұүһі"
KK_UPPER = ALPHA_UPPER + "ӘҒҚҢӨҰҮҺІ"
KK_ALPHA = ALPHA + "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

TOKENIZER_PREFIXES = list(BASE_PREFIXES)

TOKENIZER_SUFFIXES = (
    LIST_PUNCT
    + LIST_ELLIPSES
    + LIST_QUOTES
    + LIST_ICONS
    + ["—", "–"]
    + [
        r"(?<=[0-9])\+",
        r"(?<=°[FfCcKk])\.",
        rf"(?<=[0-9])(?:{CURRENCY})",
        rf"(?<=[0-9])(?:{UNITS})",
        rf"(?<=[0-9{KK_LOWER}%²\-\+{PUNCT}(?:{CONCAT_QUOTES})])\.",
        rf"(?<=[{KK_UPPER}][{KK_UPPER}])\.",
    ]
)

TOKENIZER_INFIXES = (
    LIST_ELLIPSES
    + LIST_ICONS
    + [
        r"(?<=[0-9])[+\-\*^](?=[0-9-])",
        rf"(?<=[{KK_LOWER}{CONCAT_QUOTES}])\.(?=[{KK_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{KK_ALPHA}]),(?=[{KK_ALPHA}])",
        rf"(?<=[{KK_ALPHA}0-9])(?:{HYPHENS})(?=[{KK_ALPHA}])",
        rf"(?<=[{KK_ALPHA}0-9])[:<>=/](?=[{KK_ALPHA}])",
    ]
)
