"""One extraction worker process: its body (child side) and its handle (parent side).

The child sets limits on itself and imports nothing but the extraction code; the parent talks
to it over a pipe with raw bytes out and JSON back.
"""

from __future__ import annotations

import dataclasses
import json
import math
import resource
import signal
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
_STATUSES = ("ok", "rejected", "needs_review")
_KINDS = (None, "pdf", "docx", "txt")


def serve(conn: Connection, memory_mb: int, cpu_seconds: int, limits: dict[str, Any]) -> None:
    """Answer each file received on ``conn`` with a JSON outcome until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the parent
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))
    from nlp.extract import extract_bytes

    file_limits = Limits(**limits)
    conn.send_bytes(READY)
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        if not data:  # a liveness check from the parent (files are never empty here)
            conn.send_bytes(READY)
            continue
        limit_cpu(cpu_seconds)
        try:
            reply = encode_reply(extract_bytes(data, file_limits))
        except MemoryError:
            reply = OUT_OF_MEMORY
        conn.send_bytes(reply)


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

    def __init__(self, context: Any, memory_mb: int, cpu_seconds: int, limits: Limits):
        parent_end, child_end = context.Pipe()
        settings = (memory_mb, cpu_seconds, dataclasses.asdict(limits))
        self.process = context.Process(
            target=serve, args=(child_end, *settings), name="nlp-extract", daemon=True
        )
        self.conn = parent_end
        try:
            self.process.start()
        except OSError as error:
            parent_end.close()
            raise WorkerFailed("worker_crashed") from error
        finally:
            child_end.close()
        self.max_reply = limits.max_text_chars * 8 + 65536
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

    def run(self, data: bytes, timeout: float) -> Extraction:
        """Send one file and wait at most ``timeout`` seconds for the answer."""
        try:
            self.conn.send_bytes(data)
            if not self.conn.poll(timeout):
                raise WorkerFailed("timeout")
            payload = self.conn.recv_bytes(self.max_reply)
        except (EOFError, OSError) as error:
            self.process.join(0.5)
            died_of_cpu = self.process.exitcode == -signal.SIGXCPU
            raise WorkerFailed("timeout" if died_of_cpu else "worker_crashed") from error
        return decode_reply(payload)

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
