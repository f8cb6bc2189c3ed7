"""Fixtures shared by the nlp tests: a warmed extraction pool and sample CVs."""

import pytest

from nlp.pool import ExtractorPool

# Hostile files must come back within 3 s; a 2 s wall-time limit leaves room for the kill.
POOL_TIMEOUT = 2.0


@pytest.fixture(scope="session")
def pool():
    """A started two-worker pool with the production memory and CPU limits."""
    with ExtractorPool(workers=2, timeout=POOL_TIMEOUT) as extractor:
        extractor.warm()
        yield extractor
