"""Load benchmark: candidates applying with ~300 KB PDF CVs against gunicorn on SQLite.

Migrates a fresh SQLite database, seeds vacancies and candidates, and starts gunicorn with 2
workers (``gthread``; see THREADS). Then ``--clients`` candidates run at once, each over one
keep-alive connection: a warm-up (log in, one whole application, so that both workers have
loaded their CV-reading pipelines and extraction pools), then, all starting together, for
``--seconds`` they walk the whole wizard again and again (apply, upload the CV, confirm,
upload a document, declarations and consent, submit). Afterwards every acknowledged
submission, warm-up included, is looked up in the database.

Prints acknowledged applications, lost acknowledged applications (must be 0), server errors
(must be 0), p50/p95 of the submit request (goal: p95 <= 800 ms) and of every other step.
Usage: ``python -m bench.apply_load [--clients 50] [--seconds 60] [--threads N]``.
"""

import argparse
import http.client
import io
import os
import re
import resource
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

from bench.apply_setup import PASSWORD, cv_pdf, document_pdf, lost, seed, start_server

INPUT = re.compile(r"<input\b[^>]*>")
ATTR = re.compile(r'(name|value|type)="([^"]*)"')
THREADS = 8
DECLARATIONS = ("citizenship_kz", "no_criminal_record", "medically_fit", "truthful", "consent")


class Candidate:
    """One candidate's keep-alive connection with its session cookie."""

    def __init__(self, port: int, email: str):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.email, self.cookies = email, {}

    def send(self, method: str, path: str, body: bytes | None = None, ctype: str = ""):
        """(status, location, body) of one request; cookies are kept."""
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if ctype:
            headers["Content-Type"] = ctype
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        except (http.client.HTTPException, OSError):
            self.conn.close()
            raise
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        data = response.read().decode("utf-8", "replace")
        location = urllib.parse.urlsplit(response.headers.get("Location", "")).path
        return response.status, location, data

    def fields(self, path: str) -> dict:
        """The named inputs of a page (hidden tokens, period fields), by name."""
        status, _, page = self.send("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status}")
        found = {}
        for tag in INPUT.findall(page):
            attrs = dict(ATTR.findall(tag))
            if attrs.get("type") not in ("checkbox", "radio", "file") and "name" in attrs:
                found.setdefault(attrs["name"], attrs.get("value", ""))
        return found

    def post(self, path: str, fields: dict):
        return self.send(
            "POST",
            path,
            urllib.parse.urlencode(fields).encode(),
            "application/x-www-form-urlencoded",
        )

    def upload(self, path: str, fields: dict, name: str, data: bytes):
        boundary = uuid.uuid4().hex
        body = io.BytesIO()
        for key, value in fields.items():
            body.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        body.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="file.pdf"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
        )
        body.write(data + f"\r\n--{boundary}--\r\n".encode())
        return self.send("POST", path, body.getvalue(), f"multipart/form-data; boundary={boundary}")


class Results:
    """Shared counters of the run."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged: set[int] = set()
        self.step_ms: dict[str, list[float]] = {}
        self.server_errors = 0
        self.failures: list[str] = []

    def status(self, status: int, what: str, expected=(200, 302)) -> None:
        with self.lock:
            if status >= 500:
                self.server_errors += 1
            if status not in expected:
                self.failures.append(f"{what}: {status}")


def timed(results: Results, what: str, call, *args):
    """Run one request and keep its latency under ``what``."""
    started = time.perf_counter()
    reply = call(*args)
    with results.lock:
        results.step_ms.setdefault(what, []).append((time.perf_counter() - started) * 1000)
    return reply


def expect(results: Results, reply, what: str, code: int = 302) -> str:
    status, location, _ = reply
    results.status(status, what, (code,))
    if status != code:
        raise RuntimeError(f"{what}: {status}")
    return location


def apply_once(c: Candidate, vacancy_id: int, cv: bytes, doc: bytes, r: Results) -> None:
    """Walk the wizard for one vacancy and submit; every POST's latency is kept."""
    apply = f"/applications/apply/{vacancy_id}"
    token = c.fields(apply)["csrf_token"]
    cv_path = expect(r, timed(r, "apply", c.post, apply, {"csrf_token": token}), "apply")
    base = cv_path.rsplit("/", 1)[0]
    token = c.fields(cv_path)["csrf_token"]
    expect(r, timed(r, "cv", c.upload, cv_path, {"csrf_token": token}, "cv", cv), "cv")
    confirm = c.fields(f"{base}/confirm")
    form = {k: v for k, v in confirm.items() if k == "csrf_token" or k.startswith("periods-")}
    expect(r, timed(r, "confirm", c.post, f"{base}/confirm", {**form, "done": "1"}), "confirm")
    fields = {"doc0-csrf_token": c.fields(f"{base}/documents")["doc0-csrf_token"]}
    upload = f"{base}/documents/0/upload"
    expect(r, timed(r, "document", c.upload, upload, fields, "doc0-file", doc), "document")
    declared = c.fields(f"{base}/declarations")
    form = {k: declared[k] for k in ("csrf_token", "consent_version", "consent_language")}
    form.update(dict.fromkeys(DECLARATIONS, "y"))
    expect(r, timed(r, "declarations", c.post, f"{base}/declarations", form), "declarations")
    token = c.fields(f"{base}/submit")["csrf_token"]
    expect(r, timed(r, "submit", c.post, f"{base}/submit", {"csrf_token": token}), "submit")
    with r.lock:
        r.acknowledged.add(int(base.rsplit("/", 1)[1]))


class Phases:
    """Warm-up (log in, one application each), then the measured period for everyone at once."""

    def __init__(self, clients: int, seconds: float):
        self.stop_at = 0.0
        self.started = 0.0
        self.barrier = threading.Barrier(clients, action=lambda: self._start(seconds))

    def _start(self, seconds: float) -> None:
        self.started = time.monotonic()
        self.stop_at = self.started + seconds


def _guarded(results: Results, what: str, call, *args) -> None:
    """Run one step of a candidate; a failure is counted, never fatal to the run."""
    try:
        call(*args)
    except (RuntimeError, OSError, http.client.HTTPException, KeyError) as e:
        with results.lock:
            results.failures.append(f"{what}: {e!r}")


def log_in(c: Candidate, results: Results) -> None:
    token = c.fields("/auth/login")["csrf_token"]
    form = {"csrf_token": token, "email": c.email, "password": PASSWORD}
    expect(results, timed(results, "login", c.post, "/auth/login", form), "login")


def run_candidate(n: int, port: int, vacancies: list[int], phases: Phases, files, runs):
    """Warm up, wait for everyone, then apply to one vacancy after another until time is up."""
    warm, measured = runs
    c = Candidate(port, f"bench{n}@example.kz")
    order = vacancies[n % len(vacancies) :] + vacancies[: n % len(vacancies)]
    _guarded(warm, f"candidate {n} login", log_in, c, warm)
    _guarded(warm, f"candidate {n} warm-up", apply_once, c, order[0], *files, warm)
    phases.barrier.wait()
    for vacancy_id in order[1:]:
        if time.monotonic() >= phases.stop_at:
            break
        _guarded(measured, f"candidate {n}", apply_once, c, vacancy_id, *files, measured)
    c.conn.close()


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def run(args, port: int, vacancies: list[int], files) -> tuple[Results, Results, float]:
    """All candidates in threads; returns the warm-up and measured results and the duration."""
    runs, phases = (Results(), Results()), Phases(args.clients, args.seconds)
    threads = [
        threading.Thread(target=run_candidate, args=(n, port, vacancies, phases, files, runs))
        for n in range(args.clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return *runs, time.monotonic() - phases.started


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.apply_load", description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=THREADS, help="gthread threads per worker")
    parser.add_argument("--vacancies", type=int, default=400)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="recruit-bench-") as name:
        tmp = Path(name)
        url = f"sqlite:///{tmp / 'bench.db'}"
        os.environ["DATABASE_URL"] = url
        vacancies = seed(url, tmp / "instance", args.clients, args.vacancies)
        files = (cv_pdf(), document_pdf())
        proc, port = start_server(url, tmp, args.threads)
        client_cpu = cpu_seconds(resource.RUSAGE_SELF)
        try:
            warm, measured, duration = run(args, port, vacancies, files)
        finally:
            client_cpu = cpu_seconds(resource.RUSAGE_SELF) - client_cpu
            proc.terminate()
            proc.wait(timeout=60)
        server_cpu = cpu_seconds(resource.RUSAGE_CHILDREN)
        missing = lost(url, warm.acknowledged | measured.acknowledged)
        errors = warm.server_errors + measured.server_errors
        report(args, warm, measured, (missing, errors, duration), len(files[0]))
        print(
            f"  CPU: gunicorn and migration {server_cpu:.0f} s, bench client {client_cpu:.0f} s; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        return 0 if missing == 0 and errors == 0 else 1


def _line(step: str, values: list[float]) -> str:
    return (
        f"    {step:<12} n={len(values):<5} p50 {percentile(values, 50):6.0f} ms  "
        f"p95 {percentile(values, 95):6.0f} ms"
    )


def report(args, warm: Results, measured: Results, totals: tuple, cv_bytes: int) -> None:
    """The figures: acknowledged, lost, server errors, submit p50/p95, then every step."""
    missing, errors, duration = totals
    ms = measured.step_ms.get("submit", [])
    print(
        f"apply load: {args.clients} candidates for {duration:.0f} s after a warm-up, CV "
        f"{cv_bytes // 1024} KB, gunicorn 2 workers (gthread, {args.threads} threads), SQLite"
    )
    print(f"  acknowledged applications       {len(measured.acknowledged)}")
    print(f"  lost acknowledged applications  {missing}")
    print(f"  server errors (5xx)             {errors}")
    print(
        f"  submit p50 / p95                {percentile(ms, 50):.0f} ms / "
        f"{percentile(ms, 95):.0f} ms (goal p95 <= 800 ms)"
    )
    print(f"  warm-up (log in, one application each, not timed above): {len(warm.acknowledged)}")
    print(_line("login", warm.step_ms.get("login", [])))
    for step, values in measured.step_ms.items():
        print(_line(step, values))
    failures = warm.failures + measured.failures
    if failures:
        print(f"  other failures                  {len(failures)}: " + "; ".join(failures[:5]))


if __name__ == "__main__":
    sys.exit(main())
