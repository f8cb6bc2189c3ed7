"""The one vacancy search used by the public pages and the open-data API."""

import math
from collections.abc import Iterator
from dataclasses import dataclass

from flask import abort
from sqlalchemy import Select, case, func, select, union_all
from sqlalchemy.orm import joinedload, selectinload

from models import StateBody, Vacancy, VacancyStatus, db, utcnow

VISIBLE = (VacancyStatus.PUBLISHED, VacancyStatus.CLOSED)
SORTS = ("newest", "deadline", "salary")

SUMMARY_COLUMNS = (
    Vacancy.id,
    Vacancy.status,
    Vacancy.language,
    Vacancy.title,
    Vacancy.structural_unit,
    Vacancy.corps,
    Vacancy.category,
    Vacancy.competition,
    Vacancy.posts,
    Vacancy.salary_min,
    Vacancy.salary_max,
    Vacancy.location,
    Vacancy.region,
    Vacancy.deadline,
    Vacancy.published_at,
    Vacancy.state_body_id,
    StateBody.name_kk.label("body_name_kk"),
    StateBody.name_ru.label("body_name_ru"),
    StateBody.name_en.label("body_name_en"),
)


@dataclass(frozen=True)
class Filters:
    """Validated search filters; ``None`` or empty means "any"."""

    q: str = ""
    corps: str | None = None
    category: str | None = None
    body: int | None = None
    region: str | None = None
    salary_min: int | None = None
    open: bool = False
    sort: str = "newest"


@dataclass(frozen=True)
class Page:
    """One page of results, shaped like Flask-SQLAlchemy's pagination for the macro."""

    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int | None:
        return self.page - 1 if self.has_prev else None

    @property
    def next_num(self) -> int | None:
        return self.page + 1 if self.has_next else None


def escape_like(term: str) -> str:
    """Escape LIKE wildcards so that ``%`` and ``_`` in a query match themselves."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _statuses(filters: Filters) -> tuple[VacancyStatus, ...]:
    """The statuses a search may show: published and closed, or only published when open."""
    return (VacancyStatus.PUBLISHED,) if filters.open else VISIBLE


def _conditions(filters: Filters) -> list:
    """WHERE clauses of the filters, apart from the status."""
    where = []
    for term in filters.q.lower().split():
        where.append(Vacancy.search_text.like(f"%{escape_like(term)}%", escape="\\"))
    if filters.corps:
        where.append(Vacancy.corps == filters.corps)
    if filters.category:
        where.append(Vacancy.category == filters.category)
    if filters.body is not None:
        where.append(Vacancy.state_body_id == filters.body)
    if filters.region:
        where.append(Vacancy.region == filters.region)
    if filters.salary_min is not None:
        where.append(Vacancy.salary_max >= filters.salary_min)
    if filters.open:
        where.append(Vacancy.deadline > utcnow())
    return where


def _where(filters: Filters) -> list:
    """Every WHERE clause: only published and closed vacancies are ever visible."""
    return [Vacancy.status.in_(_statuses(filters)), *_conditions(filters)]


def _sort_keys(sort: str) -> list[tuple]:
    """(expression, descending) pairs of a sort; ``id`` comes last so pages never overlap."""
    if sort == "deadline":
        past = case((Vacancy.deadline > utcnow(), 0), else_=1)
        keys = [(past, False), (Vacancy.deadline.is_(None), False), (Vacancy.deadline, False)]
        return [*keys, (Vacancy.id, False)]
    if sort == "salary":
        return [(Vacancy.salary_max, True), (Vacancy.id, True)]
    return [(Vacancy.published_at, True), (Vacancy.id, True)]


def _order(keys: list[tuple], columns=None) -> list:
    """ORDER BY clauses for sort ``keys``, over ``columns`` (the key expressions by default)."""
    columns = columns if columns is not None else [expr for expr, _ in keys]
    return [col.desc() if desc else col.asc() for col, (_, desc) in zip(columns, keys, strict=True)]


def summary_statement(filters: Filters) -> Select:
    """Summary columns of the matching vacancies with their state body, in one query."""
    return (
        select(*SUMMARY_COLUMNS)
        .join(StateBody, StateBody.id == Vacancy.state_body_id)
        .where(*_where(filters))
        .order_by(*_order(_sort_keys(filters.sort)))
    )


def count_vacancies(filters: Filters) -> int:
    """How many vacancies match, counted on the vacancies table alone."""
    stmt = select(func.count(Vacancy.id)).where(*_where(filters))
    return db.session.execute(stmt).scalar_one()


def _page_ids(filters: Filters, page: int, per_page: int) -> list[int]:
    """Ids of one page, read from the covering search index without touching wide rows.

    One sub-query per visible status walks ``ix_vacancies_public_search`` (status first) in
    order and stops early; merging two short lists is much cheaper than sorting every
    visible row, which an ``IN`` over the statuses makes SQLite do.
    """
    keys = _sort_keys(filters.sort)
    labelled = [expr.label(f"k{i}") for i, (expr, _) in enumerate(keys)]
    parts = [
        select(*labelled)
        .where(Vacancy.status == status, *_conditions(filters))
        .order_by(*_order(keys))
        .limit(page * per_page)
        .subquery()
        for status in _statuses(filters)
    ]
    merged = union_all(*(select(part) for part in parts)).subquery()
    columns = [merged.c[f"k{i}"] for i in range(len(keys))]
    stmt = (
        select(columns[-1])
        .order_by(*_order(keys, columns))
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return list(db.session.execute(stmt).scalars())


def _text_page_ids(filters: Filters, page: int, per_page: int) -> tuple[list[int], int | None]:
    """Ids of one page of a text search and the total, from one pass over the rows.

    A text search must read the wide ``search_text`` column anyway, so a window count
    saves a second pass. The total is None when the page is past the end.
    """
    stmt = (
        select(Vacancy.id, func.count().over().label("total"))
        .where(*_where(filters))
        .order_by(*_order(_sort_keys(filters.sort)))
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    rows = db.session.execute(stmt).all()
    if not rows:
        return [], (0 if page == 1 else None)
    return [row.id for row in rows], rows[0].total


def _summaries(ids: list[int]) -> list:
    """Summary rows for ``ids``, in that order, with the state body joined in."""
    if not ids:
        return []
    stmt = (
        select(*SUMMARY_COLUMNS)
        .join(StateBody, StateBody.id == Vacancy.state_body_id)
        .where(Vacancy.id.in_(ids))
    )
    by_id = {row.id: row for row in db.session.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def search_vacancies(filters: Filters, page: int = 1, per_page: int = 20) -> Page:
    """One page of matching vacancy summaries (rows with ``body_name_*`` columns)."""
    if filters.q:
        ids, total = _text_page_ids(filters, page, per_page)
    else:
        ids, total = _page_ids(filters, page, per_page), None
    if total is None:
        total = count_vacancies(filters)
    return Page(items=_summaries(ids), page=page, per_page=per_page, total=total)


def iter_vacancies(filters: Filters, batch: int = 500) -> Iterator:
    """Every matching summary row, fetched in batches (for the CSV export)."""
    stmt = summary_statement(filters).execution_options(yield_per=batch)
    yield from db.session.execute(stmt)


def body_name(row, lang: str) -> str:
    """The state body's name of a summary row in ``lang`` (English otherwise)."""
    return {"kk": row.body_name_kk, "ru": row.body_name_ru}.get(lang, row.body_name_en)


def get_public_vacancy_or_404(vacancy_id: int) -> Vacancy:
    """A published or closed vacancy with its body, rules and skills; anything else is 404."""
    vacancy = db.session.execute(
        select(Vacancy)
        .options(
            joinedload(Vacancy.state_body),
            selectinload(Vacancy.experience_rules),
            selectinload(Vacancy.skills),
        )
        .where(Vacancy.id == vacancy_id, Vacancy.status.in_(VISIBLE))
    ).scalar_one_or_none()
    if vacancy is None:
        abort(404)
    return vacancy


def open_count() -> int:
    """Number of vacancies accepting applications now."""
    return count_vacancies(Filters(open=True))


def body_choices(lang: str) -> list[tuple[int, str]]:
    """Every state body as (id, name in ``lang``), sorted by that name, for the filter."""
    column = {"kk": StateBody.name_kk, "ru": StateBody.name_ru}.get(lang, StateBody.name_en)
    rows = db.session.execute(select(StateBody.id, column)).all()
    return sorted(((i, name) for i, name in rows), key=lambda item: item[1].casefold())
