"""Demo data: state bodies, announcements and accounts to try Recruit out.

DEMO ONLY — never load this into a production database. Every demo account shares the
published password ``demo-password-2026``: the administrator ``admin@demo.recruit.kz``, the
auditor ``auditor@demo.recruit.kz``, the candidate ``candidate@demo.recruit.kz``, one HR officer
per state body ``hr.<code>@demo.recruit.kz`` and commission members
``commission<n>.<code>@demo.recruit.kz``. The data lives in ``recruit/data/demo_*.json``.
"""

import json
from datetime import datetime, time, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import select

from models import BodyLevel, Role, StateBody, User, Vacancy, VacancyStatus, db, utcnow
from recruit import audit
from recruit.auth.passwords import hash_password
from recruit.vacancies import categories
from recruit.vacancies.conversion import local_to_utc, utc_to_local
from recruit.vacancies.services import fill_vacancy

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - documented demo-only password
DATA = Path(__file__).resolve().parent / "data"
DOMAIN = "demo.recruit.kz"


@cache
def _data(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def load_demo(only_if_empty: bool) -> bool:
    """Add the demo bodies (with their people and vacancies) that are missing; True if any.

    With ``only_if_empty`` nothing is loaded once any state body exists, so that
    ``flask recruit demo --if-empty`` can run on every start.
    """
    if only_if_empty and db.session.execute(select(StateBody.id).limit(1)).first():
        return False
    known = set(db.session.execute(select(StateBody.code)).scalars())
    specs = [b for b in _data("demo_bodies.json")["bodies"] if b["code"] not in known]
    if not specs:
        return False
    password_hash = hash_password(DEMO_PASSWORD)
    accounts = _Accounts(password_hash)
    bodies = {spec["code"]: _body(spec) for spec in specs}
    db.session.flush()
    for spec in specs:
        _body_people(accounts, bodies[spec["code"]], spec)
    _global_people(accounts)
    count = _vacancies(bodies, {spec["code"]: spec for spec in specs}, accounts)
    audit.record("demo.load", None, bodies=len(bodies), vacancies=count)
    db.session.commit()
    return True


class _Accounts:
    """Adds demo users whose e-mail is still free, all with the one precomputed hash."""

    def __init__(self, password_hash: str):
        self.password_hash = password_hash
        self.taken = set(db.session.execute(select(User.email)).scalars())
        self.hr: dict[str, User] = {}

    def add(self, email: str, role: Role, full_name: str, body: StateBody | None = None):
        if email in self.taken:
            return None
        user = User(
            email=email,
            password_hash=self.password_hash,
            full_name=full_name,
            role=role,
            state_body_id=body.id if body else None,
        )
        db.session.add(user)
        self.taken.add(email)
        return user


def _body(spec: dict) -> StateBody:
    body = StateBody(
        code=spec["code"],
        name_kk=spec["name_kk"],
        name_ru=spec["name_ru"],
        name_en=spec["name_en"],
        level=BodyLevel(spec["level"]),
        region=spec["region"],
    )
    db.session.add(body)
    return body


def _body_people(accounts: _Accounts, body: StateBody, spec: dict) -> None:
    """The body's HR officer and, for some bodies, three commission members."""
    hr = accounts.add(f"hr.{body.code}@{DOMAIN}", Role.HR, spec["hr_name"], body)
    if hr is not None:
        accounts.hr[body.code] = hr
    members = _data("demo_bodies.json")["commission"].get(body.code, [])
    for n, name in enumerate(members, start=1):
        accounts.add(f"commission{n}.{body.code}@{DOMAIN}", Role.COMMISSION, name, body)


def _global_people(accounts: _Accounts) -> None:
    names = _data("demo_bodies.json")["accounts"]
    for role in (Role.ADMIN, Role.AUDITOR, Role.CANDIDATE):
        accounts.add(f"{role.value}@{DOMAIN}", role, names[role.value])


def _vacancies(bodies: dict, specs: dict, accounts: _Accounts) -> int:
    """Create the demo announcements of the new bodies; return how many."""
    now = utcnow()
    count = 0
    for item in _data("demo_vacancies.json")["vacancies"]:
        body = bodies.get(item["body"])
        if body is None:
            continue
        hr = accounts.hr.get(body.code)
        vacancy = Vacancy(state_body_id=body.id, created_by_id=hr.id if hr else None)
        vacancy.state_body = body
        fill_vacancy(vacancy, _announcement(item, specs[item["body"]], now))
        _set_status(vacancy, item.get("status", "published"), now)
        db.session.add(vacancy)
        count += 1
    return count


def _at_local(now: datetime, days: int, hour: int) -> datetime:
    """UTC time of ``hour`` o'clock in Astana, ``days`` days from ``now``."""
    day = (utc_to_local(now) + timedelta(days=days)).date()
    return local_to_utc(datetime.combine(day, time(hour)))


def _announcement(item: dict, body: dict, now: datetime) -> dict:
    """Service data for one demo vacancy: its own text plus the language's standard parts."""
    lang = item["lang"]
    common = _data("demo_vacancies.json")["defaults"][lang]
    category = categories.get(item["cat"])
    public_years, field_years = item.get("exp", (1, 2))
    days = item["days"]
    return {
        "language": lang,
        "title": item["title"],
        "structural_unit": item["unit"],
        "corps": categories.corps_for(item["cat"]).value,
        "category": item["cat"],
        "competition": item.get("competition", "general"),
        "posts": item.get("posts", 1),
        "duties": item["duties"],
        "education_min": item.get("edu", "bachelor"),
        "education_fields": item["fields"],
        "competencies": common["competencies"],
        "experience": [
            {"years": public_years, "kind": "public_service", "description": ""},
            {"years": field_years, "kind": "field", "description": item["area"]},
            *(
                [{"years": item["managerial"], "kind": "managerial", "description": ""}]
                if "managerial" in item
                else []
            ),
        ],
        "skills": [{"name": n, "weight": w, "essential": e} for n, w, e in item["skills"]],
        "languages": item.get("languages", ["kk", "ru"]),
        "salary_min": category.salary_min,
        "salary_max": category.salary_max,
        "location": body["location"][lang],
        "region": body["region"],
        "required_documents": common["documents"],
        "deadline": _at_local(now, days, 18),
        "testing_date": _at_local(now, days + 5, 10),
        "interview_date": _at_local(now, days + 12, 10),
        "hr_contact": common["contact"].format(
            phone=body["phone"], email=f"hr.{body['code']}@{DOMAIN}"
        ),
    }


def _set_status(vacancy: Vacancy, status: str, now: datetime) -> None:
    """Published a while before the deadline; closed and cancelled ones ended already."""
    vacancy.status = VacancyStatus(status)
    if vacancy.status == VacancyStatus.DRAFT:
        return
    vacancy.published_at = min(now, vacancy.deadline - timedelta(days=20)) - timedelta(days=1)
    if vacancy.status in (VacancyStatus.CLOSED, VacancyStatus.CANCELLED):
        vacancy.closed_at = min(now, vacancy.deadline + timedelta(days=1))
