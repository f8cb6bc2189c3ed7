"""Profile, notification and erasure forms: the shape of the input (rules live in services)."""

import re
import unicodedata

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    FormField,
    HiddenField,
    PasswordField,
    SelectField,
    StringField,
)
from wtforms.validators import (
    DataRequired,
    Email,
    InputRequired,
    Length,
    Optional,
    Regexp,
    ValidationError,
)

from nlp.iin import is_valid_iin
from recruit.candidates.profile_data import (
    IIN_INVALID,
    PHONE_INVALID,
    normalise_phone,
)
from recruit.candidates.rows import EducationRowForm, ExperienceRowForm, LanguageRowForm, strip

EDUCATION_ROWS = 3
EXPERIENCE_ROWS = 3
LANGUAGE_ROWS = 3
CYRILLIC = r"^[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+(?:[ '’-][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)*$"
LATIN = r"^[A-Za-z]+(?:[ '’.-]+[A-Za-z]+)*$"
CYRILLIC_MESSAGE = _l("Use Cyrillic letters only, with spaces, hyphens or apostrophes.")
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)


def _digits_only(value):
    return re.sub(r"[\s-]", "", value) if isinstance(value, str) else value


def _sort_key(name: str) -> str:
    """Alphabetical order that ignores accents (Åland next to Albania, Côte d'Ivoire by C)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def countries() -> list[tuple[str, str]]:
    """Country names in the interface language, Kazakhstan first."""
    names = get_locale().territories
    codes = sorted(
        (c for c in names if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES),
        key=lambda c: _sort_key(names[c]),
    )
    return [("KZ", names["KZ"]), *((c, names[c]) for c in codes if c != "KZ")]


class ProfileForm(FlaskForm):
    """The reusable profile; the IIN is only ever typed in, never shown back in full."""

    last_name = StringField(
        _l("Last name (Cyrillic)"),
        filters=[strip],
        validators=[
            DataRequired(_l("Enter your last name.")),
            Length(max=100),
            Regexp(CYRILLIC, message=CYRILLIC_MESSAGE),
        ],
    )
    first_name = StringField(
        _l("First name (Cyrillic)"),
        filters=[strip],
        validators=[
            DataRequired(_l("Enter your first name.")),
            Length(max=100),
            Regexp(CYRILLIC, message=CYRILLIC_MESSAGE),
        ],
    )
    patronymic = StringField(
        _l("Patronymic (Cyrillic, if any)"),
        filters=[strip],
        validators=[Optional(), Length(max=100), Regexp(CYRILLIC, message=CYRILLIC_MESSAGE)],
    )
    name_latin = StringField(
        _l("Full name in Latin letters (as in the passport)"),
        filters=[strip],
        validators=[
            Optional(),
            Length(max=200),
            Regexp(LATIN, message=_l("Use Latin letters only, with spaces or hyphens.")),
        ],
    )
    iin = StringField(
        _l("IIN"),
        filters=[_digits_only],
        render_kw={"inputmode": "numeric", "autocomplete": "off", "maxlength": 14},
        validators=[
            Optional(),
            Regexp(r"^[0-9]{12}$", message=_l("The IIN has exactly 12 digits.")),
        ],
    )
    citizenship = SelectField(_l("Citizenship"), default="KZ")
    phone = StringField(
        _l("Phone"),
        filters=[strip],
        render_kw={"inputmode": "tel", "autocomplete": "tel"},
        validators=[DataRequired(_l("Enter a phone number.")), Length(max=40)],
    )
    contact_email = StringField(
        _l("Contact e-mail"),
        filters=[strip],
        render_kw={"autocomplete": "email"},
        validators=[
            DataRequired(_l("Enter an e-mail address.")),
            Length(max=254),
            Email(_l("Enter a valid e-mail address, such as name@example.kz.")),
        ],
    )
    education = FieldList(FormField(EducationRowForm), min_entries=EDUCATION_ROWS)
    experience = FieldList(FormField(ExperienceRowForm), min_entries=EXPERIENCE_ROWS)
    languages = FieldList(FormField(LanguageRowForm), min_entries=LANGUAGE_ROWS)
    test_certificate_number = StringField(
        _l("Certificate number"), filters=[strip], validators=[Length(max=60)]
    )
    test_certificate_date = DateField(_l("Date of issue"), validators=[Optional()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.citizenship.choices = countries()

    def validate_iin(self, field) -> None:
        """Twelve digits must also carry the right check digit."""
        if field.data and re.fullmatch(r"[0-9]{12}", field.data) and not is_valid_iin(field.data):
            raise ValidationError(IIN_INVALID)

    def validate_phone(self, field) -> None:
        """Something that can be dialled, with the country code."""
        if field.data and normalise_phone(field.data) is None:
            raise ValidationError(PHONE_INVALID)

    def add_blank_rows(self) -> None:
        """Offer empty rows after the filled ones (the page works without JavaScript)."""
        for rows, minimum in (
            (self.education, EDUCATION_ROWS),
            (self.experience, EXPERIENCE_ROWS),
            (self.languages, LANGUAGE_ROWS),
        ):
            filled = sum(1 for row in rows if not row.form.is_blank())
            while len(rows) < max(minimum, filled + 2):
                rows.append_entry()

    def to_data(self) -> dict:
        """Plain service data: trimmed strings and rows without the blank ones."""
        data = {
            name: getattr(self, name).data or ""
            for name in (
                "last_name",
                "first_name",
                "patronymic",
                "name_latin",
                "iin",
                "citizenship",
                "phone",
                "contact_email",
                "test_certificate_number",
            )
        }
        data["test_certificate_date"] = self.test_certificate_date.data
        for name in ("education", "experience", "languages"):
            rows = (entry.form for entry in getattr(self, name))
            data[name] = [row.to_row() for row in rows if not row.is_blank()]
        return data


class MarkReadForm(FlaskForm):
    """Mark one notification (by id) or all of them as read."""

    notification = HiddenField()


class ExportForm(FlaskForm):
    """A button: the download is a POST so that another site cannot trigger it."""


class EraseForm(FlaskForm):
    """Erasure needs the password and an explicit confirmation."""

    password = PasswordField(
        _l("Your password"),
        render_kw={"autocomplete": "current-password"},
        validators=[InputRequired(_l("Enter your password to confirm."))],
    )
    confirm = BooleanField(
        _l(
            "I understand that my account and personal data will be erased "
            "and this cannot be undone."
        ),
        validators=[DataRequired(_l("Tick the box to confirm the erasure."))],
    )
