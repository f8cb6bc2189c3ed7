"""Stage scores: HR's results, who takes the essay and the interview, blind scoring and the lock."""

import pytest

from models import Application, AuditEvent, StageScore, db
from recruit.commission import scoring
from tests.commission_seed import complete_round, enter_results, seed


@pytest.fixture(autouse=True)
def english(client):
    """Assertions read the English interface."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def comp(app):
    with app.app_context():
        s = seed(n=4, senior=True)
        s.vid = s.vacancy.id
        s.aids = [a.id for a in s.applications]
        s.emails_of_members = [u.email for u in s.users]
        s.hr_email = s.hr.email
        s.cid = s.commission.id
        return s


def _candidate_url(s, index):
    return f"/commission/competitions/{s.vid}/candidates/{s.aids[index]}"


def _score(client, s, index, **values):
    data = {
        f"{k.replace('_', '__', 1) if k.startswith('essay') else 'interview__' + k}": v
        for k, v in values.items()
    }
    return client.post(_candidate_url(s, index) + "/scores", data=data)


def test_top_with_ties():
    assert scoring.top_with_ties({1: 90, 2: 80, 3: 80, 4: 70}, 2) == {1, 2, 3}
    assert scoring.top_with_ties({1: 90, 2: 80}, 5) == {1, 2}
    assert scoring.top_with_ties({}, 2) == set()


def test_hr_enters_results_and_members_see_them(app, client, auth, comp):
    auth.login(comp.hr_email)
    page = client.get(f"/commission/hr/vacancies/{comp.vid}/results").get_data(as_text=True)
    assert "K-001" in page and comp.names[0] not in page
    aid = comp.aids[0]
    prefix = f"a{aid}-"
    response = client.post(
        f"/commission/hr/vacancies/{comp.vid}/results/{aid}",
        data={prefix + "legislation": "44", prefix + "personal_qualities": "81"},
    )
    assert response.status_code == 302
    auth.logout()
    auth.login(comp.emails_of_members[1])
    assert "Legislation test: 44 · Personal-qualities assessment: 81" in client.get(
        _candidate_url(comp, 0)
    ).get_data(as_text=True)


def test_hr_result_out_of_range_is_refused(client, auth, comp):
    auth.login(comp.hr_email)
    aid = comp.aids[0]
    response = client.post(
        f"/commission/hr/vacancies/{comp.vid}/results/{aid}",
        data={f"a{aid}-legislation": "56", f"a{aid}-personal_qualities": "50"},
    )
    assert response.status_code == 422
    assert "Enter a number from 0 to 55." in response.get_data(as_text=True)


def test_essay_for_top_five_and_interview_for_top_two_with_ties(app, client, auth, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 80, 70])
    auth.login(comp.emails_of_members[0])
    top = client.get(_candidate_url(comp, 1)).get_data(as_text=True)
    assert "Essay: Grade" in top and "Professional knowledge" in top
    fourth = client.get(_candidate_url(comp, 3)).get_data(as_text=True)
    assert "Essay: Grade" in fourth and "Professional knowledge" not in fourth


def test_no_essay_when_the_position_is_not_senior(app, client, auth):
    with app.app_context():
        s = seed(n=2, senior=False)
        enter_results(s, [90, 80])
        vid, aid, email = s.vacancy.id, s.applications[0].id, s.users[0].email
    auth.login(email)
    page = client.get(f"/commission/competitions/{vid}/candidates/{aid}").get_data(as_text=True)
    assert "Essay: Grade" not in page and "Communication" in page


def test_scores_are_blind_until_everyone_submitted(app, client, auth, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 70, 60])
    auth.login(comp.emails_of_members[0])
    assert (
        _score(
            client,
            comp,
            0,
            essay_grade=5,
            professional_knowledge=5,
            digital_skills=5,
            communication=5,
        ).status_code
        == 302
    )
    auth.logout()
    auth.login(comp.emails_of_members[1])
    page = client.get(f"/commission/competitions/{comp.vid}").get_data(as_text=True)
    assert "Hidden until the round is over" in page
    candidate = client.get(_candidate_url(comp, 0)).get_data(as_text=True)
    assert "Commission means" not in candidate
    with app.app_context():
        complete_round(seed_view(comp))
    page = client.get(f"/commission/competitions/{comp.vid}").get_data(as_text=True)
    assert "Hidden until the round is over" not in page
    assert "4.0" in page  # every member's final scores are 4s: the mean shows


def seed_view(comp):
    """The seeded competition re-read in the current app context."""
    from models import Commission

    comp.commission = db.session.get(Commission, comp.cid)
    comp.applications = [db.session.get(Application, i) for i in comp.aids]
    return comp


def test_submit_needs_every_score_then_locks(app, client, auth, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 70, 60])
    auth.login(comp.emails_of_members[2])
    response = client.post(f"/commission/competitions/{comp.vid}/submit", follow_redirects=True)
    assert "Score every candidate first: 10 scores are missing." in response.get_data(as_text=True)
    for index in range(4):
        data = {"essay__grade": "3"}
        if index < 2:
            data |= {
                "interview__professional_knowledge": "4",
                "interview__digital_skills": "4",
                "interview__communication": "2",
            }
        assert client.post(_candidate_url(comp, index) + "/scores", data=data).status_code == 302
    response = client.post(f"/commission/competitions/{comp.vid}/submit", follow_redirects=True)
    assert "Your scores are submitted and locked." in response.get_data(as_text=True)
    response = client.post(_candidate_url(comp, 3) + "/scores", data={"essay__grade": "5"})
    assert response.status_code == 422
    assert "You have submitted your scores; they are locked." in response.get_data(as_text=True)
    with app.app_context():
        values = (
            db.session.execute(
                db.select(StageScore.value).where(
                    StageScore.application_id == comp.aids[3], StageScore.member_id.is_not(None)
                )
            )
            .scalars()
            .all()
        )
        assert values == [3]
        assert db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "commission.scores_submitted")
        ).first()


def test_a_score_outside_the_scale_is_refused(app, client, auth, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 70, 60])
    auth.login(comp.emails_of_members[0])
    response = client.post(_candidate_url(comp, 3) + "/scores", data={"essay__grade": "9"})
    assert response.status_code == 422 and "Choose a score from 1 to 5." in response.get_data(
        as_text=True
    )


def test_chair_closes_the_round(app, client, auth, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 70, 60])
    auth.login(comp.emails_of_members[1])
    assert client.post(f"/commission/competitions/{comp.vid}/close").status_code == 403
    auth.logout()
    auth.login(comp.emails_of_members[0])
    page = client.get(f"/commission/competitions/{comp.vid}/close").get_data(as_text=True)
    assert "This cannot be undone." in page
    response = client.post(f"/commission/competitions/{comp.vid}/close", follow_redirects=True)
    assert "The scoring round is closed." in response.get_data(as_text=True)
    response = client.post(_candidate_url(comp, 3) + "/scores", data={"essay__grade": "5"})
    assert "The chair has closed the scoring round." in response.get_data(as_text=True)


def test_hr_results_are_frozen_once_members_submit(app, client, auth, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 70, 60])
        complete_round(seed_view(comp))
    auth.login(comp.hr_email)
    aid = comp.aids[0]
    response = client.post(
        f"/commission/hr/vacancies/{comp.vid}/results/{aid}",
        data={f"a{aid}-legislation": "50", f"a{aid}-personal_qualities": "10"},
    )
    assert response.status_code == 422
    assert "the results can no longer change" in response.get_data(as_text=True)


def test_aggregates_are_means_per_criterion(app, comp):
    with app.app_context():
        enter_results(comp, [90, 80, 70, 60])
        s = seed_view(comp)
        members = s.commission.members
        target = s.applications[0]
        for member, value in zip(members, (3, 4, 4), strict=True):
            scoring.save_scores(member, target, {("essay", "grade"): value})
        means = scoring.aggregates(s.commission)[target.id]
        assert means[("essay", "grade")] == pytest.approx(3.67)
