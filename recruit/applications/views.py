"""The candidate's applications: apply, list, status page, withdraw; downloads of files.

The wizard's steps (CV, confirmation, documents, declarations, submit) are in
``wizard_views`` and registered on this blueprint.
"""

import io

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from models import ApplicationStatus
from recruit.applications import (
    document_views,
    documents,
    services,
    submission,
    wizard,
    wizard_views,
)
from recruit.applications.forms import ActionForm
from recruit.applications.status import TRANSITIONS
from recruit.errors import NotAllowed
from recruit.i18n import select_locale
from recruit.security import Permission, permission_required

bp = Blueprint("applications", __name__, url_prefix="/applications")

for rule, endpoint, view, methods in (*wizard_views.ROUTES, *document_views.ROUTES):
    bp.add_url_rule(rule, endpoint, view, methods=methods)


@bp.get("/")
@permission_required(Permission.APPLICATION_CREATE)
def mine():
    """The candidate's applications with status and deadline, newest first."""
    page = services.own_applications(
        current_user,
        max(request.args.get("page", 1, type=int), 1),
        current_app.config["PER_PAGE"],
    )
    return render_template(
        "applications/mine.html",
        page=page,
        lang=select_locale(),
        status_name=services.status_name,
        now=services.now(),
    )


@bp.route("/apply/<int:vacancy_id>", methods=["GET", "POST"])
@permission_required(Permission.APPLICATION_CREATE)
def apply(vacancy_id: int):
    """Start (or resume) the application for a vacancy; GET asks first, POST creates."""
    vacancy = services.get_applicable_vacancy_or_404(vacancy_id)
    form = ActionForm()
    if request.method == "GET":
        return render_template(
            "applications/apply.html",
            vacancy=vacancy,
            form=form,
            is_open=services.is_open(vacancy),
            state_body_name=vacancy.state_body.name(select_locale()),
        )
    if not form.validate_on_submit():
        abort(400)
    try:
        application = services.start_application(current_user, vacancy)
    except NotAllowed as e:
        flash(str(e), "error")
        return redirect(url_for("public.vacancy", vacancy_id=vacancy.id))
    if application.status != ApplicationStatus.DRAFT:
        flash(_("You have already applied for this vacancy."), "warning")
        return redirect(url_for("applications.detail", application_id=application.id))
    return redirect(url_for(wizard.resume_endpoint(application), application_id=application.id))


@bp.get("/<int:application_id>")
@permission_required(Permission.APPLICATION_CREATE)
def detail(application_id: int):
    """Status page: the steps of a draft, the history with reasons, the files."""
    application = services.get_own_application_or_404(current_user, application_id)
    lang = select_locale()
    is_open = services.is_open(application.vacancy)
    return render_template(
        "applications/detail.html",
        application=application,
        status=services.status_name(application.status, lang),
        history=services.history(application, lang),
        steps=wizard.steps(application) if application.status == ApplicationStatus.DRAFT else [],
        is_open=is_open,
        can_withdraw=is_open and ApplicationStatus.WITHDRAWN in TRANSITIONS[application.status],
        cv=documents.cv_document(application),
        slots=documents.required_slots(application),
        state_body_name=application.vacancy.state_body.name(lang),
    )


@bp.route("/<int:application_id>/withdraw", methods=["GET", "POST"])
@permission_required(Permission.APPLICATION_CREATE)
def withdraw(application_id: int):
    """Ask for confirmation, then withdraw the application (before the deadline only)."""
    application = services.get_own_application_or_404(current_user, application_id)
    form = ActionForm()
    if form.validate_on_submit():
        try:
            submission.withdraw(current_user, application)
        except NotAllowed as e:
            flash(str(e), "error")
        else:
            flash(_("Your application is withdrawn."), "success")
        return redirect(url_for("applications.detail", application_id=application.id))
    return render_template(
        "applications/confirm_action.html",
        form=form,
        application=application,
        title=_("Withdraw the application"),
        question=_("Withdraw your application for “%(title)s”?", title=application.vacancy.title),
        note=_(
            "A withdrawn application cannot be submitted again: you will not be able to "
            "apply for this vacancy a second time."
        ),
        button=_("Withdraw the application"),
        cancel_url=url_for("applications.detail", application_id=application.id),
    )


@bp.get("/documents/<int:document_id>")
@login_required
def download(document_id: int):
    """A stored file as an attachment, for its owner and HR of the body (404 for anyone else)."""
    document, data = documents.open_download(current_user, document_id)
    response = send_file(
        io.BytesIO(data),
        mimetype=document.content_type,
        as_attachment=True,
        download_name=document.original_name or f"document-{document.id}",
        max_age=0,
    )
    response.headers["Content-Type"] = document.content_type
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    return response
