"""The candidate's own pages under ``/me``: there are no ids in these URLs, only "mine"."""

import io

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from recruit.candidates import export as exporting
from recruit.candidates import inbox, rights, services
from recruit.candidates.forms import EraseForm, ExportForm, MarkReadForm, ProfileForm
from recruit.candidates.profile_data import mask_iin
from recruit.errors import ValidationFailed
from recruit.extensions import limiter
from recruit.security import Permission, permission_required

bp = Blueprint("candidates", __name__, url_prefix="/me")


def _render_profile(form: ProfileForm, profile):
    form.add_blank_rows()
    return render_template(
        "candidates/profile.html",
        form=form,
        profile=profile,
        masked_iin=mask_iin(profile.iin_last4),
        certificate=services.certificate_status(profile),
        valid_days=current_app.config.get("LEGISLATION_TEST_VALID_DAYS", 365),
    )


@bp.route("/profile", methods=["GET", "POST"])
@permission_required(Permission.APPLICATION_CREATE)
def profile():
    """The reusable profile; invalid input is shown back with a message and nothing is lost."""
    profile = services.open_profile(current_user)
    form = ProfileForm(data=None if request.method == "POST" else services.form_data(profile))
    if form.validate_on_submit():
        try:
            services.update_profile(current_user, profile, form.to_data())
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Your profile is saved."), "success")
            return redirect(url_for("candidates.profile"))
    return _render_profile(form, profile), 422 if form.errors else 200


@bp.get("/notifications")
@permission_required(Permission.APPLICATION_CREATE)
def notifications():
    """Own notifications, newest first, unread ones marked."""
    page = inbox.notifications_page(
        current_user, max(request.args.get("page", 1, type=int), 1), current_app.config["PER_PAGE"]
    )
    return render_template(
        "candidates/notifications.html",
        page=page,
        form=MarkReadForm(),
        unread=inbox.unread_count(current_user),
    )


@bp.post("/notifications/read")
@permission_required(Permission.APPLICATION_CREATE)
def mark_read():
    """Mark one notification, or all of them, as read."""
    form = MarkReadForm()
    if form.validate_on_submit():
        raw = form.notification.data or ""
        inbox.mark_read(current_user, int(raw) if raw.isdigit() else None)
    return redirect(url_for("candidates.notifications", page=request.args.get("page", 1, type=int)))


@bp.route("/export", methods=["GET", "POST"])
@permission_required(Permission.APPLICATION_CREATE)
def export():
    """Explain what the copy holds; the POST downloads it as a ZIP."""
    form = ExportForm()
    if form.validate_on_submit():
        data = exporting.export_archive(current_user)
        name = f"recruit-my-data-{services.local_today().isoformat()}.zip"
        return send_file(
            io.BytesIO(data), mimetype="application/zip", as_attachment=True, download_name=name
        )
    return render_template("candidates/export.html", form=form)


def _erase_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@bp.route("/erase", methods=["GET", "POST"])
@permission_required(Permission.APPLICATION_CREATE)
@limiter.limit(_erase_limit, methods=["POST"])
def erase():
    """Confirm with the password, then erase the account and log out."""
    form = EraseForm()
    if form.validate_on_submit():
        try:
            rights.erase_account(current_user, form.password.data)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            logout_user()
            flash(_("Your account and personal data were erased."), "success")
            return redirect(url_for("public.index"))
    return render_template("candidates/erase.html", form=form), 422 if form.errors else 200
