"""Applications to vacancies, their files, consents and status history."""

import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import db, str_enum, utcnow
from models.user import User
from models.vacancy import Vacancy


class ApplicationStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    SHORTLISTED = "shortlisted"
    NOT_SHORTLISTED = "not_shortlisted"
    IN_ASSESSMENT = "in_assessment"
    SELECTED = "selected"
    RESERVE = "reserve"
    NOT_SELECTED = "not_selected"
    WITHDRAWN = "withdrawn"


class Outcome(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NEEDS_REVIEW = "needs_review"


class CVStatus(enum.StrEnum):
    PENDING = "pending"
    OK = "ok"
    REJECTED = "rejected"
    NEEDS_REVIEW = "needs_review"


class Application(db.Model):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "candidate_id", name="one_per_vacancy"),
        # The name-blind code (K-017) is unique within a competition once it is given.
        Index(
            "uq_applications_vacancy_code",
            "vacancy_id",
            "code",
            unique=True,
            sqlite_where=text("code <> ''"),
            postgresql_where=text("code <> ''"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    # NULL once the candidate erased the account: the anonymised row keeps the statistics.
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ApplicationStatus] = mapped_column(
        str_enum(ApplicationStatus), default=ApplicationStatus.DRAFT, index=True
    )
    step: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(12), default="")
    cv_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL", use_alter=True)
    )
    cv_status: Mapped[CVStatus | None] = mapped_column(str_enum(CVStatus))
    cv_reason_code: Mapped[str] = mapped_column(String(40), default="")
    cv_language: Mapped[str] = mapped_column(String(8), default="")
    cv_profile: Mapped[dict] = mapped_column(JSON, default=dict)
    skills: Mapped[list[dict]] = mapped_column(JSON, default=list)
    declarations: Mapped[dict] = mapped_column(JSON, default=dict)
    eligibility_outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome))
    eligibility_rules: Mapped[list[dict]] = mapped_column(JSON, default=list)
    eligibility_checked_at: Mapped[datetime | None]
    override_outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    override_at: Mapped[datetime | None]
    shortlist_overridden: Mapped[bool] = mapped_column(default=False)
    shortlist_reason: Mapped[str] = mapped_column(Text, default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None]

    vacancy: Mapped[Vacancy] = relationship()
    candidate: Mapped[User | None] = relationship(foreign_keys=[candidate_id])
    documents: Mapped[list["Document"]] = relationship(
        back_populates="application", foreign_keys="Document.application_id"
    )
    history: Mapped[list["StatusChange"]] = relationship(
        back_populates="application", order_by="StatusChange.id", cascade="all, delete-orphan"
    )

    @property
    def effective_outcome(self) -> "Outcome | None":
        """HR's override when there is one, else the rule engine's outcome."""
        return self.override_outcome or self.eligibility_outcome

    def __repr__(self) -> str:
        return f"<Application {self.id} {self.status.value}>"


class Document(db.Model):
    """A stored file: a CV or a document the vacancy requires."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="cv")  # "cv" or "required"
    label: Mapped[str] = mapped_column(String(300), default="")
    original_name: Mapped[str] = mapped_column(String(255), default="")
    storage_key: Mapped[str] = mapped_column(String(80), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    application: Mapped[Application | None] = relationship(
        back_populates="documents", foreign_keys=[application_id]
    )

    def __repr__(self) -> str:
        return f"<Document {self.id} {self.kind}>"


class Consent(db.Model):
    """Consent to personal-data processing with the exact text version, time and address."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    text_version: Mapped[str] = mapped_column(String(40))
    text_sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    accepted_at: Mapped[datetime] = mapped_column(default=utcnow)
    ip: Mapped[str] = mapped_column(String(45), default="")
    withdrawn_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<Consent {self.id} {self.text_version}>"


class StatusChange(db.Model):
    """One step of an application's history, with the reason the candidate sees."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[dict] = mapped_column(JSON, default=dict)  # {"kk": ..., "ru": ..., "en": ...}
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    application: Mapped[Application] = relationship(back_populates="history")

    def __repr__(self) -> str:
        return f"<StatusChange {self.from_status}->{self.to_status}>"


class Notification(db.Model):
    """In-app notification and e-mail outbox row."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]
    emailed_at: Mapped[datetime | None]
    email_attempts: Mapped[int] = mapped_column(Integer, default=0)

    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<Notification {self.id}>"
