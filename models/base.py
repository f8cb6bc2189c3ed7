"""Declarative base, naming convention and the shared ``db`` object."""

import enum
from datetime import UTC, datetime

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)


def utcnow() -> datetime:
    """Naive UTC now: every time is stored in UTC (shown in Asia/Almaty)."""
    return datetime.now(UTC).replace(tzinfo=None)


def str_enum(cls: type[enum.Enum]) -> Enum:
    """A Python enum stored by value in a VARCHAR column (portable: no native enum types)."""
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=20)
