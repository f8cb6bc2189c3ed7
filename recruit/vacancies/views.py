"""HR officer's pages for the own state body's vacancies (thin: forms in, services do the work)."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import VacancyStatus
from recruit.errors import NotAllowed, ValidationFailed
from recruit.i18n import select_locale
from recruit.security import Permission, permission_required
from recruit.vacancies import categories, copying, publishing, services
from recruit.vacancies.conversion import form_data
from recruit.vacancies.forms import VacancyForm
from recruit.vacancies.services import get_own_vacancy_or_404

bp = Blueprint("vacancies", __name__, url_prefix="/hr/vacancies")


@bp.get("/")
@permission_required(Permission.VACANCY_MANAGE)
def index():
    """The body's vacancies, one status tab at a time, with counts."""
    status = request.args.get("status", "")
    chosen = next((s for s in VacancyStatus if s.value == status), None)
    page = services.own_vacancies(
        current_user, chosen, request.args.get("page", 1, type=int), current_app.config["PER_PAGE"]
    )
    return render_template(
        "vacancies/index.html",
        page=page,
        status=chosen,
        counts=services.status_counts(current_user),
        body_inactive=services.body_inactive_reason(current_user.state_body),
    )


def _render_form(form: VacancyForm, vacancy=None):
    form.add_blank_rows()
    return render_template(
        "vacancies/edit.html",
        form=form,
        vacancy=vacancy,
        categories=categories.register().values(),
        lang=select_locale(),
    )


@bp.route("/new", methods=["GET", "POST"])
@permission_required(Permission.VACANCY_MANAGE)
def create():
    """A new draft announcement; a deactivated body is sent back to its list with the reason."""
    if reason := services.body_inactive_reason(current_user.state_body):
        flash(reason, "error")
        return redirect(url_for("vacancies.index"))
    form = VacancyForm()
    if form.validate_on_submit():
        try:
            vacancy = services.create_vacancy(current_user, form.to_data())
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            flash(str(e), "error")
        else:
            flash(_("Draft saved. Check the preview before publishing."), "success")
            return redirect(url_for("vacancies.preview", vacancy_id=vacancy.id))
    return _render_form(form)


@bp.route("/<int:vacancy_id>/edit", methods=["GET", "POST"])
@permission_required(Permission.VACANCY_MANAGE)
def edit(vacancy_id: int):
    """Change a draft; other statuses are refused with the reason."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    if vacancy.status != VacancyStatus.DRAFT:
        flash(services.not_a_draft_message(vacancy), "error")
        return redirect(url_for("vacancies.preview", vacancy_id=vacancy.id))
    form = VacancyForm(data=None if request.method == "POST" else form_data(vacancy))
    if form.validate_on_submit():
        try:
            services.update_vacancy(current_user, vacancy, form.to_data())
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Draft saved."), "success")
            return redirect(url_for("vacancies.preview", vacancy_id=vacancy.id))
    return _render_form(form, vacancy)


@bp.get("/<int:vacancy_id>")
@permission_required(Permission.VACANCY_MANAGE)
def preview(vacancy_id: int):
    """The announcement exactly as the public will see it, with the HR actions."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    problems = publishing.publish_problems(vacancy) if vacancy.status == VacancyStatus.DRAFT else []
    return render_template(
        "vacancies/preview.html",
        vacancy=vacancy,
        problems=problems,
        state_body_name=vacancy.state_body.name(select_locale()),
    )


def _confirm(vacancy, action: str, problems=()):
    return render_template(
        "vacancies/confirm.html", vacancy=vacancy, action=action, problems=problems
    )


@bp.route("/<int:vacancy_id>/publish", methods=["GET", "POST"])
@permission_required(Permission.VACANCY_MANAGE)
def publish(vacancy_id: int):
    """Ask for confirmation, then publish or list every problem that prevents it."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    if request.method == "GET":
        return _confirm(vacancy, "publish", publishing.publish_problems(vacancy))
    try:
        publishing.publish_vacancy(current_user, vacancy)
    except ValidationFailed as e:
        return _confirm(vacancy, "publish", e.errors), 422
    except NotAllowed as e:
        flash(str(e), "error")
    else:
        flash(_("The vacancy is published."), "success")
    return redirect(url_for("vacancies.preview", vacancy_id=vacancy.id))


def _state_change(vacancy_id: int, action: str, service, done: str):
    vacancy = get_own_vacancy_or_404(vacancy_id)
    if request.method == "GET":
        return _confirm(vacancy, action)
    try:
        service(current_user, vacancy)
    except NotAllowed as e:
        flash(str(e), "error")
    else:
        flash(done, "success")
    return redirect(url_for("vacancies.preview", vacancy_id=vacancy.id))


@bp.route("/<int:vacancy_id>/close", methods=["GET", "POST"])
@permission_required(Permission.VACANCY_MANAGE)
def close(vacancy_id: int):
    """Ask for confirmation, then stop accepting applications."""
    return _state_change(
        vacancy_id,
        "close",
        publishing.close_vacancy,
        _("The vacancy is closed: no more applications are accepted."),
    )


@bp.route("/<int:vacancy_id>/cancel", methods=["GET", "POST"])
@permission_required(Permission.VACANCY_MANAGE)
def cancel(vacancy_id: int):
    """Ask for confirmation, then cancel the competition."""
    return _state_change(
        vacancy_id, "cancel", publishing.cancel_vacancy, _("The vacancy is cancelled.")
    )


@bp.post("/<int:vacancy_id>/copy")
@permission_required(Permission.VACANCY_MANAGE)
def copy(vacancy_id: int):
    """A new draft with every field of this vacancy; set the new dates before publishing."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    try:
        new = copying.copy_vacancy(current_user, vacancy)
    except NotAllowed as e:
        flash(str(e), "error")
        return redirect(url_for("vacancies.preview", vacancy_id=vacancy.id))
    flash(_("A copy was saved as a new draft. Set the application deadline and dates."), "success")
    return redirect(url_for("vacancies.edit", vacancy_id=new.id))
