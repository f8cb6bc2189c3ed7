"""Administration forms: shape only; the services check the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional, Regexp

from models import BodyLevel, Role
from recruit.auth.forms import strip
from recruit.vacancies import regions as vacancies_regions

ROLE_LABELS = {
    Role.CANDIDATE: _l("Candidate"),
    Role.HR: _l("HR officer"),
    Role.COMMISSION: _l("Commission member"),
    Role.ADMIN: _l("Administrator"),
    Role.AUDITOR: _l("Auditor"),
}
STAFF_ROLES = (Role.HR, Role.COMMISSION, Role.ADMIN, Role.AUDITOR)
LEVEL_LABELS = {BodyLevel.CENTRAL: _l("Central"), BodyLevel.LOCAL: _l("Local")}
# The datalist offers the same region codes the public search filters by.
REGIONS = tuple(code for code, _label in vacancies_regions.REGIONS)


def optional_int(value):
    """Select value → int, or None for the empty choice."""
    if value in (None, "", "None"):
        return None
    return int(value)


def _name(label):
    return StringField(label, validators=[DataRequired(_l("Enter the name.")), Length(max=300)])


class BodyForm(FlaskForm):
    code = StringField(
        _l("Code"),
        validators=[
            DataRequired(_l("Enter the code.")),
            Length(max=40),
            Regexp(
                r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message=_l("Use Latin letters, digits, dots, dashes and underscores."),
            ),
        ],
    )
    name_kk = _name(_l("Name in Kazakh"))
    name_ru = _name(_l("Name in Russian"))
    name_en = _name(_l("Name in English"))
    level = RadioField(
        _l("Level"),
        choices=[(level.value, label) for level, label in LEVEL_LABELS.items()],
        validators=[DataRequired(_l("Choose central or local."))],
    )
    region = StringField(
        _l("Region"),
        validators=[DataRequired(_l("Enter the region.")), Length(max=80)],
        render_kw={"list": "regions"},
    )


def _role_field():
    return SelectField(
        _l("Role"),
        choices=[(r.value, ROLE_LABELS[r]) for r in STAFF_ROLES],
        validators=[DataRequired(_l("Choose a role."))],
    )


def _body_field():
    return SelectField(
        _l("State body"), coerce=optional_int, validators=[Optional()], validate_choice=True
    )


class UserCreateForm(FlaskForm):
    email = EmailField(
        _l("E-mail"),
        filters=[strip],
        validators=[
            DataRequired(_l("Enter the e-mail.")),
            Email(_l("Enter a valid e-mail address, such as name@example.kz.")),
            Length(max=254),
        ],
    )
    full_name = StringField(
        _l("Full name"), validators=[DataRequired(_l("Enter the full name.")), Length(max=200)]
    )
    role = _role_field()
    state_body = _body_field()
    password = PasswordField(
        _l("Initial password"),
        validators=[DataRequired(_l("Choose a password.")), Length(max=1024)],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[
            DataRequired(_l("Repeat the password.")),
            EqualTo("password", _l("The two passwords do not match.")),
        ],
        render_kw={"autocomplete": "new-password"},
    )


class UserEditForm(FlaskForm):
    role = _role_field()
    state_body = _body_field()


class ConfirmForm(FlaskForm):
    """A confirmation page's form: nothing but the CSRF token."""


class UserFilterForm(FlaskForm):
    class Meta:
        csrf = False

    role = SelectField(
        _l("Role"),
        choices=[("", _l("All roles"))] + [(r.value, label) for r, label in ROLE_LABELS.items()],
        validators=[Optional()],
    )
    body = SelectField(_l("State body"), coerce=optional_int, validators=[Optional()])
    active = SelectField(
        _l("Status"),
        choices=[("", _l("All")), ("yes", _l("Active")), ("no", _l("Deactivated"))],
        validators=[Optional()],
    )
    q = StringField(_l("E-mail or name contains"), validators=[Optional(), Length(max=100)])


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False

    action = SelectField(_l("Action"), validators=[Optional()])
    actor = StringField(_l("Actor's e-mail"), validators=[Optional(), Length(max=254)])
