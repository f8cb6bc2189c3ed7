"""Advisory ranking of a vacancy's eligible applications: switches, runs and their verification.

The ranking only advises: it is stored with everything needed to reproduce it bit for bit, and
it can be switched off globally (administrators) or per vacancy (HR), in which case nothing is
scored and everyone sees the applications in a neutral order (by code).
"""

import json
from collections.abc import Callable

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from models import Application, ApplicationScore, RankingRun, Setting, User, Vacancy, db
from nlp.rank import COMPONENTS, MICRO, RANKER_VERSION, Ranked
from nlp.vacancy import VacancyError
from recruit import audit
from recruit.errors import NotAllowed, ValidationFailed
from recruit.ranking import inputs as ranking_inputs

SETTING_KEY = "ranking_enabled"
REASON_MIN_CHARS = 10
Progress = Callable[[str, int], None]
SWITCHED_OFF = _l("Automated ranking is switched off for this vacancy.")
ALREADY_RUNNING = _l("A ranking of this vacancy is already in progress.")
NOTHING_TO_RANK = _l("There are no eligible applications with a readable CV to rank.")


def ranking_enabled_globally() -> bool:
    """The administrators' switch; ranking is on until someone switches it off."""
    setting = db.session.get(Setting, SETTING_KEY)
    return bool((setting.value or {}).get("enabled", True)) if setting else True


def ranking_active(vacancy: Vacancy) -> bool:
    """True when both the global and the vacancy's switch allow automated ranking."""
    return bool(vacancy.ranking_enabled) and ranking_enabled_globally()


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if len(reason) < REASON_MIN_CHARS:
        message = _l("Explain the change in at least %(n)d characters.", n=REASON_MIN_CHARS)
        raise ValidationFailed([("reason", str(message))])
    return reason


def set_global_ranking(actor: User, enabled: bool, reason: str) -> Setting:
    """Switch automated ranking on or off for every vacancy, with a written reason (audited)."""
    reason = _reason(reason)
    setting = db.session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
    setting.value = {"enabled": bool(enabled), "reason": reason, "by": actor.id}
    db.session.add(setting)
    audit.record("ranking.switch", setting, actor=actor, enabled=bool(enabled), reason=reason)
    db.session.commit()
    return setting


def set_vacancy_ranking(actor: User, vacancy: Vacancy, enabled: bool, reason: str) -> None:
    """HR switches ranking of one vacancy on or off, with a written reason (audited)."""
    reason = _reason(reason)
    vacancy.ranking_enabled = bool(enabled)
    audit.record(
        "ranking.vacancy_switch", vacancy, actor=actor, enabled=bool(enabled), reason=reason
    )
    db.session.commit()


def latest_run(vacancy: Vacancy) -> RankingRun | None:
    """The vacancy's most recent ranking run."""
    return db.session.execute(
        select(RankingRun)
        .where(RankingRun.vacancy_id == vacancy.id)
        .order_by(RankingRun.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _micro(value: float) -> int:
    return round(value * MICRO)


def _explanation(ranked: Ranked, self_declared: set[str]) -> dict:
    """The engine's explanation as stored JSON, self-declared skills marked as such."""
    explanation = json.loads(json.dumps(ranked.score.explanation, allow_nan=False))
    for group in ("matched_essential", "matched_asset"):
        for entry in explanation.get("skills", {}).get(group, []):
            entry["self_declared"] = entry.get("id") in self_declared
    return explanation


def score_values(ranked: Ranked, item: dict) -> dict:
    """An ApplicationScore's columns: integers in millionths whose parts sum to the total."""
    contributions = {k: _micro(ranked.score.contributions[k]) for k in COMPONENTS}
    total = sum(contributions.values())
    if total != _micro(ranked.score.total):
        raise ArithmeticError("score contributions do not add up to the total")
    self_declared = {s.get("id") for s in item["skills"] if s.get("source") == "self"}
    return {
        "application_id": item["application_id"],
        "rank": ranked.rank,
        "total_micro": total,
        "components": {k: _micro(ranked.score.components[k]) for k in COMPONENTS},
        "contributions_micro": contributions,
        "band": ranked.score.band,
        "explanation": _explanation(ranked, self_declared),
    }


def _scores(run_inputs: dict) -> tuple[str, list[dict]]:
    """The taxonomy version and each applicant's score values, in rank order."""
    try:
        ranker, ranked = ranking_inputs.run_engine(run_inputs)
    except VacancyError as e:
        raise ValidationFailed([(None, str(_l("The vacancy cannot be ranked: %(e)s", e=e)))]) from e
    by_key = {item["key"]: item for item in run_inputs["applicants"]}
    return ranker.versions_["taxonomy"] or "", [score_values(r, by_key[r.key]) for r in ranked]


def _no_progress(stage: str, percent: int) -> None:
    """Default progress callback: nothing to report in-process."""


def rank_vacancy(vacancy: Vacancy, actor: User | None, progress: Progress = _no_progress):
    """Rank the vacancy's eligible applications now and store the run with its scores."""
    if not ranking_active(vacancy):
        raise NotAllowed(str(SWITCHED_OFF))
    progress("collecting", 10)
    run_inputs, unscored = ranking_inputs.collect(vacancy)
    if not run_inputs["applicants"]:
        raise ValidationFailed([(None, str(NOTHING_TO_RANK))])
    progress("scoring", 40)
    taxonomy_version, values = _scores(run_inputs)
    progress("saving", 80)
    run = RankingRun(
        vacancy_id=vacancy.id,
        actor_id=getattr(actor, "id", None),
        ranker_version=RANKER_VERSION,
        taxonomy_version=taxonomy_version,
        params={
            **run_inputs["params"],
            "vacancy": run_inputs["vacancy"],
            "application_ids": [item["application_id"] for item in run_inputs["applicants"]],
            "unscored": unscored,
        },
        input_sha256=ranking_inputs.digest(run_inputs),
        scores=[ApplicationScore(**v) for v in values],
    )
    db.session.add(run)
    db.session.flush()
    audit.record(
        "ranking.run",
        run,
        actor=actor,
        vacancy=vacancy.id,
        scored=len(values),
        unscored=len(unscored),
        input_sha256=run.input_sha256,
    )
    db.session.commit()
    progress("done", 100)
    return run


def _stored_inputs(run: RankingRun) -> dict:
    """The run's inputs rebuilt from its stored parameters and the applications' rows."""
    params = dict(run.params)
    ids = params.pop("application_ids", [])
    vacancy_doc = params.pop("vacancy", {})
    params.pop("unscored", None)
    found = db.session.execute(select(Application).where(Application.id.in_(ids))).scalars()
    rows = {a.id: a for a in found}
    applications = [rows[i] for i in ids if i in rows]
    return {
        "vacancy": vacancy_doc,
        "params": params,
        "applicants": ranking_inputs.applicants_input(applications),
    }


def _stored_values(run: RankingRun) -> list[dict]:
    columns = ("application_id", "rank", "total_micro", "components", "contributions_micro")
    return [
        {**{c: getattr(s, c) for c in columns}, "band": s.band, "explanation": s.explanation}
        for s in sorted(run.scores, key=lambda s: s.rank)
    ]


def verify_run(run: RankingRun) -> bool:
    """Re-run the ranking from the stored inputs; True when every score matches bit for bit."""
    run_inputs = _stored_inputs(run)
    same_inputs = ranking_inputs.digest(run_inputs) == run.input_sha256
    if run.ranker_version != RANKER_VERSION or not same_inputs:
        return False
    taxonomy_version, values = _scores(run_inputs)
    return taxonomy_version == run.taxonomy_version and values == _stored_values(run)


def check_run(actor: User, run: RankingRun) -> bool:
    """Verify a run on request; the check and its outcome are audited."""
    reproduced = verify_run(run)
    audit.record("ranking.verify", run, actor=actor, reproduced=reproduced)
    db.session.commit()
    return reproduced


def global_setting() -> Setting | None:
    """The stored global switch (with its reason and time), if it was ever changed."""
    return db.session.get(Setting, SETTING_KEY)
