"""spaCy pipelines per CV language, built once per process.

``get_pipeline("ru")`` is ``spacy.blank("ru")`` plus the recruit rule components in the order
the components rely on: lemmas first, then sections, skills, and the readers of periods,
education, languages, certifications and personal data. Importing this module registers the
Kazakh language, so ``spacy.blank("kk")`` works afterwards.
"""

from __future__ import annotations

import functools
import importlib
import re

import spacy
from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

import nlp.lang_kk  # noqa: F401  (registers spacy.blank("kk"))

SUPPORTED: tuple[str, ...] = ("kk", "ru", "en")

COMPONENTS: tuple[tuple[str, str], ...] = (
    ("recruit_lemmatizer", "nlp.components.lemmatizer"),
    ("recruit_sections", "nlp.components.sections"),
    ("recruit_skills", "nlp.components.skills"),
    ("recruit_periods", "nlp.components.periods"),
    ("recruit_education", "nlp.components.education"),
    ("recruit_languages", "nlp.components.languages"),
    ("recruit_certifications", "nlp.components.certifications"),
    ("recruit_personal_data", "nlp.components.personal_data"),
)


# Line breaks and tabs are spaCy special cases that only say "this is one token", which it
# would be anyway. But a special case met in a text stops spaCy caching the pieces of the rest
# of that text (spaCy issue #1250), and every CV has a line break on its first line: without
# these two rules the tokenizer caches CV words and runs ~10 times faster, tokens unchanged.
_UNCACHED_SPECIALS = ("\n", "\t")
_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "recruit_tokenizer.v1"}}}
_LONG = 200
_LONG_RUN = re.compile(rf"\S{{{_LONG},}}")


def _check(lang: str) -> None:
    """Refuse a language the engine has no rules for, naming the ones it has."""
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED}")


def load_components() -> tuple[str, ...]:
    """Import every component module so its factory is registered; return the pipe names."""
    for _, module in COMPONENTS:
        importlib.import_module(module)
    return tuple(name for name, _ in COMPONENTS)


@spacy.registry.tokenizers("recruit_tokenizer.v1")
def create_tokenizer():
    """spaCy's tokenizer of the language (``spacy.Tokenizer.v1``) without the special cases
    of ``_UNCACHED_SPECIALS``: built with its rules once, where replacing the rules of a built
    tokenizer loads its 650 special cases again (50 ms of every start-up)."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = defaults.tokenizer_exceptions
        prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
        return Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in rules.items() if k not in _UNCACHED_SPECIALS},
            prefix_search=util.compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=util.compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=util.compile_infix_regex(infixes).finditer if infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory


@functools.cache
def get_pipeline(lang: str) -> Language:
    """The full CV pipeline for "kk", "ru" or "en" (cached: built once per process)."""
    _check(lang)
    pipeline = spacy.blank(lang, config=_TOKENIZER)
    for name in load_components():
        # Not validated: the factories take no config, and spaCy's validation cannot resolve
        # the postponed annotations (``from __future__ import annotations``) of a factory.
        pipeline.add_pipe(name, validate=False)
    return pipeline


@functools.cache
def get_tokenizer_only(lang: str) -> Language:
    """A bare ``spacy.blank(lang)`` with no component: the benchmark's floor."""
    _check(lang)
    return spacy.blank(lang)


def read_text(text: str, lang: str, skip: tuple[str, ...] = ()) -> Doc:
    """Run the CV pipeline of ``lang`` over ``text``, without the components named in
    ``skip``; the components share the text as given instead of each rebuilding ``doc.text``
    from the tokens."""
    from nlp.components.sections import remember_text

    pipeline = get_pipeline(lang)
    return pipeline(remember_text(make_doc(pipeline, text), text), disable=list(skip))


def make_doc(pipeline: Language, text: str) -> Doc:
    """The tokens of ``text``; a run of ``_LONG`` or more characters without a blank is
    one token. spaCy splits a token's prefixes one character at a time, each with a search
    over the rest of it, so a run of thousands ("((((…" in a hostile file) costs their
    square; no word of a CV is that long. The text between such runs is tokenized as usual."""
    if max(map(len, text.split()), default=0) < _LONG:  # faster than the search below
        return pipeline.make_doc(text)
    runs = _LONG_RUN.finditer(text)
    docs, last = [], 0
    for run in runs:
        if run.start() > last:
            docs.append(pipeline.make_doc(text[last : run.start()]))
        docs.append(Doc(pipeline.vocab, words=[run.group()], spaces=[False]))
        last = run.end()
    if last < len(text):
        docs.append(pipeline.make_doc(text[last:]))
    return Doc.from_docs(docs, ensure_whitespace=False)
