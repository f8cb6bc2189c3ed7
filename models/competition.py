"""Competitions after the document check: advisory ranking, the commission, scores and votes."""

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.application import Application
from models.base import db, str_enum, utcnow
from models.user import User
from models.vacancy import Vacancy


class Setting(db.Model):
    """System-wide switches an administrator controls (e.g. automated ranking on/off)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:
        return f"<Setting {self.key}>"


class RankingRun(db.Model):
    """One ranking of a vacancy's eligible applications, with what makes it reproducible."""

    __tablename__ = "ranking_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    ranker_version: Mapped[str] = mapped_column(String(20))
    taxonomy_version: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    input_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    scores: Mapped[list["ApplicationScore"]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="ApplicationScore.rank"
    )

    def __repr__(self) -> str:
        return f"<RankingRun {self.id} vacancy={self.vacancy_id}>"


class ApplicationScore(db.Model):
    """An advisory score: components and total in millionths, so sums are exact."""

    __tablename__ = "application_scores"
    __table_args__ = (UniqueConstraint("run_id", "application_id", name="one_per_run"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ranking_runs.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    rank: Mapped[int] = mapped_column(Integer)
    total_micro: Mapped[int] = mapped_column(Integer)
    components: Mapped[dict] = mapped_column(JSON, default=dict)
    contributions_micro: Mapped[dict] = mapped_column(JSON, default=dict)
    band: Mapped[str] = mapped_column(String(20))
    explanation: Mapped[dict] = mapped_column(JSON, default=dict)

    run: Mapped[RankingRun] = relationship(back_populates="scores")
    application: Mapped[Application] = relationship()

    def __repr__(self) -> str:
        return f"<ApplicationScore app={self.application_id} rank={self.rank}>"


class MemberRole(enum.StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class Commission(db.Model):
    """The competition commission of one vacancy."""

    __tablename__ = "commissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    round_closed_at: Mapped[datetime | None]
    decisions_locked_at: Mapped[datetime | None]

    vacancy: Mapped[Vacancy] = relationship()
    members: Mapped[list["CommissionMember"]] = relationship(
        back_populates="commission", cascade="all, delete-orphan", order_by="CommissionMember.id"
    )

    def __repr__(self) -> str:
        return f"<Commission vacancy={self.vacancy_id}>"


class CommissionMember(db.Model):
    __tablename__ = "commission_members"
    __table_args__ = (UniqueConstraint("commission_id", "user_id", name="member_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(
        ForeignKey("commissions.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[MemberRole] = mapped_column(str_enum(MemberRole), default=MemberRole.MEMBER)
    attended: Mapped[bool] = mapped_column(default=True)
    scores_submitted_at: Mapped[datetime | None]

    commission: Mapped[Commission] = relationship(back_populates="members")
    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<CommissionMember {self.user_id} {self.role.value}>"


class ConflictOfInterest(db.Model):
    """A member's declared conflict with one applicant: the member is recused from it."""

    __tablename__ = "conflicts_of_interest"
    __table_args__ = (UniqueConstraint("member_id", "application_id", name="conflict_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("commission_members.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<ConflictOfInterest member={self.member_id} app={self.application_id}>"


class StageScore(db.Model):
    """A score for one stage and criterion: a member's own, or entered by HR (member NULL)."""

    __tablename__ = "stage_scores"
    __table_args__ = (
        UniqueConstraint(
            "application_id", "stage", "criterion", "member_id", name="stage_score_once"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("commission_members.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(30))
    criterion: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[int] = mapped_column(Integer)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<StageScore {self.stage}/{self.criterion}={self.value}>"


class Decision(enum.StrEnum):
    SELECTED = "selected"
    RESERVE = "reserve"
    NOT_SELECTED = "not_selected"


class Vote(db.Model):
    """A member's vote on one applicant, with an optional dissent note."""

    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("application_id", "member_id", name="vote_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("commission_members.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[Decision] = mapped_column(str_enum(Decision))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"<Vote {self.decision.value}>"
