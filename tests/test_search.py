"""The vacancy search service: filters, sorting, paging, visibility and text matching."""

from datetime import timedelta

import pytest

from models import Corps, VacancyStatus, utcnow
from recruit.public.search import Filters, escape_like, search_vacancies
from tests.factories import make_body, make_vacancy


def titles(filters: Filters, page: int = 1, per_page: int = 20) -> list[str]:
    return [row.title for row in search_vacancies(filters, page, per_page).items]


@pytest.fixture
def catalogue(app):
    """Five visible vacancies and two invisible ones across two bodies and regions."""
    with app.app_context():
        now = utcnow()
        astana = make_body(region="Astana", name_en="Ministry of Digital Development")
        almaty = make_body(region="Almaty", name_en="Akimat of Almaty")
        make_vacancy(
            astana,
            title="Data analyst",
            corps=Corps.B,
            category="C-4",
            salary_max=400000,
            deadline=now + timedelta(days=3),
            published_at=now - timedelta(days=5),
        )
        make_vacancy(
            astana,
            title="Head of department",
            corps=Corps.A,
            category="A-3",
            salary_max=900000,
            deadline=now + timedelta(days=20),
            published_at=now - timedelta(days=1),
        )
        make_vacancy(
            almaty,
            title="GIS specialist",
            category="C-O-5",
            salary_max=300000,
            deadline=now + timedelta(days=9),
            published_at=now - timedelta(days=3),
        )
        make_vacancy(
            almaty,
            title="Archive clerk",
            category="E-3",
            salary_max=180000,
            deadline=now - timedelta(days=2),
            published_at=now - timedelta(days=30),
        )
        make_vacancy(
            almaty,
            status=VacancyStatus.CLOSED,
            title="Closed data post",
            category="C-4",
            salary_max=350000,
            deadline=now - timedelta(days=1),
            published_at=now - timedelta(days=40),
        )
        make_vacancy(astana, status=VacancyStatus.DRAFT, title="Draft data post")
        make_vacancy(astana, status=VacancyStatus.CANCELLED, title="Cancelled data post")
        yield {"astana": astana.id, "almaty": almaty.id}


def test_only_published_and_closed_are_visible(app, catalogue):
    with app.app_context():
        found = titles(Filters())
    assert len(found) == 5
    assert "Draft data post" not in found and "Cancelled data post" not in found


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(q="DATA"), {"Data analyst", "Closed data post"}),
        (Filters(q="data analyst"), {"Data analyst"}),
        (Filters(q="analyst data"), {"Data analyst"}),
        (Filters(corps="A"), {"Head of department"}),
        (Filters(category="C-4"), {"Data analyst", "Closed data post"}),
        (Filters(region="Almaty"), {"GIS specialist", "Archive clerk", "Closed data post"}),
        (Filters(salary_min=350000), {"Data analyst", "Head of department", "Closed data post"}),
        (Filters(open=True), {"Data analyst", "Head of department", "GIS specialist"}),
        (Filters(q="data", open=True), {"Data analyst"}),
        (Filters(region="Almaty", salary_min=250000), {"GIS specialist", "Closed data post"}),
        (Filters(corps="B", category="C-4", open=True, salary_min=100), {"Data analyst"}),
        (Filters(q="nothing like this"), set()),
    ],
)
def test_each_filter_alone_and_combined(app, catalogue, filters, expected):
    with app.app_context():
        assert set(titles(filters)) == expected


def test_body_filter(app, catalogue):
    with app.app_context():
        found = set(titles(Filters(body=catalogue["astana"])))
        assert found == {"Data analyst", "Head of department"}
        assert titles(Filters(body=999999)) == []


def test_text_search_matches_cyrillic_case_insensitively(app):
    with app.app_context():
        make_vacancy(make_body(), title="Главный эксперт по ЦИФРОВИЗАЦИИ")
        assert titles(Filters(q="Цифровизации")) == ["Главный эксперт по ЦИФРОВИЗАЦИИ"]


@pytest.mark.parametrize("query", ["%", "_", "100%", "a_b", "\\"])
def test_wildcards_in_the_query_match_themselves(app, query):
    with app.app_context():
        body = make_body()
        make_vacancy(body, title="Plain title")
        make_vacancy(body, title="Growth 100% a_b \\ done")
        assert titles(Filters(q=query)) == ["Growth 100% a_b \\ done"]


def test_escape_like():
    assert escape_like("50%_\\") == "50\\%\\_\\\\"


def test_sorting(app, catalogue):
    with app.app_context():
        assert titles(Filters(sort="newest")) == [
            "Head of department",
            "GIS specialist",
            "Data analyst",
            "Archive clerk",
            "Closed data post",
        ]
        assert titles(Filters(sort="salary")) == [
            "Head of department",
            "Data analyst",
            "Closed data post",
            "GIS specialist",
            "Archive clerk",
        ]
        by_deadline = titles(Filters(sort="deadline"))
    assert by_deadline[:3] == ["Data analyst", "GIS specialist", "Head of department"]
    assert set(by_deadline[3:]) == {"Archive clerk", "Closed data post"}


def test_pagination_boundaries(app):
    with app.app_context():
        body = make_body()
        start = utcnow() - timedelta(days=100)
        for n in range(45):
            make_vacancy(body, title=f"Post {n:02d}", published_at=start + timedelta(hours=n))
        first = search_vacancies(Filters(), 1, 20)
        last = search_vacancies(Filters(), 3, 20)
        beyond = search_vacancies(Filters(), 4, 20)
        seen = [r.title for p in (1, 2, 3) for r in search_vacancies(Filters(), p, 20).items]
    assert (first.total, first.pages, len(first.items)) == (45, 3, 20)
    assert not first.has_prev and first.has_next and first.next_num == 2
    assert len(last.items) == 5 and last.has_prev and not last.has_next
    assert beyond.items == [] and beyond.total == 45
    assert len(seen) == 45 and len(set(seen)) == 45
    assert seen[0] == "Post 44"


def test_empty_search_has_one_page(app):
    with app.app_context():
        page = search_vacancies(Filters(), 1, 20)
    assert (page.total, page.pages, page.items, page.has_next) == (0, 1, [], False)


def test_rows_carry_the_state_body_names(app):
    with app.app_context():
        make_vacancy(make_body(name_kk="Министрлік", name_ru="Министерство", name_en="Ministry"))
        row = search_vacancies(Filters(), 1, 20).items[0]
    assert (row.body_name_kk, row.body_name_ru, row.body_name_en) == (
        "Министрлік",
        "Министерство",
        "Ministry",
    )


def test_text_search_pages_and_totals(app):
    with app.app_context():
        body = make_body()
        for n in range(25):
            make_vacancy(body, title=f"Analyst {n:02d}")
        make_vacancy(body, title="Driver")
        second = search_vacancies(Filters(q="analyst"), 2, 20)
        beyond = search_vacancies(Filters(q="analyst"), 5, 20)
        nothing = search_vacancies(Filters(q="astronaut"), 1, 20)
    assert (second.total, len(second.items), second.pages) == (25, 5, 2)
    assert (beyond.total, beyond.items) == (25, [])
    assert (nothing.total, nothing.items) == (0, [])


@pytest.mark.parametrize("sort", ["newest", "deadline", "salary"])
def test_pages_merge_published_and_closed_in_order(app, sort):
    with app.app_context():
        body = make_body()
        now = utcnow()
        for n in range(30):
            make_vacancy(
                body,
                title=f"Post {n:02d}",
                status=VacancyStatus.CLOSED if n % 3 == 0 else VacancyStatus.PUBLISHED,
                published_at=now - timedelta(hours=n),
                deadline=now + timedelta(days=(n * 7) % 30 - 10),
                salary_max=300000 + (n * 37 % 11) * 1000,
            )
        whole = titles(Filters(sort=sort), 1, 30)
        paged = [t for p in range(1, 6) for t in titles(Filters(sort=sort), p, 7)]
    assert len(whole) == 30
    assert paged == whole
    if sort == "newest":
        assert whole == [f"Post {n:02d}" for n in range(30)]
