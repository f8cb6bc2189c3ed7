"""An HR officer publishes a vacancy in the browser; a visitor finds it by search and filter.

The walk of issue #2: HR logs in, fills every section of the announcement, previews and
publishes it; then an anonymous visitor searches the portal with a keyword and filters
(corps, region), opens the announcement and reads "How you will be evaluated".
"""

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from models import Role, db, utcnow
from tests.factories import PASSWORD, make_body, make_user, make_vacancy

pytestmark = pytest.mark.e2e
TITLE = "Chief expert of the data governance division"


@pytest.fixture
def portal(app):
    """One state body with its HR officer, and a decoy vacancy the filters must hide."""
    with app.app_context():
        body = make_body(code="mdai", region="Astana", name_en="Ministry of Digital Development")
        hr = make_user(Role.HR, body, email="hr@e2e.kz")
        make_vacancy(
            body,
            title="Chief expert of the data governance division (Shymkent)",
            region="Shymkent",
            language="en",
        )
        email = hr.email
        db.session.remove()
        return {"hr": email}


def local_input(days: int) -> str:
    """A datetime-local value ``days`` from now (the form reads Asia/Almaty, UTC+5)."""
    return (utcnow() + timedelta(days=days, hours=5)).strftime("%Y-%m-%dT%H:%M")


def fill_announcement(page: Page) -> None:
    """Every section of the GOV.KZ announcement, as an HR officer types it."""
    page.get_by_label("Language of the announcement").select_option("en")
    page.get_by_label("Position title").fill(TITLE)
    page.get_by_label("Structural unit").fill("Data governance division")
    page.get_by_label("Corps", exact=True).select_option("B")
    page.get_by_label("Category").fill("C-4")
    page.get_by_label("Duties, one per line").fill(
        "Maintain the ministry's open data sets\nBuild Power BI reports on public services"
    )
    page.locator("#experience-0-years").fill("1")
    page.locator("#experience-0-kind").select_option("public_service")
    page.locator("#skills-0-name").fill("Power BI")
    page.locator("#skills-0-weight").select_option("3")
    page.get_by_label("Salary from, KZT").fill("280000")
    page.get_by_label("Salary to, KZT").fill("360000")
    page.get_by_label("Duty location").fill("Astana, Mangilik El 55/5")
    page.get_by_label("Region").select_option("Astana")
    page.get_by_label("Required documents, one per line").fill("Application\nTrack record")
    page.get_by_label("Application deadline").fill(local_input(10))
    page.get_by_label("Testing date").fill(local_input(12))
    page.get_by_label("Interview date").fill(local_input(15))
    page.get_by_label("HR contact").fill("8 (7172) 74-00-00, hr@mdai.gov.kz")


def test_hr_publishes_and_a_visitor_finds_the_vacancy(live_server, page: Page, portal):
    page.goto(live_server + "/auth/login")
    page.get_by_label("E-mail").fill(portal["hr"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(live_server + "/hr/vacancies/new")
    fill_announcement(page)
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    page.get_by_role("link", name="Publish…").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published", exact=True).first).to_be_visible()
    page.get_by_role("button", name="Log out").click()

    page.goto(live_server + "/vacancies")
    page.get_by_label("Keywords").fill("data governance")
    page.get_by_label("Corps").select_option("B")
    page.get_by_label("Region").select_option("Astana")
    page.get_by_role("button", name="Search").click()
    results = page.locator("#main")
    expect(results.get_by_role("link", name=TITLE, exact=True)).to_be_visible()
    expect(results.get_by_text("(Shymkent)")).to_have_count(0)

    results.get_by_role("link", name=TITLE, exact=True).click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(page.get_by_role("heading", name="How you will be evaluated")).to_be_visible()
    expect(page.get_by_text("Power BI").first).to_be_visible()
    expect(page.get_by_text("Track record")).to_be_visible()
