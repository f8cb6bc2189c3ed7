"""One sandboxed worker process: its body (child side) and its handle (parent side).

The child sets limits on itself and imports only the code of its task: an extraction worker
the extraction code (raw file bytes in, JSON out), a reading worker the CV pipelines (JSON
text in, the profile as JSON out). The parent talks to it over a pipe.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import os
import resource
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from nlp.extraction.limits import Limits
from nlp.messages import CODES, reason
from nlp.types import Extraction

READY = b"ready"
MB = 1024 * 1024
START_TIMEOUT = 30.0
OUT_OF_MEMORY = (
    b'{"status": "rejected", "text": "", "code": "too_complex", "kind": null, "pages": 0}'
)
# The largest profile a reading worker may send back: a CV's is a few kilobytes; a text of
# 200,000 characters that is all dates makes megabytes of periods.
MAX_PROFILE = 64 * MB
READ_OUT_OF_MEMORY = b'{"error": "too_complex", "type": "MemoryError"}'
# One short CV a language, so that a reading worker builds every pipeline before its first CV.
WARM_UP = (
    "Навыки: Excel\n09.2015 – 06.2019 Главный специалист",
    "Дағдылар: Excel\n2019 ж. қыркүйек – қазіргі уақытқа дейін бас маман",
    "Skills: Excel\nJan 2020 – Present Analyst",
)
_STATUSES = ("ok", "rejected", "needs_review")
_KINDS = (None, "pdf", "docx", "txt")


def serve(
    conn: Connection, memory_mb: int, cpu_seconds: int, limits: dict[str, Any], task: str
) -> None:
    """Answer each request received on ``conn`` with a JSON reply until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the parent
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))
    # A worker serves one request at a time on one thread; without this, OpenBLAS (loaded
    # with numpy by the pipelines) starts a thread per core at import, inside the memory limit.
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    answer, out_of_memory = _extractor(Limits(**limits)) if task == "extract" else _reader()
    conn.send_bytes(READY)
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        if not data:  # a liveness check from the parent (requests are never empty)
            conn.send_bytes(READY)
            continue
        limit_cpu(cpu_seconds)
        try:
            reply = answer(data)
        except MemoryError:
            reply = out_of_memory
        conn.send_bytes(reply)


def _extractor(limits: Limits) -> tuple[Callable[[bytes], bytes], bytes]:
    """The extraction task: file bytes in, the Extraction as JSON out; the reply when memory
    runs out."""
    from nlp.extract import extract_bytes

    return (lambda data: encode_reply(extract_bytes(data, limits))), OUT_OF_MEMORY


def _reader() -> tuple[Callable[[bytes], bytes], bytes]:
    """The reading task, its pipelines built now (before the CPU limit of the first CV); the
    reply when memory runs out."""
    from nlp.profile import read_cv

    for sample in WARM_UP:
        read_cv(sample)
    # The pipelines, patterns and caches built so far live as long as the worker: the cyclic
    # collector need not scan their ~125,000 objects again and again, and a CV's reading makes
    # tens of thousands of short-lived ones, which a larger first generation collects less
    # often (about 5 % of a TXT CV's reading time, measured in `python -m nlp bench`).
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    return (lambda data: reading_reply(data, read_cv)), READ_OUT_OF_MEMORY


def reading_reply(data: bytes, read: Callable[[str, str], Any]) -> bytes:
    """Read the CV text of a request (``{"text", "lang"}``) into the profile's JSON, or an
    error code with the error's type (never its message, which could quote the CV)."""
    request = json.loads(data)
    try:
        reply = {"profile": read(request["text"], request["lang"]).to_dict()}
    except MemoryError:
        raise  # serve() answers with a reply built in advance: building one may fail now
    except Exception as error:  # a defect of the engine: the parent sends the CV to a person
        reply = {"error": "internal_error", "type": type(error).__name__}
    return json.dumps(reply, ensure_ascii=False).encode("utf-8")


def encode_reply(outcome: Extraction) -> bytes:
    """Return an Extraction as the JSON the parent expects (the message stays behind)."""
    reply = {
        "status": outcome.status,
        "text": outcome.text,
        "code": outcome.reason.code if outcome.reason else None,
        "kind": outcome.kind,
        "pages": outcome.pages,
    }
    return json.dumps(reply, ensure_ascii=False).encode("utf-8")


def limit_cpu(cpu_seconds: int) -> None:
    """Allow ``cpu_seconds`` more CPU time from now (RLIMIT_CPU counts the process's life)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime) + cpu_seconds
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


class WorkerFailed(Exception):
    """The worker could not answer for this file; ``code`` says why."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class WorkerHandle:
    """One sandboxed process and the parent's end of its pipe."""

    def __init__(self, context: Any, memory_mb: int, cpu_seconds: int, limits: Limits, task: str):
        parent_end, child_end = context.Pipe()
        settings = (memory_mb, cpu_seconds, dataclasses.asdict(limits), task)
        self.process = context.Process(
            target=serve, args=(child_end, *settings), name=f"nlp-{task}", daemon=True
        )
        self.conn = parent_end
        try:
            self.process.start()
        except OSError as error:
            parent_end.close()
            raise WorkerFailed("worker_crashed") from error
        finally:
            child_end.close()
        self.max_reply = limits.max_text_chars * 8 + 65536 if task == "extract" else MAX_PROFILE
        try:
            if not self.conn.poll(START_TIMEOUT) or self.conn.recv_bytes(16) != READY:
                raise WorkerFailed("worker_crashed")
        except (EOFError, OSError) as error:
            self.stop()
            raise WorkerFailed("worker_crashed") from error
        except WorkerFailed:
            self.stop()
            raise

    def alive(self) -> bool:
        """True while the process runs and its pipe is open (an idle worker sends nothing)."""
        try:
            return self.process.is_alive() and not self.conn.poll(0)
        except (ValueError, OSError):  # closed by stop(), or the pipe broke
            return False

    def responsive(self, timeout: float = 2.0) -> bool:
        """True when the worker answers a liveness check, so a file is never sent to the dead."""
        try:
            self.conn.send_bytes(b"")
            return self.conn.poll(timeout) and self.conn.recv_bytes(16) == READY
        except (EOFError, OSError, ValueError):
            return False

    def exchange(self, data: bytes, timeout: float) -> bytes:
        """Send one request and wait at most ``timeout`` seconds for the reply."""
        try:
            self.conn.send_bytes(data)
            if not self.conn.poll(timeout):
                raise WorkerFailed("timeout")
            payload = self.conn.recv_bytes(self.max_reply)
        except (EOFError, OSError) as error:
            self.process.join(0.5)
            died_of_cpu = self.process.exitcode == -signal.SIGXCPU
            raise WorkerFailed("timeout" if died_of_cpu else "worker_crashed") from error
        return payload

    def stop(self) -> None:
        """Kill the process and close the pipe (again is harmless)."""
        if self.conn.closed:
            return
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(2.0)
        if self.process.exitcode is not None:
            self.process.close()


def decode_reply(payload: bytes) -> Extraction:
    """Rebuild an Extraction from a worker's JSON reply, trusting nothing in it.

    Messages come from this process's own table, so a worker cannot make the pool show text
    of its choosing as a reason.
    """
    try:
        reply = json.loads(payload)
        status, text, code = reply["status"], reply["text"], reply["code"]
        kind, pages = reply["kind"], reply["pages"]
    except (ValueError, TypeError, KeyError) as error:
        raise WorkerFailed("worker_crashed") from error
    valid = (
        status in _STATUSES
        and kind in _KINDS
        and isinstance(text, str)
        and isinstance(pages, int)
        and pages >= 0
        and (code in CODES if status != "ok" else code is None and text)
    )
    if not valid:
        raise WorkerFailed("worker_crashed")
    found = reason(code) if code else None
    return Extraction(status=status, text=text, reason=found, kind=kind, pages=pages)
