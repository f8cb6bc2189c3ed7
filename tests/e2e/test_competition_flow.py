"""A whole competition in the browser: shortlist, commission, blind scores, recusal, decisions.

The database is seeded with a vacancy of one body past its deadline, five eligible
applications with CV texts and the engine's readings, and a stored ranking run (the ranking
engine itself is tested in tests/nlp and tests/test_ranking_*); everything after that is done
through the pages, as HR and the three commission members would.
"""

import re

import pytest
from playwright.sync_api import expect

from models import ApplicationStatus
from tests.commission_seed import seed
from tests.factories import PASSWORD

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
ASSESSMENT = {"K-005": 90, "K-004": 80, "K-003": 70, "K-002": 60}
INTERVIEW = ("K-005", "K-004")
DISSENT = "I would keep K-003 in the reserve."


@pytest.fixture
def competition(app):
    with app.app_context():
        s = seed(n=5, commission=False, status=ApplicationStatus.ELIGIBLE)
        return {
            "vacancy_id": s.vacancy.id,
            "hr": s.hr.email,
            "members": [(u.id, u.email) for u in s.users],
            "ids": {a.code: a.id for a in s.applications},
            "names": s.names,
            "emails": s.emails,
        }


def login(page, server, email):
    page.context.clear_cookies()
    page.goto(f"{server}/auth/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def assert_blind(page, c):
    html = page.content()
    for name, email in zip(c["names"], c["emails"], strict=True):
        assert name not in html and email not in html


def hr_forms_shortlist_and_commission(page, server, c):
    vid = c["vacancy_id"]
    login(page, server, c["hr"])
    page.goto(f"{server}/hr/competitions/{vid}")
    page.check("input[name=mode][value=top]")
    page.fill("input[name=top_n]", "4")
    page.get_by_role("button", name="Form the shortlist").click()
    expect(page.get_by_text("The shortlist is formed: 4 candidates.")).to_be_visible()
    page.goto(f"{server}/hr/competitions/{vid}/commission")
    for (user_id, _email), role in zip(c["members"], ("chair", "secretary", "member"), strict=True):
        page.select_option(f"select[name=user_{user_id}]", role)
    page.get_by_role("button", name="Save the commission").click()
    expect(page.get_by_text("The commission is saved.")).to_be_visible()
    page.goto(f"{server}/commission/hr/vacancies/{vid}/results")
    for code, value in ASSESSMENT.items():
        prefix = f"a{c['ids'][code]}-"
        page.fill(f"input[name='{prefix}legislation']", "42")
        page.fill(f"input[name='{prefix}personal_qualities']", str(value))
        page.get_by_role("button", name=f"Save results of {code}").click()
        expect(page.get_by_text(f"The results of {code} are saved.")).to_be_visible()


def candidate_url(server, c, code):
    return f"{server}/commission/competitions/{c['vacancy_id']}/candidates/{c['ids'][code]}"


def member_scores(page, server, c, email, codes, recuse=None):
    login(page, server, email)
    page.get_by_role("link", name="My competitions").click()
    page.get_by_role("link", name=re.compile("Главный эксперт")).click()
    assert_blind(page, c)
    if recuse:
        page.goto(candidate_url(server, c, recuse) + "/conflict")
        page.fill("textarea[name=reason]", "The candidate is my former subordinate.")
        page.get_by_role("button", name="Declare the conflict and recuse myself").click()
        expect(page.get_by_text(f"You are recused from {recuse}.")).to_be_visible()
        page.goto(candidate_url(server, c, recuse))
        expect(
            page.get_by_role("heading", name="You are recused from this candidate")
        ).to_be_visible()
    for code in codes:
        page.goto(candidate_url(server, c, code))
        expect(page.locator(".cv-text mark").first).to_have_text("Power BI")
        assert_blind(page, c)
        for criterion in ("professional_knowledge", "digital_skills", "communication"):
            page.select_option(
                f"select[name=interview__{criterion}]", "4" if code == "K-005" else "3"
            )
        page.get_by_role("button", name="Save my scores").click()
        expect(page.get_by_text(f"Your scores of {code} are saved.")).to_be_visible()
        expect(page.get_by_text("Hidden until the round is over").first).to_be_visible()
    page.get_by_role("link", name="Submit my scores").click()
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Your scores are submitted and locked.")).to_be_visible()


def vote(page, server, c, code, decision, note=""):
    page.goto(candidate_url(server, c, code))
    assert_blind(page, c)
    page.check(f"input[name=decision][value={decision}]")
    if note:
        page.fill("textarea[name=note]", note)
    page.get_by_role("button", name="Cast my vote").click()
    expect(page.get_by_text(f"Your vote on {code} is saved.")).to_be_visible()


VOTES = {
    "K-005": ("selected", "selected", "selected"),
    "K-004": ("reserve", "reserve", None),
    "K-003": ("not_selected", "not_selected", "reserve"),
    "K-002": ("not_selected", "not_selected", "not_selected"),
}


def commission_decides(page, server, c, chair, secretary, member):
    """Every member votes; the chair records each decision with quorum."""
    for index, email in ((2, member), (1, secretary), (0, chair)):
        login(page, server, email)
        for code, votes in VOTES.items():
            if votes[index]:
                note = DISSENT if votes[index] == "reserve" and index == 2 else ""
                vote(page, server, c, code, votes[index], note)
    for code in VOTES:
        page.goto(candidate_url(server, c, code))
        expect(page.locator(".quorum").first).to_contain_text(
            "at least 2 of the commission's 3 members"
        )
        page.fill("textarea[name=reason]", "Decided by the commission's vote.")
        page.get_by_role("button", name="Record the commission's decision").click()
        expect(page.get_by_text(f"The decision on {code} is recorded.")).to_be_visible()
    assert_blind(page, c)


def chair_locks_and_protocol_reveals(page, c):
    """After the lock, names appear next to codes and the protocol is complete."""
    page.get_by_role("link", name="Lock the decisions").click()
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("The decisions are locked; identities are revealed.")).to_be_visible()
    shortlisted = page.locator("table.shortlist")
    for name in c["names"][1:]:
        expect(shortlisted).to_contain_text(name)
    expect(shortlisted).not_to_contain_text(c["names"][0])  # K-001 was not shortlisted
    page.get_by_role("link", name="Protocol").click()
    protocol = page.locator("article.protocol")
    expect(protocol).to_contain_text("Final: the decisions were locked")
    expect(protocol).to_contain_text("The candidate is my former subordinate.")
    expect(protocol).to_contain_text(DISSENT)
    expect(protocol).to_contain_text("Nurlan Chairman")
    for name in c["names"][1:]:
        expect(protocol).to_contain_text(name)
    for email in c["emails"]:
        expect(protocol).not_to_contain_text(email)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(protocol).to_be_visible()


def test_competition_flow(page, live_server, competition):
    c, server = competition, live_server
    hr_forms_shortlist_and_commission(page, server, c)
    chair, secretary, member = (email for _id, email in c["members"])
    member_scores(page, server, c, chair, INTERVIEW)
    member_scores(page, server, c, secretary, INTERVIEW)
    member_scores(page, server, c, member, ("K-005",), recuse="K-004")
    expect(page.get_by_text("Hidden until the round is over")).to_have_count(0)
    commission_decides(page, server, c, chair, secretary, member)
    chair_locks_and_protocol_reveals(page, c)
