"""HR assigns the commission: three or more of the body's commission members, chair, secretary."""

import pytest
from sqlalchemy import select

from models import (
    AuditEvent,
    Commission,
    Role,
    StageScore,
    User,
    Vacancy,
    Vote,
    db,
    utcnow,
)
from recruit.errors import ValidationFailed
from recruit.ranking import assignment
from tests.factories import make_body, make_user
from tests.ranking_helpers import competition, use_english


@pytest.fixture(autouse=True)
def _english(app, client):
    """Every page and message of these tests in English."""
    use_english(app, client)


@pytest.fixture
def world(app, auth):
    """A competition, four commission members of the body, one of another body; HR logged in."""
    with app.app_context():
        body, hr, vacancy, apps = competition()
        members = [make_user(Role.COMMISSION, body, full_name=f"Member {i}") for i in range(4)]
        stranger = make_user(Role.COMMISSION, make_body(), full_name="Stranger Member")
        data = {
            "vacancy": vacancy.id,
            "members": [m.id for m in members],
            "stranger": stranger.id,
            "app": apps[0].id,
            "hr": hr.id,
        }
        auth.login(hr.email)
    return data


def url(world) -> str:
    return f"/hr/competitions/{world['vacancy']}/commission"


def roles_form(world, *roles) -> dict:
    return {f"user_{uid}": role for uid, role in zip(world["members"], roles, strict=False)}


def members_of(vacancy_id: int) -> dict[int, str]:
    commission = db.session.execute(
        select(Commission).where(Commission.vacancy_id == vacancy_id)
    ).scalar_one_or_none()
    return {m.user_id: m.role.value for m in commission.members} if commission else {}


def test_the_page_lists_only_the_bodys_commission_members(client, world):
    html = client.get(url(world)).get_data(as_text=True)
    assert "Member 0" in html and "Member 3" in html
    assert "Stranger Member" not in html
    assert "Not in the commission" in html


def test_assigning_a_valid_commission(app, client, world):
    response = client.post(
        url(world), data=roles_form(world, "chair", "secretary", "member"), follow_redirects=True
    )
    html = response.get_data(as_text=True)
    assert "The commission is saved." in html
    assert "Member 0 — Chair" in html
    with app.app_context():
        m = world["members"]
        assert members_of(world["vacancy"]) == {m[0]: "chair", m[1]: "secretary", m[2]: "member"}
        event = db.session.execute(
            select(AuditEvent).where(AuditEvent.action == "commission.assign")
        ).scalar_one()
        assert event.actor_id == world["hr"]
        assert {"user": m[0], "role": "chair"} in event.details["members"]


@pytest.mark.parametrize(
    ("roles", "messages"),
    [
        (("chair", "secretary"), ["Assign at least 3 members (you chose 2)."]),
        (("chair", "chair", "secretary"), ["Choose exactly one chair (you chose 2)."]),
        (
            ("member", "member", "member"),
            [
                "Choose exactly one chair (you chose 0).",
                "Choose exactly one secretary (you chose 0).",
            ],
        ),
        (("chair", "member", "member", "member"), ["Choose exactly one secretary (you chose 0)."]),
    ],
)
def test_invalid_compositions_are_explained(app, client, world, roles, messages):
    response = client.post(url(world), data=roles_form(world, *roles))
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    for message in messages:
        assert message in html
    with app.app_context():
        assert members_of(world["vacancy"]) == {}


def test_a_member_of_another_body_or_a_non_member_is_refused(app, world):
    with app.app_context():
        vacancy = db.session.get(Vacancy, world["vacancy"])
        hr = db.session.get(User, world["hr"])
        m = world["members"]
        for outsider in (world["stranger"], hr.id):
            with pytest.raises(ValidationFailed, match="Only commission members of your"):
                assignment.assign_commission(
                    hr, vacancy, {m[0]: "chair", m[1]: "secretary", outsider: "member"}
                )


def test_a_crafted_field_for_another_bodys_member_is_ignored(app, client, world):
    data = roles_form(world, "chair", "secretary", "member")
    data[f"user_{world['stranger']}"] = "member"
    client.post(url(world), data=data)
    with app.app_context():
        assert world["stranger"] not in members_of(world["vacancy"])


def test_members_can_be_changed_until_scoring_starts(app, client, world):
    client.post(url(world), data=roles_form(world, "chair", "secretary", "member"))
    client.post(url(world), data=roles_form(world, "member", "secretary", "chair", "member"))
    with app.app_context():
        m = world["members"]
        assert members_of(world["vacancy"]) == {
            m[0]: "member",
            m[1]: "secretary",
            m[2]: "chair",
            m[3]: "member",
        }


@pytest.mark.parametrize("started_by", ["stage_score", "vote", "submitted", "closed"])
def test_changing_members_after_scoring_started_is_refused(app, client, world, started_by):
    client.post(url(world), data=roles_form(world, "chair", "secretary", "member"))
    with app.app_context():
        commission = db.session.execute(
            select(Commission).where(Commission.vacancy_id == world["vacancy"])
        ).scalar_one()
        member = commission.members[2]
        if started_by == "stage_score":
            db.session.add(
                StageScore(
                    application_id=world["app"],
                    member_id=member.id,
                    stage="interview",
                    criterion="digital",
                    value=4,
                )
            )
        elif started_by == "vote":
            db.session.add(
                Vote(application_id=world["app"], member_id=member.id, decision="selected")
            )
        elif started_by == "submitted":
            member.scores_submitted_at = utcnow()
        else:
            commission.round_closed_at = utcnow()
        db.session.commit()
    page = client.get(url(world)).get_data(as_text=True)
    assert "Scoring has started" in page
    response = client.post(url(world), data=roles_form(world, "chair", "secretary", "", "member"))
    assert response.status_code == 422
    assert "can no longer be changed" in response.get_data(as_text=True)
    with app.app_context():
        m = world["members"]
        assert members_of(world["vacancy"]) == {m[0]: "chair", m[1]: "secretary", m[2]: "member"}
