"""Votes, quorum, the chair's decision, the lock, recusals and the reveal of identities."""

import pytest

from models import (
    Application,
    ApplicationStatus,
    AuditEvent,
    Commission,
    ConflictOfInterest,
    Notification,
    StageScore,
    Vote,
    db,
)
from recruit.audit import verify
from tests.commission_seed import complete_round, enter_results, seed


@pytest.fixture(autouse=True)
def english(client):
    """Assertions read the English interface."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


REASON = "Strongest digital skills and interview."


@pytest.fixture
def comp(app):
    with app.app_context():
        s = seed(n=4)
        enter_results(s, [90, 80, 70, 60])
        s.vid, s.cid = s.vacancy.id, s.commission.id
        s.aids = [a.id for a in s.applications]
        s.member_emails = [u.email for u in s.users]
        s.member_ids = [m.id for m in s.commission.members]
        s.hr_email = s.hr.email
        return s


def _fresh(comp):
    comp.commission = db.session.get(Commission, comp.cid)
    comp.applications = [db.session.get(Application, i) for i in comp.aids]
    return comp


def _url(comp, index, action=""):
    return f"/commission/competitions/{comp.vid}/candidates/{comp.aids[index]}{action}"


def _vote(client, auth, comp, who, index, decision, note=""):
    auth.login(comp.member_emails[who])
    response = client.post(_url(comp, index, "/vote"), data={"decision": decision, "note": note})
    auth.logout()
    return response


def _decide(client, auth, comp, index, who=0):
    auth.login(comp.member_emails[who])
    response = client.post(_url(comp, index, "/decision"), data={"reason": REASON})
    auth.logout()
    return response


def _complete(app, comp):
    with app.app_context():
        complete_round(_fresh(comp))


def test_voting_opens_only_after_the_round(client, auth, comp):
    response = _vote(client, auth, comp, 1, 0, "selected")
    assert response.status_code == 422
    assert "Voting opens when every member has submitted scores" in response.get_data(as_text=True)


def test_decision_needs_quorum_then_changes_the_status(app, client, auth, comp):
    _complete(app, comp)
    assert _vote(client, auth, comp, 0, 0, "selected").status_code == 302
    response = _decide(client, auth, comp, 0)
    assert response.status_code == 422
    assert "No quorum: 1 of the 2 votes needed." in response.get_data(as_text=True)
    _vote(client, auth, comp, 1, 0, "selected")
    _vote(client, auth, comp, 2, 0, "not_selected", note="Weak interview answers.")
    assert _decide(client, auth, comp, 0).status_code == 302
    with app.app_context():
        application = db.session.get(Application, comp.aids[0])
        assert application.status == ApplicationStatus.SELECTED
        assert application.decision_reason == REASON and application.decided_at is not None
        assert REASON in application.history[-1].reason["en"]
        assert db.session.execute(
            db.select(Notification).where(Notification.user_id == application.candidate_id)
        ).first()
    response = _vote(client, auth, comp, 1, 0, "reserve")
    assert "The decision on this candidate is already recorded." in response.get_data(as_text=True)


def test_a_tie_is_decided_by_the_chairs_vote(app, client, auth, comp):
    _complete(app, comp)
    _vote(client, auth, comp, 0, 1, "reserve")
    _vote(client, auth, comp, 1, 1, "selected")
    assert _decide(client, auth, comp, 1).status_code == 302
    with app.app_context():
        assert db.session.get(Application, comp.aids[1]).status == ApplicationStatus.RESERVE


def test_only_the_chair_records_decisions(app, client, auth, comp):
    _complete(app, comp)
    assert _decide(client, auth, comp, 0, who=2).status_code == 403


def test_the_secretary_presides_when_the_chair_is_recused(app, client, auth, comp):
    with app.app_context():
        db.session.add(
            ConflictOfInterest(
                member_id=comp.member_ids[0], application_id=comp.aids[2], reason="Relative"
            )
        )
        db.session.commit()
    _complete(app, comp)
    _vote(client, auth, comp, 1, 2, "selected")
    _vote(client, auth, comp, 2, 2, "reserve")
    response = _decide(client, auth, comp, 2, who=1)
    assert "The votes are tied and the chair has not voted" in response.get_data(as_text=True)
    _vote(client, auth, comp, 2, 2, "selected")
    assert _decide(client, auth, comp, 2, who=1).status_code == 302
    assert _decide(client, auth, comp, 2, who=0).status_code == 403


def test_a_recused_member_cannot_see_score_or_vote(app, client, auth, comp):
    auth.login(comp.member_emails[2])
    form = client.get(_url(comp, 3, "/conflict")).get_data(as_text=True)
    assert "cannot be withdrawn" in form
    response = client.post(_url(comp, 3, "/conflict"), data={"reason": "My former colleague"})
    assert response.status_code == 302
    for action, method in (
        ("", "get"),
        ("/scores", "post"),
        ("/vote", "post"),
        ("/conflict", "get"),
    ):
        response = getattr(client, method)(_url(comp, 3, action))
        assert response.status_code == 403
        assert "You declared a conflict of interest with this candidate" in response.get_data(
            as_text=True
        )
    page = client.get(f"/commission/competitions/{comp.vid}").get_data(as_text=True)
    assert "Recused" in page
    with app.app_context():
        event = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "commission.conflict_declared")
        ).scalar_one()
        assert event.object_id == str(comp.aids[3])


def test_declaring_a_conflict_withdraws_own_scores_and_vote(app, comp):
    with app.app_context():
        s = _fresh(comp)
        complete_round(s)
        member = s.commission.members[2]
        db.session.add(Vote(application_id=s.aids[0], member_id=member.id, decision="selected"))
        db.session.commit()
        from recruit.commission import services

        services.declare_conflict(member, s.applications[0], "Neighbour")
        left = db.session.execute(
            db.select(StageScore).where(
                StageScore.member_id == member.id, StageScore.application_id == s.aids[0]
            )
        ).first()
        assert left is None
        assert (
            db.session.execute(db.select(Vote).where(Vote.member_id == member.id)).first() is None
        )


def _decide_all(client, auth, comp):
    for index in range(4):
        _vote(client, auth, comp, 0, index, "selected" if index == 0 else "not_selected")
        _vote(
            client,
            auth,
            comp,
            1,
            index,
            "selected" if index == 0 else "not_selected",
            note="Dissent: K" if index else "",
        )
        assert _decide(client, auth, comp, index).status_code == 302


def test_lock_needs_every_decision_and_reveals_identities(app, client, auth, comp):
    _complete(app, comp)
    auth.login(comp.member_emails[0])
    response = client.post(f"/commission/competitions/{comp.vid}/lock", follow_redirects=True)
    assert "Record a decision on every candidate first: 4 pending." in response.get_data(
        as_text=True
    )
    auth.logout()
    _decide_all(client, auth, comp)
    auth.login(comp.member_emails[2])
    before = client.get(f"/commission/competitions/{comp.vid}").get_data(as_text=True)
    assert not any(name in before for name in comp.names)
    auth.logout()
    auth.login(comp.member_emails[0])
    response = client.post(f"/commission/competitions/{comp.vid}/lock", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "The decisions are locked; identities are revealed." in page
    assert all(name in page for name in comp.names)
    protocol = client.get(f"/commission/competitions/{comp.vid}/protocol").get_data(as_text=True)
    assert all(name in protocol for name in comp.names)
    assert "Dissent: K" in protocol and "Final: the decisions were locked" in protocol
    assert not any(email in protocol for email in comp.emails)
    auth.logout()
    auth.login(comp.hr_email)
    hr_protocol = client.get(f"/commission/hr/vacancies/{comp.vid}/protocol").get_data(as_text=True)
    assert all(name in hr_protocol for name in comp.names)
    with app.app_context():
        views = (
            db.session.execute(
                db.select(AuditEvent).where(
                    AuditEvent.action == "personal_data.view",
                    AuditEvent.object_type == "commission",
                )
            )
            .scalars()
            .all()
        )
        assert len(views) == 3  # the revealed shortlist, the chair's and HR's protocol
        assert verify() is None


def test_protocol_before_the_lock_shows_codes_and_no_votes(app, client, auth, comp):
    _complete(app, comp)
    _vote(client, auth, comp, 1, 0, "selected", note="Secret opinion")
    auth.login(comp.member_emails[0])
    protocol = client.get(f"/commission/competitions/{comp.vid}/protocol").get_data(as_text=True)
    assert "Draft: the decisions are not locked yet" in protocol
    assert "Secret opinion" not in protocol and "Votes cast: 1 of the 2 needed." in protocol
    assert not any(name in protocol for name in comp.names)


def test_absent_members_do_not_vote(app, client, auth, comp):
    _complete(app, comp)
    auth.login(comp.member_emails[1])
    url = f"/commission/competitions/{comp.vid}/members/{comp.member_ids[2]}/attendance"
    assert client.post(url, data={}).status_code == 302
    auth.logout()
    response = _vote(client, auth, comp, 2, 0, "selected")
    assert "Members marked absent do not vote." in response.get_data(as_text=True)
    auth.login(comp.member_emails[2])
    url = f"/commission/competitions/{comp.vid}/members/{comp.member_ids[2]}/attendance"
    response = client.post(url, data={"attended": "y"}, follow_redirects=True)
    assert "Only the chair or the secretary records attendance." in response.get_data(as_text=True)
