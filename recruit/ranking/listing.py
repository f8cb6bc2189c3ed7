"""What HR and the commission see: the ranked list, or the neutral order when ranking is off."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models import Application, ApplicationScore, RankingRun, Vacancy, db
from recruit.ranking import inputs as ranking_inputs
from recruit.ranking import jobs, services


@dataclass(frozen=True)
class Row:
    """One line of the competition list: the application and its score (None when unranked)."""

    application: Application
    score: ApplicationScore | None


def ranked_page(run: RankingRun, page: int, per_page: int):
    """One page of a run's scores in rank order, with their applications."""
    stmt = (
        select(ApplicationScore)
        .where(ApplicationScore.run_id == run.id)
        .options(selectinload(ApplicationScore.application))
        .order_by(ApplicationScore.rank)
    )
    result = db.paginate(stmt, page=page, per_page=per_page, error_out=False)
    result.rows = [Row(s.application, s) for s in result.items]
    return result


def neutral_page(vacancy: Vacancy, page: int, per_page: int):
    """One page of the eligible applications in the neutral order: by code, never by score."""
    stmt = (
        select(Application)
        .where(ranking_inputs.rankable_clause(vacancy.id))
        .order_by(func.length(Application.code), Application.code, Application.id)
    )
    result = db.paginate(stmt, page=page, per_page=per_page, error_out=False)
    result.rows = [Row(a, None) for a in result.items]
    return result


def neutral_order(applications: list[Application]) -> list[Application]:
    """Applications sorted by code (shorter codes first), as the neutral order shows them."""
    return sorted(applications, key=ranking_inputs.rank_key)


def is_stale(vacancy: Vacancy, run: RankingRun) -> bool:
    """True when the eligible applications changed since the run (rank again)."""
    now = ranking_inputs.rankable_ids(vacancy)
    then = set(run.params.get("application_ids", [])) | set(run.params.get("unscored", []))
    return now != then


def unscored(vacancy: Vacancy, run: RankingRun | None) -> list[Application]:
    """Eligible applications the run could not score (unreadable CV): a person decides."""
    if run is None:
        return []
    ids = set(run.params.get("unscored", [])) & ranking_inputs.rankable_ids(vacancy)
    if not ids:
        return []
    stmt = select(Application).where(Application.id.in_(ids))
    return neutral_order(list(db.session.execute(stmt).scalars()))


@dataclass(frozen=True)
class Competition:
    """Everything the HR competition page shows about one vacancy."""

    vacancy: Vacancy
    global_on: bool
    active: bool
    run: RankingRun | None
    page: object
    stale: bool
    unscored: list[Application]
    progress: dict | None


def competition(vacancy: Vacancy, page: int, per_page: int) -> Competition:
    """The ranked list when ranking is on and has run, otherwise the neutral order."""
    active = services.ranking_active(vacancy)
    run = services.latest_run(vacancy) if active else None
    return Competition(
        vacancy=vacancy,
        global_on=services.ranking_enabled_globally(),
        active=active,
        run=run,
        page=ranked_page(run, page, per_page) if run else neutral_page(vacancy, page, per_page),
        stale=bool(run) and is_stale(vacancy, run),
        unscored=unscored(vacancy, run),
        progress=jobs.progress(vacancy) if active else None,
    )


def competitions_page(user, page: int, per_page: int):
    """The body's vacancies, newest deadline first, each with its number of eligible applicants."""
    stmt = (
        select(Vacancy)
        .where(Vacancy.state_body_id == user.state_body_id)
        .order_by(Vacancy.deadline.desc(), Vacancy.id.desc())
    )
    result = db.paginate(stmt, page=page, per_page=per_page, error_out=False)
    ids = [v.id for v in result.items]
    counts = (
        dict(
            db.session.execute(
                select(Application.vacancy_id, func.count(Application.id))
                .where(Application.vacancy_id.in_(ids), ranking_inputs.eligible_clause())
                .group_by(Application.vacancy_id)
            ).all()
        )
        if ids
        else {}
    )
    result.rows = [(v, counts.get(v.id, 0)) for v in result.items]
    return result
