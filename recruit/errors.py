"""Error pages without stack traces, and domain errors raised by services."""

import logging

from flask import jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from models import db

log = logging.getLogger(__name__)


class ValidationFailed(Exception):
    """A business rule refused the input: ``errors`` is a list of (field or None, message)."""

    def __init__(self, errors: list[tuple[str | None, str]]):
        super().__init__("; ".join(str(m) for _, m in errors))
        self.errors = errors

    def apply_to(self, form) -> None:
        """Attach each message to its form field, or to the form as a whole."""
        for field, message in self.errors:
            target = getattr(form, field, None) if field else None
            if target is not None:
                target.errors = [*target.errors, message]
            else:
                form.form_errors.append(message)


class NotAllowed(Exception):
    """The action is not allowed in the object's current state."""


TITLES = {
    400: _l("Bad request"),
    403: _l("Access denied"),
    404: _l("Page not found"),
    405: _l("Method not allowed"),
    413: _l("The file or form is too large"),
    429: _l("Too many attempts. Please wait a minute and try again."),
    500: _l("Something went wrong on our side"),
}


def _render(code: int, message=None):
    title = TITLES.get(code, TITLES[500])
    if request.path.startswith("/api/"):
        return jsonify(error=str(title), status=code), code
    return render_template("errors/error.html", code=code, title=title, message=message), code


def init_app(app) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(e):
        return _render(
            400,
            _l(
                "The form has expired or was sent from another site. Reload the page and try again."
            ),
        )

    @app.errorhandler(HTTPException)
    def http_error(e):
        return _render(e.code or 500)

    @app.errorhandler(Exception)
    def unexpected(e):
        log.exception("unhandled error on %s %s", request.method, request.path)
        db.session.rollback()  # a failed flush would break the error page's own queries
        return _render(500)
