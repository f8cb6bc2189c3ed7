"""The English skill tagger at run time: score word pieces, join them into tool mentions.

``nlp/taxonomy/skill_tagger.json`` (written by ``tools/train_skill_model.py``) holds, per
feature of ``skill_tagger``, one weight per class (O, B, I) of a one-vs-rest logistic model,
the probability threshold chosen by cross-validation on the training CVs, and the words known
as parts of tools. A piece is in a mention when P(B) + P(I) reaches the threshold; it continues
the mention before it when I is likelier than B and nothing but the same line lies between.
"""

from __future__ import annotations

import functools
import math

from nlp import taxonomy
from nlp.components.skill_context import Candidate
from nlp.components.skill_features import expand
from nlp.components.skill_tagger import describe_pieces
from nlp.components.skill_text import Pieces

MODEL_FILE = "skill_tagger.json"
_CACHE_LIMIT = 200_000


class Tagger:
    """The learned piece classifier with a per-surface cache of its word-only scores."""

    def __init__(self, data: dict, tax: taxonomy.Taxonomy):
        self.weights: dict[str, list[float]] = data["weights"]
        self.bias: list[float] = data["bias"]
        self.threshold: float = data["threshold"]
        self.floor: float = data.get("floor", 0.0)
        self.tool_words = frozenset(data["tool_words"])
        self._areas = {sid: skill.area for sid, skill in tax.skills.items()}
        self._groups: dict[tuple, tuple[float, float, float]] = {}

    def knows(self, low: str) -> bool:
        """Whether a lower-case word has weights of its own (it was seen in training)."""
        return "w=" + low in self.weights

    def area(self, skill_id: str) -> str:
        """The taxonomy area of a skill id."""
        return self._areas.get(skill_id, "other")

    def _group(self, item: tuple) -> tuple[float, float, float]:
        """The summed weights of a feature group (memoised: groups repeat across pieces)."""
        cached = self._groups.get(item)
        if cached is None:
            o = b = i = 0.0
            for feature in expand(item):
                found = self.weights.get(feature)
                if found is not None:
                    o, b, i = o + found[0], b + found[1], i + found[2]
            cached = (o, b, i)
            if len(self._groups) < _CACHE_LIMIT:
                self._groups[item] = cached
        return cached

    def scores(self, key: tuple, context: list) -> tuple[float, float, float]:
        """The three one-vs-rest scores (O, B, I) of a piece."""
        o, b, i = self.bias
        weights, group = self.weights, self._group
        for item in (key, *context):
            found = weights.get(item) if item.__class__ is str else group(item)
            if found is not None:
                o, b, i = o + found[0], b + found[1], i + found[2]
        return o, b, i

    def promising(self, base: tuple) -> bool:
        """Whether a piece's word, line and alias tag alone give it P(in a mention) of at least
        the floor chosen by cross-validation (most prose words fall below it: not scored)."""
        group = self._group
        (o1, b1, i1), (o2, b2, i2), (o3, b3, i3) = group(base[0]), group(base[1]), group(base[2])
        o, b, i = self.bias
        return self._inside((o + o1 + o2 + o3, b + b1 + b2 + b3, i + i1 + i2 + i3))[0] >= self.floor

    @staticmethod
    def _inside(scores) -> tuple[float, float]:
        """(P(B) + P(I), P(I) - P(B)) from one-vs-rest scores, normalised."""
        o, b, i = scores
        o = 1 / (1 + math.exp(-o if o > -30 else 30))
        b = 1 / (1 + math.exp(-b if b > -30 else 30))
        i = 1 / (1 + math.exp(-i if i > -30 else 30))
        total = o + b + i
        return (b + i) / total, (i - b) / total

    def score_all(self, text: str, sections, found: Pieces, candidates: list[Candidate]):
        """(index, P from the base groups only, P(in a mention), lean) of every described
        piece, none skipped: what cross-validation decodes at several thresholds and floors."""
        out = []
        args = (text, sections, found, candidates, self.tool_words, self.area)
        for index, key, context in describe_pieces(*args):
            partial = self._inside(self.scores(key, context[:2]))[0]
            out.append((index, partial, *self._inside(self.scores(key, context))))
        return out

    def spans(
        self, text: str, sections, found: Pieces, candidates: list[Candidate]
    ) -> list[tuple[int, int]]:
        """Character ranges of the tool mentions of one document, in text order."""
        keep = self.promising if self.floor > 0 else None
        args = (text, sections, found, candidates, self.tool_words, self.area, keep)
        scored = (
            (index, 1.0, *self._inside(self.scores(key, context)))
            for index, key, context in describe_pieces(*args)
        )
        return decode(text, found, scored, self.threshold, 0.0)


def decode(text: str, found: Pieces, scored, threshold: float, floor: float):
    """Join scored pieces into mentions: a piece is in one when its probability reaches the
    threshold (and its base probability the floor); it continues the previous piece's mention
    when I is likelier than B and no line break lies between."""
    starts, ends = found.bounds()
    out: list[list[int]] = []
    last = -2
    for index, partial, inside, lean in scored:
        if partial < floor or inside < threshold:
            last = -2
            continue
        if last == index - 1 and lean > 0 and not _broken(text, ends[last], starts[index]):
            out[-1][1] = ends[index]
        else:
            out.append([starts[index], ends[index]])
        last = index
    return [(start, end) for start, end in out]


def _broken(text: str, end: int, start: int) -> bool:
    """Whether a line break (or a run of blanks standing for one) lies between two pieces."""
    between = text[end:start]
    return "\n" in between or (len(between) > 1 and not between.strip())


@functools.cache
def _model_data() -> dict | None:
    """The parsed model file (read once per process), or None when it is not shipped."""
    try:
        return taxonomy.read_data(MODEL_FILE)
    except FileNotFoundError:
        return None


def load_tagger(tax: taxonomy.Taxonomy) -> Tagger | None:
    """The tagger when it was trained for this taxonomy's version, else None."""
    data = _model_data()
    if data is None or data["taxonomy_version"] != tax.version:
        return None
    return Tagger(data, tax)
