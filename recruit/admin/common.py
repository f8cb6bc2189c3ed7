"""Helpers shared by the administration views."""

from flask import current_app, render_template, request
from flask_babel import get_locale

from recruit.admin.forms import ConfirmForm


def page_args() -> tuple[int, int]:
    """The requested page number and the configured page size."""
    return max(request.args.get("page", 1, type=int), 1), current_app.config["PER_PAGE"]


def lang() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


def confirm_page(form: ConfirmForm, *, title, question, button, cancel_url, danger=True, note=None):
    """The confirmation page that stands before every deactivation or reactivation."""
    return render_template(
        "admin/confirm.html",
        form=form,
        title=title,
        question=question,
        button=button,
        cancel_url=cancel_url,
        danger=danger,
        note=note,
    )
