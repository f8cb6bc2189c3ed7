"""Setting up the apply-load benchmark: database, seed data, files, and the gunicorn server."""

import http.client
import os
import random
import socket
import subprocess
import sys
import time
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
DATA_KEY = "YmVuY2gtb25seS1kYXRhLWtleS0zMi1ieXRlcy1sb25n"
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
        [BIN / "flask", "db", "upgrade", "-d", "/tmp/a3mig"], cwd=ROOT, env=env, check=True, capture_output=True
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
        db.session.remove()
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


GUNICORN_OPTIONS = (
    "--workers",
    "2",
    "--worker-class",
    "gthread",
    "--timeout",
    "120",
    "--keep-alive",
    "10",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ready(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", "/readyz")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def start_server(url: str, tmp: Path, threads: int) -> tuple[subprocess.Popen, int]:
    """gunicorn, 2 gthread workers; the limiter is off (every bench client is 127.0.0.1)."""
    port = _free_port()
    config = {
        "UPLOAD_FOLDER": str(tmp / "uploads"),
        "INSTANCE_PATH": str(tmp / "instance"),
        "RATELIMIT_ENABLED": False,
    }
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "bench-only"}
    env["RECRUIT_DATA_KEY"] = DATA_KEY
    command = [BIN / "gunicorn", *GUNICORN_OPTIONS, "--threads", str(threads)]
    command += ["--bind", f"127.0.0.1:{port}", f"recruit:create_app({config!r})"]
    with open(tmp / "gunicorn.log", "w") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    for _ in range(300):
        if _ready(port):
            return proc, port
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit(f"gunicorn did not start: see {tmp / 'gunicorn.log'}")


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
