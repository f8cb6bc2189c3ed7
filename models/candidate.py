"""The candidate's reusable profile: personal data, kept encrypted where it is sensitive."""

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import db, utcnow
from models.user import User


class CandidateProfile(db.Model):
    __tablename__ = "candidate_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    last_name: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    name_latin: Mapped[str] = mapped_column(String(200), default="")
    # The IIN is encrypted with a key from the environment; ``iin_index`` is a keyed hash
    # for equality look-ups, ``iin_last4`` is what screens show (masked).
    iin_ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary)
    iin_index: Mapped[str | None] = mapped_column(String(64), index=True)
    iin_last4: Mapped[str] = mapped_column(String(4), default="")
    citizenship: Mapped[str] = mapped_column(String(2), default="KZ")
    phone: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    education: Mapped[list[dict]] = mapped_column(JSON, default=list)
    experience: Mapped[list[dict]] = mapped_column(JSON, default=list)
    languages: Mapped[list[dict]] = mapped_column(JSON, default=list)
    test_certificate_number: Mapped[str] = mapped_column(String(60), default="")
    test_certificate_date: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship()

    def __repr__(self) -> str:
        return f"<CandidateProfile user={self.user_id}>"
