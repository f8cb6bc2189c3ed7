"""Load benchmark: candidates applying with ~300 KB PDF CVs against gunicorn on SQLite.

Migrates a fresh SQLite database, seeds vacancies and candidates, starts gunicorn with 2
workers (``gthread``, 8 threads each: uploads wait on the CV reader's worker pool, so threads
keep both workers busy without a process per request), then runs ``--clients`` candidates at
once for ``--seconds``. Each candidate logs in and walks the whole wizard again and again
(apply, upload the CV, confirm, upload a document, declarations and consent, submit) over one
keep-alive connection. Afterwards every acknowledged submission is looked up in the database.

Prints acknowledged applications, lost acknowledged applications (must be 0), server errors
(must be 0) and p50/p95 of the submit request (goal: p95 <= 800 ms).
Usage: ``python -m bench.apply_load [--clients 50] [--seconds 60]``.
"""

import argparse
import http.client
import io
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from datetime import timedelta
from pathlib import Path

from models import (
    Competition,
    Corps,
    ExperienceKind,
    ExperienceRule,
    Role,
    StateBody,
    User,
    Vacancy,
    VacancySkill,
    VacancyStatus,
    db,
    utcnow,
)
from recruit import create_app
from recruit.auth.passwords import hash_password

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "bench horse battery staple"
DECLARATIONS = ("citizenship_kz", "no_criminal_record", "medically_fit", "truthful", "consent")
DATA_KEY = "YmVuY2gtb25seS1kYXRhLWtleS0zMi1ieXRlcy1sb25n"
INPUT = re.compile(r"<input\b[^>]*>")
ATTR = re.compile(r'(name|value|type)="([^"]*)"')
CV_LINES = [
    "Иванов Сергей Петрович",
    "Образование",
    "2010–2014 Казахский национальный университет им. аль-Фараби, бакалавр",
    "Опыт работы",
    "2015–2021 Министерство цифрового развития, главный эксперт",
    "Навыки: Python, PostgreSQL, Excel (сводные таблицы), Power BI, ЕСЭДО",
    "Языки: русский — родной; казахский — свободно; английский — B1",
]


def cv_pdf(target_kb: int = 300) -> bytes:
    """A readable Russian CV with a photo-sized picture, about ``target_kb`` kilobytes."""
    from fpdf import FPDF
    from PIL import Image

    side = int((target_kb * 1024 / 3) ** 0.5)
    picture = Image.frombytes("RGB", (side, side), random.Random(1).randbytes(side * side * 3))
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.image(picture, x=150, y=10, w=40)
    for line in CV_LINES:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def document_pdf() -> bytes:
    """A small one-page PDF for the required document."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Application form")
    return bytes(pdf.output())


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


def run_candidate(n: int, port: int, vacancies: list[int], stop_at: float, files, results):
    """Log in, then apply to one vacancy after another until the time is up."""
    c = Candidate(port, f"bench{n}@example.kz")
    try:
        token = c.fields("/auth/login")["csrf_token"]
        expect(
            results,
            c.post("/auth/login", {"csrf_token": token, "email": c.email, "password": PASSWORD}),
            "login",
        )
        order = vacancies[n % len(vacancies) :] + vacancies[: n % len(vacancies)]
        for vacancy_id in order:
            if time.monotonic() >= stop_at:
                break
            try:
                apply_once(c, vacancy_id, *files, results)
            except (RuntimeError, OSError, http.client.HTTPException) as e:
                with results.lock:
                    results.failures.append(f"candidate {n}: {e}")
    except (RuntimeError, OSError, http.client.HTTPException) as e:
        with results.lock:
            results.failures.append(f"candidate {n} login: {e}")
    finally:
        c.conn.close()


def seed(url: str, instance: Path, candidates: int, vacancies: int) -> list[int]:
    """Migrate, then add one state body, its vacancies (one required document each) and users."""
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-only",
        "FLASK_APP": "wsgi",
        "RECRUIT_DATA_KEY": DATA_KEY,
    }
    subprocess.run(
        [BIN / "flask", "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench-only", "INSTANCE_PATH": str(instance)}
    )
    with app.app_context():
        body = StateBody(
            code="bench",
            name_kk="Министрлік",
            name_ru="Министерство",
            name_en="Ministry",
            level="central",
            region="Astana",
        )
        db.session.add(body)
        db.session.flush()
        password = hash_password(PASSWORD)
        db.session.add_all(
            User(
                email=f"bench{n}@example.kz",
                password_hash=password,
                full_name=f"Bench {n}",
                role=Role.CANDIDATE,
            )
            for n in range(candidates)
        )
        ids = [_vacancy(body, i) for i in range(vacancies)]
        db.session.commit()
        assert db.session.query(Vacancy).count() == vacancies
        db.engine.dispose()
    return ids


def _vacancy(body, i: int) -> int:
    """One published vacancy open for ten more days."""
    now = utcnow()
    vacancy = Vacancy(
        state_body_id=body.id,
        status=VacancyStatus.PUBLISHED,
        language="ru",
        title=f"Главный эксперт {i}",
        structural_unit="Управление цифровизации",
        corps=Corps.B,
        category="C-4",
        competition=Competition.GENERAL,
        posts=1,
        duties=["Анализ данных"],
        competencies=["Инициативность"],
        languages=["kk", "ru"],
        salary_min=250000,
        salary_max=320000,
        location="Астана",
        region="Astana",
        required_documents=["Заявление"],
        deadline=now + timedelta(days=10),
        hr_contact="hr@gov.kz",
        published_at=now,
        search_text=f"главный эксперт {i}",
    )
    vacancy.experience_rules = [ExperienceRule(years=1, kind=ExperienceKind.PUBLIC_SERVICE)]
    vacancy.skills = [VacancySkill(name="Power BI", skill_id="power-bi", weight=3)]
    db.session.add(vacancy)
    db.session.flush()
    return vacancy.id


def start_server(url: str, tmp: Path, threads: int) -> tuple[subprocess.Popen, int]:
    """gunicorn, 2 gthread workers; the limiter is off (every bench client is 127.0.0.1)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = {
        "UPLOAD_FOLDER": str(tmp / "uploads"),
        "INSTANCE_PATH": str(tmp / "instance"),
        "RATELIMIT_ENABLED": False,
    }
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-only",
        "RECRUIT_DATA_KEY": DATA_KEY,
    }
    proc = subprocess.Popen(
        [
            BIN / "gunicorn",
            "--workers",
            "2",
            "--worker-class",
            "gthread",
            "--threads",
            str(threads),
            "--timeout",
            "120",
            "--bind",
            f"127.0.0.1:{port}",
            f"recruit:create_app({config!r})",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "gunicorn.log", "w"),
    )
    for _ in range(300):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/readyz")
            if conn.getresponse().status == 200:
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("gunicorn did not start: see " + str(tmp / "gunicorn.log"))


def lost(url: str, acknowledged: set[int]) -> int:
    """Acknowledged applications that are not submitted (or later) in the database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        found = {
            row[0]
            for row in conn.execute(
                text("SELECT id FROM applications WHERE status <> 'draft' AND code <> ''")
            )
        }
    engine.dispose()
    return len(acknowledged - found)


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.apply_load", description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=8, help="gthread threads per worker")
    parser.add_argument("--vacancies", type=int, default=400)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="recruit-bench-") as name:
        tmp = Path(name)
        url = f"sqlite:///{tmp / 'bench.db'}"
        os.environ["DATABASE_URL"] = url
        vacancies = seed(url, tmp / "instance", args.clients, args.vacancies)
        files = (cv_pdf(), document_pdf())
        proc, port = start_server(url, tmp, args.threads)
        results = Results()
        try:
            stop_at = time.monotonic() + args.seconds
            workers = [
                threading.Thread(
                    target=run_candidate, args=(n, port, vacancies, stop_at, files, results)
                )
                for n in range(args.clients)
            ]
            started = time.monotonic()
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            duration = time.monotonic() - started
        finally:
            proc.terminate()
            proc.wait(timeout=60)
        missing = lost(url, results.acknowledged)
        report(args, results, missing, duration, len(files[0]))
        return 0 if missing == 0 and results.server_errors == 0 else 1


def report(args, results: Results, missing: int, duration: float, cv_bytes: int) -> None:
    ms = results.step_ms.get("submit", [])
    print(
        f"apply load: {args.clients} candidates, {duration:.0f} s, CV {cv_bytes // 1024} KB, "
        f"gunicorn 2 workers x gthread {args.threads} threads, SQLite"
    )
    print(f"  acknowledged applications       {len(results.acknowledged)}")
    print(f"  lost acknowledged applications  {missing}")
    print(f"  server errors (5xx)             {results.server_errors}")
    print(
        f"  submit p50 / p95                {percentile(ms, 50):.0f} ms / "
        f"{percentile(ms, 95):.0f} ms (goal p95 <= 800 ms)"
    )
    for step, values in results.step_ms.items():
        print(
            f"    {step:<12} n={len(values):<5} p50 {percentile(values, 50):6.0f} ms  "
            f"p95 {percentile(values, 95):6.0f} ms"
        )
    if results.failures:
        print(
            f"  other failures                  {len(results.failures)}: "
            + "; ".join(results.failures[:5])
        )


if __name__ == "__main__":
    sys.exit(main())
