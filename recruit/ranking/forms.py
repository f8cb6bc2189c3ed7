"""Shape checks of the competition forms (the rules live in the services)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

REASON_LENGTH = Length(
    min=10, max=2000, message=_l("Write the reason in %(min)d to %(max)d characters.")
)
BAND_CHOICES = [
    ("best", _l("Best qualified")),
    ("well", _l("Well qualified")),
    ("qualified", _l("Qualified")),
]
ROLE_CHOICES = [
    ("", _l("Not in the commission")),
    ("chair", _l("Chair")),
    ("secretary", _l("Secretary")),
    ("member", _l("Member")),
]


class ActionForm(FlaskForm):
    """A bare POST button (rank now, verify): only the CSRF token."""

    submit = SubmitField(_l("Rank now"))


class SwitchForm(FlaskForm):
    """Automated ranking on or off, always with the reason."""

    enabled = RadioField(
        _l("Automated ranking"),
        choices=[("on", _l("On: rank applicants (advisory)")), ("off", _l("Off: neutral order"))],
        validators=[InputRequired(_l("Choose on or off."))],
    )
    reason = TextAreaField(
        _l("Reason for the change"),
        validators=[DataRequired(_l("Write the reason for the change.")), REASON_LENGTH],
    )
    submit = SubmitField(_l("Save the switch"))


class MultiCheckboxField(SelectMultipleField):
    """Several choices as checkboxes (works without JavaScript)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ShortlistForm(FlaskForm):
    """Form the shortlist from the ranking: the top N, or whole bands."""

    mode = RadioField(
        _l("Shortlist by"),
        choices=[("top", _l("The top N of the ranking")), ("bands", _l("Whole bands"))],
        validators=[InputRequired(_l("Choose top N or bands."))],
    )
    top_n = IntegerField(
        _l("Number of candidates (N)"),
        validators=[
            Optional(),
            NumberRange(min=1, max=10000, message=_l("Enter a number from 1 to 10000.")),
        ],
    )
    bands = MultiCheckboxField(_l("Bands"), choices=BAND_CHOICES)
    submit = SubmitField(_l("Form the shortlist"))

    def validate_bands(self, field) -> None:
        """Bands are needed only when shortlisting by bands (top N is checked by the service)."""
        if self.mode.data == "bands" and not field.data:
            raise ValidationError(_l("Choose at least one band."))


class MoveForm(FlaskForm):
    """Move one candidate into or out of the shortlist, with the reason."""

    direction = RadioField(
        _l("Move"),
        choices=[("in", _l("Include in the shortlist")), ("out", _l("Exclude from the shortlist"))],
        validators=[InputRequired(_l("Choose include or exclude."))],
    )
    reason = TextAreaField(
        _l("Reason for the move"),
        validators=[DataRequired(_l("Write the reason for the move.")), REASON_LENGTH],
    )
    submit = SubmitField(_l("Move"))


def assignment_form(users, current: dict[int, str]):
    """A form with one role choice per commission-role user of the body."""

    class AssignmentForm(FlaskForm):
        submit = SubmitField(_l("Save the commission"))

    for user in users:
        field = SelectField(
            user.full_name or user.email,
            choices=ROLE_CHOICES,
            default=current.get(user.id, ""),
            description=user.email,
        )
        setattr(AssignmentForm, f"user_{user.id}", field)
    form = AssignmentForm()
    form.user_fields = [getattr(form, f"user_{u.id}") for u in users]
    return form


def chosen_roles(form, users) -> dict[int, str]:
    """user id → chosen role ("" when not in the commission)."""
    return {u.id: getattr(form, f"user_{u.id}").data or "" for u in users}
