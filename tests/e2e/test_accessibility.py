"""Every role's main pages pass axe-core's WCAG 2.1 A/AA rules in the browser.

A state service must be usable with a screen reader and a keyboard: each page below is opened
in Chromium as its user would reach it, and axe-core (bundled by axe-playwright-python) checks
it against the rules tagged wcag2a, wcag2aa, wcag21a and wcag21aa. A violation of impact
"serious" or "critical" fails the test, named by rule id and element so the failure says what
to fix. Pages are also opened in Kazakh and Russian, whose <html lang> must follow.

Three WCAG 2.1 AA criteria axe does not judge are checked on the same pages: text in another
language than the interface (a Russian vacancy title on an English page) carries its own lang
(3.1.2); every page reflows into a 320 px wide window without scrolling sideways (1.4.10); and
the keyboard focus ring has a colour of at least 3:1 against the page (1.4.11, 2.4.7).
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from models import ApplicationStatus, Role, db
from tests.commission_seed import seed
from tests.factories import PASSWORD, make_body, make_user, make_vacancy
from tests.nlp.builders import SAMPLE_CVS

pytestmark = pytest.mark.e2e
WCAG_21_AA = {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
BLOCKING = {"serious", "critical"}
AXE = Axe()
TITLE = "Главный эксперт управления цифровизации"  # the factories' vacancy title, in Russian
NARROW = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 720}


def violations(page: Page, name: str) -> list[str]:
    """The serious and critical WCAG 2.1 A/AA violations on the page, one line per element,
    then a line if the page scrolls sideways in a 320 px wide window."""
    result = AXE.run(page, options={"runOnly": WCAG_21_AA, "resultTypes": ["violations"]})
    found = [
        f"{name}: {v['id']} ({v['impact']}) at {node['target']}: {node['html'][:120]}"
        for v in result.response["violations"]
        if v["impact"] in BLOCKING
        for node in v["nodes"]
    ]
    page.set_viewport_size(NARROW)
    width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size(WIDE)
    if width > NARROW["width"]:
        found.append(f"{name}: reflow: {width} px wide in a 320 px window")
    return found


def untagged_titles(page: Page, name: str, lang: str = "ru") -> list[str]:
    """Places where the Russian vacancy title is shown without lang="ru" around it."""
    places = page.evaluate(
        """([title, lang]) => [...document.querySelectorAll('body *')]
            .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.data.includes(title)))
            .filter(e => e.closest('[lang]').getAttribute('lang') !== lang)
            .map(e => e.outerHTML.slice(0, 120))""",
        [TITLE, lang],
    )
    assert page.get_by_text(TITLE).count(), f"{name}: the vacancy title is not shown"
    return [f"{name}: language of parts: {html}" for html in places]


def visit(page: Page, url: str, name: str) -> list[str]:
    page.goto(url)
    return violations(page, name)


def login(page: Page, server: str, email: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{server}/auth/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


@pytest.fixture
def portal(app):
    """One body with a published vacancy, its HR officer, a candidate and an administrator."""
    with app.app_context():
        body = make_body(name_en="Ministry of Digital Development")
        vacancy = make_vacancy(body, required_documents=["Послужной список"])
        data = {
            "vacancy": vacancy.id,
            "hr": make_user(Role.HR, body).email,
            "candidate": make_user(Role.CANDIDATE, full_name="Иванов Сергей Петрович").email,
            "admin": make_user(Role.ADMIN).email,
        }
        db.session.remove()
        return data


@pytest.fixture
def competition(app):
    """A competition past its deadline with a shortlist, a ranking run and a commission."""
    with app.app_context():
        s = seed(n=3, status=ApplicationStatus.SHORTLISTED)
        data = {
            "vacancy": s.vacancy.id,
            "application": s.applications[0].id,
            "hr": s.hr.email,
            "chair": s.users[0].email,
        }
        db.session.remove()
        return data


def test_public_pages(page, live_server, portal):
    base, vid = live_server, portal["vacancy"]
    found = visit(page, base + "/", "home")
    found += visit(page, base + "/vacancies", "vacancy list")
    expect(page.locator(f"#main a[href$='/vacancies/{vid}']").first).to_be_visible()
    found += untagged_titles(page, "vacancy list")
    found += visit(page, base + "/vacancies?q=zzzqqq", "vacancy list, no results")
    found += visit(page, f"{base}/vacancies/{vid}", "vacancy page")
    found += untagged_titles(page, "vacancy page")
    found += visit(page, base + "/auth/login", "login")
    found += visit(page, base + "/auth/register", "register")
    page.get_by_label("E-mail").fill("not-an-email")
    page.get_by_role("button", name="Create account").click()
    expect(page.locator(".errors").first).to_be_visible()
    found += violations(page, "register with errors")
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("locale", "lang", "path"),
    [
        ("kk-KZ", "kk", "/"),
        ("kk-KZ", "kk", "/vacancies/{vid}"),
        ("ru-RU", "ru", "/vacancies/{vid}"),
        ("kk-KZ", "kk", "/auth/register"),
    ],
)
def test_pages_in_kazakh_and_russian(browser, live_server, portal, locale, lang, path):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    try:
        found = visit(page, live_server + path.format(vid=portal["vacancy"]), f"{path} ({lang})")
        assert page.locator("html").get_attribute("lang") == lang
        assert not found, "\n".join(found)
    finally:
        context.close()


def test_candidate_pages(page, live_server, portal, tmp_path):
    base = live_server
    cv = tmp_path / "rezume.txt"
    cv.write_text(SAMPLE_CVS["ru"], encoding="utf-8")
    login(page, base, portal["candidate"])
    found = visit(page, base + "/me/profile", "profile")
    page.goto(f"{base}/vacancies/{portal['vacancy']}")
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.get_by_role("heading", name="Upload your CV")).to_be_visible()
    found += violations(page, "wizard: CV upload")
    page.get_by_label("Your CV (PDF, DOCX or TXT, at most 5 MB)").set_input_files(str(cv))
    page.get_by_role("button", name="Upload and read").click()
    expect(page.get_by_role("heading", name="Check what was read from your CV")).to_be_visible(
        timeout=30_000
    )
    found += violations(page, "wizard: confirm the reading")
    page.get_by_role("button", name="Confirm and continue").click()
    expect(page.get_by_role("heading", name="Documents", exact=True)).to_be_visible()
    found += violations(page, "wizard: documents upload")
    page.get_by_role("link", name="Continue to the declarations").click()
    found += violations(page, "wizard: declarations")
    # The boxes are `required`; a browser that does not enforce that posts the form as it is,
    # and the server answers with the page re-rendered with its errors: check that one too.
    page.locator("form.narrow").evaluate("form => { form.noValidate = true; }")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator(".errors").first).to_be_visible()
    found += violations(page, "wizard: declarations with errors")
    found += visit(page, base + "/applications/", "my applications")
    page.get_by_role("link", name="Главный эксперт управления цифровизации").first.click()
    found += violations(page, "application status")
    assert not found, "\n".join(found)


def test_hr_pages(page, live_server, portal, competition):
    base = live_server
    login(page, base, portal["hr"])
    found = visit(page, base + "/hr/vacancies/", "HR vacancy list")
    found += visit(page, base + "/hr/vacancies/new", "new vacancy form")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".errors").first).to_be_visible()
    found += violations(page, "new vacancy form with errors")
    found += visit(page, base + "/hr/screening/", "screening list")
    login(page, base, competition["hr"])
    vid = competition["vacancy"]
    found += visit(page, f"{base}/hr/competitions/{vid}", "HR shortlist")
    found += untagged_titles(page, "HR shortlist")
    found += visit(page, f"{base}/hr/screening/vacancies/{vid}", "HR applicants")
    found += untagged_titles(page, "HR applicants")
    found += visit(page, f"{base}/commission/hr/vacancies/{vid}/results", "HR test results")
    found += untagged_titles(page, "HR test results")
    assert not found, "\n".join(found)


def test_commission_and_admin_pages(page, live_server, portal, competition):
    base, vid, aid = live_server, competition["vacancy"], competition["application"]
    login(page, base, competition["chair"])
    found = visit(page, base + "/commission/", "commission: my competitions")
    found += untagged_titles(page, "commission: my competitions")
    found += visit(page, f"{base}/commission/competitions/{vid}", "commission: shortlist")
    found += untagged_titles(page, "commission: shortlist")
    found += visit(
        page, f"{base}/commission/competitions/{vid}/candidates/{aid}", "commission: scoring"
    )
    found += untagged_titles(page, "commission: scoring")
    found += visit(page, f"{base}/commission/competitions/{vid}/protocol", "commission: protocol")
    login(page, base, portal["admin"])
    found += visit(page, base + "/admin/users", "admin: users")
    found += visit(page, base + "/admin/bodies", "admin: bodies")
    assert not found, "\n".join(found)


def focus_ring_contrast(page: Page, selector: str) -> float:
    """The best contrast against the background behind the element among the colours of its
    focus ring (outline and box-shadow) once it is focused."""
    page.focus(selector)
    colours = page.evaluate(
        r"""sel => {
            const s = getComputedStyle(document.querySelector(sel));
            const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                ? [s.outlineColor] : [];
            return ring.concat(s.boxShadow.match(/rgba?\([^)]*\)/g) || []);
        }""",
        selector,
    )
    background = page.evaluate(
        """sel => {
            let e = document.querySelector(sel).parentElement;
            while (e && getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)') {
                e = e.parentElement;
            }
            return getComputedStyle(e || document.body).backgroundColor;
        }""",
        selector,
    )
    return max((contrast(c, background) for c in colours), default=1.0)


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two CSS rgb() colours."""

    def luminance(colour: str) -> float:
        channels = [float(x) / 255 for x in re.findall(r"[\d.]+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_keyboard_skip_link_and_focus_ring(page, live_server):
    page.goto(live_server + "/auth/login")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_label("E-mail")).to_be_focused()
    for selector in ("#email", "button[type=submit].btn", "footer a"):
        ratio = focus_ring_contrast(page, selector)
        assert ratio >= 3, f"focus ring of {selector}: {ratio:.2f}:1 against the page"
