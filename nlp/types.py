"""Plain frozen dataclasses that the engine returns: the contract between nlp and recruit.

Every item read from a CV carries character offsets (``start``, ``end``, end exclusive) into
the extracted text, so that a person can always see the evidence behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["ok", "rejected", "needs_review"]
EducationLevel = Literal["secondary", "vocational", "bachelor", "master", "doctorate"]
EDUCATION_LEVELS: tuple[str, ...] = ("secondary", "vocational", "bachelor", "master", "doctorate")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a file was not read: a stable code and a message in kk/ru/en."""

    code: str
    message: dict[str, str]

    def text(self, lang: str = "en") -> str:
        return self.message.get(lang) or self.message["en"]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Outcome of turning file bytes into text."""

    status: Status
    text: str = ""
    reason: Reason | None = None
    kind: str | None = None  # "pdf", "docx" or "txt" once the type is known
    pages: int = 0


@dataclass(frozen=True, slots=True)
class Section:
    """A CV section: education, experience, skills, languages, certificates, courses, other."""

    name: str
    start: int
    end: int
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """A digital skill of the taxonomy found in the text, with every mention."""

    id: str
    label: str
    area: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Education:
    level: str | None
    field: str | None
    institution: str | None
    year: int | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Experience:
    """A period of work; ``start``/``end`` are "YYYY-MM", ``end`` None means "to date"."""

    title: str | None
    organization: str | None
    start: str
    end: str | None
    public_service: bool
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    code: str  # ISO 639-1: kk, ru, en, de, tr, zh, ...
    level: str | None  # native, fluent, advanced, intermediate, basic, or a CEFR level A1..C2
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Certification:
    name: str
    year: int | None
    start: int
    end: int
    kind: str = "certificate"  # "certificate" or "course"


@dataclass(frozen=True, slots=True)
class PersonalData:
    """A span of personal data to redact: email, phone, iin, id_document (an identity card or
    passport number), birth_date (an age too), address, photo, name, sex, marital_status,
    nationality, link (a profile address such as linkedin.com/in/... or a messenger handle)."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CVProfile:
    """Everything read from one CV text."""

    language: str
    text_chars: int
    skills: tuple[SkillMatch, ...] = ()
    education: tuple[Education, ...] = ()
    experience: tuple[Experience, ...] = ()
    experience_years: float = 0.0
    public_service_years: float = 0.0
    languages: tuple[LanguageSkill, ...] = ()
    certifications: tuple[Certification, ...] = ()
    personal_data: tuple[PersonalData, ...] = ()
    sections: tuple[Section, ...] = field(default=())

    def to_dict(self) -> dict:
        """The profile as dicts, tuples and plain values (what ``dataclasses.asdict`` gives,
        in a fraction of its time: a reading worker sends every profile it reads)."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> CVProfile:
        """Rebuild a profile from the form ``to_dict`` gives (as a reading worker sends it);
        a key missing or unknown raises KeyError or TypeError."""
        return cls(
            language=data["language"],
            text_chars=data["text_chars"],
            skills=tuple(
                SkillMatch(**{**s, "mentions": tuple(Mention(**m) for m in s["mentions"])})
                for s in data["skills"]
            ),
            education=tuple(Education(**item) for item in data["education"]),
            experience=tuple(
                Experience(**{**item, "span": tuple(item["span"])}) for item in data["experience"]
            ),
            experience_years=data["experience_years"],
            public_service_years=data["public_service_years"],
            languages=tuple(LanguageSkill(**item) for item in data["languages"]),
            certifications=tuple(Certification(**item) for item in data["certifications"]),
            personal_data=tuple(PersonalData(**item) for item in data["personal_data"]),
            sections=tuple(Section(**item) for item in data["sections"]),
        )


_VALUES = frozenset((str, int, float, bool, type(None)))


def _plain(value):
    """A dataclass as a dict of its fields, a tuple item by item, a plain value as it is."""
    kind = type(value)
    if kind in _VALUES:
        return value
    if kind is tuple:
        return tuple(_plain(item) for item in value)
    return {name: _plain(getattr(value, name)) for name in kind.__dataclass_fields__}
