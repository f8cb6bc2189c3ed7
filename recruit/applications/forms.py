"""Application forms: the shape of the input (the rules live in the services)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Length, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from recruit.applications.consent import DECLARATION_TEXTS

MONTH = r"^\d{4}-(0[1-9]|1[0-2])$"
MONTH_MESSAGE = _l("Enter the month as YYYY-MM, for example 2019-09.")


class ActionForm(FlaskForm):
    """A button that only needs the CSRF token: apply, submit, withdraw, remove."""


class CVForm(FlaskForm):
    cv = FileField(
        _l("Your CV (PDF, DOCX or TXT, at most 5 MB)"),
        validators=[FileRequired(_l("Choose your CV file to upload."))],
        render_kw={"accept": ".pdf,.docx,.txt,application/pdf,text/plain"},
    )


class DocumentForm(FlaskForm):
    file = FileField(
        _l("File (PDF, DOCX, JPEG or PNG, at most 5 MB)"),
        validators=[FileRequired(_l("Choose a file to upload."))],
        render_kw={"accept": ".pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"},
    )


class CheckboxesField(SelectMultipleField):
    """Several choices shown as checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class PeriodForm(Form):
    start = StringField(
        _l("From (YYYY-MM)"), validators=[Optional(), Regexp(MONTH, message=MONTH_MESSAGE)]
    )
    end = StringField(
        _l("To (YYYY-MM, empty if current)"),
        validators=[Optional(), Regexp(MONTH, message=MONTH_MESSAGE)],
    )


class ConfirmForm(FlaskForm):
    remove = CheckboxesField(
        _l("Remove skills that were read wrongly"), choices=[], validate_choice=False
    )
    add = SelectField(_l("Add a digital skill from the list"), choices=[], validate_choice=False)
    add_name = StringField(_l("…or type its name"), validators=[Length(max=80)])
    periods = FieldList(FormField(PeriodForm), min_entries=0)
    save = SubmitField(_l("Save changes"))
    done = SubmitField(_l("Confirm and continue"))

    def set_choices(self, skills: list[dict], catalogue: list[tuple[str, str]]) -> None:
        """Offer the skills read so far for removal and the whole taxonomy for adding."""
        self.remove.choices = [(s["id"], s["label"]) for s in skills]
        self.add.choices = [("", _l("— choose a skill —")), *catalogue]

    def changes(self) -> dict:
        """The corrections as the service expects them."""
        return {
            "remove": list(self.remove.data or []),
            "add": self.add.data or "",
            "add_name": self.add_name.data or "",
            "periods": [
                {"start": p.start.data or "", "end": p.end.data or ""} for p in self.periods
            ],
        }


def _declaration(name: str) -> BooleanField:
    """A required checkbox for one legal declaration."""
    return BooleanField(
        DECLARATION_TEXTS[name],
        validators=[DataRequired(_l("This declaration is required to apply."))],
    )


class DeclarationsForm(FlaskForm):
    citizenship_kz = _declaration("citizenship_kz")
    no_criminal_record = _declaration("no_criminal_record")
    medically_fit = _declaration("medically_fit")
    truthful = _declaration("truthful")
    consent = BooleanField(
        _l("I have read the text above and consent to the processing of my personal data."),
        validators=[
            DataRequired(_l("You must consent to the processing of your personal data to apply."))
        ],
    )
    consent_version = HiddenField()
    consent_language = HiddenField()

    def data_for_service(self) -> dict:
        """The ticked boxes as booleans."""
        return {
            name: bool(getattr(self, name).data)
            for name in (
                "citizenship_kz",
                "no_criminal_record",
                "medically_fit",
                "truthful",
                "consent",
            )
        }
