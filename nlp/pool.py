"""Long-lived pools of worker processes that extract CV files and read CV texts under memory,
CPU and time limits.

Each worker is a fresh interpreter (``spawn`` context) that sets RLIMIT_AS and RLIMIT_CPU on
itself, imports only the code of its task, and serves requests one at a time over a pipe.
The parent enforces a wall-time limit per request; a worker that overruns, dies or answers
nonsense is killed and the request reported (``timeout`` / ``worker_crashed``), never
retried; a new worker is started in the background. Replies are JSON, never pickles, so a
worker subverted by a hostile file cannot run code in the parent.

``ExtractorPool`` turns file bytes into text (a refused file comes back ``rejected``).
``ReaderPool`` turns an extracted text into its ``CVProfile``: the pipelines are fast on CVs,
but a text built to repeat one pattern can find a step that costs the square of its length,
and that must cost a worker, not the server process that took the upload.

The pools are thread-safe. ``get_pool()`` and ``get_reader()`` keep one pool of each per
process and build new ones in a forked child (gunicorn workers), since an inherited pool's
pipes belong to the parent. As with any ``spawn`` start, each worker imports the parent's
``__main__`` module: a script that uses a pool needs the usual ``if __name__ ==
"__main__":`` guard.

Measured (2 cores, loaded): an extraction worker starts in about 0.5 s and holds about 42 MB
RSS (160 MB address space); a 20-page, 3 MB PDF raises that to about 65 MB RSS and 180 MB
address space, so the 700 MB default address-space limit leaves ample room. A reading worker
starts in about 1.5 s (it builds the three pipelines first) and holds about 170 MB RSS; its
round trip costs no measurable time next to the reading (100 dev-set CVs: 3.78 s through the
pool, 3.78 s in-process).
"""

from __future__ import annotations

import atexit
import json
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable
from typing import Any

from nlp.extraction.limits import LIMITS, Limits
from nlp.extraction.worker import START_TIMEOUT, WorkerFailed, WorkerHandle, decode_reply
from nlp.messages import rejected
from nlp.types import CVProfile, Extraction

log = logging.getLogger(__name__)

DEFAULT_MEMORY_MB = 700
DEFAULT_CPU_SECONDS = 5
DEFAULT_TIMEOUT = 3.0
# A reading worker holds the pipelines (about 170 MB RSS, 320 MB of address space) and reads
# a CV in milliseconds; the longest text allowed (200,000 characters) of any hostile pattern
# tried (tests/nlp/test_hostile_text.py) read in at most 3.5 s and 400 MB of address space.
READ_MEMORY_MB = 1000
READ_CPU_SECONDS = 8
READ_TIMEOUT = 12.0


class WorkerPool:
    """Serve requests in ``workers`` sandboxed processes of one task; see the module docstring."""

    task = ""

    def __init__(
        self,
        workers: int = 2,
        memory_mb: int = DEFAULT_MEMORY_MB,
        cpu_seconds: int = DEFAULT_CPU_SECONDS,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        limits: Limits = LIMITS,
        wait_timeout: float = 60.0,
    ):
        if workers < 1 or memory_mb < 64 or cpu_seconds < 1 or timeout <= 0:
            raise ValueError("workers >= 1, memory_mb >= 64, cpu_seconds >= 1, timeout > 0")
        self.workers = workers
        self.memory_mb = memory_mb
        self.cpu_seconds = cpu_seconds
        self.timeout = timeout
        self.limits = limits
        self.wait_timeout = wait_timeout
        self.pid = os.getpid()
        self._context = multiprocessing.get_context("spawn")
        self._slots: queue.Queue[WorkerHandle | None] = queue.Queue()
        for _ in range(workers):
            self._slots.put(None)
        self._live: set[WorkerHandle] = set()
        self._lock = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(workers={self.workers}, memory_mb={self.memory_mb}, "
            f"cpu_seconds={self.cpu_seconds}, timeout={self.timeout})"
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def ask(self, request: bytes, decode: Callable[[bytes], Any]) -> Any:
        """Send one request to a worker and decode its reply; blocks while all workers are
        busy. Raises WorkerFailed: ``busy`` after ``wait_timeout`` seconds, ``timeout`` or
        ``worker_crashed`` (that worker is then replaced)."""
        self._check_usable()
        try:
            worker = self._slots.get(timeout=self.wait_timeout)
        except queue.Empty:
            raise WorkerFailed("busy") from None
        try:
            self._check_usable()
            if worker is None or not worker.alive() or not worker.responsive():
                self._discard(worker)
                worker = None
                worker = self._spawn()
            return decode(worker.exchange(request, self.timeout))
        except WorkerFailed as failure:
            log.warning("%s worker replaced: %s", self.task, failure.code)
            self._discard(worker)
            worker = None
            raise
        finally:
            self._release(worker)

    def warm(self) -> None:
        """Start every missing worker now, so that files do not wait for a start-up.

        Waits for files being read to finish, since it needs every slot for a moment.
        """
        self._check_usable()
        taken: list[WorkerHandle | None] = []
        try:
            while len(taken) < self.workers:
                taken.append(self._slots.get(timeout=START_TIMEOUT))
                if taken[-1] is None or not taken[-1].alive():
                    self._discard(taken[-1])
                    taken[-1] = None
                    taken[-1] = self._spawn()
        except (queue.Empty, WorkerFailed):
            pass
        finally:
            for worker in taken:
                self._slots.put(worker)

    def worker_pids(self) -> list[int]:
        """Return the process ids of the workers alive now."""
        with self._lock:
            return [w.process.pid for w in self._live if w.alive() and w.process.pid]

    def worker_rss_mb(self) -> list[float]:
        """Return the resident memory of each live worker in MB (from /proc)."""
        return [size for pid in self.worker_pids() if (size := _rss_mb(pid)) is not None]

    def close(self) -> None:
        """Stop idle workers now and busy ones when their file is done."""
        if os.getpid() != self.pid:
            return
        self._closed = True
        while True:
            try:
                worker = self._slots.get_nowait()
            except queue.Empty:
                break
            self._discard(worker)

    def _check_usable(self) -> None:
        """Refuse use after close() or in a forked child (the pipes belong to the parent)."""
        if os.getpid() != self.pid:
            raise RuntimeError("a worker pool cannot be used across fork; call get_pool() again")
        if self._closed:
            raise RuntimeError("the worker pool is closed")

    def _spawn(self) -> WorkerHandle:
        """Start a worker and register it."""
        worker = WorkerHandle(
            self._context, self.memory_mb, self.cpu_seconds, self.limits, self.task
        )
        with self._lock:
            self._live.add(worker)
        return worker

    def _discard(self, worker: WorkerHandle | None) -> None:
        """Stop a worker (if any) and forget it."""
        if worker is None:
            return
        with self._lock:
            self._live.discard(worker)
        worker.stop()

    def _release(self, worker: WorkerHandle | None) -> None:
        """Give the slot back; a slot that lost its worker gets a new one in the background."""
        if self._closed:
            self._discard(worker)
            self._slots.put(None)
        elif worker is None:
            threading.Thread(target=self._replace, name="nlp-replace", daemon=True).start()
        else:
            self._slots.put(worker)

    def _replace(self) -> None:
        """Start a worker for a freed slot off the request path; the slot waits for it."""
        try:
            worker: WorkerHandle | None = self._spawn()
        except WorkerFailed:
            worker = None
        if self._closed:
            self._discard(worker)
            worker = None
        self._slots.put(worker)


class ExtractorPool(WorkerPool):
    """Extract files in ``workers`` sandboxed processes; see the module docstring."""

    task = "extract"

    def extract(self, data: bytes) -> Extraction:
        """Extract one file in a worker; blocks while all workers are busy (``busy`` after
        ``wait_timeout`` seconds)."""
        self._check_usable()
        if not data:
            return rejected("empty")
        if len(data) > self.limits.max_bytes:
            return rejected("too_large")
        try:
            return self.ask(data, decode_reply)
        except WorkerFailed as failure:
            return rejected(failure.code)


class ReaderPool(WorkerPool):
    """Read CV texts into profiles in sandboxed processes; see the module docstring."""

    task = "read"

    def __init__(
        self,
        workers: int = 1,
        memory_mb: int = READ_MEMORY_MB,
        cpu_seconds: int = READ_CPU_SECONDS,
        timeout: float = READ_TIMEOUT,
        **options: Any,
    ):
        super().__init__(workers, memory_mb, cpu_seconds, timeout, **options)

    def read(self, text: str, lang: str = "auto") -> CVProfile:
        """The profile of one CV text, as ``read_cv`` gives it. Raises WorkerFailed with the
        code of what went wrong: ``timeout``, ``too_complex`` (memory), ``internal_error``
        (a defect of the engine; logged by its type), ``worker_crashed`` or ``busy``."""
        request = json.dumps({"text": text, "lang": lang}, ensure_ascii=False).encode("utf-8")
        return self.ask(request, decode_profile)


def decode_profile(payload: bytes) -> CVProfile:
    """Rebuild a profile from a reading worker's reply; a reply of any other shape means the
    worker is broken."""
    try:
        reply = json.loads(payload)
        if "error" in reply:
            error = WorkerFailed(str(reply["error"]))
        else:
            return CVProfile.from_dict(reply["profile"])
    except (ValueError, TypeError, KeyError, AttributeError) as failure:
        raise WorkerFailed("worker_crashed") from failure
    if error.code not in ("internal_error", "too_complex"):
        raise WorkerFailed("worker_crashed")
    log.error("CV reading failed: %s", str(reply.get("type"))[:80])
    raise error


def _rss_mb(pid: int) -> float | None:
    """Return a process's resident set size in MB, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


_KINDS: dict[str, type[WorkerPool]] = {"extract": ExtractorPool, "read": ReaderPool}
_settings: dict[str, dict[str, Any]] = {task: {} for task in _KINDS}
_pools: dict[str, WorkerPool] = {}
_pool_lock = threading.Lock()


def configure(task: str = "extract", **settings: Any) -> None:
    """Set the arguments of this process's pool for ``task`` ("extract": get_pool(), "read":
    get_reader()); closes that pool."""
    with _pool_lock:
        _settings[task] = settings
        pool = _pools.pop(task, None)
        if pool is not None and pool.pid == os.getpid():
            pool.close()


def get_pool() -> ExtractorPool:
    """Return this process's extraction pool, created on first use (lazily, after any fork)."""
    return _shared("extract")


def get_reader() -> ReaderPool:
    """Return this process's reading pool, created on first use (lazily, after any fork)."""
    return _shared("read")


def _shared(task: str) -> Any:
    """This process's pool for ``task``, created on first use."""
    with _pool_lock:
        pool = _pools.get(task)
        if pool is None or pool.pid != os.getpid():
            pool = _pools[task] = _KINDS[task](**_settings[task])
        return pool


def _forget_after_fork() -> None:
    """In a forked child, drop the parent's pools and lock: neither may be used here."""
    global _pool_lock
    _pools.clear()
    _pool_lock = threading.Lock()


@atexit.register
def _close_at_exit() -> None:
    """Stop this process's workers when the interpreter exits."""
    for pool in list(_pools.values()):
        if pool.pid == os.getpid():
            pool.close()


os.register_at_fork(after_in_child=_forget_after_fork)
