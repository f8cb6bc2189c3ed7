"""A candidate applies in the browser with a Russian PDF CV; HR reviews and overrides eligibility.

The walk a real candidate makes: register, open the announcement, apply, upload the CV, check
what was read, upload the listed document, declare and consent, submit and read the status.
Then the body's HR officer finds the application with the reason for every rule, decides its
eligibility with a written reason, and sees the new outcome.
"""

import re

import pytest
from flask import url_for
from playwright.sync_api import Page, expect

from models import Role, db
from tests.factories import PASSWORD, make_body, make_user, make_vacancy
from tests.nlp.builders import SAMPLE_CVS, make_pdf

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
]
DOCUMENT = "Послужной список"
REASON = "The legislation-test certificate was checked in e-Qyzmet and is valid."


@pytest.fixture
def competition(app, live_server):
    """A published vacancy of one state body, its HR officer and the page addresses."""
    with app.app_context():
        body = make_body()
        vacancy = make_vacancy(body, required_documents=[DOCUMENT])
        hr = make_user(Role.HR, body, email="hr@e2e.kz")
        with app.test_request_context():
            path = url_for("public.vacancy", vacancy_id=vacancy.id)
        info = {"title": vacancy.title, "vacancy": live_server + path, "hr": hr.email}
        db.session.remove()
        return info


@pytest.fixture
def files(tmp_path):
    """The Russian sample CV as a PDF, and a small PDF for the required document."""
    cv = tmp_path / "rezume.pdf"
    cv.write_bytes(make_pdf(SAMPLE_CVS["ru"]))
    document = tmp_path / "posluzhnoy-spisok.pdf"
    document.write_bytes(make_pdf("Послужной список\nИванов Сергей Петрович"))
    return {"cv": str(cv), "document": str(document)}


def register(page: Page, base: str) -> None:
    page.goto(base + "/auth/register")
    page.get_by_label("E-mail").fill("ivanov@e2e.kz")
    page.get_by_label("Full name").fill("Иванов Сергей Петрович")
    page.get_by_label("Password", exact=True).fill("quiet meadow lantern 42")
    page.get_by_label("Repeat the password").fill("quiet meadow lantern 42")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Your account has been created.")).to_be_visible()


def apply_with_cv(page: Page, competition: dict, files: dict) -> None:
    """From the announcement to the confirmed CV reading."""
    page.goto(competition["vacancy"])
    expect(page.get_by_role("heading", name=competition["title"])).to_be_visible()
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.get_by_role("heading", name="Upload your CV")).to_be_visible()
    page.get_by_label("Your CV (PDF, DOCX or TXT, at most 5 MB)").set_input_files(files["cv"])
    page.get_by_role("button", name="Upload and read").click()
    expect(page.get_by_role("heading", name="Check what was read from your CV")).to_be_visible(
        timeout=30_000
    )
    expect(page.get_by_role("checkbox", name="PostgreSQL")).to_be_visible()
    expect(page.locator("blockquote mark", has_text="PostgreSQL")).to_be_visible()
    page.get_by_role("button", name="Confirm and continue").click()


def finish_and_submit(page: Page, files: dict) -> None:
    """The document, the declarations and consent, then the submission."""
    expect(page.get_by_role("heading", name="Documents", exact=True)).to_be_visible()
    page.get_by_label("File (PDF, DOCX, JPEG or PNG, at most 5 MB)").set_input_files(
        files["document"]
    )
    page.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("The document is saved.")).to_be_visible()
    page.get_by_role("link", name="Continue to the declarations").click()
    for label in (
        "I am a citizen of the Republic of Kazakhstan.",
        "I have no criminal record that bars entry to the civil service.",
        "My health allows me to work in the civil service.",
        "Everything I have stated and uploaded is true and complete.",
        "I have read the text above and consent to the processing of my personal data.",
    ):
        page.get_by_label(label).check()
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("button", name="Submit the application").click()


def hr_overrides(page: Page, base: str, competition: dict, code: str) -> None:
    """HR logs in, finds the applicant with the reasons and decides eligibility."""
    page.get_by_role("button", name="Log out").click()
    page.get_by_label("E-mail").fill(competition["hr"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(base + "/hr/screening/")
    page.get_by_role("link", name=competition["title"]).click()
    row = page.get_by_role("row").filter(has_text=code)
    expect(row.get_by_text("Needs review by HR", exact=True)).to_be_visible()
    expect(row.get_by_text("No legislation-test certificate is given")).to_be_visible()
    expect(row.get_by_text("Education level (bachelor's) meets")).to_be_visible()
    row.get_by_role("link", name=code).click()
    expect(page.get_by_role("heading", name=f"Applicant {code}")).to_be_visible()
    page.get_by_label("Eligible", exact=True).check()
    page.get_by_label("Reason for the decision").fill(REASON)
    page.get_by_role("button", name="Save the decision").click()
    expect(page.get_by_text("The eligibility decision is saved.")).to_be_visible()
    eligibility = page.locator("section", has=page.get_by_role("heading", name="Eligibility"))
    outcome = eligibility.locator("p", has_text="Outcome:")
    expect(outcome).to_contain_text(re.compile(r"Outcome:\s*Eligible\s*\(the rule engine found"))
    expect(eligibility.get_by_text(REASON)).to_be_visible()


def test_candidate_applies_and_hr_overrides_eligibility(page, live_server, competition, files):
    register(page, live_server)
    apply_with_cv(page, competition, files)
    finish_and_submit(page, files)
    expect(page.get_by_role("heading", name="Application", exact=True)).to_be_visible()
    expect(page.get_by_text("Your application is submitted.")).to_be_visible()
    code = re.search(r"K-\d{3}", page.get_by_text("Your application is submitted.").inner_text())
    eligibility = page.locator("section.eligibility")
    expect(eligibility.get_by_text("Needs review by HR", exact=True)).to_be_visible()
    expect(eligibility.get_by_text("Education level (bachelor's) meets")).to_be_visible()
    hr_overrides(page, live_server, competition, code.group(0))
    page.get_by_role("button", name="Log out").click()
