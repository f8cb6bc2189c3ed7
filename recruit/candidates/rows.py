"""Repeating rows of the profile (education, experience, languages): blank rows are ignored."""

import re

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, Form, IntegerField, SelectField, StringField
from wtforms.validators import Length, NumberRange, Optional, Regexp

from recruit.candidates.profile_data import (
    EDUCATION_LEVELS,
    LANGUAGE_CODES,
    LANGUAGE_LEVELS,
    MONTH_FORM,
)

MONTH_MESSAGE = _l("Enter the month as YYYY-MM, for example 2019-09.")


def strip(value):
    """Trim and collapse white space in typed text."""
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else value


class EducationRowForm(Form):
    """One education record; a blank row is ignored."""

    level = SelectField(
        _l("Level"), default="", choices=[("", _l("Choose a level")), *EDUCATION_LEVELS]
    )
    field = StringField(_l("Field of study"), filters=[strip], validators=[Length(max=200)])
    institution = StringField(_l("Institution"), filters=[strip], validators=[Length(max=300)])
    year = IntegerField(
        _l("Year of graduation"),
        render_kw={"inputmode": "numeric"},
        validators=[
            Optional(),
            NumberRange(1940, 2040, _l("Enter a year of graduation from 1940 to 2040.")),
        ],
    )

    def is_blank(self) -> bool:
        """True when nothing was typed in this row."""
        return not (self.level.data or self.field.data or self.institution.data or self.year.data)

    def to_row(self) -> dict:
        """The row as stored in the profile."""
        return {
            "level": self.level.data,
            "field": self.field.data or "",
            "institution": self.institution.data or "",
            "year": self.year.data,
        }

    def validate(self, extra_validators=None) -> bool:
        """A filled row needs its level."""
        ok = super().validate(extra_validators)
        if ok and not self.is_blank() and not self.level.data:
            self.level.errors.append(_l("Choose the level of this education."))
            return False
        return ok


class ExperienceRowForm(Form):
    """One period of work; ``end`` empty means "to date"; a blank row is ignored."""

    title = StringField(_l("Position"), filters=[strip], validators=[Length(max=200)])
    organization = StringField(_l("Organization"), filters=[strip], validators=[Length(max=300)])
    start = StringField(
        _l("From (YYYY-MM)"),
        filters=[strip],
        render_kw={"placeholder": "2019-09", "inputmode": "numeric"},
        validators=[Optional(), Regexp(MONTH_FORM, message=MONTH_MESSAGE)],
    )
    end = StringField(
        _l("To (YYYY-MM, empty if you work there now)"),
        filters=[strip],
        render_kw={"placeholder": "2023-06", "inputmode": "numeric"},
        validators=[Optional(), Regexp(MONTH_FORM, message=MONTH_MESSAGE)],
    )
    public_service = BooleanField(_l("Civil (public) service"))

    def is_blank(self) -> bool:
        """True when nothing was typed in this row."""
        return not (
            self.title.data
            or self.organization.data
            or self.start.data
            or self.end.data
            or self.public_service.data
        )

    def to_row(self) -> dict:
        """The row as stored in the profile; no end month means "to date"."""
        return {
            "title": self.title.data or "",
            "organization": self.organization.data or "",
            "start": self.start.data,
            "end": self.end.data or None,
            "public_service": bool(self.public_service.data),
        }

    def validate(self, extra_validators=None) -> bool:
        """A filled row needs a position or organization and a start before its end."""
        ok = super().validate(extra_validators)
        if not ok or self.is_blank():
            return ok
        if not (self.title.data or self.organization.data):
            self.title.errors.append(_l("Enter the position or the organization."))
            ok = False
        if not self.start.data:
            self.start.errors.append(_l("Enter the month you started, as YYYY-MM."))
            ok = False
        elif self.end.data and self.end.data < self.start.data:
            self.end.errors.append(_l("The end month cannot be before the start month."))
            ok = False
        return ok


class LanguageRowForm(Form):
    """One language and its level; a row without a language is ignored."""

    code = SelectField(
        _l("Language"), default="", choices=[("", _l("Choose a language")), *LANGUAGE_CODES]
    )
    level = SelectField(
        _l("Level"), default="", choices=[("", _l("Choose a level")), *LANGUAGE_LEVELS]
    )

    def is_blank(self) -> bool:
        """True when neither a language nor a level was chosen."""
        return not (self.code.data or self.level.data)

    def to_row(self) -> dict:
        """The row as stored in the profile."""
        return {"code": self.code.data, "level": self.level.data}

    def validate(self, extra_validators=None) -> bool:
        """A filled row needs both the language and the level."""
        ok = super().validate(extra_validators)
        if ok and not self.is_blank() and not self.code.data:
            self.code.errors.append(_l("Choose the language for this level."))
            return False
        if ok and not self.is_blank() and not self.level.data:
            self.level.errors.append(_l("Choose your level in this language."))
            return False
        return ok
