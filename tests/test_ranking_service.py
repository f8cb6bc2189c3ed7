"""The ranking service: stored, explained, reproducible scores of the eligible applications."""

import uuid
from datetime import datetime

import pytest
from redis import Redis
from rq import Queue, SimpleWorker
from sqlalchemy import func, select

from models import (
    ApplicationScore,
    AuditEvent,
    Outcome,
    RankingRun,
    Setting,
    Vacancy,
    db,
)
from nlp.rank import RANKER_VERSION
from recruit.errors import NotAllowed, ValidationFailed
from recruit.ranking import jobs, listing, services
from tests.ranking_helpers import MEDIUM, STRONG, WEAK, S, competition, make_applicant, use_english


@pytest.fixture(autouse=True)
def _english(app, client):
    """Every page and message of these tests in English."""
    use_english(app, client)


REDIS_URL = "redis://127.0.0.1:6379/0"


def test_rank_stores_a_reproducible_explained_run(app):
    with app.app_context():
        _, hr, vacancy, apps = competition()
        run = services.rank_vacancy(vacancy, hr)
        assert run.ranker_version == RANKER_VERSION
        assert run.taxonomy_version
        assert len(run.input_sha256) == 64
        assert run.params["reference_year"] == vacancy.deadline.year
        assert run.params["weights"] == {"skills": 0.5, "potential": 0.3, "fit": 0.2}
        scores = sorted(run.scores, key=lambda s: s.rank)
        assert [s.rank for s in scores] == [1, 2, 3]
        assert scores[0].application_id == apps[0].id  # the strong CV leads
        assert scores[-1].application_id == apps[1].id  # the sales manager comes last
        for s in scores:
            assert isinstance(s.total_micro, int)
            assert sum(s.contributions_micro.values()) == s.total_micro
            assert set(s.components) == {"skills", "potential", "fit"}
            assert s.band in {"best", "well", "qualified"}
        top = scores[0].explanation
        assert [m["id"] for m in top["skills"]["matched_essential"]] == ["power-bi"]
        assert top["skills"]["matched_asset"][0]["mentions"][0]["text"] == "SQL"
        assert scores[-1].explanation["skills"]["missing_essential"] == ["Power BI"]
        assert top["fit"]["shared_terms"]
        assert services.verify_run(run) is True


def test_a_changed_score_or_input_fails_verification(app):
    with app.app_context():
        _, hr, vacancy, apps = competition()
        run = services.rank_vacancy(vacancy, hr)
        score = run.scores[0]
        score.total_micro += 1
        db.session.commit()
        assert services.verify_run(run) is False
        score.total_micro -= 1
        db.session.commit()
        assert services.verify_run(run) is True
        apps[1].skills = [
            *apps[1].skills,
            {"id": "python", "label": "Python", "area": "x", "source": "self", "mentions": []},
        ]
        db.session.commit()
        assert services.verify_run(run) is False


def test_ranking_twice_gives_identical_inputs_and_scores(app):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        first = services.rank_vacancy(vacancy, hr)
        second = services.rank_vacancy(vacancy, hr)
        assert first.input_sha256 == second.input_sha256
        columns = ("application_id", "rank", "total_micro", "contributions_micro", "explanation")

        def values(run):
            return [tuple(getattr(s, c) for c in columns) for s in run.scores]

        assert values(first) == values(second)


def test_reference_year_is_the_deadline_year_not_the_clock(app):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        vacancy.deadline = datetime(2024, 6, 30, 12, 0)
        db.session.commit()
        run = services.rank_vacancy(vacancy, hr)
        assert run.params["reference_year"] == 2024
        assert run.params["vacancy"]["deadline"].startswith("2024-06-30")


def test_only_eligible_applications_are_ranked(app):
    with app.app_context():
        _, hr, vacancy, apps = competition()
        excluded = [
            make_applicant(
                vacancy, STRONG, "K-010", status=S.NOT_ELIGIBLE, eligibility_outcome=Outcome.FAIL
            ),
            make_applicant(vacancy, STRONG, "K-011", status=S.WITHDRAWN),
            make_applicant(vacancy, STRONG, "K-012", status=S.DRAFT),
            make_applicant(
                vacancy,
                STRONG,
                "K-013",
                status=S.SUBMITTED,
                eligibility_outcome=Outcome.NEEDS_REVIEW,
            ),
        ]
        passed_by_hr = make_applicant(
            vacancy,
            MEDIUM,
            "K-014",
            status=S.SUBMITTED,
            eligibility_outcome=Outcome.NEEDS_REVIEW,
            override_outcome=Outcome.PASS,
        )
        unreadable = make_applicant(vacancy, WEAK, "K-015", cv_ok=False)
        run = services.rank_vacancy(vacancy, hr)
        ranked = {s.application_id for s in run.scores}
        assert ranked == {*(a.id for a in apps), passed_by_hr.id}
        assert not ranked & {a.id for a in excluded}
        assert run.params["unscored"] == [unreadable.id]
        assert listing.unscored(vacancy, run) == [unreadable]


def test_self_declared_skills_are_marked_in_the_explanation(app):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        claimed = make_applicant(vacancy, WEAK, "K-020", self_declared=("power-bi",))
        run = services.rank_vacancy(vacancy, hr)
        score = next(s for s in run.scores if s.application_id == claimed.id)
        entry = score.explanation["skills"]["matched_essential"][0]
        assert entry["id"] == "power-bi"
        assert entry["self_declared"] is True
        other = next(s for s in run.scores if s.rank == 1)
        assert other.explanation["skills"]["matched_essential"][0]["self_declared"] is False


@pytest.mark.parametrize("where", ["global", "vacancy"])
def test_switched_off_ranking_scores_nothing(app, where):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        if where == "global":
            db.session.add(Setting(key="ranking_enabled", value={"enabled": False}))
        else:
            vacancy.ranking_enabled = False
        db.session.commit()
        assert services.ranking_active(vacancy) is False
        with pytest.raises(NotAllowed):
            services.rank_vacancy(vacancy, hr)
        assert db.session.scalar(select(func.count(RankingRun.id))) == 0
        assert db.session.scalar(select(func.count(ApplicationScore.id))) == 0


def test_nothing_to_rank_is_a_clear_refusal(app):
    with app.app_context():
        _, hr, vacancy, apps = competition()
        for a in apps:
            a.status = S.WITHDRAWN
        db.session.commit()
        with pytest.raises(ValidationFailed, match="no eligible applications"):
            services.rank_vacancy(vacancy, hr)


def test_a_run_is_audited_with_its_fingerprint(app):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        run = services.rank_vacancy(vacancy, hr)
        event = db.session.execute(
            select(AuditEvent).where(AuditEvent.action == "ranking.run")
        ).scalar_one()
        assert event.actor_id == hr.id
        assert event.details["input_sha256"] == run.input_sha256
        assert event.details["scored"] == 3


@pytest.fixture
def redis_queue(app):
    """A real Redis at 127.0.0.1:6379 with a queue name of this test's own."""
    connection = Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except Exception:  # noqa: BLE001 - no server: the RQ path cannot be tested here
        pytest.skip("Redis is not running at 127.0.0.1:6379")
    name = f"ranking-test-{uuid.uuid4().hex[:8]}"
    app.config.update(REDIS_URL=REDIS_URL, RANKING_QUEUE=name)
    yield Queue(name, connection=connection)
    queue = Queue(name, connection=connection)
    for job_id in [
        *queue.job_ids,
        *queue.finished_job_registry.get_job_ids(),
        *queue.failed_job_registry.get_job_ids(),
    ]:
        connection.delete(f"rq:job:{job_id}")
    queue.delete(delete_jobs=True)
    connection.close()


def test_with_redis_the_ranking_is_queued_and_a_worker_runs_it(app, redis_queue):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        assert jobs.start_ranking(vacancy, hr) == "queued"
        progress = jobs.progress(vacancy)
        assert progress["active"] and progress["stage"] == "queued"
        with pytest.raises(NotAllowed):
            jobs.start_ranking(vacancy, hr)
        assert services.latest_run(vacancy) is None
        SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
        run = services.latest_run(vacancy)
        assert run is not None and len(run.scores) == 3
        done = jobs.progress(vacancy)
        assert done["status"] == "finished" and done["percent"] == 100
        assert not done["active"]
        assert services.verify_run(run)


def test_a_refused_queued_ranking_keeps_its_reason(app, redis_queue):
    with app.app_context():
        _, hr, vacancy, apps = competition()
        assert jobs.start_ranking(vacancy, hr) == "queued"
        for a in apps:
            a.status = S.WITHDRAWN
        db.session.commit()
        SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
        progress = jobs.progress(vacancy)
        assert progress["stage"] == "refused"
        assert progress["message"]
        assert services.latest_run(vacancy) is None


def test_without_redis_the_ranking_runs_in_process(app):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        assert jobs.progress(vacancy) is None
        assert jobs.start_ranking(vacancy, hr) == "done"
        assert services.latest_run(vacancy) is not None


def test_vacancies_past_their_deadline_are_ranked_by_the_command(app, runner):
    with app.app_context():
        _, _, due, _ = competition()
        due.deadline = datetime(2026, 1, 15, 13, 0)
        _, _, open_vacancy, _ = competition()
        db.session.commit()
        due_id, open_id = due.id, open_vacancy.id
    result = runner.invoke(args=["ranking", "rank-due"])
    assert result.exit_code == 0, result.output
    assert f"vacancy {due_id}: done" in result.output
    assert f"vacancy {open_id}" not in result.output
    with app.app_context():
        run = services.latest_run(db.session.get(Vacancy, due_id))
        assert run.actor_id is None and run.params["reference_year"] == 2026
    again = runner.invoke(args=["ranking", "rank-due"])
    assert "0 vacancies due." in again.output


def test_the_page_shows_the_queued_rankings_progress(app, client, auth, redis_queue):
    with app.app_context():
        _, hr, vacancy, _ = competition()
        vacancy_id, email = vacancy.id, hr.email
    auth.login(email)
    response = client.post(f"/hr/competitions/{vacancy_id}/rank", follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "The ranking is queued; this page shows its progress." in html
    assert "Waiting for a worker" in html and 'http-equiv="refresh"' in html
    with app.app_context():
        SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
    html = client.get(f"/hr/competitions/{vacancy_id}").get_data(as_text=True)
    assert 'http-equiv="refresh"' not in html
    assert "Why this score (K-001)" in html
