"""CV text -> ``CVProfile``: choose the language, run the pipelines, collect the evidence.

A mixed CV (say, a Kazakh CV whose skills and experience are written in Russian) is read
section by section: consecutive sections in one language form a chunk read by that
language's pipeline, and every offset is shifted back so that it points into the original
text (``text[start:end]`` is always the evidence).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from nlp.components.languages import one_per_language
from nlp.components.personal_data import extract_personal_data
from nlp.components.sections import sections_for
from nlp.language import detect, dominant
from nlp.pipeline import SUPPORTED, read_text
from nlp.types import CVProfile, Experience, Extraction, Mention, SkillMatch

Chunk = tuple[int, int, str]

_ITEMS = (
    ("skills", "skills"),
    ("periods", "experience"),
    ("education", "education"),
    ("spoken_languages", "languages"),
    ("certifications", "certifications"),
    ("personal_data", "personal_data"),
    ("sections", "sections"),
)


def plan_chunks(text: str) -> tuple[str, tuple[Chunk, ...]]:
    """The CV language and the (start, end, language) chunks that cover ``text``."""
    language = detect(text)
    if language != "mixed":
        return language, ((0, len(text), language),)
    sections = sections_for(text)
    if not sections:
        return language, ((0, len(text), dominant(text)),)
    chunks: list[list[Any]] = []
    for section in sections:
        if chunks and chunks[-1][2] == section.language:
            continue
        if chunks:
            chunks[-1][1] = section.start
        chunks.append([section.start if chunks else 0, len(text), section.language])
    if len(chunks) == 1:
        language = chunks[0][2]
    return language, tuple((start, end, lang) for start, end, lang in chunks)


def _extension(doc: Doc, name: str) -> tuple:
    """The tuple a component left on ``doc._.<name>``, or () when that component is absent."""
    if not Doc.has_extension(name):
        return ()
    return tuple(getattr(doc._, name) or ())


def _shift(item: Any, offset: int) -> Any:
    """Move one evidence item (any ``nlp.types`` dataclass) ``offset`` characters forward."""
    if offset == 0:
        return item
    if isinstance(item, SkillMatch):
        mentions = tuple(Mention(m.start + offset, m.end + offset, m.text) for m in item.mentions)
        return replace(item, mentions=mentions)
    if isinstance(item, Experience):
        return replace(item, span=(item.span[0] + offset, item.span[1] + offset))
    return replace(item, start=item.start + offset, end=item.end + offset)


def _merge_skills(skills: list[SkillMatch]) -> tuple[SkillMatch, ...]:
    """Join the matches of one skill found in several chunks into one, mentions in order."""
    merged: dict[str, SkillMatch] = {}
    for skill in skills:
        if skill.id in merged:
            mentions = merged[skill.id].mentions + skill.mentions
            merged[skill.id] = replace(merged[skill.id], mentions=mentions)
        else:
            merged[skill.id] = skill
    return tuple(
        replace(skill, mentions=tuple(sorted(skill.mentions, key=lambda m: m.start)))
        for skill in merged.values()
    )


def _years(periods: tuple[Experience, ...], public_only: bool) -> float:
    """Years of experience with overlaps merged (N4's ``total_years``), 0 with no reader."""
    if not periods:
        return 0.0
    from nlp.components.periods import total_years

    return float(total_years(periods, public_only=public_only))


def read_cv(text: str, lang: str = "auto") -> CVProfile:
    """Read one CV text into a ``CVProfile``; ``lang`` is "auto", "kk", "ru" or "en"."""
    if lang == "auto":
        language, chunks = plan_chunks(text)
    elif lang in SUPPORTED:
        language, chunks = lang, ((0, len(text), lang),)
    else:
        raise ValueError(f"unsupported language {lang!r}; expected auto or one of {SUPPORTED}")
    found: dict[str, list] = {field: [] for _, field in _ITEMS}
    # A mixed CV's personal data is read once, over the whole text: a name found in one chunk
    # must be hidden in the others too (a Kazakh signature after a Russian top).
    mixed = len(chunks) > 1
    skip = ("recruit_personal_data",) if mixed else ()
    for start, end, chunk_lang in chunks:
        doc = read_text(text[start:end], chunk_lang, skip)
        for extension, field in _ITEMS:
            found[field].extend(_shift(item, start) for item in _extension(doc, extension))
    periods = tuple(found["experience"])
    if mixed:
        sections = tuple(found["sections"])
        found["personal_data"] = list(extract_personal_data(text, sections, language))
    return CVProfile(
        language=language,
        text_chars=len(text),
        skills=_merge_skills(found["skills"]),
        education=tuple(found["education"]),
        experience=periods,
        experience_years=_years(periods, public_only=False),
        public_service_years=_years(periods, public_only=True),
        languages=one_per_language(found["languages"]),
        certifications=tuple(found["certifications"]),
        personal_data=tuple(found["personal_data"]),
        sections=tuple(found["sections"]),
    )


def read_file(
    data: bytes, lang: str = "auto", *, isolated: bool = True
) -> tuple[Extraction, CVProfile | None]:
    """Extract a CV file's text (in the hardened worker pool unless ``isolated=False``), read it.

    The profile is None unless the extraction is ``ok``: an unreadable CV goes to a person.
    """
    if isolated:
        from nlp.pool import get_pool

        extraction = get_pool().extract(data)
    else:
        from nlp.extract import extract_bytes

        extraction = extract_bytes(data)
    if extraction.status != "ok":
        return extraction, None
    return extraction, read_cv(extraction.text, lang)
