"""Long-lived pools of worker processes that extract CV files and read CV texts under memory,
CPU and time limits (``extraction.worker_pool``: a worker that overruns, dies or answers
nonsense is killed and the request reported, never retried).

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
round trip costs about 0.5 ms of CPU a CV, all of it the profile's JSON (``to_dict`` and
``dumps`` in the worker, ``loads`` and ``from_dict`` here), little next to the reading (100
dev-set CVs: 3.78 s through the pool, 3.78 s in-process).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
from typing import Any

from nlp.extraction.worker import WorkerFailed, decode_reply
from nlp.extraction.worker_pool import WorkerPool
from nlp.messages import rejected
from nlp.types import CVProfile, Extraction

log = logging.getLogger(__name__)

# A reading worker holds the pipelines (about 170 MB RSS, 320 MB of address space) and reads
# a CV in milliseconds; the longest text allowed (200,000 characters) of any hostile pattern
# tried (tests/nlp/test_hostile_text.py) read in at most 3.5 s and 400 MB of address space.
READ_MEMORY_MB = 1000
READ_CPU_SECONDS = 8
READ_TIMEOUT = 12.0


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
