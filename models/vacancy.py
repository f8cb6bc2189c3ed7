"""Vacancies as GOV.KZ / e-Qyzmet announcements, with their requirements and digital skills."""

import enum
from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import db, str_enum, utcnow
from models.state_body import StateBody


class Corps(enum.StrEnum):
    A = "A"
    B = "B"


class Competition(enum.StrEnum):
    GENERAL = "general"
    INTERNAL = "internal"


class VacancyStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class EducationLevel(enum.StrEnum):
    SECONDARY = "secondary"
    VOCATIONAL = "vocational"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"


class ExperienceKind(enum.StrEnum):
    PUBLIC_SERVICE = "public_service"
    FIELD = "field"
    MANAGERIAL = "managerial"


class Vacancy(db.Model):
    __tablename__ = "vacancies"
    __table_args__ = (
        CheckConstraint("salary_min >= 0 AND salary_max >= 0", name="salary_positive"),
        CheckConstraint("posts >= 1", name="posts_positive"),
        # The public search reads ids, filters and sort keys from this index alone, walking it
        # in published order once per visible status, so a list page never touches the wide
        # rows (recruit/public/search.py).
        Index(
            "ix_vacancies_public_search",
            "status",
            "published_at",
            "deadline",
            "salary_max",
            "corps",
            "category",
            "region",
            "state_body_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    state_body_id: Mapped[int] = mapped_column(ForeignKey("state_bodies.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[VacancyStatus] = mapped_column(
        str_enum(VacancyStatus), default=VacancyStatus.DRAFT, index=True
    )
    language: Mapped[str] = mapped_column(String(2), default="ru")
    title: Mapped[str] = mapped_column(String(300))
    structural_unit: Mapped[str] = mapped_column(String(300), default="")
    corps: Mapped[Corps] = mapped_column(str_enum(Corps), index=True)
    category: Mapped[str] = mapped_column(String(10), index=True)
    competition: Mapped[Competition] = mapped_column(str_enum(Competition))
    posts: Mapped[int] = mapped_column(default=1)
    duties: Mapped[list[str]] = mapped_column(JSON, default=list)
    education_min: Mapped[EducationLevel] = mapped_column(
        str_enum(EducationLevel), default=EducationLevel.BACHELOR
    )
    education_fields: Mapped[str] = mapped_column(Text, default="")
    competencies: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    salary_min: Mapped[int] = mapped_column(default=0)
    salary_max: Mapped[int] = mapped_column(default=0, index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(80), default="", index=True)
    required_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    deadline: Mapped[datetime | None] = mapped_column(index=True)
    testing_date: Mapped[datetime | None]
    interview_date: Mapped[datetime | None]
    hr_contact: Mapped[str] = mapped_column(String(300), default="")
    senior: Mapped[bool] = mapped_column(default=False)  # senior posts have the essay stage
    ranking_enabled: Mapped[bool] = mapped_column(default=True)
    ranking_weights: Mapped[dict] = mapped_column(
        JSON, default=lambda: {"skills": 0.5, "potential": 0.3, "fit": 0.2}
    )
    ranking_bands: Mapped[dict] = mapped_column(JSON, default=lambda: {"best": 0.7, "well": 0.5})
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    closed_at: Mapped[datetime | None]

    state_body: Mapped[StateBody] = relationship()
    experience_rules: Mapped[list["ExperienceRule"]] = relationship(
        back_populates="vacancy", cascade="all, delete-orphan", order_by="ExperienceRule.position"
    )
    skills: Mapped[list["VacancySkill"]] = relationship(
        back_populates="vacancy", cascade="all, delete-orphan", order_by="VacancySkill.position"
    )

    def __repr__(self) -> str:
        return f"<Vacancy {self.id} {self.category} {self.status.value}>"


class ExperienceRule(db.Model):
    """One alternative of the experience requirement: any one rule satisfied is enough."""

    __tablename__ = "vacancy_experience_rules"
    __table_args__ = (CheckConstraint("years >= 0 AND years <= 40", name="years_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancies.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    years: Mapped[float] = mapped_column(Numeric(4, 1, asdecimal=False))
    kind: Mapped[ExperienceKind] = mapped_column(str_enum(ExperienceKind))
    description: Mapped[str] = mapped_column(String(300), default="")

    vacancy: Mapped[Vacancy] = relationship(back_populates="experience_rules")

    def __repr__(self) -> str:
        return f"<ExperienceRule {self.years} {self.kind.value}>"


class VacancySkill(db.Model):
    """A digital skill the vacancy asks for: essential or an asset, weighted 1..3."""

    __tablename__ = "vacancy_skills"
    __table_args__ = (CheckConstraint("weight BETWEEN 1 AND 3", name="weight_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancies.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(120))
    skill_id: Mapped[str | None] = mapped_column(String(80))
    weight: Mapped[int] = mapped_column(default=2)
    essential: Mapped[bool] = mapped_column(default=True)

    vacancy: Mapped[Vacancy] = relationship(back_populates="skills")

    def __repr__(self) -> str:
        return f"<VacancySkill {self.name} w={self.weight}>"
