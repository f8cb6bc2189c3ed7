"""Plain factory functions that write real rows (the caller's app context)."""

import itertools
from datetime import timedelta

from models import (
    BodyLevel,
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
from recruit.auth.passwords import hash_password

PASSWORD = "correct horse battery"
_seq = itertools.count(1)


def make_body(code: str | None = None, region: str = "Astana", **kw) -> StateBody:
    n = next(_seq)
    body = StateBody(
        code=code or f"body-{n}",
        name_kk=kw.pop("name_kk", f"Министрлік {n}"),
        name_ru=kw.pop("name_ru", f"Министерство {n}"),
        name_en=kw.pop("name_en", f"Ministry {n}"),
        level=kw.pop("level", BodyLevel.CENTRAL),
        region=region,
        **kw,
    )
    db.session.add(body)
    db.session.commit()
    return body


def make_user(role: Role = Role.CANDIDATE, body: StateBody | None = None, email=None, **kw) -> User:
    n = next(_seq)
    user = User(
        email=email or f"{role.value}{n}@example.kz",
        password_hash=hash_password(kw.pop("password", PASSWORD)),
        full_name=kw.pop("full_name", f"User {n}"),
        role=role,
        state_body_id=body.id if body else None,
        **kw,
    )
    db.session.add(user)
    db.session.commit()
    return user


def make_vacancy(body: StateBody, status: VacancyStatus = VacancyStatus.PUBLISHED, **kw) -> Vacancy:
    """A complete corps B announcement, published unless told otherwise."""
    now = utcnow()
    vacancy = Vacancy(
        state_body_id=body.id,
        status=status,
        language=kw.pop("language", "ru"),
        title=kw.pop("title", "Главный эксперт управления цифровизации"),
        structural_unit=kw.pop("structural_unit", "Управление цифровизации"),
        corps=kw.pop("corps", Corps.B),
        category=kw.pop("category", "C-4"),
        competition=kw.pop("competition", Competition.GENERAL),
        posts=kw.pop("posts", 1),
        duties=kw.pop("duties", ["Анализ данных о государственных услугах"]),
        competencies=kw.pop("competencies", ["Инициативность", "Ответственность"]),
        languages=kw.pop("languages", ["kk", "ru"]),
        salary_min=kw.pop("salary_min", 250000),
        salary_max=kw.pop("salary_max", 320000),
        location=kw.pop("location", "Астана"),
        region=kw.pop("region", body.region),
        required_documents=kw.pop("required_documents", ["Заявление", "Послужной список"]),
        deadline=kw.pop("deadline", now + timedelta(days=10)),
        hr_contact=kw.pop("hr_contact", "8 (7172) 00-00-00, hr@gov.kz"),
        published_at=kw.pop("published_at", now if status != VacancyStatus.DRAFT else None),
        **kw,
    )
    vacancy.experience_rules = [
        ExperienceRule(position=0, years=1, kind=ExperienceKind.PUBLIC_SERVICE),
        ExperienceRule(position=1, years=2, kind=ExperienceKind.FIELD),
    ]
    vacancy.skills = [VacancySkill(position=0, name="Power BI", skill_id="power-bi", weight=3)]
    vacancy.search_text = f"{vacancy.title} {' '.join(vacancy.duties)}".lower()
    db.session.add(vacancy)
    db.session.commit()
    return vacancy
