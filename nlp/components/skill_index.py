"""The taxonomy's aliases as an index over word pieces: every alias occurrence in a text.

Aliases are matched as sequences of word pieces (``skill_text``) on lower-case surfaces and on
stems (so "C++", ".NET", "1С:Предприятие" match as written and "деректерді талдауға" meets
"деректерді талдау"), the longest alias winning; a versioned name ("python3") and a Russian
or Kazakh case ending after an apostrophe ("Excel'е") meet their alias too.
"""

from nlp import taxonomy
from nlp.components.lemmatizer import CYRILLIC, stem
from nlp.components.patterns import lazy
from nlp.components.skill_context import Candidate
from nlp.components.skill_gate import CYRILLIC_WORD, PROSE_LANGS
from nlp.components.skill_text import Pieces

_VERSIONED = lazy(r"^([a-z][a-z+#]*?)\d+(?:\.\d+)*$")
# Quotation marks around a system's name ("ИС «Бюджетное планирование»") join its words as a
# blank does, in Russian and Kazakh, where names are written so.
_QUOTES = frozenset('«»„“”"')
Entry = tuple[str, str, bool]


def russian_words(tax: taxonomy.Taxonomy) -> set[str]:
    """The Cyrillic words of every taxonomy name, as the alias index and the lemma keys of the
    Russian pipeline look them up (the entries of ``lemmatizer.RUSSIAN_LEMMAS_FILE``)."""
    words = set()
    for skill in tax.skills.values():
        for _, name in skill.names():
            words.update(Pieces(name).low)
            words.update(taxonomy.normalize(name).split(" "))
    return {word for word in words if CYRILLIC.match(word)}


class AliasIndex:
    """Alias keys of the taxonomy (lower-case and lemma forms) and every key prefix, so a
    match can grow piece by piece and stop as soon as no alias continues that way."""

    def __init__(self, tax: taxonomy.Taxonomy, lang: str):
        self.lang = lang
        self.keys: dict[str, Entry] = {}
        self.prefixes: set[str] = set()
        self.first: set[str] = set()
        self._lemmas: dict[str, str] = {}
        for skill in tax.skills.values():
            for _, name in skill.names():
                found = Pieces(name)
                if not len(found):
                    continue
                alias = taxonomy.normalize(name)
                entry = (skill.id, alias, alias in skill.ambiguous)
                self._add(found, found.low, entry)
                self._add(found, [self.base(word) for word in found.low], entry)

    def base(self, word: str) -> str:
        """The matching form of a word (see ``lemmatizer.stem``)."""
        return stem(word, self.lang)

    def _add(self, found: Pieces, words: list[str], entry: Entry) -> None:
        """Register one key and its prefixes; the first skill to claim a key keeps it."""
        self.keys.setdefault(self._key(found, words, len(words) - 1), entry)
        self.first.add(words[0])
        for last in range(len(words) - 1):
            self.prefixes.add(self._key(found, words, last))

    def _key(self, found: Pieces, words: list[str], last: int) -> str:
        """The key of pieces ``0..last`` (inclusive) joined by their gaps (see ``_gap``)."""
        return "".join([words[0], *(self._gap(found, j) + words[j] for j in range(1, last + 1))])

    def _gap(self, found: Pieces, j: int) -> str:
        """The gap before piece ``j``; in Russian and Kazakh, quotation marks alone read as a
        blank."""
        gap = found.gap(j)
        if self.lang in PROSE_LANGS and gap != "\n" and set(gap) <= _QUOTES:
            return " "
        return gap

    def _wrapped(self, found: Pieces, j: int) -> bool:
        """Whether a Russian or Kazakh name goes on across the line break before piece ``j``
        ("электрондық\nүкімет порталы", wrapped in a PDF): one break, no mark before it, a
        lower-case word after it. (English keeps its lines: the tagger learned on them.)"""
        if self.lang not in PROSE_LANGS or not found.text[found.start(j)].islower():
            return False
        between = found.text[found.end(j - 1) : found.start(j)]
        return between.strip(" \t") == "\n"

    def _longest(self, found: Pieces, words: list[str], i: int):
        """The longest key starting at piece ``i`` in one form (surface or lemma)."""
        keys, prefixes = self.keys, self.prefixes
        key, best, j = words[i], None, i
        while True:
            entry = keys.get(key)
            if entry is not None:
                best = (j - i + 1, entry)
            if key not in prefixes or j + 1 == len(words):
                return best
            j += 1
            gap = self._gap(found, j)
            if gap == "\n":
                if not self._wrapped(found, j):
                    return best
                gap = " "
            key = key + gap + words[j]

    def match_at(self, found: Pieces, lemmas: list[str], i: int):
        """The longest alias starting at piece ``i``: (length, entry), or None."""
        best = self._longest(found, found.low, i)
        if lemmas is not found.low:
            other = self._longest(found, lemmas, i)
            if other and (best is None or other[0] > best[0]):
                best = other
        if best is None and (versioned := _VERSIONED.match(found.low[i])):
            core = versioned.group(1)
            entry = self.keys.get(core)
            best = (1, entry) if entry and len(core) >= 3 else None
        return best

    def lemmas(self, words: list[str]) -> list[str]:
        """The lemmas of words, memoised per index (CV vocabulary repeats)."""
        cache = self._lemmas
        out = []
        for word in words:
            found = cache.get(word)
            if found is None:
                found = self.base(word)
                if len(cache) < 500_000:
                    cache[word] = found
            out.append(found)
        return out


def find_candidates(found: Pieces, index: AliasIndex) -> list[Candidate]:
    """Every non-overlapping alias occurrence, longest first, left to right."""
    low = found.low
    lemmas = index.lemmas(low)
    first, marks = index.first, "'" if index.lang in PROSE_LANGS else "\0"
    starts = [
        i
        for i, (word, base) in enumerate(zip(low, lemmas, strict=True))
        if word in first or base in first or word[-1].isdigit() or marks in word
    ]
    out, free = [], 0
    for i in starts:
        if i < free:
            continue
        match = index.match_at(found, lemmas, i)
        if match is None:
            match = _before_apostrophe(low[i], index)
        if match is None:
            continue
        length, (skill_id, alias, ambiguous), *cut = match
        start, end = found.start(i), found.end(i + length - 1)
        end = start + cut[0] if cut else _closed_quote(found.text, start, end)
        out.append(Candidate(i, i + length, start, end, skill_id, alias, ambiguous))
        free = i + length
    return out


def _closed_quote(text: str, start: int, end: int) -> int:
    """The end of a name that opens a quotation ("ИС «Параграф"), after its closing mark."""
    name = text[start:end]
    for opening, closing in (("«", "»"), ("„", "“"), ('"', '"')):
        unclosed = name.count(opening) > name.count(closing) or (
            opening == closing and name.count(opening) % 2
        )
        if unclosed and text[end : end + 1] == closing:
            return end + 1
    return end


def _before_apostrophe(word: str, index: AliasIndex):
    """A Russian or Kazakh case ending after an apostrophe ("Excel'е"): the name before it
    as (1 piece, entry, length of the name), or None."""
    name, mark, ending = word.partition("'")
    if index.lang not in PROSE_LANGS or not (mark and name in index.keys):
        return None
    if not CYRILLIC_WORD.fullmatch(ending):
        return None
    return 1, index.keys[name], len(name)
