"""The worker pool: same text as in-process, limits enforced, workers replaced, fork-safe."""

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from nlp.extract import extract_bytes
from nlp.extraction.worker import OUT_OF_MEMORY, WorkerFailed, decode_reply
from nlp.pool import ExtractorPool, configure, get_pool
from tests.nlp.builders import SAMPLE_CVS, make_docx, make_pdf
from tests.nlp.test_hostile import cpu_burner_pdf, xobject_pdf

FILES = {
    "pdf": make_pdf(SAMPLE_CVS["kk"]),
    "docx": make_docx(SAMPLE_CVS["ru"].split("\n"), header="Резюме"),
    "txt": SAMPLE_CVS["en"].encode("utf-16"),
}


@pytest.mark.parametrize("kind", FILES)
def test_pool_returns_exactly_what_in_process_extraction_returns(pool, kind):
    assert pool.extract(FILES[kind]) == extract_bytes(FILES[kind])
    assert pool.extract(FILES[kind]).kind == kind


def test_many_threads_share_the_pool_and_each_gets_its_own_text(pool):
    expected = {kind: extract_bytes(data).text for kind, data in FILES.items()}
    results: list[tuple[str, str]] = []

    def upload(kind: str) -> None:
        for _ in range(4):
            results.append((kind, pool.extract(FILES[kind]).text))

    threads = [threading.Thread(target=upload, args=(kind,)) for kind in FILES for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 36
    assert all(text == expected[kind] for kind, text in results)


def test_a_stuck_file_does_not_block_other_uploads(pool):
    stuck = threading.Thread(target=pool.extract, args=(xobject_pdf(8),))
    stuck.start()
    started = time.monotonic()
    texts = [pool.extract(FILES["pdf"]).text for _ in range(5)]
    assert time.monotonic() - started < 1.5
    stuck.join()
    assert texts == [SAMPLE_CVS["kk"]] * 5


def test_overrunning_worker_is_killed_replaced_and_the_file_rejected():
    with ExtractorPool(workers=1, timeout=0.5) as small:
        small.warm()
        (first_pid,) = small.worker_pids()
        started = time.monotonic()
        result = small.extract(xobject_pdf(8))
        assert time.monotonic() - started < 1.5
        assert (result.status, result.reason.code) == ("rejected", "timeout")
        assert small.extract(FILES["pdf"]).text == SAMPLE_CVS["kk"]
        assert small.worker_pids() != [first_pid]
        assert not Path(f"/proc/{first_pid}").exists()


def test_cpu_limit_stops_a_runaway_worker_before_the_wall_clock_does():
    with ExtractorPool(workers=1, cpu_seconds=1, timeout=30) as small:
        small.warm()
        started = time.monotonic()
        result = small.extract(cpu_burner_pdf())
        assert (result.status, result.reason.code) == ("rejected", "timeout")
        assert time.monotonic() - started < 15
        assert small.extract(FILES["txt"]).status == "ok"


def _wait_until_dead(pid: int) -> None:
    """Wait (at most 5 s) until a process has exited (gone or a zombie)."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and status.exists() and "zombie" not in status.read_text():
        time.sleep(0.01)


def test_worker_that_died_while_idle_is_replaced_without_losing_a_file(pool):
    pool.warm()
    for pid in pool.worker_pids():
        os.kill(pid, signal.SIGKILL)
        _wait_until_dead(pid)
    results = [pool.extract(FILES["docx"]) for _ in range(3)]
    assert [r.status for r in results] == ["ok"] * 3


def test_workers_stay_small_and_do_not_load_spacy(pool):
    pool.warm()
    pids = pool.worker_pids()
    assert len(pids) == 2
    for pid in pids:
        maps = Path(f"/proc/{pid}/maps").read_text()
        assert "pdfium" in maps
        assert "spacy" not in maps
    assert all(size < 150 for size in pool.worker_rss_mb())


def test_closed_pool_stops_its_workers_and_refuses_work():
    small = ExtractorPool(workers=1)
    small.warm()
    (pid,) = small.worker_pids()
    small.close()
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    with pytest.raises(RuntimeError, match="closed"):
        small.extract(FILES["txt"])


@pytest.mark.parametrize(
    "settings", [{"workers": 0}, {"timeout": 0}, {"memory_mb": 10}, {"cpu_seconds": 0}]
)
def test_nonsense_settings_are_refused(settings):
    with pytest.raises(ValueError):
        ExtractorPool(**settings)


@pytest.mark.parametrize(
    "reply",
    [
        {"status": "ok", "text": "", "code": None, "kind": "pdf", "pages": 1},
        {"status": "rejected", "text": "", "code": "hacked", "kind": None, "pages": 0},
        {"status": "done", "text": "x", "code": None, "kind": "pdf", "pages": 1},
        {"status": "ok", "text": "x", "code": None, "kind": "exe", "pages": 1},
    ],
)
def test_a_worker_reply_outside_the_contract_counts_as_a_crash(reply):
    with pytest.raises(WorkerFailed):
        decode_reply(json.dumps(reply).encode())


def test_a_worker_out_of_memory_reports_the_file_as_too_complex():
    result = decode_reply(OUT_OF_MEMORY)
    assert (result.status, result.reason.code) == ("rejected", "too_complex")
    assert "memory" in result.reason.message["en"]


@pytest.fixture
def singleton():
    """Configure get_pool() for a small pool; restore the defaults afterwards."""
    configure(workers=1, timeout=2.0)
    yield
    configure()


def test_get_pool_is_one_pool_per_process(singleton):
    first = get_pool()
    assert get_pool() is first
    assert first.workers == 1
    assert first.extract(FILES["txt"]).status == "ok"


def test_forked_child_gets_its_own_pool_and_cannot_use_the_parents(singleton):
    parent_pool = get_pool()
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            fresh = get_pool() is not parent_pool
            try:
                parent_pool.extract(FILES["txt"])
                refused = False
            except RuntimeError:
                refused = True
            os.write(write_end, b"%d%d" % (fresh, refused))
        finally:
            os._exit(0)
    os.close(write_end)
    answer = os.read(read_end, 2)
    os.close(read_end)
    os.waitpid(child, 0)
    assert answer == b"11"
    assert parent_pool.extract(FILES["txt"]).status == "ok"
