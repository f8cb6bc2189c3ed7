"""DOCX CVs saved as PDF by LibreOffice Writer, as a candidate's word processor exports them
(Writer's own layout and PDF export, fonts metric-compatible with Times New Roman), for the
QA pass whose corpus is Word files (``test_qa_lo``). Without ``soffice`` the tests are
skipped, and with ``CI=true`` they fail, so a CI run never passes without them."""

import shutil
import subprocess
from pathlib import Path

from tests.nlp.programs import require_program

SOFFICE = "soffice"


def require_soffice() -> str:
    """LibreOffice's ``soffice`` must be there: skipped without it, failed on CI."""
    found = shutil.which(SOFFICE)
    message = "soffice is missing: `make system-packages` installs libreoffice-writer-nogui"
    require_program(found is not None, message)
    return found


def export_pdfs(files: dict[str, bytes], folder: Path) -> dict[str, bytes]:
    """The PDF of each named DOCX, written into ``folder`` and converted in one call.

    The profile is private to ``folder``, so parallel test workers never share one (two
    instances on one profile refuse to start).
    """
    soffice = require_soffice()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / name) for name in files),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {name: (folder / name).with_suffix(".pdf").read_bytes() for name in files}
