"""The administrators' global switch of automated ranking (its own small blueprint)."""

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from recruit.errors import ValidationFailed
from recruit.ranking import services
from recruit.ranking.forms import SwitchForm
from recruit.security import Permission, permission_required

bp = Blueprint("ranking_admin", __name__, url_prefix="/admin/ranking")


@bp.route("/", methods=["GET", "POST"])
@permission_required(Permission.RANKING_SWITCH)
def switch():
    """Show and change the global switch; every change carries a reason and is audited."""
    enabled = services.ranking_enabled_globally()
    form = SwitchForm(enabled="on" if enabled else "off")
    if form.validate_on_submit():
        try:
            services.set_global_ranking(current_user, form.enabled.data == "on", form.reason.data)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            on = form.enabled.data == "on"
            flash(
                _("Automated ranking is switched on.")
                if on
                else _("Automated ranking is switched off: everyone sees a neutral order."),
                "success",
            )
            return redirect(url_for("ranking_admin.switch"))
    return render_template(
        "admin/ranking_switch.html",
        form=form,
        enabled=enabled,
        setting=services.global_setting(),
    ), (422 if form.errors else 200)
