"""Database binding: SQLite pragmas for the embedded default, migrations directory."""

import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from models import db
from recruit.extensions import migrate

MIGRATIONS = str(Path(__file__).resolve().parent.parent / "migrations")


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """WAL, synchronous=FULL and foreign keys on every SQLite connection."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


def init_app(app) -> None:
    """Bind the database (psycopg 3 for ``postgresql://`` URLs) and the migrations."""
    uri = app.config["SQLALCHEMY_DATABASE_URI"]
    if uri.startswith("postgresql://"):
        app.config["SQLALCHEMY_DATABASE_URI"] = uri.replace(
            "postgresql://", "postgresql+psycopg://", 1
        )
    db.init_app(app)
    is_sqlite = uri.startswith("sqlite")
    migrate.init_app(app, db, directory=MIGRATIONS, render_as_batch=is_sqlite, compare_type=True)
