"""Debian programs some engine tests drive (Chromium, LibreOffice): without one the tests
that need it are skipped on a developer's machine, and with ``CI=true`` they fail, so a CI
run never passes without them (``make system-packages`` installs them)."""

import os

import pytest


def require_program(found: bool, message: str) -> None:
    """Go on when the program was ``found``; else skip the test, or fail it on CI."""
    if found:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
