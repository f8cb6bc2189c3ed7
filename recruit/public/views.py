"""Public pages anyone can open: home, search, announcement, language switch."""

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import get_locale
from markupsafe import Markup

from models import utcnow
from nlp import taxonomy
from recruit.public import cache, search
from recruit.public.forms import LanguageForm, VacancySearchForm
from recruit.vacancies.regions import region_label

bp = Blueprint("public", __name__)

LATEST_ON_HOME = 5


@bp.app_template_filter("kzt")
def format_kzt(amount: int | None) -> str:
    """An amount of tenge with thin-space thousands: 250000 → "250 000"."""
    return "" if amount is None else f"{amount:,}".replace(",", "\u202f")


@bp.app_template_filter("region")
def format_region(code: str) -> str:
    """A region code shown in the interface language."""
    return region_label(code)


@bp.app_template_filter("skill_name")
def format_skill_name(skill, lang: str) -> str:
    """A vacancy's digital skill in the announcement's language: the taxonomy label when the
    skill is known (HR may have typed it in another language), else the name as typed."""
    tax = taxonomy.load()
    if skill.skill_id and skill.skill_id in tax.skills:
        return tax.label(skill.skill_id, lang)
    return skill.name


@bp.app_template_global("body_name")
def body_name(row, lang: str) -> str:
    """The state body's name of a search row in the interface language."""
    return search.body_name(row, lang)


def _lang() -> str:
    """The interface language code (kk, ru or en)."""
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


@bp.get("/")
def index():
    """Home page: a search box, the number of open vacancies and the latest published."""
    latest = search.search_vacancies(search.Filters(), 1, LATEST_ON_HOME)
    return render_template(
        "public/index.html",
        open_count=search.open_count(),
        latest=latest,
        lang=_lang(),
        now=utcnow(),
    )


@bp.get("/vacancies")
def vacancies():
    """Search published and closed vacancies; bad filters get a message, not an error page."""
    lang = _lang()
    recent = cache.for_app(current_app)
    form = VacancySearchForm(request.args)
    form.set_choices(recent.get_or_make(("bodies", lang), lambda: search.body_choices(lang)))
    filtered = any(k != "page" and v for k, v in request.args.items())
    if form.validate():
        key = ("results", lang, request.query_string)
        results = recent.get_or_make(key, lambda: _render_results(form, filtered, lang))
        status = 200
    else:
        results, status = _render_results(None, filtered, lang), 400
    return render_template(
        "public/vacancies.html", form=form, results=results, filtered=filtered, lang=lang
    ), status


def _render_results(form: VacancySearchForm | None, filtered: bool, lang: str) -> Markup:
    """The results section for valid filters (``form``), or the "correct the filters" note."""
    page = None
    if form is not None:
        page = search.search_vacancies(
            form.filters(), form.page_number(), current_app.config["PER_PAGE"]
        )
    html = render_template(
        "public/_results.html", page=page, filtered=filtered, lang=lang, now=utcnow()
    )
    return Markup(html)


@bp.get("/vacancies/<int:vacancy_id>")
def vacancy(vacancy_id: int):
    """One announcement with "how you will be evaluated"; drafts and cancelled are 404."""
    item = search.get_public_vacancy_or_404(vacancy_id)
    return render_template(
        "public/vacancy.html",
        vacancy=item,
        state_body_name=item.state_body.name(_lang()),
        now=utcnow(),
    )


def is_safe_next(target: str | None) -> bool:
    """True for a path on this site ("/…"), never another host or scheme."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if "\\" in target or any(ord(c) < 32 for c in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


@bp.post("/language")
def set_language():
    """Remember the chosen interface language and go back to the page it was chosen on."""
    form = LanguageForm()
    if not form.validate_on_submit():
        abort(400)
    session["lang"] = form.lang.data
    target = form.next.data
    return redirect(target if is_safe_next(target) else url_for("public.index"))
