"""Interface language (kk/ru/en) and Asia/Almaty times."""

from flask import has_request_context, request, session
from flask_babel import format_datetime

from recruit.extensions import babel


def select_locale() -> str:
    """Explicit choice in the session, then the browser's preference, then Russian."""
    from flask import current_app

    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    languages = current_app.config["LANGUAGES"]
    chosen = session.get("lang")
    if chosen in languages:
        return chosen
    return (
        request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]
    )


def local_datetime(value, fmt: str = "dd.MM.yyyy HH:mm") -> str:
    """A UTC datetime from the database shown in Asia/Almaty."""
    if value is None:
        return ""
    return format_datetime(value, fmt)


def init_app(app) -> None:
    from pathlib import Path

    app.config.setdefault(
        "BABEL_TRANSLATION_DIRECTORIES", str(Path(app.root_path).parent / "translations")
    )
    babel.init_app(app, locale_selector=select_locale)
    app.jinja_env.filters["localdt"] = local_datetime
    app.jinja_env.globals["current_locale"] = lambda: select_locale()
