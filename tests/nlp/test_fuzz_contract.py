"""A small seeded fuzz run: damaged real CVs keep the extraction contract.

Each case is a valid DOCX, PDF or TXT CV mutated with knowledge of its format
(tests/nlp/mutations.py). Whatever the damage, `extract_bytes` answers ok, rejected or
needs_review within 3 s, with no exception caught on the way (it would be logged) and no file
content in a refusal. ``tools/fuzz_extract.py`` runs thousands of such cases, through the pool
too.
"""

import logging
import time

import pytest

from nlp.extract import extract_bytes
from nlp.messages import MESSAGES
from tests.nlp.mutations import MARKER, cases

SEED = 2026
CASES = 150


@pytest.fixture(scope="module")
def outcomes():
    """Each case's format and mutation, outcome, seconds and warnings logged while reading."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    logger = logging.getLogger("nlp")
    logger.addHandler(handler)
    try:
        found = []
        for kind, name, data in cases(CASES, SEED):
            records.clear()
            started = time.monotonic()
            result = extract_bytes(data)
            seconds = time.monotonic() - started
            found.append((f"{kind}/{name}", result, seconds, [r.getMessage() for r in records]))
        return found
    finally:
        logger.removeHandler(handler)


def test_every_damaged_file_gets_one_of_the_three_outcomes_within_three_seconds(outcomes):
    slow = [(case, round(seconds, 2)) for case, _, seconds, _ in outcomes if seconds >= 3.0]
    assert not slow
    assert {result.status for _, result, _, _ in outcomes} <= {"ok", "rejected", "needs_review"}


def test_no_damaged_file_is_read_through_an_unexpected_error(outcomes):
    assert [(case, logged) for case, _, _, logged in outcomes if logged] == []


def test_refusals_carry_a_canned_message_and_nothing_of_the_file(outcomes):
    for case, result, _, _ in outcomes:
        if result.status != "ok":
            assert result.text == "", case
            assert result.reason.message == MESSAGES[result.reason.code], case
            assert MARKER not in repr(result), case


def test_the_run_covers_every_format_and_reads_some_files_despite_damage(outcomes):
    kinds = {case.split("/")[0] for case, _, _, _ in outcomes}
    assert kinds == {"docx", "pdf", "txt"}
    assert sum(result.status == "ok" for _, result, _, _ in outcomes) >= CASES // 5
