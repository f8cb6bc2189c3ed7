"""The reading pool: the same profile as reading in-process, and a text whose reading runs
away stopped at the worker's limits, the worker replaced and the CV's words kept out of logs."""

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from nlp.extraction.worker import WorkerFailed, reading_reply
from nlp.pool import ReaderPool, configure, decode_profile, get_reader
from nlp.profile import read_cv
from tests.nlp.builders import SAMPLE_CVS

# Costs the reading about 3 s of CPU here at the longest text allowed (200,000 characters).
SLOW_TEXT = ("01.2001 - 02.2003 " * 12_000)[:200_000]


@pytest.fixture(scope="module")
def reader():
    """A started reading worker with the production limits."""
    with ReaderPool() as pool:
        pool.warm()
        yield pool


@pytest.mark.parametrize("lang", SAMPLE_CVS)
def test_the_reader_returns_what_reading_in_process_returns(reader, lang):
    profile = reader.read(SAMPLE_CVS[lang])
    assert profile == read_cv(SAMPLE_CVS[lang])
    assert profile.language == lang and profile.skills and profile.experience


def test_a_language_chosen_by_the_caller_is_obeyed(reader):
    assert reader.read(SAMPLE_CVS["ru"], "ru") == read_cv(SAMPLE_CVS["ru"], "ru")


@pytest.mark.parametrize(
    ("limits", "cpu_limited"), [({"cpu_seconds": 1}, True), ({"timeout": 0.5}, False)]
)
def test_a_reading_that_overruns_is_stopped_and_the_worker_replaced(limits, cpu_limited):
    """The CPU limit stops the worker from inside, the wall-time limit from the parent; either
    way the caller hears ``timeout`` within seconds and the next CV is read."""
    with ReaderPool(**limits) as small:
        small.warm()
        (first_pid,) = small.worker_pids()
        began = time.monotonic()
        with pytest.raises(WorkerFailed) as failure:
            # Three times as long for the CPU limit (a second or two, by whole seconds), so
            # that a faster machine overruns it too; the pool reads texts of any length.
            small.read(SLOW_TEXT * (3 if cpu_limited else 1))
        assert failure.value.code == "timeout"
        assert time.monotonic() - began < (6 if cpu_limited else 1.5)
        assert small.read(SAMPLE_CVS["kk"]).language == "kk"
        assert small.worker_pids() != [first_pid]
        assert not Path(f"/proc/{first_pid}").exists()


def test_a_reader_killed_while_reading_is_reported_as_crashed_and_replaced():
    with ReaderPool() as pool:
        pool.warm()
        (pid,) = pool.worker_pids()
        threading.Timer(0.3, os.kill, (pid, signal.SIGKILL)).start()
        with pytest.raises(WorkerFailed) as failure:
            pool.read(SLOW_TEXT)
        assert failure.value.code == "worker_crashed"
        assert pool.read(SAMPLE_CVS["ru"]).language == "ru"
        assert pool.worker_pids() != [pid]


def test_a_defect_of_the_engine_is_reported_by_its_type_only(caplog):
    """The worker answers a reading that raised with the error's type, never its message
    (which could quote the CV); the parent logs that type and reports ``internal_error``."""

    def broken(text, lang):
        raise KeyError(text)

    request = json.dumps({"text": "Иванов Иван, Excel", "lang": "auto"}).encode()
    reply = reading_reply(request, broken)
    assert b"\\u0418" not in reply and "Иванов".encode() not in reply
    with pytest.raises(WorkerFailed) as failure:
        decode_profile(reply)
    assert failure.value.code == "internal_error"
    assert "KeyError" in caplog.text and "Иванов" not in caplog.text


@pytest.mark.parametrize(
    "reply",
    [
        b"[]",
        b"not json",
        b'{"profile": {"language": "ru"}}',
        b'{"profile": {"language": "ru", "text_chars": 1, "hacked": 1}}',
        b'{"error": "hacked"}',
    ],
)
def test_a_reply_outside_the_contract_counts_as_a_crash(reply):
    with pytest.raises(WorkerFailed) as failure:
        decode_profile(reply)
    assert failure.value.code == "worker_crashed"


def test_the_profile_survives_its_trip_through_json():
    profile = read_cv(SAMPLE_CVS["kk"])
    assert decode_profile(json.dumps({"profile": profile.to_dict()}).encode()) == profile


def test_get_reader_is_one_pool_per_process_and_configure_replaces_it():
    try:
        configure("read", timeout=5.0)
        first = get_reader()
        assert get_reader() is first and first.timeout == 5.0 and first.workers == 1
        configure("read")
        assert get_reader() is not first and get_reader().timeout == 12.0
    finally:
        configure("read")
