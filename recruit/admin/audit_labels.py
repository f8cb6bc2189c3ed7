"""Readable names of the audit log's action and role codes; the raw code stays the search key."""

from flask_babel import lazy_gettext as _l

from recruit.admin.forms import ROLE_LABELS

# Every action the code base records with audit.record; a code missing here shows as itself.
ACTION_LABELS = {
    "account.erase": _l("Account erased"),
    "account.erase_refused": _l("Account erasure refused: wrong password"),
    "application.anonymise": _l("Application anonymised"),
    "application.consent": _l("Consent to personal data processing given"),
    "application.create": _l("Application draft started"),
    "application.cv_confirm": _l("Data read from the CV confirmed"),
    "application.cv_upload": _l("CV uploaded"),
    "application.document_remove": _l("Document removed"),
    "application.document_upload": _l("Document uploaded"),
    "application.status": _l("Application status changed"),
    "auth.login": _l("Login"),
    "auth.login_failed": _l("Failed login attempt"),
    "auth.logout": _l("Logout"),
    "body.create": _l("State body added"),
    "body.deactivate": _l("State body deactivated"),
    "body.reactivate": _l("State body reactivated"),
    "body.update": _l("State body details changed"),
    "commission.assign": _l("Competition commission assigned"),
    "commission.attendance": _l("Attendance of commission members recorded"),
    "commission.conflict_declared": _l("Conflict of interest declared"),
    "commission.decision": _l("Decision on a candidate made"),
    "commission.decisions_locked": _l("Decisions locked"),
    "commission.hr_result": _l("Stage results entered by the HR service"),
    "commission.protocol_view": _l("Commission protocol viewed"),
    "commission.round_closed": _l("Scoring round closed"),
    "commission.score": _l("Scores saved"),
    "commission.scores_submitted": _l("Scores submitted"),
    "commission.vote": _l("Vote cast"),
    "demo.load": _l("Demonstration data loaded"),
    "eligibility.check": _l("Eligibility checked"),
    "eligibility.override": _l("Eligibility result changed by hand"),
    "personal_data.download": _l("Document with personal data downloaded"),
    "personal_data.export": _l("Personal data exported"),
    "personal_data.view": _l("Personal data viewed"),
    "profile.create": _l("Profile created"),
    "profile.prefill": _l("Profile filled in from the CV"),
    "profile.update": _l("Profile changed"),
    "ranking.run": _l("Applications ranked"),
    "ranking.switch": _l("Automated ranking switched on or off for all vacancies"),
    "ranking.vacancy_switch": _l("Automated ranking switched on or off for a vacancy"),
    "ranking.verify": _l("Ranking checked for reproducibility"),
    "retention.apply": _l("Data past the retention period erased"),
    "shortlist.form": _l("Shortlist formed"),
    "shortlist.override": _l("Shortlist changed by hand"),
    "user.create": _l("Account created"),
    "user.deactivate": _l("Account deactivated"),
    "user.reactivate": _l("Account reactivated"),
    "user.register": _l("Candidate registered"),
    "user.role_change": _l("Role changed"),
    "user.update": _l("Account changed"),
    "vacancy.cancel": _l("Vacancy cancelled"),
    "vacancy.close": _l("Vacancy closed"),
    "vacancy.copy": _l("Vacancy copied"),
    "vacancy.create": _l("Vacancy created"),
    "vacancy.publish": _l("Vacancy published"),
    "vacancy.update": _l("Vacancy changed"),
}
# audit.record writes "system" when no user acted (CLI, background jobs).
ACTOR_ROLE_LABELS = {role.value: label for role, label in ROLE_LABELS.items()} | {
    "system": _l("system")
}


def action_label(code: str) -> str:
    """The action in the interface language, or the code itself when it has no name."""
    label = ACTION_LABELS.get(code)
    return code if label is None else str(label)


def role_label(code: str) -> str:
    """The actor's role in the interface language, or the code itself when unknown."""
    label = ACTOR_ROLE_LABELS.get(code)
    return code if label is None else str(label)


def action_choice(code: str) -> tuple[str, str]:
    """A filter option: the code is the value; the text names the action and shows the code."""
    label = action_label(code)
    return code, code if label == code else f"{label} ({code})"
