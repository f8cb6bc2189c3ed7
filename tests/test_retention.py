"""``flask recruit retention``: personal data of candidates not selected goes after N months."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from models import (
    Application,
    ApplicationStatus,
    AuditEvent,
    CandidateProfile,
    Role,
    User,
    VacancyStatus,
    db,
)
from recruit.candidates.services import profile_for
from recruit.retention import apply_retention, months_before
from tests.factories import make_body, make_user, make_vacancy
from tests.test_data_rights import cv_text, make_application

S = ApplicationStatus
NOW = datetime(2027, 6, 15, 12, 0)


@pytest.fixture
def world(app):
    """A competition closed on 2026-05-10 and one still open, with a candidate per outcome."""
    with app.app_context():
        body = make_body()
        closed = make_vacancy(
            body, status=VacancyStatus.CLOSED, closed_at=datetime(2026, 5, 10, 9, 0)
        )
        open_ = make_vacancy(body)
        ids = {"closed": closed.id, "open": open_.id}
        for name, status in (
            ("rejected", S.NOT_SELECTED),
            ("withdrawn", S.WITHDRAWN),
            ("selected", S.SELECTED),
            ("reserve", S.RESERVE),
            ("busy", S.NOT_ELIGIBLE),
        ):
            user = make_user(Role.CANDIDATE, email=f"{name}@example.kz")
            profile = profile_for(user)
            profile.last_name = name.title()
            db.session.commit()
            make_application(user, closed, status=status, text=cv_text(name=name.title()))
            ids[name] = user.id
        busy = db.session.get(User, ids["busy"])
        make_application(busy, open_, text=cv_text(name="Busy"))
        return ids


def _app_of(user_id: int, vacancy_id: int) -> Application | None:
    stmt = select(Application).where(Application.vacancy_id == vacancy_id)
    return next((a for a in db.session.execute(stmt).scalars() if a.candidate_id == user_id), None)


def _files(app) -> int:
    return sum(1 for p in Path(app.config["UPLOAD_FOLDER"]).iterdir() if p.is_file())


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2027, 3, 31, 8, 30), 1, datetime(2027, 2, 28, 8, 30)),
        (datetime(2028, 3, 31), 1, datetime(2028, 2, 29)),
        (datetime(2027, 1, 15), 12, datetime(2026, 1, 15)),
        (datetime(2027, 1, 15), 25, datetime(2024, 12, 15)),
    ],
)
def test_months_before_is_calendar_arithmetic(moment, months, expected):
    assert months_before(moment, months) == expected


def test_nothing_goes_before_the_period_ends(app, world):
    with app.app_context():
        result = apply_retention(now=datetime(2027, 5, 10, 8, 59))
        assert (result.applications, result.accounts) == (0, 0)
        anonymised = db.session.execute(select(Application.anonymised_at)).scalars().all()
        assert len(anonymised) == 6 and set(anonymised) == {None}
        assert _files(app) == 6


def test_not_selected_candidates_are_erased_after_the_period(app, world):
    with app.app_context():
        result = apply_retention(now=datetime(2027, 5, 10, 9, 0))
        assert (result.applications, result.accounts, result.files) == (3, 2, 3)
        for name in ("rejected", "withdrawn"):
            user = db.session.get(User, world[name])
            assert not user.active and user.email.endswith("@erased.invalid")
            assert _app_of(world[name], world["closed"]) is None
        anonymous = (
            db.session.execute(select(Application).where(Application.candidate_id.is_(None)))
            .scalars()
            .all()
        )
        assert sorted(a.status.value for a in anonymous) == [
            "not_eligible",
            "not_selected",
            "withdrawn",
        ]
        assert all(a.anonymised_at and a.vacancy_id == world["closed"] for a in anonymous)
        assert _files(app) == 3
        names = set(db.session.execute(select(CandidateProfile.last_name)).scalars())
        assert names == {"Selected", "Reserve", "Busy"}


def test_selected_and_reserve_are_kept(app, world):
    with app.app_context():
        apply_retention(now=NOW)
        for name in ("selected", "reserve"):
            application = _app_of(world[name], world["closed"])
            assert application.cv_profile and application.cv_document_id is not None
            assert db.session.get(User, world[name]).active


def test_an_account_with_a_live_application_stays(app, world):
    with app.app_context():
        apply_retention(now=NOW)
        busy = db.session.get(User, world["busy"])
        assert busy.active and busy.email == "busy@example.kz"
        assert _app_of(world["busy"], world["closed"]) is None
        live = _app_of(world["busy"], world["open"])
        assert live.cv_profile and live.anonymised_at is None
        assert (
            db.session.execute(select(CandidateProfile).where(CandidateProfile.user_id == busy.id))
            .scalar_one()
            .last_name
            == "Busy"
        )


def test_months_option_and_config(app, world):
    with app.app_context():
        assert apply_retention(months=24, now=NOW).applications == 0
        app.config["RETENTION_MONTHS"] = 24
        assert apply_retention(now=NOW).applications == 0
        assert apply_retention(months=13, now=NOW).applications == 3
        events = (
            db.session.execute(select(AuditEvent).where(AuditEvent.action == "retention.apply"))
            .scalars()
            .all()
        )
        assert [e.details["applications"] for e in events] == [0, 0, 3]
        assert [e.details["months"] for e in events] == [24, 24, 13]


def test_open_competitions_are_never_touched(app, world):
    with app.app_context():
        assert apply_retention(months=0, now=NOW + timedelta(days=3650)).applications == 3
        assert _app_of(world["busy"], world["open"]).anonymised_at is None


def test_retention_command(app, runner, world):
    result = runner.invoke(args=["recruit", "retention", "--months", "1"])
    assert result.exit_code == 0
    assert "Anonymised 3 application(s), erased 2 account(s), deleted 3 file(s)." in result.output
    again = runner.invoke(args=["recruit", "retention"])
    assert "Anonymised 0 application(s)" in again.output
    assert runner.invoke(args=["recruit", "retention", "--months", "-1"]).exit_code == 2
