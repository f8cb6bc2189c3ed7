"""Open-data API: read-only, anonymous, CORS-open; bad parameters get a JSON 400."""

from flask import Blueprint, Response, jsonify, request, stream_with_context, url_for
from flask_babel import gettext as _

from recruit.api import documents
from recruit.api.openapi import openapi_document
from recruit.extensions import csrf
from recruit.public import search
from recruit.public.forms import ApiSearchForm

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)

DEFAULT_PER_PAGE = 20


@bp.after_request
def allow_cross_origin(response):
    """Open data may be read by any site."""
    if request.method in ("GET", "HEAD"):
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _bad_parameters(form: ApiSearchForm):
    """A 400 that names each bad parameter and says what is expected."""
    body = {"error": _("Invalid query parameters."), "errors": form.error_messages(), "status": 400}
    return jsonify(body), 400


def _page_link(page_number: int | None) -> str | None:
    """The absolute URL of another page of the same search, or None."""
    if page_number is None:
        return None
    args = {**request.args.to_dict(), "page": page_number}
    return url_for("api.vacancies", _external=True, **args)


@bp.get("/vacancies")
def vacancies():
    """A page of matching vacancy summaries with totals and next/prev links."""
    form = ApiSearchForm(request.args)
    if not form.validate():
        return _bad_parameters(form)
    page = search.search_vacancies(
        form.filters(), form.page_number(), form.page_size(DEFAULT_PER_PAGE)
    )
    return jsonify(
        items=[documents.summary_item(row) for row in page.items],
        page=page.page,
        per_page=page.per_page,
        total=page.total,
        pages=page.pages,
        links={
            "self": _page_link(page.page),
            "next": _page_link(page.next_num),
            "prev": _page_link(page.prev_num),
        },
    )


@bp.get("/vacancies/<int:vacancy_id>")
def vacancy(vacancy_id: int):
    """One announcement as the vacancy document (published or closed only)."""
    return jsonify(documents.vacancy_document(search.get_public_vacancy_or_404(vacancy_id)))


@bp.get("/vacancies.csv")
def vacancies_csv():
    """Every matching vacancy as CSV (UTF-8 with BOM), streamed."""
    form = ApiSearchForm(request.args)
    if not form.validate():
        return _bad_parameters(form)
    rows = search.iter_vacancies(form.filters())
    return Response(
        stream_with_context(documents.csv_chunks(rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="vacancies.csv"'},
    )


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 description of this API."""
    return jsonify(openapi_document())
