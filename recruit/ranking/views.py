"""HR's competition pages: the advisory ranking, the shortlist and the commission's assignment."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from recruit.errors import NotAllowed, ValidationFailed
from recruit.i18n import select_locale
from recruit.ranking import assignment, jobs, listing, services, shortlist
from recruit.ranking.cli import rank_due
from recruit.ranking.forms import (
    ActionForm,
    MoveForm,
    ShortlistForm,
    SwitchForm,
    assignment_form,
    chosen_roles,
)
from recruit.security import Permission, permission_required
from recruit.vacancies.services import get_own_vacancy_or_404

bp = Blueprint("ranking", __name__, url_prefix="/hr/competitions")
MOVABLE = frozenset({"submitted", "eligible", "shortlisted", "not_shortlisted"})


def _competition_url(vacancy_id: int) -> str:
    return url_for("ranking.competition", vacancy_id=vacancy_id)


@bp.get("/")
@permission_required(Permission.APPLICATION_REVIEW)
def index():
    """The body's vacancies with their number of eligible applicants."""
    page = listing.competitions_page(
        current_user, request.args.get("page", 1, type=int), current_app.config["PER_PAGE"]
    )
    return render_template("ranking/index.html", page=page)


def _move_forms(state, failed: MoveForm | None, failed_id: int | None) -> dict:
    """One move form per candidate whose shortlist status HR may still change."""
    forms = {}
    for row in [*state.page.rows, *(listing.Row(a, None) for a in state.unscored)]:
        app_id = row.application.id
        if row.application.status.value in MOVABLE:
            forms[app_id] = failed if app_id == failed_id else MoveForm(prefix=f"m{app_id}")
    return forms


def _render(vacancy, status: int = 200, **forms):
    """The competition page; ``forms`` replaces a default form with one that has errors."""
    state = listing.competition(
        vacancy, request.args.get("page", 1, type=int), current_app.config["PER_PAGE"]
    )
    switch = SwitchForm(enabled="on" if vacancy.ranking_enabled else "off")
    return render_template(
        "ranking/competition.html",
        state=state,
        vacancy=vacancy,
        rate=shortlist.override_rate(vacancy),
        formed=shortlist.is_formed(vacancy),
        commission=assignment.commission_of(vacancy),
        switch_form=forms.get("switch_form") or switch,
        shortlist_form=forms.get("shortlist_form") or ShortlistForm(mode="top"),
        move_forms=_move_forms(state, forms.get("move_form"), forms.get("move_id")),
        lang=select_locale(),
    ), status


@bp.get("/<int:vacancy_id>")
@permission_required(Permission.APPLICATION_REVIEW)
def competition(vacancy_id: int):
    """The ranked list with explanations, or the neutral order when ranking is off."""
    return _render(get_own_vacancy_or_404(vacancy_id))


@bp.post("/<int:vacancy_id>/rank")
@permission_required(Permission.APPLICATION_REVIEW)
def rank(vacancy_id: int):
    """Rank the eligible applications now (queued on Redis when configured)."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    if ActionForm().validate_on_submit():
        try:
            outcome = jobs.start_ranking(vacancy, current_user)
        except (ValidationFailed, NotAllowed) as e:
            flash(str(e), "error")
        else:
            message = _("The ranking is queued; this page shows its progress.")
            flash(_("The applications are ranked.") if outcome == "done" else message, "success")
    return redirect(_competition_url(vacancy.id))


@bp.post("/<int:vacancy_id>/verify")
@permission_required(Permission.APPLICATION_REVIEW)
def verify(vacancy_id: int):
    """Re-run the latest ranking from its stored inputs and compare bit for bit."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    run = services.latest_run(vacancy)
    if ActionForm().validate_on_submit() and run is not None:
        if services.check_run(current_user, run):
            flash(_("The stored scores were reproduced bit for bit."), "success")
        else:
            flash(
                _("The stored scores could not be reproduced: the inputs or versions changed."),
                "error",
            )
    return redirect(_competition_url(vacancy.id))


@bp.post("/<int:vacancy_id>/switch")
@permission_required(Permission.VACANCY_MANAGE)
def switch(vacancy_id: int):
    """Switch automated ranking of this vacancy on or off, with a reason."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    form = SwitchForm()
    if form.validate_on_submit():
        try:
            services.set_vacancy_ranking(
                current_user, vacancy, form.enabled.data == "on", form.reason.data
            )
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            on = form.enabled.data == "on"
            flash(_("Ranking is switched on.") if on else _("Ranking is switched off."), "success")
            return redirect(_competition_url(vacancy.id))
    return _render(vacancy, 422, switch_form=form)


@bp.post("/<int:vacancy_id>/shortlist")
@permission_required(Permission.APPLICATION_REVIEW)
def form_shortlist(vacancy_id: int):
    """Form the shortlist from the ranking: top N or whole bands."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    form = ShortlistForm()
    if form.validate_on_submit():
        try:
            size = shortlist.form_shortlist(
                current_user, vacancy, form.mode.data, form.top_n.data, form.bands.data
            )
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            flash(str(e), "error")
            return redirect(_competition_url(vacancy.id))
        else:
            flash(_("The shortlist is formed: %(n)d candidates.", n=size), "success")
            return redirect(_competition_url(vacancy.id))
    return _render(vacancy, 422, shortlist_form=form)


@bp.post("/<int:vacancy_id>/applications/<int:application_id>/shortlist")
@permission_required(Permission.APPLICATION_REVIEW)
def move(vacancy_id: int, application_id: int):
    """Move one candidate into or out of the shortlist, with a written reason."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    application = shortlist.get_own_candidate_or_404(vacancy, application_id)
    form = MoveForm(prefix=f"m{application.id}")
    if form.validate_on_submit():
        try:
            shortlist.move_candidate(
                current_user, application, form.direction.data == "in", form.reason.data
            )
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            flash(str(e), "error")
            return redirect(_competition_url(vacancy.id))
        else:
            flash(_("Candidate %(code)s is moved.", code=application.code), "success")
            return redirect(_competition_url(vacancy.id))
    return _render(vacancy, 422, move_form=form, move_id=application.id)


@bp.route("/<int:vacancy_id>/commission", methods=["GET", "POST"])
@permission_required(Permission.VACANCY_MANAGE)
def commission(vacancy_id: int):
    """Assign the commission: at least three members, one chair and one secretary."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    users = assignment.commission_users(vacancy)
    current = assignment.commission_of(vacancy)
    form = assignment_form(users, assignment.current_roles(current))
    status = 200
    if form.validate_on_submit():
        try:
            assignment.assign_commission(current_user, vacancy, chosen_roles(form, users))
        except ValidationFailed as e:
            e.apply_to(form)
        except NotAllowed as e:
            form.form_errors.append(str(e))
        else:
            flash(_("The commission is saved."), "success")
            return redirect(_competition_url(vacancy.id))
    if request.method == "POST":
        status = 422
    started = current is not None and assignment.scoring_started(current)
    return render_template(
        "ranking/commission.html", vacancy=vacancy, form=form, users=users, started=started
    ), status


bp.cli.add_command(rank_due)
