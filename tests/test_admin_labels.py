"""Region names and audit log labels shown in the interface language, with the codes kept."""

import ast
import html
import re

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from models import Role, db
from recruit import ROOT, audit, create_app
from recruit.admin.audit_labels import ACTION_LABELS
from recruit.extensions import babel
from tests.factories import PASSWORD, make_body, make_user, make_vacancy

AKMOLA = {"kk": "Ақмола облысы", "ru": "Акмолинская область", "en": "Akmola Region"}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """The catalogues compiled from the .po files as they are now (not a stale .mo)."""
    root = tmp_path_factory.mktemp("translations")
    for lang in AKMOLA:
        target = root / lang / "LC_MESSAGES"
        target.mkdir(parents=True)
        with (ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalogue = read_po(f)
        with (target / "messages.mo").open("wb") as f:
            write_mo(f, catalogue)
    return root


@pytest.fixture
def labelled_app(app, compiled):
    """The test app reading the fresh catalogues; Flask-Babel's cache is per process."""
    test_app = create_app({**app.config, "BABEL_TRANSLATION_DIRECTORIES": str(compiled)})
    with test_app.app_context():
        babel.domain_instance.cache.clear()
        make_user(Role.ADMIN, email="admin@example.kz")
        make_user(Role.AUDITOR, email="auditor@example.kz")
    yield test_app
    with test_app.app_context():
        babel.domain_instance.cache.clear()
        db.session.remove()
        db.engine.dispose()


def client_in(app, lang: str, email: str):
    """A logged-in browser whose preferred language is ``lang``."""
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = lang
    response = client.post("/auth/login", data={"email": email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def cell_texts(page: str) -> list[str]:
    """The visible text of every table cell, tags removed and spaces collapsed."""
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in cells]


@pytest.mark.parametrize("lang", AKMOLA)
def test_bodies_list_names_the_region_in_the_interface_language(labelled_app, lang):
    with labelled_app.app_context():
        make_body(code="akimat-akmola", region="Akmola Region")
        make_body(code="baikonur", region="Baikonur")
    page = client_in(labelled_app, lang, "admin@example.kz").get("/admin/bodies").text
    cells = cell_texts(page)
    assert AKMOLA[lang] in cells
    if lang != "en":
        assert "Akmola Region" not in page
    assert "Baikonur" in cells  # a region typed by hand shows as typed


def test_body_form_suggests_region_names_but_keeps_the_codes(labelled_app):
    page = client_in(labelled_app, "ru", "admin@example.kz").get("/admin/bodies/new").text
    assert '<option value="Akmola Region" label="Акмолинская область">' in page
    assert '<option value="Astana" label="Астана">' in page


@pytest.mark.parametrize("lang", AKMOLA)
def test_announcement_names_the_region_in_the_interface_language(labelled_app, lang):
    with labelled_app.app_context():
        body = make_body(region="Akmola Region")
        vacancy_id = make_vacancy(body, location="Кокшетау").id
    client = labelled_app.test_client()
    page = client.get(f"/vacancies/{vacancy_id}", headers={"Accept-Language": lang}).text
    assert f"Кокшетау</span>, {AKMOLA[lang]}</dd>" in page


def _admin_work(app) -> None:
    """An administrator adds a state body and deactivates it, through the pages."""
    admin = client_in(app, "en", "admin@example.kz")
    form = {"code": "akimat-akmola", "name_kk": "Әкімдік", "name_ru": "Акимат"}
    form |= {"name_en": "Akimat", "level": "local", "region": "Akmola Region"}
    assert admin.post("/admin/bodies/new", data=form).status_code == 302
    page = admin.get("/admin/bodies").text
    body_id = re.search(r"/admin/bodies/(\d+)/deactivate", page).group(1)
    assert admin.post(f"/admin/bodies/{body_id}/deactivate").status_code == 302


EXPECTED_ROWS = {
    "ru": [
        "Государственный орган добавлен body.create",
        "Государственный орган деактивирован body.deactivate",
        "admin@example.kz (Администратор) admin",
        "Вход в систему auth.login",
    ],
    "kk": [
        "Мемлекеттік орган қосылды body.create",
        "Мемлекеттік органның белсенділігі тоқтатылды body.deactivate",
        "admin@example.kz (Әкімші) admin",
        "Жүйеге кіру auth.login",
    ],
    "en": [
        "State body added body.create",
        "State body deactivated body.deactivate",
        "admin@example.kz (Administrator) admin",
        "Login auth.login",
    ],
}


@pytest.mark.parametrize("lang", EXPECTED_ROWS)
def test_audit_log_names_actions_and_roles_and_keeps_the_codes(labelled_app, lang):
    _admin_work(labelled_app)
    page = client_in(labelled_app, lang, "auditor@example.kz").get("/admin/audit").text
    cells = cell_texts(page)
    for expected in EXPECTED_ROWS[lang]:
        assert expected in cells
    assert "<code>body.create</code>" in page and "<code>admin</code>" in page


def test_audit_log_shows_unknown_codes_and_system_events_as_recorded(labelled_app):
    with labelled_app.app_context():
        audit.record("legacy.import", None)
        audit.record("demo.load", None, bodies=1, vacancies=0)
        db.session.commit()
    page = client_in(labelled_app, "ru", "auditor@example.kz").get("/admin/audit").text
    cells = cell_texts(page)
    assert "legacy.import" in cells
    assert "Загружены демонстрационные данные demo.load" in cells
    assert cells.count("система system") == 2


def test_audit_filter_offers_named_actions_and_filters_by_code(labelled_app):
    _admin_work(labelled_app)
    auditor = client_in(labelled_app, "ru", "auditor@example.kz")
    page = auditor.get("/admin/audit").text
    assert '<option value="body.create">Государственный орган добавлен (body.create)</option>' in (
        page
    )
    filtered = auditor.get("/admin/audit?action=body.deactivate").text
    assert '<option selected value="body.deactivate">' in filtered
    cells = cell_texts(filtered)
    assert "Государственный орган деактивирован body.deactivate" in cells
    assert not any("body.create" in c or "auth.login" in c for c in cells)


def _recorded_actions() -> set[str]:
    """Every action code passed as a literal to audit.record anywhere in recruit/."""
    codes = set()
    for path in (ROOT / "recruit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
            ):
                first = node.args[0]
                branches = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                assert all(isinstance(b, ast.Constant) for b in branches), f"{path}:{node.lineno}"
                codes |= {b.value for b in branches}
    return codes


def test_every_recorded_action_has_a_name():
    codes = _recorded_actions()
    assert len(codes) > 40
    assert sorted(codes - ACTION_LABELS.keys()) == []
