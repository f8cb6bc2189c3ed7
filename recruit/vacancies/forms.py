"""Vacancy forms: the shape of an announcement, and its conversion to service data.

The way back (a stored vacancy as form data) and the time and text helpers are in
``recruit.vacancies.conversion``.
"""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    DateTimeLocalField,
    FieldList,
    FloatField,
    Form,
    FormField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from models import Competition, Corps, EducationLevel, ExperienceKind
from recruit.vacancies.categories import CODE_FORM
from recruit.vacancies.conversion import DATE_FIELDS, lines, local_to_utc
from recruit.vacancies.regions import REGIONS

POSTS_MESSAGE = _l("Enter a number of posts from 1 to 100.")
SALARY_MESSAGE = _l("Enter a monthly amount in KZT, at most 10 000 000.")
EXPERIENCE_ROWS = 4
SKILL_ROWS = 6
DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
LANGUAGES = [("kk", _l("Kazakh")), ("ru", _l("Russian")), ("en", _l("English"))]
# A required language may name the CEFR level it needs; stored as "en:B2" in the same list.
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
LEVELS = [("", _l("Any level")), *((level, level) for level in CEFR)]
EDUCATION = [
    (EducationLevel.SECONDARY.value, _l("Secondary")),
    (EducationLevel.VOCATIONAL.value, _l("Technical and vocational")),
    (EducationLevel.BACHELOR.value, _l("Higher (bachelor's degree)")),
    (EducationLevel.MASTER.value, _l("Postgraduate (master's degree)")),
    (EducationLevel.DOCTORATE.value, _l("Doctorate")),
]


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _upper(value):
    return value.upper() if isinstance(value, str) else value


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ExperienceRowForm(Form):
    """One alternative of the experience requirement; a blank row is ignored."""

    years = FloatField(
        _l("Years, at least"),
        render_kw={"inputmode": "decimal"},
        validators=[
            Optional(),
            NumberRange(0, 40, message=_l("Enter a number of years from 0 to 40.")),
        ],
    )
    kind = SelectField(
        _l("Kind of experience"),
        default=ExperienceKind.PUBLIC_SERVICE.value,
        choices=[
            (ExperienceKind.PUBLIC_SERVICE.value, _l("Civil service")),
            (ExperienceKind.FIELD.value, _l("Work in the functional area of the position")),
            (ExperienceKind.MANAGERIAL.value, _l("Managerial posts (head or deputy head)")),
        ],
    )
    description = StringField(_l("Description"), filters=[_strip], validators=[Length(max=300)])

    def is_blank(self) -> bool:
        return self.years.data is None and not self.description.data

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        if ok and self.years.data is None and self.description.data:
            self.years.errors.append(_l("Enter the number of years for this requirement."))
            return False
        return ok


class SkillRowForm(Form):
    """One required digital skill; a row without a name is ignored."""

    name = StringField(_l("Digital skill"), filters=[_strip], validators=[Length(max=120)])
    weight = SelectField(
        _l("Weight"),
        coerce=int,
        default=2,
        choices=[(1, _l("1 — useful")), (2, _l("2 — important")), (3, _l("3 — key"))],
    )
    essential = SelectField(
        _l("Essential or asset"),
        default="essential",
        choices=[("essential", _l("Essential")), ("asset", _l("Asset"))],
    )

    def is_blank(self) -> bool:
        return not self.name.data


class VacancyForm(FlaskForm):
    """Every section of a GOV.KZ announcement; business rules are checked by the services."""

    language = SelectField(_l("Language of the announcement"), choices=LANGUAGES, default="ru")
    title = StringField(
        _l("Position title"),
        filters=[_strip],
        validators=[DataRequired(_l("Enter the position title.")), Length(max=300)],
    )
    structural_unit = StringField(
        _l("Structural unit"), filters=[_strip], validators=[Length(max=300)]
    )
    corps = SelectField(
        _l("Corps"),
        default=Corps.B.value,
        choices=[
            (Corps.A.value, _l("Corps A (managerial positions)")),
            (Corps.B.value, _l("Corps B")),
        ],
    )
    category = StringField(
        _l("Category"),
        filters=[_strip, _upper],
        validators=[
            DataRequired(_l("Enter the category code.")),
            Regexp(CODE_FORM, message=_l("Enter a category code such as C-4, C-O-5 or E-R-2.")),
        ],
        render_kw={"list": "category-codes", "autocomplete": "off"},
    )
    competition = SelectField(
        _l("Competition"),
        default=Competition.GENERAL.value,
        choices=[
            (Competition.GENERAL.value, _l("General competition (open to all)")),
            (Competition.INTERNAL.value, _l("Internal competition (civil servants)")),
        ],
    )
    posts = IntegerField(
        _l("Number of posts"),
        default=1,
        validators=[InputRequired(POSTS_MESSAGE), NumberRange(1, 100, POSTS_MESSAGE)],
    )
    duties = TextAreaField(_l("Duties, one per line"))
    education_min = SelectField(
        _l("Minimum education"), choices=EDUCATION, default=EducationLevel.BACHELOR.value
    )
    education_fields = TextAreaField(
        _l("Fields of education"), filters=[_strip], validators=[Length(max=2000)]
    )
    experience = FieldList(FormField(ExperienceRowForm), min_entries=EXPERIENCE_ROWS)
    competencies = TextAreaField(_l("Competencies, one per line"))
    skills = FieldList(FormField(SkillRowForm), min_entries=SKILL_ROWS)
    languages = MultiCheckboxField(_l("Languages"), choices=LANGUAGES, default=["kk", "ru"])
    level_kk = SelectField(_l("Kazakh: required level"), choices=LEVELS, default="")
    level_ru = SelectField(_l("Russian: required level"), choices=LEVELS, default="")
    level_en = SelectField(_l("English: required level"), choices=LEVELS, default="")
    salary_min = IntegerField(
        _l("Salary from, KZT"), validators=[Optional(), NumberRange(0, 10_000_000, SALARY_MESSAGE)]
    )
    salary_max = IntegerField(
        _l("Salary to, KZT"), validators=[Optional(), NumberRange(0, 10_000_000, SALARY_MESSAGE)]
    )
    location = StringField(_l("Duty location"), filters=[_strip], validators=[Length(max=200)])
    region = SelectField(_l("Region"), choices=[("", _l("Choose a region")), *REGIONS])
    required_documents = TextAreaField(_l("Required documents, one per line"))
    deadline = DateTimeLocalField(
        _l("Application deadline"), format=DATETIME_FORMAT, validators=[Optional()]
    )
    testing_date = DateTimeLocalField(
        _l("Testing date"), format=DATETIME_FORMAT, validators=[Optional()]
    )
    interview_date = DateTimeLocalField(
        _l("Interview date"), format=DATETIME_FORMAT, validators=[Optional()]
    )
    hr_contact = StringField(_l("HR contact"), filters=[_strip], validators=[Length(max=300)])

    def validate(self, extra_validators=None) -> bool:
        """The fields' own checks, and a required level only for a language that is required."""
        ok = super().validate(extra_validators)
        for code, _name in LANGUAGES:
            level = getattr(self, f"level_{code}")
            if level.data and code not in (self.languages.data or []):
                level.errors.append(_l("Tick the language to require a level of it."))
                ok = False
        return ok

    def add_blank_rows(self) -> None:
        """Offer a few empty rows after the filled ones (the page works without JavaScript)."""
        for rows, minimum in ((self.experience, EXPERIENCE_ROWS), (self.skills, SKILL_ROWS)):
            filled = sum(1 for row in rows if not row.form.is_blank())
            while len(rows) < max(minimum, filled + 2):
                rows.append_entry()

    def to_data(self) -> dict:
        """The announcement as plain service data: lists, rows without blanks, UTC times."""
        data = {
            name: getattr(self, name).data
            for name in (
                "language",
                "title",
                "structural_unit",
                "corps",
                "category",
                "competition",
                "posts",
                "education_min",
                "education_fields",
                "location",
                "region",
                "hr_contact",
            )
        }
        for name in ("duties", "competencies", "required_documents"):
            data[name] = lines(getattr(self, name).data)
        data["languages"] = [
            code + (f":{level}" if (level := getattr(self, f"level_{code}").data) else "")
            for code, _ in LANGUAGES
            if code in (self.languages.data or [])
        ]
        data["salary_min"] = self.salary_min.data or 0
        data["salary_max"] = self.salary_max.data or 0
        for name in DATE_FIELDS:
            data[name] = local_to_utc(getattr(self, name).data)
        data["experience"] = [
            {"years": row.years.data, "kind": row.kind.data, "description": row.description.data}
            for row in (entry.form for entry in self.experience)
            if not row.is_blank()
        ]
        data["skills"] = [
            {
                "name": row.name.data,
                "weight": row.weight.data,
                "essential": row.essential.data == "essential",
            }
            for row in (entry.form for entry in self.skills)
            if not row.is_blank()
        ]
        return data
