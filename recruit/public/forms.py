"""Shape checks for the vacancy search (HTML and API) and the language switch."""

import re

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, Form, HiddenField, SearchField, SelectField, StringField
from wtforms.validators import AnyOf, DataRequired, Length, Optional, ValidationError

from recruit.public.search import SORTS, Filters
from recruit.vacancies.regions import REGION_CODES, REGIONS

CATEGORY_RE = re.compile(r"^[A-E](-[A-Z])?-\d{1,2}$")
MAX_SALARY = 100_000_000
MAX_ID = 2**31 - 1
MAX_PAGE = 1_000_000
SALARY_MESSAGE = _l("Enter the salary as a whole number of tenge, for example 250000.")
FALSE_VALUES = ("false", "", "0", "no", "off")


def _strip(value):
    """Trim surrounding spaces from text input."""
    return value.strip() if isinstance(value, str) else value


def _upper(value):
    """Trim and upper-case a category code ("c-o-5" → "C-O-5")."""
    return value.strip().upper() if isinstance(value, str) else value


def _whole_number(value: str | None, minimum: int, maximum: int) -> int | None:
    """``value`` as an int in [minimum, maximum]; None when empty; ValueError otherwise."""
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or not minimum <= int(value) <= maximum:
        raise ValueError(value)
    return int(value)


class WholeNumber:
    """Validator: empty, or a whole number in [minimum, maximum]; ``message`` otherwise."""

    def __init__(self, minimum: int, maximum: int, message):
        self.minimum, self.maximum, self.message = minimum, maximum, message

    def __call__(self, form, field) -> None:
        """Raise ValidationError with the message when the value is out of shape or range."""
        try:
            _whole_number(field.data, self.minimum, self.maximum)
        except ValueError:
            raise ValidationError(self.message) from None


class VacancySearchForm(Form):
    """The public filters; read from the query string, so there is no CSRF token."""

    q = SearchField(
        _l("Keywords"),
        filters=[_strip],
        validators=[Length(max=200, message=_l("Keep the search text under 200 characters."))],
    )
    corps = SelectField(
        _l("Corps"),
        validate_choice=False,
        choices=[("", _l("Any corps")), ("A", _l("Corps A")), ("B", _l("Corps B"))],
        validators=[Optional(), AnyOf(["A", "B"], message=_l("Corps must be A or B."))],
    )
    category = StringField(_l("Category"), filters=[_upper], render_kw={"placeholder": "C-4"})
    body = SelectField(
        _l("State body"),
        validate_choice=False,
        choices=[("", _l("Any body"))],
        validators=[WholeNumber(1, MAX_ID, _l("Choose the state body from the list."))],
    )
    region = SelectField(
        _l("Region"),
        validate_choice=False,
        choices=[("", _l("Any region")), *REGIONS],
        filters=[_strip],
        validators=[
            Optional(),
            AnyOf(REGION_CODES, message=_l("Choose the region from the list.")),
        ],
    )
    salary_min = StringField(
        _l("Salary at least (KZT)"),
        filters=[_strip],
        render_kw={"inputmode": "numeric"},
        validators=[WholeNumber(0, MAX_SALARY, SALARY_MESSAGE)],
    )
    open = BooleanField(_l("Open for applications now"), false_values=FALSE_VALUES)
    sort = SelectField(
        _l("Sort by"),
        default="newest",
        validate_choice=False,
        choices=[
            ("newest", _l("Newest first")),
            ("deadline", _l("Closing soonest")),
            ("salary", _l("Highest salary")),
        ],
        validators=[Optional(), AnyOf(SORTS, message=_l("Sort by newest, deadline or salary."))],
    )
    page = HiddenField(
        filters=[_strip],
        validators=[WholeNumber(1, MAX_PAGE, _l("The page number must be a whole number from 1."))],
    )

    def validate_category(self, field) -> None:
        """A category code has the register's form."""
        if field.data and not CATEGORY_RE.match(field.data):
            raise ValidationError(_l("A category looks like C-4, C-O-5 or E-R-1."))

    def set_choices(self, bodies: list[tuple[int, str]]) -> None:
        """Fill the state body select and translate every option once for this request."""
        self.body.choices = [("", _l("Any body"))] + [(str(i), name) for i, name in bodies]
        for select in (self.corps, self.body, self.region, self.sort):
            select.choices = [(value, str(label)) for value, label in select.choices]

    def filters(self) -> Filters:
        """The validated filters (call after ``validate()`` succeeded)."""
        return Filters(
            q=self.q.data or "",
            corps=self.corps.data or None,
            category=self.category.data or None,
            body=_whole_number(self.body.data, 1, MAX_ID),
            region=self.region.data or None,
            salary_min=_whole_number(self.salary_min.data, 0, MAX_SALARY),
            open=bool(self.open.data),
            sort=self.sort.data or "newest",
        )

    def page_number(self) -> int:
        """The requested page (1 when absent)."""
        return _whole_number(self.page.data, 1, MAX_PAGE) or 1

    def error_messages(self) -> dict[str, list[str]]:
        """Field name → messages, as plain strings (for JSON)."""
        return {name: [str(m) for m in errors] for name, errors in self.errors.items()}


class ApiSearchForm(VacancySearchForm):
    """The API's filters: the same, plus the page size."""

    per_page = StringField(
        filters=[_strip],
        validators=[WholeNumber(1, 100, _l("per_page must be a whole number from 1 to 100."))],
    )

    def page_size(self, default: int) -> int:
        """The requested page size (``default`` when absent)."""
        return _whole_number(self.per_page.data, 1, 100) or default


class LanguageForm(FlaskForm):
    """The language switch in the page header."""

    lang = StringField(validators=[DataRequired()])
    next = HiddenField()

    def validate_lang(self, field) -> None:
        """Only the interface languages the site offers."""
        if field.data not in current_app.config["LANGUAGES"]:
            raise ValidationError(_l("Choose Kazakh, Russian or English."))
