"""HR overrides the eligibility decision with a reason; the candidate sees it and why."""

import pytest
from flask import render_template
from sqlalchemy import select

from models import Application, CVStatus, Notification, Outcome, Role, db, utcnow
from tests.factories import make_user
from tests.test_eligibility_service import make_profile
from tests.test_screening import REASON, S, events, load, make_application, make_world, url


@pytest.fixture
def world(app):
    """Two bodies with HR officers; an applicant to the own body's vacancy; other roles."""
    return make_world(app)


def test_override_with_a_reason_changes_the_outcome_and_status(app, client, auth, world):
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    path = url(app, "screening.override", application_id=world.application)
    response = client.post(path, data={"outcome": "fail", "reason": REASON}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "The eligibility decision is saved." in page
    assert REASON in page
    application = load(app, world.application)
    assert application.override_outcome == Outcome.FAIL
    assert application.effective_outcome == Outcome.FAIL
    assert application.eligibility_outcome == Outcome.PASS
    assert application.status == S.NOT_ELIGIBLE
    assert application.override_reason == REASON and application.override_at is not None
    [override] = events(app, "eligibility.override")
    assert override.details["outcome"] == "fail" and override.details["previous"] == "pass"
    with app.app_context():
        change = db.session.get(Application, world.application).history[-1]
        assert change.to_status == "not_eligible" and REASON in change.reason["ru"]
        notes = (
            db.session.execute(select(Notification).where(Notification.user_id == world.candidate))
            .scalars()
            .all()
        )
        assert any(REASON in n.body for n in notes)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"outcome": "pass", "reason": "too short"}, "Write the reason in 10 to 2000 characters."),
        ({"outcome": "pass", "reason": ""}, "Write the reason for the decision."),
        ({"reason": REASON}, "Choose eligible or not eligible."),
        ({"outcome": "needs_review", "reason": REASON}, "Not a valid choice"),
    ],
)
def test_override_needs_a_decision_and_a_reason(app, client, auth, world, data, message):
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    response = client.post(
        url(app, "screening.override", application_id=world.application), data=data
    )
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    application = load(app, world.application)
    assert application.override_outcome is None and application.status == S.ELIGIBLE


def test_override_of_a_review_case_moves_it_on(app, client, auth, world):
    with app.app_context():
        vacancy = db.session.get(Application, world.application).vacancy
        unread = make_user(Role.CANDIDATE)
        make_profile(unread)
        application = make_application(
            vacancy, unread, cv_status=CVStatus.NEEDS_REVIEW, cv_profile={}
        )
        review_id = application.id
        assert application.status == S.SUBMITTED
    auth.login(world.emails["hr"])
    client.post(
        url(app, "screening.override", application_id=review_id),
        data={"outcome": "pass", "reason": REASON},
    )
    assert load(app, review_id).status == S.ELIGIBLE


def test_a_withdrawn_application_cannot_be_overridden(app, client, auth, world):
    with app.app_context():
        db.session.get(Application, world.application).status = S.WITHDRAWN
        db.session.commit()
    auth.login(world.emails["hr"])
    client.post("/language", data={"lang": "en"})
    response = client.post(
        url(app, "screening.override", application_id=world.application),
        data={"outcome": "fail", "reason": REASON},
        follow_redirects=True,
    )
    assert "can no longer be changed" in response.get_data(as_text=True)
    assert load(app, world.application).override_outcome is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Education level (bachelor"), ("ru", "Уровень образования"), ("kk", "Білім деңгейі")],
)
def test_the_candidate_partial_shows_outcome_and_reasons_in_the_interface_language(
    app, world, lang, expected
):
    with app.test_request_context():
        from flask import session

        session["lang"] = lang
        application = db.session.get(Application, world.application)
        application.override_outcome = Outcome.FAIL
        application.override_reason = REASON
        application.override_at = utcnow()
        html = render_template("screening/_eligibility.html", application=application)
    assert expected in html
    assert REASON in html
