"""The *fit* component: TF-IDF cosine of CV and announcement on lemmas.

Tokens are counted once with scikit-learn's CountVectorizer (C speed), and each distinct
word type is lemmatised once per language, so 10,000 CVs cost a sparse product, not
millions of Python lemma calls. The features are the announcement's lemmas only;
personal-data spans are blanked before counting, and words naming sex, marital status, age
or nationality are never features even if the announcement uses them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
# A CV word can only share a lemma with the announcement if it shares its first letters:
# lemmatising just those word types keeps a large, varied pool fast.
PREFIX = 3
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
LATIN = re.compile(r"[a-z]")

PROTECTED_TERMS = frozenset(
    """
    пол мужской женский мужчина женщина муж жена женат замужем холост холостой не замужняя
    разведён разведен разведена вдова вдовец дети ребёнок ребенок детей возраст родиться
    родился родилась рождение дата национальность казах казашка уйгур кореец татарин
    гражданин гражданка семейный положение адрес фото фотография мистер миссис господин госпожа
    он она его её ее ему ей
    жынысы ер әйел ұл қыз үйленген тұрмыс тұрмысқа шыққан бойдақ жасы туған туылған ұлты
    қазақ отбасылық жағдайы мекенжай сурет азамат азаматша
    sex gender male female man woman married single divorced widowed children child age born
    birth date nationality ethnicity kazakh russian address photo mr mrs ms miss he she his her
    him hers marital status
    """.split()
)


# spaCy's Russian list counts "данные" (given) as a stop word; in a CV it means "data".
KEEP_TERMS = frozenset({"данные", "данный", "данных"})


@functools.cache
def stop_words() -> frozenset[str]:
    """Function words of kk/ru/en (spaCy's lists and the project's Kazakh one)."""
    from spacy.lang.en.stop_words import STOP_WORDS as english
    from spacy.lang.ru.stop_words import STOP_WORDS as russian

    from nlp.lang_kk.stop_words import STOP_WORDS as kazakh

    return frozenset(normalise(w) for w in english | russian | kazakh) - KEEP_TERMS


@functools.cache
def _lemma_function() -> Callable[[str, str], str] | None:
    """The shared lemmatiser (engineer N2's) when it is installed, else lower-case words."""
    try:
        from nlp.components.lemmatizer import lemma
    except ImportError:
        return None
    return lemma


def lemmatizer_name() -> str:
    """Which lemmatiser the fit component uses, recorded in explanations and reports."""
    return "nlp.components.lemmatizer" if _lemma_function() else "lowercase"


def normalise(text: str) -> str:
    """Lower case with ё written as е, as Russian texts use both spellings."""
    return text.lower().replace("ё", "е")


def word_language(word: str, doc_language: str) -> str:
    """The lemmatiser language for one word: Latin → en, Kazakh letters → kk, else the CV's."""
    if LATIN.search(word):
        return "en"
    if KAZAKH_LETTERS.intersection(word):
        return "kk"
    return doc_language if doc_language in ("kk", "ru") else "ru"


def redact(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Blank personal-data spans with spaces (offsets of everything else stay valid)."""
    if not spans:
        return text
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if end > start:
            pieces += [text[cursor:start], " " * (end - start)]
            cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


class LemmaTfidf:
    """Unigram TF-IDF over the announcement's lemmas, IDF from announcement plus CVs."""

    def __init__(self):
        """An unfitted vectoriser using the shared lemmatiser when it is installed."""
        self.counter = CountVectorizer(
            token_pattern=TOKEN_PATTERN, preprocessor=normalise, dtype=np.float64
        )
        self.tfidf = TfidfTransformer(sublinear_tf=True)
        self.lemmas: list[str] = []
        self._lemma_index: dict[str, int] = {}
        self._maps: dict[str, np.ndarray] = {}
        self._words = np.array([], dtype=object)
        self._prefixes: frozenset[str] = frozenset()
        self._lemma = _lemma_function()

    def _lemma_of(self, word: str, lang: str) -> str:
        """The lemma of one word type (lower-case word when no lemmatiser is installed)."""
        if self._lemma is None:
            return word
        return normalise(self._lemma(word, word_language(word, lang)) or word)

    def _column_lemmas(self, counts, rows: np.ndarray, lang: str) -> dict[int, str]:
        """Lemmas of the word types that occur in the given rows."""
        cols = np.unique(counts[rows].indices)
        return {int(c): self._lemma_of(self._words[c], lang) for c in cols}

    def _groups(self, languages: Sequence[str]) -> dict[str, np.ndarray]:
        """Row indices per document language, in a fixed (sorted) order."""
        langs = np.asarray(languages)
        return {lang: np.flatnonzero(langs == lang) for lang in sorted(set(languages))}

    def _mapping(self, counts, rows: np.ndarray, lang: str):
        """Sparse word-type → lemma matrix for one language (lemmas not fitted are dropped)."""
        known = self._maps.setdefault(lang, np.full(counts.shape[1], -2, dtype=np.int64))
        cols = np.unique(counts[rows].indices)
        for c in cols[known[cols] == -2]:
            word = self._words[c]
            if word[:PREFIX] not in self._prefixes:
                known[c] = -1
            else:
                known[c] = self._lemma_index.get(self._lemma_of(word, lang), -1)
        keep = np.flatnonzero(known >= 0)
        shape = (counts.shape[1], len(self.lemmas))
        return sparse.csr_matrix((np.ones(keep.size), (keep, known[keep])), shape=shape)

    def _lemma_counts(self, counts, languages: Sequence[str]):
        """Rows of word counts turned into rows of lemma counts, each with its language."""
        parts, order = [], []
        for lang, rows in self._groups(languages).items():
            parts.append(counts[rows] @ self._mapping(counts, rows, lang))
            order.append(rows)
        if not parts:
            return sparse.csr_matrix((0, len(self.lemmas)))
        stacked = sparse.vstack(parts, format="csr")
        inverse = np.empty(len(languages), dtype=np.int64)
        inverse[np.concatenate(order)] = np.arange(len(languages))
        return stacked[inverse]

    def fit_transform(self, texts: Sequence[str], languages: Sequence[str], n_reference: int = 1):
        """Learn the lemma vocabulary of the first ``n_reference`` texts and IDF over all texts.

        Returns the TF-IDF rows and the raw word counts of every text.
        The reference texts are the announcement (one per language it is published in). Only
        their lemmas are features: words found in CVs alone (a name or an address that
        redaction missed) can never move a score.
        """
        counts = self.counter.fit_transform(texts).tocsr()
        self._words = self.counter.get_feature_names_out()
        found = [
            self._column_lemmas(counts, np.array([r]), languages[r]) for r in range(n_reference)
        ]
        vocab = set().union(*(d.values() for d in found))
        self.lemmas = sorted(vocab - PROTECTED_TERMS - stop_words())
        self._lemma_index = {w: i for i, w in enumerate(self.lemmas)}
        words = {self._words[c] for d in found for c in d}
        self._prefixes = frozenset(w[:PREFIX] for w in words | set(self.lemmas))
        self._maps = {}
        return self.tfidf.fit_transform(self._lemma_counts(counts, languages)), counts

    def transform(self, texts: Sequence[str], languages: Sequence[str]):
        """TF-IDF rows of new texts over the fitted lemmas, and their raw word counts."""
        counts = self.counter.transform(texts).tocsr()
        return self.tfidf.transform(self._lemma_counts(counts, languages)), counts

    @property
    def words(self) -> np.ndarray:
        """The fitted word types (columns of the raw counts), normalised to lower case."""
        return self._words


def shared_terms(rows, reference, lemmas: Sequence[str], top: int = 5) -> list[list[dict]]:
    """Per CV, the lemmas contributing most to its cosine with its reference text."""
    product = rows.multiply(reference).tocsr()
    out = []
    for i in range(product.shape[0]):
        start, end = product.indptr[i], product.indptr[i + 1]
        values, cols = product.data[start:end], product.indices[start:end]
        order = np.lexsort((cols, -values))[:top]
        out.append([{"term": lemmas[cols[j]], "weight": round(float(values[j]), 6)} for j in order])
    return out


def best_reference(rows, references, lemmas: Sequence[str]):
    """Cosine of each CV with the closest reference text, its index, and the shared terms.

    A Kazakh CV is compared with the Kazakh announcement, a Russian one with the Russian:
    the language a CV is written in must not lower its fit. Ties go to the first reference.
    """
    similarity = np.asarray((rows @ references.T).todense()).reshape(rows.shape[0], -1)
    best = similarity.argmax(axis=1) if similarity.shape[1] else np.zeros(rows.shape[0], int)
    cosine = similarity[np.arange(rows.shape[0]), best] if similarity.size else np.zeros(0)
    terms: list[list[dict]] = [[] for _ in range(rows.shape[0])]
    for j in range(references.shape[0]):
        chosen = np.flatnonzero(best == j)
        for i, found in zip(chosen, shared_terms(rows[chosen], references[j], lemmas), strict=True):
            terms[i] = found
    return np.clip(cosine, 0.0, 1.0), best, terms
