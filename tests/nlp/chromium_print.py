"""HTML CVs printed to PDF by Debian's Chromium, as the browser's "Save as PDF" writes them
(Skia's PDF backend, DejaVu fonts), for the QA passes whose corpus is HTML (``test_qa_t``,
``test_qa_w``). Without Chromium the tests are skipped, and with ``CI=true`` they fail, so a
CI run never passes without them."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from nlp.profile import read_file
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.nlp.programs import require_program


def require_chromium() -> None:
    """Debian's Chromium must be there: skipped without it, failed on CI."""
    message = f"{CHROMIUM} is missing: `make system-packages` installs Debian's chromium"
    require_program(Path(CHROMIUM).exists(), message)


def _print(source: Path, names, folder: Path) -> None:
    """Print each named HTML CV of ``source`` to a PDF in ``folder``, as the browser tests
    start Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name in names:
            page.goto((source / name).as_uri())
            page.pdf(path=folder / f"{name}.pdf", prefer_css_page_size=True, print_background=True)
        browser.close()


def print_pdfs(source: Path, names, folder: Path) -> dict[str, bytes]:
    """The PDF of each named HTML CV of ``source``, printed into ``folder``.

    Playwright's sync API runs in a thread of its own: the browser tests may hold it open in
    this one for their session, and it cannot be opened twice in one thread.
    """
    require_chromium()
    with ThreadPoolExecutor(1) as thread:
        thread.submit(_print, source, list(names), folder).result()
    return {name: (folder / f"{name}.pdf").read_bytes() for name in names}


def read_printed(pdfs: dict[str, bytes]) -> dict:
    """Each printed PDF read as an upload is (extraction, then ``read_cv``): its profile;
    every one must have been extracted ``ok``."""
    read = {name: read_file(data, isolated=False) for name, data in pdfs.items()}
    assert {name: extraction.status for name, (extraction, _) in read.items()} == dict.fromkeys(
        pdfs, "ok"
    )
    return {name: profile for name, (_, profile) in read.items()}
