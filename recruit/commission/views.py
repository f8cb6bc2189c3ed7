"""The commission workspace: my competitions, the name-blind shortlist, the round and the lock."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from models import CommissionMember, MemberRole, db
from recruit.commission import protocol, scoring, services, voting
from recruit.commission.forms import AttendanceForm, ConfirmForm
from recruit.errors import ValidationFailed
from recruit.security import Permission, permission_required

bp = Blueprint("commission", __name__, url_prefix="/commission")


@bp.errorhandler(services.Recused)
def recused(_error):
    """A recused member gets a clear refusal, not the candidate's file."""
    return render_template("commission/recused.html"), 403


@bp.get("/")
@permission_required(Permission.COMPETITION_SCORE)
def index():
    """The competitions the member sits on."""
    page = services.my_competitions(
        current_user, request.args.get("page", 1, type=int), current_app.config["PER_PAGE"]
    )
    return render_template("commission/index.html", page=page)


def competition_context(member: CommissionMember) -> dict:
    """What the competition page and the candidate page share."""
    commission = member.commission
    state = scoring.board(commission)
    mine = scoring.own_scores(member)
    return {
        "member": member,
        "commission": commission,
        "vacancy": commission.vacancy,
        "board": state,
        "mine": mine,
        "mine_of": lambda app_id: {(s, c): v for (a, s, c), v in mine.items() if a == app_id},
        "means": scoring.aggregates(commission) if state.complete else {},
        "quorum": voting.quorum(commission),
        "ranking_shown": services.ranking_shown(commission.vacancy),
        "revealed": protocol.revealed(commission),
        "name_of": protocol.candidate_name,
        "stages": scoring.STAGES,
    }


@bp.get("/competitions/<int:vacancy_id>")
@permission_required(Permission.COMPETITION_SCORE)
def competition(vacancy_id: int):
    """The name-blind shortlist with scores, votes and the chair's actions."""
    member = services.get_membership_or_404(vacancy_id)
    context = competition_context(member)
    if context["revealed"]:
        services.record_names_view(member.commission)
    tallies = {
        c.application.id: voting.tally(member.commission, c) for c in context["board"].candidates
    }
    return render_template(
        "commission/competition.html",
        tallies=tallies,
        **context,
    )


ACTIONS = {
    "submit": (
        scoring.submit_scores,
        _l("Submit my scores"),
        _l("Once submitted, your scores are locked and cannot be changed."),
        _l("Your scores are submitted and locked."),
    ),
    "close": (
        scoring.close_round,
        _l("Close the scoring round"),
        _l(
            "Members who have not submitted can no longer change their scores; the scores "
            "they saved count, and everyone's scores become visible."
        ),
        _l("The scoring round is closed."),
    ),
    "lock": (
        voting.lock_decisions,
        _l("Lock the decisions"),
        _l("The decisions become final and the candidates' identities are revealed."),
        _l("The decisions are locked; identities are revealed."),
    ),
}


def _action(vacancy_id: int, name: str):
    """Confirm (GET) and run (POST) one of the irreversible competition actions."""
    member = services.get_membership_or_404(vacancy_id)
    if name in ("close", "lock") and member.role != MemberRole.CHAIR:
        abort(403)
    run, title, warning, done = ACTIONS[name]
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            run(member)
        except ValidationFailed as e:
            for _field, message in e.errors:
                flash(message, "error")
        else:
            flash(done, "success")
        return redirect(url_for("commission.competition", vacancy_id=vacancy_id))
    return render_template(
        "commission/confirm.html",
        form=form,
        title=title,
        warning=warning,
        vacancy=member.commission.vacancy,
        action=f"commission.{name}",
    )


@bp.route("/competitions/<int:vacancy_id>/submit", methods=["GET", "POST"])
@permission_required(Permission.COMPETITION_SCORE)
def submit(vacancy_id: int):
    """A member locks their own scores."""
    return _action(vacancy_id, "submit")


@bp.route("/competitions/<int:vacancy_id>/close", methods=["GET", "POST"])
@permission_required(Permission.COMPETITION_SCORE)
def close(vacancy_id: int):
    """The chair closes the scoring round."""
    return _action(vacancy_id, "close")


@bp.route("/competitions/<int:vacancy_id>/lock", methods=["GET", "POST"])
@permission_required(Permission.COMPETITION_SCORE)
def lock(vacancy_id: int):
    """The chair locks the decisions; identities are revealed."""
    return _action(vacancy_id, "lock")


@bp.post("/competitions/<int:vacancy_id>/members/<int:member_id>/attendance")
@permission_required(Permission.COMPETITION_SCORE)
def attendance(vacancy_id: int, member_id: int):
    """The chair or the secretary records a member's attendance."""
    actor = services.get_membership_or_404(vacancy_id)
    target = db.get_or_404(CommissionMember, member_id)
    if target.commission_id != actor.commission_id:
        abort(404)
    form = AttendanceForm()
    if form.validate_on_submit():
        try:
            voting.set_attendance(actor, target, form.attended.data)
        except ValidationFailed as e:
            for _field, message in e.errors:
                flash(message, "error")
        else:
            flash(_("Attendance is saved."), "success")
    return redirect(url_for("commission.competition", vacancy_id=vacancy_id))


@bp.get("/competitions/<int:vacancy_id>/protocol")
@permission_required(Permission.COMPETITION_SCORE)
def protocol_view(vacancy_id: int):
    """The printable protocol for the commission's members."""
    member = services.get_membership_or_404(vacancy_id)
    return render_template(
        "commission/protocol.html",
        protocol=protocol.open_protocol(member.commission),
        stages=scoring.STAGES,
    )


from recruit.commission import candidate_views, hr_views  # noqa: E402, F401  (routes on bp)
