"""A pool of sandboxed worker processes of one task, under memory, CPU and time limits.

Each worker is a fresh interpreter (``spawn`` context) that sets RLIMIT_AS and RLIMIT_CPU on
itself, imports only the code of its task, and serves requests one at a time over a pipe
(``worker``). The parent enforces a wall-time limit per request; a worker that overruns, dies
or answers nonsense is killed and the request reported (``timeout`` / ``worker_crashed``),
never retried; a new worker is started in the background. Replies are JSON, never pickles, so
a worker subverted by a hostile file cannot run code in the parent.

A pool is thread-safe and refuses use in a forked child, whose inherited pipes belong to the
parent. ``nlp.pool`` builds the extraction and reading pools on it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable
from typing import Any

from nlp.extraction.limits import LIMITS, Limits
from nlp.extraction.worker import START_TIMEOUT, WorkerFailed, WorkerHandle

log = logging.getLogger(__name__)

DEFAULT_MEMORY_MB = 700
DEFAULT_CPU_SECONDS = 5
# An upload's file must be judged within 3 s: the wall-time limit leaves room for killing a
# worker that overruns it and answering (30-50 ms on a loaded two-core machine).
DEFAULT_TIMEOUT = 2.5


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
