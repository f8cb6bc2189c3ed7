"""A competition written straight into the database: body, HR, commission, shortlisted CVs."""

import hashlib
import uuid
from datetime import timedelta
from types import SimpleNamespace

from models import (
    Application,
    ApplicationScore,
    ApplicationStatus,
    Commission,
    CommissionMember,
    CVStatus,
    Document,
    MemberRole,
    RankingRun,
    Role,
    StageScore,
    db,
    utcnow,
)
from recruit.ranking.inputs import params_input
from tests.factories import make_body, make_user, make_vacancy

NAMES = [
    "Aigerim Seitkali",
    "Dauren Zhaksylykov",
    "Madina Omarova",
    "Yerlan Abenov",
    "Saule Tulegenova",
]
MEMBER_NAMES = [
    "Nurlan Chairman",
    "Gulnara Secretary",
    "Bolat Member",
    "Zhanna Member",
    "Arman Member",
]
SKILL_TEXT = "Built Power BI dashboards for the e-Otinish service and automated reports in Excel."


def cv_text(name: str, email: str) -> str:
    return (
        f"{name}\nEmail: {email}\nPhone: +7 701 555 12 34\n\n"
        f"Experience\nChief specialist, digitalisation department, 2019-2025.\n{SKILL_TEXT}\n"
        "Education\nMaster of Public Administration, 2018.\n"
    )


def handmade_profile(text: str, name: str, email: str) -> dict:
    """Personal-data spans as the engine reports them (the name is left for the safeguard)."""
    phone = "+7 701 555 12 34"
    return {
        "language": "en",
        "personal_data": [
            {"kind": "email", "start": text.index(email), "end": text.index(email) + len(email)},
            {"kind": "phone", "start": text.index(phone), "end": text.index(phone) + len(phone)},
        ],
    }


def _explanation(text: str) -> dict:
    start = text.index("Power BI")
    return {
        "skills": {
            "matched_essential": [
                {
                    "id": "power-bi",
                    "name": "Power BI",
                    "label": "Power BI",
                    "weight": 3,
                    "strength": 1.0,
                    "evidence": "experience",
                    "mentions": [{"start": start, "end": start + 8, "text": "Power BI"}],
                }
            ],
            "matched_asset": [],
            "missing_essential": [],
        },
        "potential": {"initiative": {"value": 0.5, "weight": 0.3, "points": 0.15, "evidence": []}},
        "fit": {"similarity": 0.4, "shared_terms": [{"term": "dashboard", "weight": 0.1}]},
    }


def add_application(vacancy, index: int, status=ApplicationStatus.SHORTLISTED, profile=None):
    """A submitted application with a CV text and the engine's personal-data spans."""
    name = NAMES[index % len(NAMES)]
    candidate = make_user(
        Role.CANDIDATE, full_name=name, email=f"cand{index}-{uuid.uuid4().hex[:6]}@mail.kz"
    )
    text = cv_text(name, candidate.email)
    application = Application(
        vacancy_id=vacancy.id,
        candidate_id=candidate.id,
        status=status,
        step=5,
        code=f"K-{index + 1:03d}",
        cv_status=CVStatus.OK,
        cv_language="en",
        cv_profile=profile(text) if profile else handmade_profile(text, name, candidate.email),
        submitted_at=utcnow() - timedelta(days=5),
    )
    db.session.add(application)
    db.session.flush()
    data = text.encode()
    document = Document(
        owner_id=candidate.id,
        application_id=application.id,
        kind="cv",
        original_name="cv.txt",
        storage_key=uuid.uuid4().hex,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        content_type="text/plain",
        text=text,
    )
    db.session.add(document)
    db.session.flush()
    application.cv_document_id = document.id
    db.session.commit()
    return application


def add_ranking(vacancy, applications) -> RankingRun:
    """A stored run ranking the applications in reverse order of their codes."""
    run = RankingRun(
        vacancy_id=vacancy.id,
        ranker_version="test",
        taxonomy_version="test",
        input_sha256="0" * 64,
        params={
            **params_input(vacancy),
            "application_ids": [a.id for a in applications],
            "unscored": [],
        },
    )
    for rank, application in enumerate(reversed(applications), start=1):
        total = 900_000 - rank * 100_000
        run.scores.append(
            ApplicationScore(
                application_id=application.id,
                rank=rank,
                total_micro=total,
                components={"skills": total, "potential": total, "fit": total},
                contributions_micro={
                    "skills": total // 2,
                    "potential": total * 3 // 10,
                    "fit": total - total // 2 - total * 3 // 10,
                },
                band="best" if rank == 1 else "well",
                explanation=_explanation(db.session.get(Document, application.cv_document_id).text),
            )
        )
    db.session.add(run)
    db.session.commit()
    return run


def add_commission(
    vacancy, users, roles=(MemberRole.CHAIR, MemberRole.SECRETARY, MemberRole.MEMBER)
):
    commission = Commission(vacancy_id=vacancy.id)
    for user, role in zip(users, roles, strict=False):
        commission.members.append(CommissionMember(user_id=user.id, role=role))
    db.session.add(commission)
    db.session.commit()
    return commission


def seed(
    n: int = 4,
    senior: bool = False,
    ranking: bool = True,
    commission: bool = True,
    members: int = 3,
    status: ApplicationStatus = ApplicationStatus.SHORTLISTED,
):
    """A body X vacancy past its deadline with ``n`` shortlisted applications and a commission."""
    body = make_body()
    hr = make_user(Role.HR, body, full_name="HR Officer")
    people = [
        make_user(Role.COMMISSION, body, full_name=MEMBER_NAMES[i]) for i in range(members + 1)
    ]
    vacancy = make_vacancy(body, deadline=utcnow() - timedelta(days=1), senior=senior)
    applications = [add_application(vacancy, i, status) for i in range(n)]
    run = add_ranking(vacancy, applications) if ranking else None
    roles = [MemberRole.CHAIR, MemberRole.SECRETARY] + [MemberRole.MEMBER] * (members - 2)
    board = add_commission(vacancy, people[:members], roles) if commission else None
    return SimpleNamespace(
        body=body,
        hr=hr,
        users=people[:members],
        outsider=people[members],
        vacancy=vacancy,
        applications=applications,
        run=run,
        commission=board,
        names=[a.candidate.full_name for a in applications],
        emails=[a.candidate.email for a in applications],
    )


def enter_results(s, assessment: list[int], legislation: int = 40) -> None:
    """HR's test results written directly (member NULL), one assessment score per application."""
    for application, value in zip(s.applications, assessment, strict=True):
        db.session.add(
            StageScore(
                application_id=application.id,
                stage="legislation",
                criterion="result",
                value=legislation,
            )
        )
        db.session.add(
            StageScore(
                application_id=application.id,
                stage="personal_qualities",
                criterion="result",
                value=value,
            )
        )
    db.session.commit()


def complete_round(s) -> None:
    """Every member scores every stage they must with a 4 and submits (straight to the services)."""
    from recruit.commission import scoring

    for member in s.commission.members:
        state = scoring.board(member.commission)
        cells: dict[int, dict] = {}
        for application_id, stage, criterion in state.required(member):
            cells.setdefault(application_id, {})[(stage, criterion)] = 4
        for application_id, values in cells.items():
            scoring.save_scores(member, db.session.get(Application, application_id), values)
        if cells:
            scoring.submit_scores(member)
