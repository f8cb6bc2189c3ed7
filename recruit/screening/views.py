"""HR's screening pages: applicants of the own body's vacancies, eligibility and overrides."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import Outcome
from recruit.applications.services import status_name
from recruit.candidates.profile_data import (
    EDUCATION_LEVELS,
    LANGUAGE_CODES,
    LANGUAGE_LEVELS,
    mask_iin,
)
from recruit.candidates.services import reveal_iin as reveal_candidate_iin
from recruit.errors import NotAllowed, ValidationFailed
from recruit.i18n import select_locale
from recruit.screening import review
from recruit.screening.forms import OverrideForm, RevealIINForm
from recruit.security import Permission, permission_required
from recruit.vacancies.services import get_own_vacancy_or_404

bp = Blueprint("screening", __name__, url_prefix="/hr/screening")
DOWNLOAD_ENDPOINT = "applications.download"
PROFILE_LABELS = {
    "education": dict(EDUCATION_LEVELS),
    "languages": dict(LANGUAGE_CODES),
    "levels": dict(LANGUAGE_LEVELS),
}


@bp.get("/")
@permission_required(Permission.APPLICATION_REVIEW)
def index():
    """The body's vacancies that received applications."""
    page, counts = review.vacancies_with_applicants(
        current_user, request.args.get("page", 1, type=int), current_app.config["PER_PAGE"]
    )
    return render_template("screening/index.html", page=page, counts=counts)


@bp.get("/vacancies/<int:vacancy_id>")
@permission_required(Permission.APPLICATION_REVIEW)
def vacancy(vacancy_id: int):
    """One vacancy's applicants with their eligibility and every rule's reason."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    outcome = next((o for o in Outcome if o.value == request.args.get("outcome")), None)
    page = review.applicants(
        vacancy, outcome, request.args.get("page", 1, type=int), current_app.config["PER_PAGE"]
    )
    return render_template(
        "screening/vacancy.html",
        vacancy=vacancy,
        page=page,
        outcome=outcome,
        counts=review.outcome_counts(vacancy),
        lang=select_locale(),
    )


def _render_file(application, override_form=None, iin=None, status=200):
    """The applicant's file page (an audited view of personal data)."""
    applicant = review.open_applicant_file(current_user, application, select_locale())
    return render_template(
        "screening/application.html",
        file=applicant,
        application=application,
        override_form=override_form or OverrideForm(),
        reveal_form=RevealIINForm(),
        iin=iin,
        masked_iin=mask_iin(getattr(applicant.profile, "iin_last4", "")),
        status_name=status_name(application.status, select_locale()),
        labels=PROFILE_LABELS,
        download_endpoint=DOWNLOAD_ENDPOINT,
        lang=select_locale(),
    ), status


@bp.get("/applications/<int:application_id>")
@permission_required(Permission.APPLICATION_REVIEW)
def application(application_id: int):
    """One applicant: declarations, consent, CV, the engine's reading and the profile."""
    return _render_file(review.get_own_application_or_404(application_id))


@bp.post("/applications/<int:application_id>/iin")
@permission_required(Permission.APPLICATION_REVIEW)
def reveal_iin(application_id: int):
    """Show the full IIN on an explicit request; the reveal is audited."""
    application = review.get_own_application_or_404(application_id)
    form = RevealIINForm()
    if not form.validate_on_submit():
        return redirect(url_for("screening.application", application_id=application.id))
    profile = review.candidate_profile(application)
    iin = reveal_candidate_iin(profile, current_user) if profile is not None else None
    if iin is None:
        flash(_("The applicant has not given an IIN."), "error")
    return _render_file(application, iin=iin)


@bp.post("/applications/<int:application_id>/override")
@permission_required(Permission.APPLICATION_REVIEW)
def override(application_id: int):
    """HR's decision on eligibility with a written reason."""
    application = review.get_own_application_or_404(application_id)
    form = OverrideForm()
    if form.validate_on_submit():
        try:
            review.override_outcome(
                current_user, application, Outcome(form.outcome.data), form.reason.data
            )
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            flash(str(e), "error")
            return redirect(url_for("screening.application", application_id=application.id))
        else:
            flash(_("The eligibility decision is saved."), "success")
            return redirect(url_for("screening.application", application_id=application.id))
    return _render_file(application, override_form=form, status=422)
