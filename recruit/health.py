"""Liveness and readiness probes for load balancers."""

from flask import Blueprint
from sqlalchemy import text

from models import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """Liveness: the process answers (also the benchmark's trivial route)."""
    return "ok\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


@bp.get("/readyz")
def readyz():
    """Readiness: the database answers."""
    db.session.execute(text("SELECT 1"))
    return "ready\n", 200, {"Content-Type": "text/plain; charset=utf-8"}
