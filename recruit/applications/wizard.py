"""The five steps of an application and how far a draft has come (it resumes at the first
step not done)."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from models import Application, ApplicationStatus, CVStatus
from recruit.applications.consent import declarations_done
from recruit.applications.documents import missing_documents


@dataclass(frozen=True)
class Step:
    endpoint: str
    title: str
    done: bool


TITLES = (
    ("applications.cv", _l("Upload your CV")),
    ("applications.confirm", _l("Check what was read")),
    ("applications.documents", _l("Documents")),
    ("applications.declarations", _l("Declarations and consent")),
    ("applications.submit", _l("Submit")),
)


def steps(application: Application) -> list[Step]:
    """Every step with whether it is done."""
    done = (
        application.cv_status in (CVStatus.OK, CVStatus.NEEDS_REVIEW),
        application.cv_status is not None and application.step >= 3,
        not missing_documents(application),
        declarations_done(application),
        application.status != ApplicationStatus.DRAFT,
    )
    return [
        Step(endpoint=endpoint, title=str(title), done=flag)
        for (endpoint, title), flag in zip(TITLES, done, strict=True)
    ]


def resume_endpoint(application: Application) -> str:
    """The first step not done yet (the submit step when everything else is)."""
    return next((s.endpoint for s in steps(application) if not s.done), TITLES[-1][0])
