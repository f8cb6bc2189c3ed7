"""State bodies: list, create, edit, deactivate and reactivate."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import StateBody, db
from recruit.admin import services
from recruit.admin.common import confirm_page, lang, page_args
from recruit.admin.forms import LEVEL_LABELS, REGIONS, BodyForm, ConfirmForm
from recruit.errors import ValidationFailed
from recruit.security import Permission, permission_required


def get_body_or_404(body_id: int) -> StateBody:
    """Administrators see every body; an unknown id is a 404."""
    return db.get_or_404(StateBody, body_id)


@permission_required(Permission.BODY_MANAGE)
def bodies():
    """All state bodies, active first."""
    page = services.bodies_page(*page_args())
    return render_template("admin/bodies.html", page=page, lang=lang(), levels=LEVEL_LABELS)


def _render_form(form, body=None):
    return render_template("admin/body_form.html", form=form, body=body, regions=REGIONS)


@permission_required(Permission.BODY_MANAGE)
def body_new():
    """Add a state body."""
    form = BodyForm()
    if form.validate_on_submit():
        try:
            body = services.create_body(form.data, current_user)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("State body %(code)s added.", code=body.code), "success")
            return redirect(url_for("admin.bodies"))
    return _render_form(form)


@permission_required(Permission.BODY_MANAGE)
def body_edit(body_id: int):
    """Change a state body's names, code, level or region."""
    body = get_body_or_404(body_id)
    form = BodyForm(obj=body)
    if form.validate_on_submit():
        try:
            changed = services.update_body(body, form.data, current_user)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Changes saved.") if changed else _("Nothing was changed."), "success")
            return redirect(url_for("admin.bodies"))
    return _render_form(form, body)


def _toggle(body_id: int, active: bool):
    body = get_body_or_404(body_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        services.set_body_active(body, active, current_user)
        flash(_("State body reactivated.") if active else _("State body deactivated."), "success")
        return redirect(url_for("admin.bodies"))
    return confirm_page(
        form,
        title=_("Reactivate a state body") if active else _("Deactivate a state body"),
        question=_("Reactivate %(name)s?", name=body.name(lang()))
        if active
        else _("Deactivate %(name)s?", name=body.name(lang())),
        button=_("Reactivate") if active else _("Deactivate"),
        cancel_url=url_for("admin.bodies"),
        danger=not active,
        note=None if active else _deactivation_note(body),
    )


def _deactivation_note(body: StateBody) -> str:
    """What deactivating the body stops, and what it leaves as it is."""
    parts = [_("HR officers of this body will no longer be able to create or publish vacancies.")]
    if members := services.active_members(body):
        parts.append(_("%(n)d active accounts belong to this body; they stay active.", n=members))
    if published := services.published_vacancies(body):
        parts.append(
            _(
                "Published vacancies of this body: %(n)d; they stay public and take applications "
                "until their deadlines.",
                n=published,
            )
        )
    return " ".join(parts)


@permission_required(Permission.BODY_MANAGE)
def body_deactivate(body_id: int):
    """Confirm, then deactivate: no new accounts or vacancies for the body."""
    return _toggle(body_id, False)


@permission_required(Permission.BODY_MANAGE)
def body_reactivate(body_id: int):
    """Confirm, then reactivate."""
    return _toggle(body_id, True)


ROUTES = (
    ("/bodies", "bodies", bodies, ["GET"]),
    ("/bodies/new", "body_new", body_new, ["GET", "POST"]),
    ("/bodies/<int:body_id>/edit", "body_edit", body_edit, ["GET", "POST"]),
    ("/bodies/<int:body_id>/deactivate", "body_deactivate", body_deactivate, ["GET", "POST"]),
    ("/bodies/<int:body_id>/reactivate", "body_reactivate", body_reactivate, ["GET", "POST"]),
)
