"""The administration blueprint: dashboard and audit log here, bodies and users beside."""

from flask import Blueprint, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from recruit.admin import accounts, audit_labels, body_views, services, user_views
from recruit.admin.common import page_args
from recruit.admin.forms import ROLE_LABELS, AuditFilterForm
from recruit.security import Permission, has_permission, permission_required

bp = Blueprint("admin", __name__, url_prefix="/admin")

for rule, endpoint, view, methods in (*body_views.ROUTES, *user_views.ROUTES):
    bp.add_url_rule(rule, endpoint, view, methods=methods)


@bp.get("/")
@permission_required(Permission.AUDIT_READ)
def index():
    """Dashboard: counts, and links to what this role may open."""
    return render_template(
        "admin/index.html",
        counts=services.dashboard_counts(),
        roles=ROLE_LABELS,
        can_manage_users=has_permission(current_user, Permission.USER_MANAGE),
        can_manage_bodies=has_permission(current_user, Permission.BODY_MANAGE),
    )


@bp.get("/audit")
@permission_required(Permission.AUDIT_READ)
def audit():
    """The audit log, newest first, filtered by action and actor; each view is itself logged
    (the log shows the actors' e-mails, candidates' too, and their IP addresses)."""
    filters = AuditFilterForm(request.args)
    actions = map(audit_labels.action_choice, services.audit_actions())
    filters.action.choices = [("", _("All actions")), *actions]
    data = filters.data if filters.validate() else {}
    page = services.audit_page(data.get("action"), data.get("actor"), *page_args())
    emails = services.actor_emails(page.items)
    accounts.record_view(current_user, "audit", shown=len(emails))
    return render_template(
        "admin/audit.html",
        page=page,
        filters=filters,
        emails=emails,
        action_label=audit_labels.action_label,
        role_label=audit_labels.role_label,
    )
