"""Recruit: the recruitment and digital-skills matching system of the civil service."""

from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict | None = None) -> Flask:
    """Application factory: config → extensions → blueprints → errors → cli."""
    app = Flask(
        __name__,
        instance_path=(test_config or {}).get("INSTANCE_PATH", str(ROOT / "instance")),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    from recruit import config

    app.config.from_object(config.Config)
    if test_config is not None:
        app.config.from_mapping(test_config)
    config.from_environment(app.config, app.instance_path)
    if app.config["TRUST_PROXY"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

    from recruit import cli, database, errors, extensions, i18n, security, sessions

    database.init_app(app)
    extensions.csrf.init_app(app)
    extensions.limiter.init_app(app)
    i18n.init_app(app)
    sessions.init_app(app)
    security.init_app(app)
    _register_blueprints(app)
    errors.init_app(app)
    cli.init_app(app)
    return app


def _register_blueprints(app: Flask) -> None:
    from recruit.admin.ranking_switch import bp as ranking_admin_bp
    from recruit.admin.views import bp as admin_bp
    from recruit.api.views import bp as api_bp
    from recruit.applications.views import bp as applications_bp
    from recruit.auth.views import bp as auth_bp
    from recruit.candidates.views import bp as candidates_bp
    from recruit.commission.views import bp as commission_bp
    from recruit.health import bp as health_bp
    from recruit.public.views import bp as public_bp
    from recruit.ranking.views import bp as ranking_bp
    from recruit.screening.views import bp as screening_bp
    from recruit.vacancies.views import bp as vacancies_bp

    for bp in (
        health_bp,
        public_bp,
        auth_bp,
        vacancies_bp,
        admin_bp,
        api_bp,
        candidates_bp,
        screening_bp,
        applications_bp,
        ranking_bp,
        ranking_admin_bp,
        commission_bp,
    ):
        app.register_blueprint(bp)
