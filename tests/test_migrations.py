"""Migrations are the only way the schema changes: they build it from empty and match the models."""

import os

import pytest
from flask_migrate import check, downgrade, upgrade
from sqlalchemy import inspect

from models import db
from recruit import create_app
from recruit.config import TestConfig
from tests.conftest import _postgres_database, _test_config


@pytest.fixture
def empty_database(tmp_path):
    if os.environ.get("RECRUIT_TEST_DB", "sqlite") == "postgresql":
        url, drop = _postgres_database()
        yield url
        drop()
    else:
        yield f"sqlite:///{tmp_path / 'empty.db'}"


def test_upgrade_from_empty_matches_models(empty_database, capsys):
    app = create_app({**_test_config(), "SQLALCHEMY_DATABASE_URI": empty_database})
    assert TestConfig.TESTING
    with app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert set(db.metadata.tables) <= tables
        check()  # raises SystemExit(1) when autogenerate finds a difference
        assert "New upgrade operations detected" not in capsys.readouterr().out
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        db.engine.dispose()
