"""Screenshots of Recruit's main pages for the README (docs/screenshots/*.png).

Builds a throw-away SQLite database with the demo data, serves it with gunicorn on a free
local port and drives Debian's Chromium through Playwright, logging in with the demo accounts
through the real login form and switching language with the header buttons.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots]

Needs /usr/bin/chromium (Debian package) and the ``playwright`` Python package; it never
downloads a browser. Nothing in the work tree is written except the PNG files.
"""

import argparse
import base64
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from playwright.sync_api import Locator, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
MAX_HEIGHT = 1800
PASSWORD = "demo-password-2026"  # noqa: S105 - the published demo password (README)
ADMIN = "admin@demo.recruit.kz"
HR = "hr.mdai@demo.recruit.kz"
CANDIDATE = "candidate@demo.recruit.kz"
LANGUAGE_BUTTON = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
NAVIGATION_STATUS = "performance.getEntriesByType('navigation')[0].responseStatus"
STYLES_LOADED = "[...document.styleSheets].some(s => s.cssRules.length > 0)"
SHIM = (
    "from recruit import create_app\n"
    "app = create_app({{'BABEL_TRANSLATION_DIRECTORIES': {directory!r}}})\n"
)


def test_environment(tmp: Path) -> dict[str, str]:
    """The server's environment: a temporary database, random test secrets, uploads in tmp."""
    env = dict(os.environ)
    env.update(
        FLASK_APP="wsgi",
        DATABASE_URL=f"sqlite:///{tmp / 'recruit.db'}",
        SECRET_KEY=secrets.token_hex(32),
        RECRUIT_DATA_KEY=base64.b64encode(os.urandom(32)).decode(),
        RECRUIT_UPLOAD_FOLDER=str(tmp / "uploads"),
        PYTHONPATH=os.pathsep.join([str(tmp), str(ROOT)]),
    )
    return env


def compile_translations(tmp: Path) -> Path:
    """Compile every catalogue into tmp (the work tree's .mo files may be stale or absent)."""
    target = tmp / "translations"
    for po in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po"):
        mo = target / po.relative_to(ROOT / "translations").with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as src, mo.open("wb") as dst:
            write_mo(dst, read_po(src))
    return target


def prepare(tmp: Path, env: dict[str, str]) -> None:
    """Migrate the empty database, load the demo data and write the WSGI shim."""
    for args in (["db", "upgrade"], ["recruit", "demo"]):
        subprocess.run([str(BIN / "flask"), *args], cwd=ROOT, env=env, check=True)
    translations = compile_translations(tmp)
    (tmp / "screenshot_wsgi.py").write_text(SHIM.format(directory=str(translations)))


def free_port() -> int:
    """A local TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_ready(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    """Poll /healthz until the server answers; fail early if gunicorn died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server at {base} did not become ready in {timeout} s")


@contextmanager
def serve(tmp: Path, env: dict[str, str]):
    """Run gunicorn on a free port for the duration of the block; yield its base URL."""
    port = free_port()
    log = (tmp / "gunicorn.log").open("w")
    command = [str(BIN / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [*command, "--access-logfile", "-", "screenshot_wsgi:app"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def shoot(page: Page, out: Path, name: str, start: str | None = None) -> Path:
    """Save the page (from the ``start`` element, if given), at most MAX_HEIGHT px tall."""
    page.wait_for_load_state("networkidle")
    status = page.evaluate(NAVIGATION_STATUS)
    if status != 200:
        raise RuntimeError(f"{name}: the page answered {status} ({page.url})")
    if not page.evaluate(STYLES_LOADED):
        raise RuntimeError(f"{name}: the stylesheet did not load ({page.url})")
    height = page.evaluate("document.documentElement.scrollHeight")
    top = 0
    if start:
        top = max(int(page.locator(start).first.bounding_box()["y"]) - 8, 0)
    size = min(height - top, MAX_HEIGHT)
    clip = {"x": 0, "y": top, "width": VIEWPORT["width"], "height": size}
    path = out / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, clip=clip)
    print(f"{path.name}  {page.url}  {path.stat().st_size // 1024} KB")
    return path


def follow(page: Page, target: Locator) -> None:
    """Click a link or a form button and wait for the page it leads to."""
    with page.expect_navigation():
        target.click()


def set_language(page: Page, lang: str) -> None:
    """Press the header language button (a POST form that returns to the same page)."""
    follow(page, page.locator("form.lang-switch").get_by_role("button", name=LANGUAGE_BUTTON[lang]))


def log_in(page: Page, base: str, email: str) -> None:
    """Fill and send the real login form."""
    page.goto(f"{base}/auth/login")
    form = page.locator("main form")
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password]").fill(PASSWORD)
    follow(page, form.locator("button[type=submit]"))
    if "/auth/login" in page.url:
        raise RuntimeError(f"logging in as {email} failed")


def public_pages(page: Page, base: str, out: Path) -> None:
    """Home (Russian), filtered search (Kazakh), an announcement with its evaluation (English)."""
    page.goto(f"{base}/")
    set_language(page, "ru")
    shoot(page, out, "01-home-ru")
    page.goto(f"{base}/vacancies?corps=B&region=Astana")
    set_language(page, "kk")
    shoot(page, out, "02-vacancy-search-kk")
    page.goto(f"{base}/vacancies?corps=B&q=data")
    set_language(page, "en")
    follow(page, page.locator(".vacancy-list h3 a").first)
    shoot(page, out, "03-vacancy-announcement-en")
    shoot(page, out, "03b-vacancy-evaluation-en", start="section.evaluation")


def hr_pages(page: Page, base: str, out: Path) -> None:
    """The HR officer's vacancy list, then a copy of a vacancy opened in the edit form."""
    log_in(page, base, HR)
    page.goto(f"{base}/hr/vacancies/")
    set_language(page, "ru")
    shoot(page, out, "04-hr-vacancies-ru")
    follow(page, page.locator("main table tbody a").first)
    follow(page, page.locator("form[action$='/copy'] button"))
    if not page.url.endswith("/edit"):
        raise RuntimeError(f"copying a vacancy did not open the edit form ({page.url})")
    shoot(page, out, "05-hr-vacancy-edit-ru")


def candidate_pages(page: Page, base: str, out: Path) -> None:
    """The candidate presses Apply on an open vacancy and lands on the CV step."""
    log_in(page, base, CANDIDATE)
    page.goto(f"{base}/vacancies?open=y&sort=deadline")
    set_language(page, "en")
    follow(page, page.locator(".vacancy-list h3 a").first)
    follow(page, page.locator("form.apply button[type=submit]"))
    shoot(page, out, "06-candidate-cv-step-en")
    page.goto(f"{base}/applications/")
    shoot(page, out, "07-candidate-applications-en")


def admin_pages(page: Page, base: str, out: Path) -> None:
    """The administrator's dashboard and the audit log."""
    log_in(page, base, ADMIN)
    page.goto(f"{base}/admin/")
    set_language(page, "en")
    shoot(page, out, "08-admin-dashboard-en")
    page.goto(f"{base}/admin/audit")
    shoot(page, out, "09-admin-audit-log-en")


def take_all(base: str, out: Path) -> None:
    """One fresh browser context (cookies) per person."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for pages in (public_pages, hr_pages, candidate_pages, admin_pages):
                context = browser.new_context(viewport=VIEWPORT, locale="en-US")
                pages(context.new_page(), base, out)
                context.close()
        finally:
            browser.close()


def main() -> int:
    """Build the demo site, take the screenshots, clean everything up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out = parser.parse_args().out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="recruit-screenshots-") as name:
        tmp = Path(name)
        env = test_environment(tmp)
        prepare(tmp, env)
        try:
            with serve(tmp, env) as base:
                take_all(base, out)
        except Exception:
            print((tmp / "gunicorn.log").read_text()[-4000:], file=sys.stderr)
            raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
