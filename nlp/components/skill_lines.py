"""Lines and sections of a CV as the skill rules read them.

A candidate's line and the section it stands in are the first facts ``skill_context`` gives of
it: the sections ``recruit_sections`` found, else the section each header line opens (a header
naming skills, tools or software opens a skills section).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from nlp.components.patterns import lazy

SKILL_HEADER = lazy(
    r"skill|technolog|tools|software|computer|expertise|proficien|competenc|environment|"
    r"навык|владени|компьютер|программ|технолог|дағды|бағдарлама|компьютер|меңгер",
    re.IGNORECASE,
)
_OTHER_HEADER = lazy(
    r"experience|education|project|employment|summary|objective|history|responsib|"
    r"опыт|образован|проект|обязанност|тәжірибе|білім|жоба|міндет",
    re.IGNORECASE,
)


class Lines:
    """Line boundaries of a text, found once per document."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def index(self, offset: int) -> int:
        """The number of the line holding ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def bounds(self, number: int) -> tuple[int, int]:
        """Start and end (without the newline) of line ``number``."""
        start = self.starts[number]
        end = self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.text)
        return start, end


def _is_header(line: str) -> bool:
    """A short line without sentence punctuation that names a section (any language)."""
    stripped = line.strip().strip("•*-–:#").strip()
    return (
        0 < len(stripped) <= 40
        and not stripped.endswith((".", ","))
        and (stripped.isupper() or line.rstrip().endswith(":") or len(stripped.split()) <= 4)
    )


def skill_sections(doc: Doc) -> list[tuple[int, int, str]] | None:
    """(start, end, label) of the sections found by ``recruit_sections``; None when that
    component did not run or found no section (headers are then read here)."""
    if "sections" not in doc.spans or not len(doc.spans["sections"]):
        return None
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans["sections"]]


def line_sections(lines: Lines, sections: list[tuple[int, int, str]] | None) -> list[str]:
    """Per line: the label of its section (given ranges, or "skills"/"other" from headers)."""
    labels = [""] * len(lines.starts)
    if sections is not None:
        for start, end, label in sections:
            for number in range(lines.index(start), lines.index(max(start, end - 1)) + 1):
                labels[number] = label
        return labels
    current = ""
    for number in range(len(labels)):
        line = lines.text[slice(*lines.bounds(number))]
        if _is_header(line):
            if SKILL_HEADER.search(line):
                current = "skills"
            elif _OTHER_HEADER.search(line):
                current = "other"
        labels[number] = current
    return labels
