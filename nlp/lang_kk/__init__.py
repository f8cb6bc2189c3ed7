"""A Kazakh ("kk") spaCy language: spaCy 3.8 ships none, so ``spacy.blank("kk")`` needs this.

Importing the package registers it in ``spacy.registry.languages``; it follows the shipped
Kyrgyz and Tatar languages (stop words, numerals, abbreviations, punctuation rules).
"""

import spacy
from spacy.language import BaseDefaults, Language

from nlp.lang_kk.lex_attrs import LEX_ATTRS
from nlp.lang_kk.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from nlp.lang_kk.stop_words import STOP_WORDS
from nlp.lang_kk.tokenizer_exceptions import TOKENIZER_EXCEPTIONS


class KazakhDefaults(BaseDefaults):
    """Tokenizer rules and lexical attributes of Kazakh."""

    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    prefixes = TOKENIZER_PREFIXES
    suffixes = TOKENIZER_SUFFIXES
    infixes = TOKENIZER_INFIXES
    lex_attr_getters = LEX_ATTRS
    stop_words = STOP_WORDS


@spacy.registry.languages("kk")
class Kazakh(Language):
    """Kazakh written in Cyrillic, the script of CVs and state documents today."""

    lang = "kk"
    Defaults = KazakhDefaults


__all__ = ["Kazakh"]
