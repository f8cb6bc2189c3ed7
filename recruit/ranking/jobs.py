"""Ranking as a background job on Redis (RQ) when ``REDIS_URL`` is set, in-process otherwise.

A national competition can have thousands of applicants: the web request only enqueues the
job (one per vacancy, its id derived from the vacancy), the worker ranks and reports its
stage in the job's meta, and the competition page shows that progress until the run exists.
"""

import logging

from flask import current_app, has_app_context
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, get_current_job
from rq.exceptions import NoSuchJobError
from rq.job import Job
from sqlalchemy import exists, select

from models import RankingRun, User, Vacancy, db
from recruit.errors import NotAllowed, ValidationFailed
from recruit.ranking import services

log = logging.getLogger(__name__)
ACTIVE = frozenset({"queued", "started", "deferred", "scheduled"})
JOB_TIMEOUT = 30 * 60


def uses_queue() -> bool:
    """True when a Redis URL is configured."""
    return bool(current_app.config.get("REDIS_URL"))


def _connection() -> Redis:
    return Redis.from_url(current_app.config["REDIS_URL"])


def queue() -> Queue:
    """The ranking queue (its name is configurable so that test runs do not collide)."""
    return Queue(current_app.config.get("RANKING_QUEUE", "ranking"), connection=_connection())


def job_id(vacancy_id: int) -> str:
    """One job id per vacancy: a second request while one runs is refused."""
    return f"{current_app.config.get('RANKING_QUEUE', 'ranking')}-vacancy-{vacancy_id}"


def progress(vacancy: Vacancy) -> dict | None:
    """The vacancy's ranking job as the page shows it, or None (no queue or no job)."""
    if not uses_queue():
        return None
    try:
        job = Job.fetch(job_id(vacancy.id), connection=_connection())
        status = job.get_status(refresh=True)
    except (NoSuchJobError, RedisError):
        return None
    return {
        "status": getattr(status, "value", str(status)),
        "active": getattr(status, "value", str(status)) in ACTIVE,
        "stage": job.meta.get("stage", "queued"),
        "percent": int(job.meta.get("percent", 0)),
        "message": job.meta.get("message", ""),
    }


def start_ranking(vacancy: Vacancy, actor: User | None) -> str:
    """Rank now: "queued" when a worker will do it, "done" when it ran in this process."""
    if not services.ranking_active(vacancy):
        raise NotAllowed(str(services.SWITCHED_OFF))
    if uses_queue():
        current = progress(vacancy)
        if current is not None and current["active"]:
            raise NotAllowed(str(services.ALREADY_RUNNING))
        try:
            queue().enqueue_call(
                run_job,
                args=(vacancy.id, getattr(actor, "id", None)),
                job_id=job_id(vacancy.id),
                timeout=JOB_TIMEOUT,
                result_ttl=3600,
                failure_ttl=24 * 3600,
                meta={"stage": "queued", "percent": 0},
            )
            return "queued"
        except RedisError:
            log.warning("Redis unavailable: ranking vacancy %s in-process", vacancy.id)
    services.rank_vacancy(vacancy, actor)
    return "done"


def _report(stage: str, percent: int) -> None:
    """Progress callback of the worker: the stage and percentage go into the job's meta."""
    job = get_current_job()
    if job is not None:
        job.meta.update(stage=stage, percent=percent)
        job.save_meta()


def _rank(vacancy_id: int, actor_id: int | None) -> int | None:
    """Rank one vacancy in the current app context; a refusal is kept as the job's message."""
    vacancy = db.session.get(Vacancy, vacancy_id)
    actor = db.session.get(User, actor_id) if actor_id else None
    if vacancy is None:
        return None
    try:
        return services.rank_vacancy(vacancy, actor, _report).id
    except (NotAllowed, ValidationFailed) as e:
        db.session.rollback()
        job = get_current_job()
        if job is not None:
            job.meta.update(stage="refused", percent=100, message=str(e))
            job.save_meta()
        return None


def run_job(vacancy_id: int, actor_id: int | None) -> int | None:
    """The worker's entry point: the run's id, in the worker's app context or a new one."""
    if has_app_context():
        return _rank(vacancy_id, actor_id)
    from recruit import create_app

    with create_app().app_context():
        return _rank(vacancy_id, actor_id)


def due_vacancies(now) -> list[Vacancy]:
    """Vacancies past their deadline, with ranking on, not ranked since the deadline."""
    if not services.ranking_enabled_globally():
        return []
    ranked_since = exists().where(
        RankingRun.vacancy_id == Vacancy.id, RankingRun.created_at >= Vacancy.deadline
    )
    stmt = (
        select(Vacancy)
        .where(Vacancy.deadline <= now, Vacancy.ranking_enabled.is_(True), ~ranked_since)
        .order_by(Vacancy.deadline, Vacancy.id)
    )
    return list(db.session.execute(stmt).scalars())


def rank_due(now) -> list[tuple[int, str]]:
    """Rank (or queue) every due vacancy as the system; (vacancy id, outcome) for each."""
    outcomes = []
    for vacancy in due_vacancies(now):
        try:
            outcomes.append((vacancy.id, start_ranking(vacancy, None)))
        except (NotAllowed, ValidationFailed) as e:
            db.session.rollback()
            outcomes.append((vacancy.id, f"skipped: {e}"))
    return outcomes
