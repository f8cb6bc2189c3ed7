"""Shape checks of HR's screening forms (the rules live in the services)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from recruit.screening.review import OVERRIDE_MIN_CHARS


class OverrideForm(FlaskForm):
    """HR's own decision on eligibility, always with the reason."""

    outcome = RadioField(
        _l("Decision"),
        choices=[("pass", _l("Eligible")), ("fail", _l("Not eligible"))],
        validators=[InputRequired(_l("Choose eligible or not eligible."))],
    )
    reason = TextAreaField(
        _l("Reason for the decision"),
        validators=[
            DataRequired(_l("Write the reason for the decision.")),
            Length(
                min=OVERRIDE_MIN_CHARS,
                max=2000,
                message=_l("Write the reason in %(min)d to %(max)d characters."),
            ),
        ],
    )
    submit = SubmitField(_l("Save the decision"))


class RevealIINForm(FlaskForm):
    """An explicit, audited request to see the full IIN."""

    submit = SubmitField(_l("Show IIN"))
