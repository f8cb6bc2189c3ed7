"""Web-tier benchmark: the public vacancy list with 10,000 vacancies against a trivial route.

Fills a fresh SQLite database, starts gunicorn with 2 workers and measures each route with
wrk (8 connections, 2 threads); p95 comes from wrk's latency histogram through a Lua hook.
Usage: ``python -m bench.web [--vacancies 10000] [--seconds 10]``.
"""

import argparse
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %.3f\\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout, latency:percentile(95.0) / 1000.0))
end
"""


def fill(url: str, n: int) -> None:
    """Migrate an empty database and insert ``n`` published vacancies in bulk."""
    os.environ["DATABASE_URL"] = url
    from models import (
        Competition,
        Corps,
        ExperienceKind,
        ExperienceRule,
        StateBody,
        Vacancy,
        VacancySkill,
        VacancyStatus,
        db,
        utcnow,
    )
    from recruit import create_app

    app = create_app({"SECRET_KEY": "bench-only"})
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
        rng = random.Random(7)
        regions = ["Astana", "Almaty", "Shymkent", "Karaganda region", "Turkistan region"]
        bodies = [
            StateBody(
                code=f"b{i}",
                name_kk=f"Орган {i}",
                name_ru=f"Орган {i}",
                name_en=f"Body {i}",
                level="central",
                region=regions[i % 5],
            )
            for i in range(20)
        ]
        db.session.add_all(bodies)
        db.session.flush()
        now = utcnow()
        for i in range(n):
            corps = Corps.A if i % 10 == 0 else Corps.B
            v = Vacancy(
                state_body_id=bodies[i % 20].id,
                status=VacancyStatus.PUBLISHED,
                language=("ru", "kk", "en")[i % 3],
                title=f"Главный эксперт управления {i}",
                structural_unit="Управление цифровизации",
                corps=corps,
                category="A-3" if corps == Corps.A else f"C-{1 + i % 5}",
                competition=Competition.GENERAL,
                posts=1,
                duties=["Анализ данных", "Подготовка отчётов"],
                competencies=["Инициативность"],
                languages=["kk", "ru"],
                salary_min=200000 + rng.randrange(0, 200000, 1000),
                salary_max=450000 + rng.randrange(0, 300000, 1000),
                location="Астана",
                region=regions[i % 5],
                required_documents=["Заявление"],
                deadline=now + timedelta(days=rng.randrange(-20, 40)),
                hr_contact="hr@gov.kz",
                published_at=now - timedelta(minutes=i),
                search_text=f"главный эксперт {i}",
            )
            v.experience_rules = [ExperienceRule(years=1, kind=ExperienceKind.PUBLIC_SERVICE)]
            v.skills = [VacancySkill(name="SQL", skill_id="sql", weight=2)]
            db.session.add(v)
            if i % 1000 == 999:
                db.session.flush()
        db.session.commit()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(url: str, seconds: int, script: str) -> dict:
    """Run wrk against ``url``; return requests/s, p95 in ms and the error count."""
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    reqs, duration_us, errors, p95 = re.search(r"RESULT (\d+) (\d+) (\d+) ([\d.]+)", out).groups()
    return {
        "rps": int(reqs) / (int(duration_us) / 1e6),
        "p95_ms": float(p95),
        "errors": int(errors),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vacancies", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        t0 = time.perf_counter()
        fill(url, args.vacancies)
        print(f"filled {args.vacancies} vacancies in {time.perf_counter() - t0:.1f} s")
        script = Path(tmp) / "p95.lua"
        script.write_text(LUA)
        port = free_port()
        env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench-only"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "wsgi:app",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{base}/healthz", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            for path in ("/healthz", "/vacancies"):
                urllib.request.urlopen(base + path, timeout=5).read()
            trivial = wrk(f"{base}/healthz", args.seconds, str(script))
            listing = wrk(f"{base}/vacancies", args.seconds, str(script))
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{'route':<28}{'req/s':>10}{'p95 ms':>10}{'errors':>8}")
    print(
        f"{'/healthz (trivial)':<28}{trivial['rps']:>10.0f}{trivial['p95_ms']:>10.1f}"
        f"{trivial['errors']:>8}"
    )
    print(
        f"{'/vacancies (20 of 10,000)':<28}{listing['rps']:>10.0f}{listing['p95_ms']:>10.1f}"
        f"{listing['errors']:>8}"
    )
    ratio = listing["rps"] / trivial["rps"]
    ok = ratio >= 0.12 and listing["p95_ms"] <= 50 and listing["errors"] == 0
    print(
        f"list/trivial throughput ratio {ratio:.3f} (goal >= 0.12); "
        f"list p95 {listing['p95_ms']:.1f} ms (goal <= 50): {'met' if ok else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
