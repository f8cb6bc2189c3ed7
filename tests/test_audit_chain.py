"""The audit log is hash-chained and append-only: real actions chain, tampering is named."""

import threading

import pytest
from sqlalchemy import select, text

from models import AuditEvent, AuditLogIsAppendOnly, Vacancy, db
from recruit import audit
from recruit.ranking import services, shortlist
from tests.ranking_helpers import competition, use_english


@pytest.fixture(autouse=True)
def _english(app, client):
    """Every page and message of these tests in English."""
    use_english(app, client)


THREADS = 4
PER_THREAD = 20


def events() -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars())


@pytest.fixture
def acted(app):
    """Real actions: HR switches, ranks, verifies and forms a shortlist; returns event ids."""
    with app.app_context():
        _, hr, vacancy, _ = competition()
        services.set_vacancy_ranking(hr, vacancy, True, "Pilot competition for analysts")
        run = services.rank_vacancy(vacancy, hr)
        services.check_run(hr, run)
        shortlist.form_shortlist(hr, vacancy, "top", 2)
        return [e.id for e in events()]


def test_real_actions_chain_correctly(app, runner, acted):
    with app.app_context():
        chain = events()
        actions = [e.action for e in chain]
        for expected in (
            "ranking.vacancy_switch",
            "ranking.run",
            "ranking.verify",
            "application.status",
            "shortlist.form",
        ):
            assert expected in actions
        assert [e.id for e in chain] == list(range(1, len(chain) + 1))
        assert chain[0].prev_hash == audit.GENESIS
        for before, after in zip(chain, chain[1:], strict=False):
            assert after.prev_hash == before.hash
        for event in chain:
            assert event.hash == audit.event_digest(event)
        assert audit.verify() is None
    result = runner.invoke(args=["recruit", "audit", "verify"])
    assert result.exit_code == 0
    assert "Audit chain intact." in result.output


def test_a_row_changed_by_raw_sql_is_named(app, runner, acted):
    victim = acted[len(acted) // 2]
    with app.app_context():
        db.session.execute(
            text("UPDATE audit_events SET object_id = :o WHERE id = :id"),
            {"o": "999999", "id": victim},
        )
        db.session.commit()
    result = runner.invoke(args=["recruit", "audit", "verify"])
    assert result.exit_code != 0
    assert f"event {victim}" in result.output


def test_a_row_deleted_by_raw_sql_breaks_the_next_link(app, runner, acted):
    victim = acted[1]
    with app.app_context():
        db.session.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": victim})
        db.session.commit()
    result = runner.invoke(args=["recruit", "audit", "verify"])
    assert result.exit_code != 0
    assert f"event {victim + 1}" in result.output


def test_the_orm_refuses_to_update_an_event(app, acted):
    with app.app_context():
        event = db.session.get(AuditEvent, acted[0])
        event.action = "nothing.happened"
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        assert db.session.get(AuditEvent, acted[0]).action != "nothing.happened"


def test_the_orm_refuses_to_delete_an_event(app, acted):
    with app.app_context():
        db.session.delete(db.session.get(AuditEvent, acted[0]))
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        assert db.session.get(AuditEvent, acted[0]) is not None


def test_concurrent_appends_keep_a_single_chain(app, runner):
    """Threads with their own sessions append at once; the head row serialises them.

    On PostgreSQL the row lock of ``audit_head`` orders the writers (and the first append,
    which creates that row, must not fail when several race); SQLite has one writer anyway.
    """
    with app.app_context():
        vacancy_id = competition()[2].id
    errors = []
    start = threading.Barrier(THREADS)

    def append(worker: int) -> None:
        try:
            with app.app_context():
                vacancy = db.session.get(Vacancy, vacancy_id)
                start.wait()
                for n in range(PER_THREAD):
                    audit.record("test.concurrent", vacancy, worker=worker, n=n)
                    db.session.commit()
                db.session.remove()
        except Exception as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)

    threads = [threading.Thread(target=append, args=(w,)) for w in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with app.app_context():
        chain = events()
        assert [e.id for e in chain] == list(range(1, len(chain) + 1))
        assert sum(e.action == "test.concurrent" for e in chain) == THREADS * PER_THREAD
        assert audit.verify() is None
    result = runner.invoke(args=["recruit", "audit", "verify"])
    assert result.exit_code == 0 and "intact" in result.output
