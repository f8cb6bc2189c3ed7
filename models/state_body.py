"""State bodies: ministries, agencies, akimats and their territorial units."""

import enum
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, str_enum, utcnow


class BodyLevel(enum.StrEnum):
    CENTRAL = "central"
    LOCAL = "local"


class StateBody(db.Model):
    __tablename__ = "state_bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    level: Mapped[BodyLevel] = mapped_column(str_enum(BodyLevel))
    region: Mapped[str] = mapped_column(String(80), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def name(self, lang: str) -> str:
        """The body's name in the interface language."""
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang, self.name_en)

    def __repr__(self) -> str:
        return f"<StateBody {self.code}>"
