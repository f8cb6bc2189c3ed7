"""User accounts: list with filters, create, change role and body, (de)activate."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from models import BODY_ROLES, Role, User, db
from recruit.admin import accounts, services
from recruit.admin.common import confirm_page, lang, page_args
from recruit.admin.forms import (
    ROLE_LABELS,
    ConfirmForm,
    UserCreateForm,
    UserEditForm,
    UserFilterForm,
)
from recruit.errors import ValidationFailed
from recruit.security import Permission, permission_required


def get_user_or_404(user_id: int) -> User:
    """Administrators see every account; an unknown id is a 404."""
    return db.get_or_404(User, user_id)


def _with_bodies(form, keep=None):
    form.state_body.choices = [("", _("— none —")), *services.body_choices(lang(), keep)]
    return form


@permission_required(Permission.USER_MANAGE)
def users():
    """Accounts, filtered by role, state body and status."""
    filters = UserFilterForm(request.args)
    filters.body.choices = [("", _("All bodies")), *services.body_choices(lang())]
    data = filters.data if filters.validate() else {}
    page = accounts.users_page(data, *page_args())
    accounts.record_view(current_user, "users", shown=len(page.items))
    return render_template(
        "admin/users.html", page=page, filters=filters, roles=ROLE_LABELS, lang=lang()
    )


@permission_required(Permission.USER_MANAGE)
def user_new():
    """Create a staff account: HR officer, commission member, administrator or auditor."""
    form = _with_bodies(UserCreateForm())
    if form.validate_on_submit():
        try:
            user = accounts.create_account(form.data, current_user)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Account %(email)s created.", email=user.email), "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_new.html", form=form, body_roles=BODY_ROLES)


@permission_required(Permission.USER_MANAGE)
def user_edit(user_id: int):
    """Change an account's role and state body."""
    user = get_user_or_404(user_id)
    data = {"role": user.role.value, "state_body": user.state_body_id}
    form = _with_bodies(UserEditForm(data=data), user.state_body_id)
    if user.role == Role.CANDIDATE:
        form.role.choices = [(user.role.value, ROLE_LABELS[user.role])]
    if form.validate_on_submit():
        try:
            changed = accounts.update_account(
                user, form.role.data, form.state_body.data, current_user
            )
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Changes saved.") if changed else _("Nothing was changed."), "success")
            return redirect(url_for("admin.users"))
    accounts.record_view(current_user, "user", user)
    return render_template(
        "admin/user_edit.html", form=form, user=user, roles=ROLE_LABELS, lang=lang()
    )


def _toggle(user_id: int, active: bool):
    user = get_user_or_404(user_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            accounts.set_account_active(user, active, current_user)
        except ValidationFailed as e:
            flash(e.errors[0][1], "error")
        else:
            flash(_("Account reactivated.") if active else _("Account deactivated."), "success")
        return redirect(url_for("admin.users"))
    accounts.record_view(current_user, "user_reactivate" if active else "user_deactivate", user)
    return confirm_page(
        form,
        title=_("Reactivate an account") if active else _("Deactivate an account"),
        question=_("Reactivate the account %(email)s?", email=user.email)
        if active
        else _("Deactivate the account %(email)s?", email=user.email),
        button=_("Reactivate") if active else _("Deactivate"),
        cancel_url=url_for("admin.users"),
        danger=not active,
        note=None if active else _("The user is logged out everywhere and cannot log in."),
    )


@permission_required(Permission.USER_MANAGE)
def user_deactivate(user_id: int):
    """Confirm, then deactivate the account and end all its sessions."""
    return _toggle(user_id, False)


@permission_required(Permission.USER_MANAGE)
def user_reactivate(user_id: int):
    """Confirm, then reactivate the account."""
    return _toggle(user_id, True)


ROUTES = (
    ("/users", "users", users, ["GET"]),
    ("/users/new", "user_new", user_new, ["GET", "POST"]),
    ("/users/<int:user_id>/edit", "user_edit", user_edit, ["GET", "POST"]),
    ("/users/<int:user_id>/deactivate", "user_deactivate", user_deactivate, ["GET", "POST"]),
    ("/users/<int:user_id>/reactivate", "user_reactivate", user_reactivate, ["GET", "POST"]),
)
