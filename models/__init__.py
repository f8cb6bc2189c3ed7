"""SQLAlchemy models; importing this package registers every table (Alembic sees them)."""

from models.application import (
    Application,
    ApplicationStatus,
    Consent,
    CVStatus,
    Document,
    Notification,
    Outcome,
    StatusChange,
)
from models.audit import AuditEvent, AuditHead, AuditLogIsAppendOnly
from models.base import db, utcnow
from models.candidate import CandidateProfile
from models.competition import (
    ApplicationScore,
    Commission,
    CommissionMember,
    ConflictOfInterest,
    Decision,
    MemberRole,
    RankingRun,
    Setting,
    StageScore,
    Vote,
)
from models.state_body import BodyLevel, StateBody
from models.user import BODY_ROLES, Role, User, UserSession
from models.vacancy import (
    Competition,
    Corps,
    EducationLevel,
    ExperienceKind,
    ExperienceRule,
    Vacancy,
    VacancySkill,
    VacancyStatus,
)

__all__ = [
    "ApplicationScore",
    "Commission",
    "CommissionMember",
    "ConflictOfInterest",
    "Decision",
    "MemberRole",
    "RankingRun",
    "Setting",
    "StageScore",
    "Vote",
    "Application",
    "ApplicationStatus",
    "CandidateProfile",
    "Consent",
    "CVStatus",
    "Document",
    "Notification",
    "Outcome",
    "StatusChange",
    "AuditEvent",
    "AuditHead",
    "AuditLogIsAppendOnly",
    "BODY_ROLES",
    "BodyLevel",
    "Competition",
    "Corps",
    "EducationLevel",
    "ExperienceKind",
    "ExperienceRule",
    "Role",
    "StateBody",
    "User",
    "UserSession",
    "Vacancy",
    "VacancySkill",
    "VacancyStatus",
    "db",
    "utcnow",
]
