"""Shared builders of the ranking and competition tests: eligible applicants with real CVs."""

import functools
import uuid

from models import (
    Application,
    ApplicationStatus,
    CVStatus,
    Document,
    Outcome,
    Role,
    VacancySkill,
    db,
    utcnow,
)
from nlp.profile import read_cv
from tests.factories import make_body, make_user, make_vacancy

S = ApplicationStatus
STRONG = """Айгерім Серікқызы, aigerim@example.kz, +7 701 555 1234
Опыт работы
2019-2025 Главный эксперт, Министерство цифрового развития. Автоматизировала сбор статистики
государственных услуг, внедрила дашборды Power BI и отчёты на SQL для руководства.
Навыки
Power BI, SQL, Excel, Python
Сертификаты
Microsoft Power BI Data Analyst, 2025
Образование
2016 магистр, Евразийский национальный университет, государственное управление
"""
MEDIUM = """Иван Петров, ivan@example.kz
Опыт работы
2020-2024 Специалист, акимат города Астаны. Готовил аналитические отчёты в Excel.
Навыки
Excel, Power BI
Образование
2018 бакалавр, Карагандинский университет, экономика
"""
WEAK = """Марат Ахметов, marat@example.kz
Опыт работы
2021-2024 Менеджер по продажам, ТОО Ромашка. Консультировал клиентов.
Образование
2020 бакалавр, университет Туран, маркетинг
"""


@functools.cache
def _profile(text: str) -> dict:
    return read_cv(text).to_dict()


def profile_of(text: str) -> dict:
    """The engine's reading of a CV text as stored in ``application.cv_profile``."""
    return _profile(text)


def confirmed_skills(profile: dict, self_declared=()) -> list[dict]:
    """The candidate's confirmed skills: everything read from the CV plus self-declared ones."""
    skills = [
        {
            "id": s["id"],
            "label": s["label"],
            "area": s["area"],
            "source": "cv",
            "mentions": s["mentions"],
        }
        for s in profile["skills"]
    ]
    skills += [
        {"id": sid, "label": sid, "area": "data", "source": "self", "mentions": []}
        for sid in self_declared
    ]
    return skills


def analyst_vacancy(body, **kw):
    """A vacancy asking for Power BI (essential) and SQL (asset)."""
    vacancy = make_vacancy(body, **kw)
    vacancy.skills.append(
        VacancySkill(position=1, name="SQL", skill_id="sql", weight=2, essential=False)
    )
    db.session.commit()
    return vacancy


def make_applicant(
    vacancy,
    text: str = MEDIUM,
    code: str | None = None,
    status=S.ELIGIBLE,
    cv_ok=True,
    self_declared=(),
    **kw,
) -> Application:
    """A submitted application with a read CV, eligible unless told otherwise."""
    candidate = make_user(Role.CANDIDATE, full_name=kw.pop("full_name", "Candidate Name"))
    profile = profile_of(text)
    application = Application(
        vacancy_id=vacancy.id,
        candidate_id=candidate.id,
        status=status,
        step=5,
        code=code or f"K-{candidate.id:03d}",
        cv_status=CVStatus.OK if cv_ok else CVStatus.NEEDS_REVIEW,
        cv_language=profile["language"],
        cv_profile=profile if cv_ok else {},
        skills=confirmed_skills(profile, self_declared) if cv_ok else [],
        eligibility_outcome=kw.pop("eligibility_outcome", Outcome.PASS),
        submitted_at=utcnow(),
        **kw,
    )
    db.session.add(application)
    db.session.flush()
    document = Document(
        owner_id=candidate.id,
        application_id=application.id,
        kind="cv",
        original_name="cv.txt",
        storage_key=uuid.uuid4().hex,
        sha256="0" * 64,
        size=len(text.encode()),
        content_type="text/plain",
        text=text if cv_ok else "",
    )
    db.session.add(document)
    db.session.flush()
    application.cv_document_id = document.id
    db.session.commit()
    return application


def competition(n_medium: int = 1):
    """A body, its HR officer, an analyst vacancy and three eligible applicants."""
    body = make_body()
    hr = make_user(Role.HR, body)
    vacancy = analyst_vacancy(body)
    apps = [
        make_applicant(vacancy, STRONG, "K-001"),
        make_applicant(vacancy, WEAK, "K-002"),
        *(make_applicant(vacancy, MEDIUM, f"K-{i + 3:03d}") for i in range(n_medium)),
    ]
    return body, hr, vacancy, apps


def use_english(app, client) -> None:
    """Pages and messages in English, whatever catalogues are compiled (default is Russian)."""
    app.config["BABEL_DEFAULT_LOCALE"] = "en"
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
