"""One candidate for the commission: redacted CV, explanation, own scores, recusal and votes."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from models import CVStatus, Decision, Document, db
from recruit.commission import redaction, scoring, services, voting
from recruit.commission.forms import (
    ConflictForm,
    DecisionForm,
    VoteForm,
    score_form,
    score_values,
)
from recruit.commission.views import bp, competition_context
from recruit.errors import ValidationFailed
from recruit.security import Permission, permission_required

CANDIDATE = "/competitions/<int:vacancy_id>/candidates/<int:application_id>"


def _load(vacancy_id: int, application_id: int):
    """The member's seat and a candidate of that competition they are not recused from."""
    member = services.get_membership_or_404(vacancy_id)
    application = services.get_candidate_or_404(vacancy_id, application_id)
    services.ensure_not_recused(member, application)
    return member, application


def redacted_cv(application, explanation: dict | None):
    """The CV text with personal data replaced and the ranking evidence marked; nothing for a
    CV the engine did not read (a scan, a defect): without its personal-data spans the text
    cannot be shown name-blind, so HR shows the commission the file instead."""
    if application.cv_status != CVStatus.OK or not application.cv_document_id:
        return ""
    document = db.session.get(Document, application.cv_document_id)
    text = document.text if document is not None else ""
    account = application.candidate
    spans = list((application.cv_profile or {}).get("personal_data") or [])
    if account is not None:
        spans += redaction.identity_spans(text, account.full_name, account.email)
    return redaction.render(text, spans, redaction.evidence_spans(explanation, text))


def _page(member, application, status=200, **forms):
    """Render the candidate page; every rendering shows the redacted CV and is audited."""
    context = competition_context(member)
    candidate = next(c for c in context["board"].candidates if c.application.id == application.id)
    explanation = (
        candidate.score.explanation if candidate.score and context["ranking_shown"] else None
    )
    stages = context["board"].stages_for(application.id)
    mine = {(s, c): v for (a, s, c), v in context["mine"].items() if a == application.id}
    my_vote = next((v for v in voting.votes_on(application) if v.member_id == member.id), None)
    vote_form = forms.pop("vote_form", None) or VoteForm(
        data={"decision": my_vote.decision.value, "note": my_vote.note} if my_vote else None
    )
    services.record_cv_view(application, revealed=context["revealed"])
    return render_template(
        "commission/candidate.html",
        candidate=candidate,
        cv=redacted_cv(application, explanation),
        explanation=explanation,
        candidate_stages=stages,
        score_form=forms.pop("score_form", None) or score_form(stages, mine),
        vote_form=vote_form,
        my_vote=my_vote,
        decision_form=forms.pop("decision_form", None) or DecisionForm(),
        tally=voting.tally(member.commission, candidate),
        presiding=voting.presiding(member, candidate),
        decisions=Decision,
        **context,
    ), status


@bp.get(CANDIDATE)
@permission_required(Permission.COMPETITION_SCORE)
def candidate(vacancy_id: int, application_id: int):
    """A candidate's redacted CV, the advisory explanation and the member's own scores."""
    return _page(*_load(vacancy_id, application_id))


@bp.post(CANDIDATE + "/scores")
@permission_required(Permission.COMPETITION_SCORE)
def scores(vacancy_id: int, application_id: int):
    """Save the member's own scores of one candidate (a draft until they submit)."""
    member, application = _load(vacancy_id, application_id)
    stages = scoring.board(member.commission).stages_for(application.id)
    form = score_form(stages)
    if form.validate_on_submit():
        try:
            scoring.save_scores(member, application, score_values(form, stages))
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Your scores of %(code)s are saved.", code=application.code), "success")
            return redirect(url_for("commission.competition", vacancy_id=vacancy_id))
    return _page(member, application, 422, score_form=form)


@bp.route(CANDIDATE + "/conflict", methods=["GET", "POST"])
@permission_required(Permission.COMPETITION_SCORE)
def conflict(vacancy_id: int, application_id: int):
    """Declare a conflict of interest: the member is recused from the candidate for good."""
    member, application = _load(vacancy_id, application_id)
    form = ConflictForm()
    if form.validate_on_submit():
        try:
            services.declare_conflict(member, application, form.reason.data.strip())
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("You are recused from %(code)s.", code=application.code), "success")
            return redirect(url_for("commission.competition", vacancy_id=vacancy_id))
    status = 422 if form.is_submitted() else 200
    return render_template(
        "commission/conflict.html",
        form=form,
        application=application,
        vacancy=member.commission.vacancy,
    ), status


@bp.post(CANDIDATE + "/vote")
@permission_required(Permission.COMPETITION_SCORE)
def vote(vacancy_id: int, application_id: int):
    """The member's vote on one candidate."""
    member, application = _load(vacancy_id, application_id)
    form = VoteForm()
    if form.validate_on_submit():
        try:
            voting.cast_vote(
                member, application, Decision(form.decision.data), form.note.data or ""
            )
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("Your vote on %(code)s is saved.", code=application.code), "success")
            return redirect(
                url_for(
                    "commission.candidate", vacancy_id=vacancy_id, application_id=application_id
                )
            )
    return _page(member, application, 422, vote_form=form)


@bp.post(CANDIDATE + "/decision")
@permission_required(Permission.COMPETITION_SCORE)
def decision(vacancy_id: int, application_id: int):
    """The chair records the commission's decision on one candidate."""
    member, application = _load(vacancy_id, application_id)
    candidate = next(
        c for c in services.candidates(member.commission) if c.application.id == application.id
    )
    if not voting.presiding(member, candidate):
        abort(403)
    form = DecisionForm()
    if form.validate_on_submit():
        try:
            voting.record_decision(member, candidate, form.reason.data)
        except ValidationFailed as e:
            e.apply_to(form)
        else:
            flash(_("The decision on %(code)s is recorded.", code=application.code), "success")
            return redirect(url_for("commission.competition", vacancy_id=vacancy_id))
    return _page(member, application, 422, decision_form=form)
