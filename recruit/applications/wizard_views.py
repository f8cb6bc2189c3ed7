"""The application wizard's pages; each step is saved on its own and can be resumed.

The routes are registered on the ``applications`` blueprint in ``views.py`` (``ROUTES``).
"""

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import ApplicationStatus
from recruit.applications import consent, cv, documents, services, submission, wizard
from recruit.applications.forms import (
    ActionForm,
    ConfirmForm,
    CVForm,
    DeclarationsForm,
)
from recruit.candidates.profile_data import EDUCATION_LEVELS, LANGUAGE_CODES, LANGUAGE_LEVELS
from recruit.errors import NotAllowed, ValidationFailed
from recruit.extensions import limiter
from recruit.i18n import select_locale
from recruit.security import Permission, permission_required

candidate_only = permission_required(Permission.APPLICATION_CREATE)


def _upload_limit() -> str:
    return current_app.config["UPLOAD_RATE_LIMIT"]


def _uploader() -> str:
    """Uploads are counted per account, so candidates behind one address (an office, a
    university) do not share a budget, and one account cannot keep the readers busy."""
    return f"upload-user:{current_user.get_id()}"


# Every upload costs an extraction and a reading in the server's workers: a person replaces a
# file a few times, a script sending files without end is stopped (429) before the workers.
limit_uploads = limiter.limit(_upload_limit, key_func=_uploader, methods=["POST"])


def to_detail(application):
    """Back to the application's status page."""
    return redirect(url_for("applications.detail", application_id=application.id))


def editable_or_redirect(application_id: int):
    """The own draft and None, or the application and a redirect explaining why it is locked."""
    application = services.get_own_application_or_404(current_user, application_id)
    try:
        services.ensure_editable(application)
    except NotAllowed as e:
        flash(str(e), "error")
        return application, to_detail(application)
    return application, None


def wizard_page(template: str, application, status: int = 200, **context):
    """A wizard step's page with the steps and the vacancy."""
    return render_template(
        f"applications/{template}",
        application=application,
        steps=wizard.steps(application),
        vacancy=application.vacancy,
        **context,
    ), status


@candidate_only
@limit_uploads
def cv_step(application_id: int):
    """Step 1: upload the CV; the engine reads it before the page answers."""
    application, locked = editable_or_redirect(application_id)
    if locked:
        return locked
    form = CVForm()
    if form.validate_on_submit():
        try:
            cv.upload_cv(current_user, application, form.cv.data, select_locale())
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            flash(str(e), "error")
            return to_detail(application)
        else:
            if application.cv_status.value == "needs_review":
                flash(
                    _(
                        "Your CV is saved. We could not read it automatically, so a person "
                        "will read it."
                    ),
                    "warning",
                )
            else:
                flash(_("Your CV is read. Check what we found."), "success")
            return redirect(url_for("applications.confirm", application_id=application.id))
    return wizard_page(
        "cv.html",
        application,
        422 if form.errors else 200,
        form=form,
        cv=documents.cv_document(application),
    )


@candidate_only
def confirm_step(application_id: int):
    """Step 2: what was read from the CV, with its evidence; remove, add, correct dates."""
    application, locked = editable_or_redirect(application_id)
    if locked:
        return locked
    if application.cv_status is None:
        flash(_("Upload your CV first."), "warning")
        return redirect(url_for("applications.cv", application_id=application.id))
    lang = select_locale()
    summary = cv.read_summary(application, lang)
    periods = [{"start": p["start"], "end": p.get("end") or ""} for p in summary["experience"]]
    form = ConfirmForm(data=None if request.method == "POST" else {"periods": periods})
    form.set_choices(summary["skills"], cv.skill_choices(lang))
    if form.validate_on_submit():
        try:
            filled = cv.confirm_cv(current_user, application, form.changes(), bool(form.done.data))
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            if not form.done.data:
                flash(_("Your changes are saved."), "success")
                return redirect(url_for("applications.confirm", application_id=application.id))
            if filled:
                flash(_("Empty parts of your profile were filled from your CV."), "success")
            return redirect(url_for("applications.documents", application_id=application.id))
    return wizard_page(
        "confirm.html",
        application,
        422 if form.errors else 200,
        form=form,
        summary=summary,
        lang=lang,
        names={
            "education": dict(EDUCATION_LEVELS),
            "language": dict(LANGUAGE_CODES),
            "level": dict(LANGUAGE_LEVELS),
        },
    )


def _declarations_form(application, given) -> DeclarationsForm:
    """The posted form, or one showing what was already declared."""
    if request.method == "POST":
        return DeclarationsForm()
    made = application.declarations or {}
    data = {name: made.get(name) is True for name in consent.DECLARATIONS}
    return DeclarationsForm(data={**data, "consent": given is not None})


@candidate_only
def declarations_step(application_id: int):
    """Step 4: the legal declarations and the consent to the exact text shown."""
    application, locked = editable_or_redirect(application_id)
    if locked:
        return locked
    given = consent.current_consent(application)
    form = _declarations_form(application, given)
    lang = form.consent_language.data
    if lang not in services.LANGS:
        lang = select_locale()
    if form.validate_on_submit():
        try:
            consent.save_declarations(
                current_user,
                application,
                form.data_for_service(),
                lang,
                form.consent_version.data or "",
                request.remote_addr or "",
            )
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Your declarations and consent are saved."), "success")
            return redirect(url_for("applications.submit", application_id=application.id))
    form.consent_version.data = consent.consent_version()
    form.consent_language.data = lang
    return wizard_page(
        "declarations.html",
        application,
        422 if form.errors else 200,
        form=form,
        consent_text=consent.consent_text(application, lang),
        consent_lang=lang,
        given=given,
    )


@candidate_only
def submit_step(application_id: int):
    """Step 5: check everything, then submit; repeating the submit changes nothing."""
    application = services.get_own_application_or_404(current_user, application_id)
    form = ActionForm()
    errors: list = []
    if form.validate_on_submit():
        was_draft = application.status == ApplicationStatus.DRAFT
        try:
            submission.submit(current_user, application)
        except ValidationFailed as e:
            errors = e.errors
        except NotAllowed as e:
            flash(str(e), "error")
            return to_detail(application)
        else:
            if was_draft:
                flash(
                    _(
                        "Your application is submitted. Its code is %(code)s.",
                        code=application.code,
                    ),
                    "success",
                )
            else:
                flash(_("This application is already submitted."), "success")
            return to_detail(application)
    elif application.status != ApplicationStatus.DRAFT:
        return to_detail(application)
    problems = errors or submission.problems(application)
    return wizard_page(
        "submit.html",
        application,
        422 if errors else 200,
        form=form,
        problems=problems,
        is_open=services.is_open(application.vacancy),
        cv=documents.cv_document(application),
        slots=documents.required_slots(application),
    )


ROUTES = (
    ("/<int:application_id>/cv", "cv", cv_step, ["GET", "POST"]),
    ("/<int:application_id>/confirm", "confirm", confirm_step, ["GET", "POST"]),
    ("/<int:application_id>/declarations", "declarations", declarations_step, ["GET", "POST"]),
    ("/<int:application_id>/submit", "submit", submit_step, ["GET", "POST"]),
)
