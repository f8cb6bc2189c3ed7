"""Fuzz the extraction contract with mutated real CVs (DOCX, PDF, TXT).

Each case (``tests/nlp/mutations.py``: a valid seed file damaged with knowledge of its format)
is read twice: by ``nlp.extract.extract_bytes`` in a child process (no pool limits, a hard
timeout, so an escaping exception shows as a traceback and a slow path as its real time) and
by a real ``nlp.pool.ExtractorPool`` with the production limits, which must answer a normal
file after every case. Reported: outcomes other than ok / rejected / needs_review, exceptions
(raised, or swallowed by extract_bytes and logged), cases over 3 s, refusals that leak file
content, pool workers lost and their RSS growth.

    .venv/bin/python tools/fuzz_extract.py --cases 3000 [--seed 0] [--formats pdf,docx]
        [--no-pool] [--save /tmp/fuzz_cases] [--case 1234]

The same seed and count give the same cases; ``--case`` replays one and prints its details.
"""

from __future__ import annotations

import argparse
import collections
import logging
import multiprocessing
import resource
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.nlp.mutations import FORMATS, MARKER, cases  # noqa: E402

CONTRACT_SECONDS = 3.0
STATUSES = ("ok", "rejected", "needs_review")
NORMAL = "Иванов Сергей\nОпыт работы\n2015–2021 Министерство финансов, главный эксперт"
CHILD_MEMORY = 2048 * 1024 * 1024


def _child(conn) -> None:
    """Read cases with extract_bytes in this process until the pipe closes; reply a dict each."""
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    from nlp import extract

    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    logging.getLogger("nlp").addHandler(handler)
    while True:
        try:
            data = conn.recv_bytes()
        except EOFError:
            return
        records.clear()
        started = time.monotonic()
        reply = {"error": None}
        try:
            result = extract.extract_bytes(data)
            reply.update(status=result.status, code=result.reason and result.reason.code)
            reply["leak"] = result.status != "ok" and (MARKER in repr(result) or result.text != "")
        except BaseException:  # the contract says nothing may escape: report it whole
            reply.update(status="raised", code=None, error=traceback.format_exc(limit=-8))
        reply["seconds"] = time.monotonic() - started
        reply["logged"] = [record.getMessage() for record in records]
        if records and reply["error"] is None:
            reply["error"] = _swallowed(extract, data)
        conn.send(reply)


def _swallowed(extract, data: bytes) -> str:
    """The traceback of the exception extract_bytes caught and logged, found by reading again."""
    try:
        kind = extract.sniff(data)
        extract._READERS[kind](data, extract.LIMITS)
    except Exception:
        return traceback.format_exc(limit=-8)
    return "logged, not reproduced"


class Child:
    """A child process reading cases in-process, restarted after a hang."""

    def __init__(self, timeout: float):
        """Start the child; ``timeout`` seconds make a case a hang."""
        self.timeout = timeout
        self.context = multiprocessing.get_context("spawn")
        self._start()

    def _start(self) -> None:
        """Start a fresh child process and its pipe."""
        self.conn, child_end = self.context.Pipe()
        self.process = self.context.Process(target=_child, args=(child_end,), daemon=True)
        self.process.start()
        child_end.close()

    def read(self, data: bytes) -> dict:
        """The child's reply, or a "hang" / "died" reply (the child is then restarted)."""
        try:
            self.conn.send_bytes(data)
            if self.conn.poll(self.timeout):
                return self.conn.recv()
            reply = {"status": "hang", "seconds": self.timeout}
        except (EOFError, OSError):
            reply = {"status": "died", "seconds": 0.0, "exit": self.process.exitcode}
        self.process.kill()
        self.process.join()
        self._start()
        return {"code": None, "error": None, "logged": [], "leak": False, **reply}


def _defects(reply: dict, pooled: dict | None) -> list[str]:
    """The contract breaches one case shows."""
    found = []
    if reply["status"] not in STATUSES:
        found.append(f"in-process {reply['status']}")
    if reply["error"]:
        found.append("exception")
    if reply.get("leak"):
        found.append("leak")
    if reply["seconds"] > CONTRACT_SECONDS:
        found.append("slow in-process")
    if pooled:
        if pooled["seconds"] > CONTRACT_SECONDS:
            found.append("slow in pool")
        if pooled["code"] in ("timeout", "worker_crashed", "too_complex"):
            found.append(f"pool {pooled['code']}")
        if not pooled["serving"]:
            found.append("pool stopped serving")
    return found


class Memory:
    """Resident memory of each pool worker seen: when first seen and at its peak, in MB."""

    def __init__(self):
        self.first: dict[int, float] = {}
        self.peak: dict[int, float] = {}

    def note(self, pool) -> None:
        """Record the RSS of the pool's live workers now."""
        pids, sizes = pool.worker_pids(), pool.worker_rss_mb()
        if len(pids) != len(sizes):  # a worker ended between the two looks
            return
        for pid, size in zip(pids, sizes, strict=True):
            self.first.setdefault(pid, size)
            self.peak[pid] = max(self.peak.get(pid, 0.0), size)

    def summary(self) -> str:
        """Workers seen, the largest growth of one and the largest RSS."""
        if not self.peak:
            return "pool workers: none measured"
        growth = max(self.peak[pid] - self.first[pid] for pid in self.peak)
        return (
            f"pool workers seen: {len(self.peak)}, max RSS growth {growth:.1f} MB, "
            f"max RSS {max(self.peak.values()):.1f} MB"
        )


def _pool_read(pool, data: bytes, memory: Memory) -> dict:
    """Read a case in the pool, then a normal file; note the workers' RSS."""
    started = time.monotonic()
    result = pool.extract(data)
    seconds = time.monotonic() - started
    serving = pool.extract(NORMAL.encode()).text == NORMAL
    memory.note(pool)
    code = result.reason and result.reason.code
    return {"status": result.status, "code": code, "seconds": seconds, "serving": serving}


def run(args: argparse.Namespace) -> int:
    """Run the cases and print a summary; exit status 1 when any case breached the contract."""
    from nlp.pool import ExtractorPool

    child = Child(args.timeout)
    pool = None if args.no_pool else ExtractorPool(workers=1)
    memory = Memory()
    per_format: collections.Counter = collections.Counter()
    outcomes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    defects: list[tuple] = []
    slowest: list[tuple[float, int, str, str]] = []
    started = time.monotonic()
    for index, (kind, name, data) in enumerate(cases(args.cases, args.seed, args.formats)):
        if args.case is not None and index != args.case:
            continue
        reply = child.read(data)
        pooled = _pool_read(pool, data, memory) if pool else None
        per_format[kind] += 1
        outcomes[kind][f"{reply['status']}:{reply['code']}"] += 1
        slowest.append((reply["seconds"], index, kind, name))
        found = _defects(reply, pooled)
        if found or args.case is not None:
            defects.append((index, kind, name, found, reply, pooled))
            if args.save:
                Path(args.save).mkdir(parents=True, exist_ok=True)
                Path(args.save, f"{index}_{kind}_{name}.bin").write_bytes(data)
        if args.progress and (index + 1) % args.progress == 0:
            print(f"… {index + 1} cases, {time.monotonic() - started:.0f} s", flush=True)
    if pool:
        pool.close()
    _summary(
        per_format, outcomes, defects, sorted(slowest)[-5:], memory, time.monotonic() - started
    )
    return 1 if any(found for _, _, _, found, _, _ in defects) else 0


def _summary(per_format, outcomes, defects, slowest, memory, seconds) -> None:
    """Print what was run and every breach found."""
    print(f"\n{sum(per_format.values())} cases in {seconds:.0f} s: {dict(per_format)}")
    for kind in sorted(outcomes):
        print(f"  {kind}: " + ", ".join(f"{k} {v}" for k, v in outcomes[kind].most_common()))
    print("slowest in-process: " + ", ".join(f"#{i} {k}/{n} {s:.2f}s" for s, i, k, n in slowest))
    print(memory.summary())
    classes = collections.Counter(
        (kind, name, tuple(found)) for _, kind, name, found, _, _ in defects
    )
    print(f"breaches: {sum(1 for d in defects if d[3])}")
    for (kind, name, found), count in classes.most_common():
        if found:
            print(f"  {count:4d} {kind}/{name}: {', '.join(found)}")
    for index, kind, name, found, reply, pooled in defects[:20]:
        print(
            f"\n#{index} {kind}/{name} {found} in-process {reply['status']}:{reply['code']} "
            f"{reply['seconds']:.2f}s pool {pooled}"
        )
        for line in reply["logged"][:3]:
            print("  logged:", line)
        if reply["error"]:
            print("  " + reply["error"].strip().replace("\n", "\n  "))


def main() -> None:
    """Parse the command line and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", type=lambda v: tuple(v.split(",")), default=FORMATS)
    parser.add_argument("--no-pool", action="store_true", help="only the in-process reading")
    parser.add_argument("--timeout", type=float, default=20.0, help="hang limit in-process")
    parser.add_argument("--save", help="folder to write the cases that breach the contract to")
    parser.add_argument("--case", type=int, help="replay this case number only")
    parser.add_argument("--progress", type=int, default=0, help="print progress every N cases")
    sys.exit(run(parser.parse_args()))


if __name__ == "__main__":
    main()
