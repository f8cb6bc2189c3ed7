"""Shape checks of the commission's forms (the rules live in the services)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SelectField, SubmitField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, NumberRange, Optional

from models import Decision
from recruit.commission.scoring import HR_STAGES, Stage


class ConfirmForm(FlaskForm):
    """An explicit confirmation of an action that cannot be undone."""

    submit = SubmitField(_l("Confirm"))


class ConflictForm(FlaskForm):
    """A member's declaration of a conflict of interest."""

    reason = TextAreaField(
        _l("What is the conflict of interest?"),
        validators=[
            DataRequired(_l("Describe the conflict of interest.")),
            Length(max=1000, message=_l("Write at most %(max)d characters.")),
        ],
    )
    submit = SubmitField(_l("Declare the conflict and recuse myself"))


class VoteForm(FlaskForm):
    """A member's vote on one candidate."""

    decision = RadioField(
        _l("Your vote"),
        choices=[
            (Decision.SELECTED.value, _l("Selected")),
            (Decision.RESERVE.value, _l("Reserve")),
            (Decision.NOT_SELECTED.value, _l("Not selected")),
        ],
        validators=[InputRequired(_l("Choose selected, reserve or not selected."))],
    )
    note = TextAreaField(
        _l("Dissent note (optional)"),
        validators=[Optional(), Length(max=2000, message=_l("Write at most %(max)d characters."))],
    )
    submit = SubmitField(_l("Cast my vote"))


class DecisionForm(FlaskForm):
    """The chair's reason for the commission's decision."""

    reason = TextAreaField(
        _l("Reason for the decision (the candidate sees it)"),
        validators=[
            DataRequired(_l("Write the reason for the decision.")),
            Length(
                min=10, max=2000, message=_l("Write the reason in %(min)d to %(max)d characters.")
            ),
        ],
    )
    submit = SubmitField(_l("Record the commission's decision"))


class AttendanceForm(FlaskForm):
    """Whether a member attends."""

    attended = BooleanField(_l("Attends"))
    submit = SubmitField(_l("Save attendance"))


def field_name(stage: str, criterion: str) -> str:
    """The form field of one stage's criterion."""
    return f"{stage}__{criterion}"


def score_form(stages: list[Stage], data: dict[tuple[str, str], int] | None = None):
    """A form with one 1–5 choice per criterion of the given stages, prefilled with ``data``."""

    class ScoreForm(FlaskForm):
        submit = SubmitField(_l("Save my scores"))

    for stage in stages:
        for crit in stage.criteria:
            choices = [(str(v), str(v)) for v in range(crit.low, crit.high + 1)]
            message = _l("Choose a score from %(low)d to %(high)d.", low=crit.low, high=crit.high)
            field = SelectField(
                f"{stage.label}: {crit.label}",
                choices=[("", "—"), *choices],
                validate_choice=False,
                validators=[
                    InputRequired(message),
                    AnyOf([v for v, _ in choices], message=message),
                ],
            )
            setattr(ScoreForm, field_name(stage.key, crit.key), field)
    form = ScoreForm()
    if not form.is_submitted():
        for (stage, criterion), value in (data or {}).items():
            bound = getattr(form, field_name(stage, criterion), None)
            if bound is not None:
                bound.data = str(value)
    return form


def score_values(form, stages: list[Stage]) -> dict[tuple[str, str], int]:
    """The submitted scores by (stage, criterion)."""
    return {
        (s.key, c.key): int(getattr(form, field_name(s.key, c.key)).data)
        for s in stages
        for c in s.criteria
    }


def hr_results_form(values: dict[str, int] | None = None, prefix: str = ""):
    """HR's form for the legislation-test and personal-qualities results of one candidate."""

    class HRResultsForm(FlaskForm):
        submit = SubmitField(_l("Save results"))

    for stage in HR_STAGES:
        crit = stage.criteria[0]
        field = IntegerField(
            f"{stage.label}: {crit.label}",
            validators=[
                InputRequired(_l("Enter the result.")),
                NumberRange(crit.low, crit.high, _l("Enter a number from %(min)s to %(max)s.")),
            ],
        )
        setattr(HRResultsForm, stage.key, field)
    form = HRResultsForm(prefix=prefix)
    if not form.is_submitted():
        for stage, value in (values or {}).items():
            if hasattr(form, stage):
                getattr(form, stage).data = value
    return form
