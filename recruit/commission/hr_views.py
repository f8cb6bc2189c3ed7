"""HR's side of the competition: test results of the shortlist and the protocol."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from models import Commission, db
from recruit.commission import protocol, scoring, services
from recruit.commission.forms import hr_results_form
from recruit.commission.views import bp
from recruit.errors import ValidationFailed
from recruit.security import Permission, permission_required
from recruit.vacancies.services import get_own_vacancy_or_404


def _commission_of(vacancy) -> Commission | None:
    """The vacancy's commission, if HR assigned one."""
    return db.session.execute(
        select(Commission).where(Commission.vacancy_id == vacancy.id)
    ).scalar_one_or_none()


def _results_page(vacancy, failed=None, status=200):
    """Every shortlisted candidate with a form for their results; ``failed`` keeps its errors."""
    applications = services.shortlisted(vacancy.id)
    stored = scoring.hr_results([a.id for a in applications])
    forms = {
        a.id: failed[1]
        if failed and failed[0] == a.id
        else hr_results_form(stored.get(a.id), prefix=f"a{a.id}")
        for a in applications
    }
    return render_template(
        "commission/hr_results.html",
        vacancy=vacancy,
        applications=applications,
        forms=forms,
        commission=_commission_of(vacancy),
    ), status


@bp.get("/hr/vacancies/<int:vacancy_id>/results")
@permission_required(Permission.APPLICATION_REVIEW)
def hr_results(vacancy_id: int):
    """HR's entry of the legislation-test and personal-qualities results."""
    return _results_page(get_own_vacancy_or_404(vacancy_id))


@bp.post("/hr/vacancies/<int:vacancy_id>/results/<int:application_id>")
@permission_required(Permission.APPLICATION_REVIEW)
def hr_save_results(vacancy_id: int, application_id: int):
    """Save one candidate's results."""
    vacancy = get_own_vacancy_or_404(vacancy_id)
    application = services.get_candidate_or_404(vacancy.id, application_id)
    form = hr_results_form(prefix=f"a{application.id}")
    if form.validate_on_submit():
        values = {s.key: getattr(form, s.key).data for s in scoring.HR_STAGES}
        try:
            scoring.save_hr_results(current_user, _commission_of(vacancy), application, values)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("The results of %(code)s are saved.", code=application.code), "success")
            return redirect(url_for("commission.hr_results", vacancy_id=vacancy.id))
    return _results_page(vacancy, (application.id, form), 422)


@bp.get("/hr/vacancies/<int:vacancy_id>/protocol")
@permission_required(Permission.APPLICATION_REVIEW)
def hr_protocol(vacancy_id: int):
    """The protocol for HR of the vacancy's body."""
    commission = services.get_body_commission_or_404(vacancy_id)
    return render_template(
        "commission/protocol.html",
        protocol=protocol.open_protocol(commission),
        stages=scoring.STAGES,
    )
