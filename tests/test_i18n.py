"""Kazakh, Russian and English interface: complete catalogues and the language a visitor sees."""

import io
import re
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from flask_wtf import FlaskForm
from wtforms import IntegerField
from wtforms.i18n import messages_path

from models import db
from recruit import ROOT, create_app
from recruit.config import Config
from recruit.extensions import babel
from tests.factories import make_body, make_vacancy

TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"kk": 2, "ru": 3, "en": 2}
TRANSLATED = ("kk", "ru")
PLACEHOLDER = re.compile(r"%(?:\([A-Za-z_]\w*\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]")
PO_LINE = re.compile(r'^(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) )?"(?:[^"\\]|\\.)*"$')


def _catalogue(lang: str):
    path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as f:
        return read_po(f, abort_invalid=True)


def _forms(message) -> tuple:
    """The msgstr of a message as a tuple of plural forms (one element when singular)."""
    return tuple(message.string) if message.pluralizable else (message.string,)


def _key(message) -> tuple:
    """A message's identity: its msgid (both forms when plural) and context."""
    return (message.id if isinstance(message.id, str) else tuple(message.id), message.context)


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory) -> set:
    """Every message the code and templates use now, extracted as ``make translations-extract``."""
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    argv = ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-k", "_l"]
    argv += ["-k", "lazy_gettext", "--ignore-dirs", ".* __pycache__", "-o", str(pot), str(ROOT)]
    assert CommandLineInterface().run(argv) in (None, 0)
    with pot.open("rb") as f:
        return {_key(m) for m in read_po(f) if m.id}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The catalogues compiled from the .po files as they are now (not a stale .mo)."""
    root = tmp_path_factory.mktemp("translations")
    for lang in LANGUAGES:
        target = root / lang / "LC_MESSAGES"
        target.mkdir(parents=True)
        with (target / "messages.mo").open("wb") as f:
            write_mo(f, _catalogue(lang))
    return root


@pytest.fixture
def i18n_app(app, compiled):
    """The test app reading the freshly compiled catalogues; Flask-Babel's cache is per process."""
    test_app = create_app(
        {
            **app.config,
            "BABEL_TRANSLATION_DIRECTORIES": str(compiled),
            "BABEL_DEFAULT_LOCALE": Config.BABEL_DEFAULT_LOCALE,  # production default: Russian
        }
    )
    with test_app.app_context():
        babel.domain_instance.cache.clear()
    yield test_app
    with test_app.app_context():
        babel.domain_instance.cache.clear()
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def i18n_client(i18n_app):
    return i18n_app.test_client()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_well_formed(lang):
    path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            assert PO_LINE.match(line), f"{path}:{number}: {line}"
    catalogue = _catalogue(lang)
    assert str(catalogue.locale) == lang
    assert catalogue.num_plurals == LANGUAGES[lang]
    assert "nplurals" in catalogue.plural_forms


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_compiles_without_errors(lang):
    catalogue = _catalogue(lang)
    errors = [(m.id, [str(e) for e in errs]) for m, errs in catalogue.check()]
    assert errors == []
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    assert buffer.getvalue()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang):
    missing = [m.id for m in _catalogue(lang) if m.id and not all(_forms(m))]
    fuzzy = [m.id for m in _catalogue(lang) if m.id and m.fuzzy]
    assert missing == [] and fuzzy == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_every_message_of_the_code(lang, source_messages):
    catalogue = _catalogue(lang)
    known = {_key(m) for m in catalogue}
    assert sorted(map(str, source_messages - known)) == [], "run make translations-extract"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_match(lang):
    wrong = []
    for m in _catalogue(lang):
        if not m.id:
            continue
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        expected = {tuple(_placeholders(i)) for i in ids}
        wrong += [(ids[0], s) for s in _forms(m) if tuple(_placeholders(s)) not in expected]
    assert wrong == []


def test_translations_directory_is_found(app):
    assert Path(app.config["BABEL_TRANSLATION_DIRECTORIES"]) == TRANSLATIONS
    for lang in LANGUAGES:
        assert (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").is_file()


def _published_vacancy(app) -> None:
    with app.app_context():
        make_vacancy(make_body())


SWITCHED = {
    "kk": (
        "Мемлекеттік қызметке іріктеу",
        "бос лауазымға қазір өтінімдер қабылдануда",
        "1 бос лауазым табылды",
        "Өтінімдер қабылдануда",
    ),
    "ru": (
        "Отбор на государственную службу",
        "вакансия сейчас открыта для приёма заявок",
        "Найдена 1 вакансия",
        "Идёт приём заявок",
    ),
    "en": (
        "Civil service recruitment",
        "vacancy is open for applications now",
        "1 vacancy found",
        "Open for applications",
    ),
}


@pytest.mark.parametrize("lang", SWITCHED)
def test_switching_the_language(i18n_app, i18n_client, lang):
    _published_vacancy(i18n_app)
    headers = {"Accept-Language": "en" if lang != "en" else "ru"}
    form = {"lang": lang, "next": "/vacancies"}
    response = i18n_client.post("/language", data=form, headers=headers)
    assert response.status_code == 302 and response.location.endswith("/vacancies")
    brand, open_now, found, badge = SWITCHED[lang]
    home = i18n_client.get("/", headers=headers).get_data(as_text=True)
    assert f'<html lang="{lang}">' in home
    assert brand in home and open_now in home
    listing = i18n_client.get("/vacancies", headers=headers).get_data(as_text=True)
    assert f'<html lang="{lang}">' in listing
    assert found in listing and badge in listing


@pytest.mark.parametrize(
    ("accept", "lang"),
    [("kk", "kk"), ("kk-KZ,kk;q=0.9,ru;q=0.8", "kk"), ("en-GB", "en"), ("de", "ru")],
)
def test_new_visitor_gets_the_browser_language(i18n_client, accept, lang):
    html = i18n_client.get("/", headers={"Accept-Language": accept}).get_data(as_text=True)
    assert f'<html lang="{lang}">' in html
    assert SWITCHED[lang][0] in html


@pytest.mark.parametrize("lang", TRANSLATED)
def test_wtforms_builtin_messages_follow_the_locale(i18n_app, lang):
    class NumberForm(FlaskForm):
        number = IntegerField()

    expected = Translations.load(messages_path(), [lang], domain="wtforms")
    expected = expected.gettext("Not a valid integer value.")
    assert expected != "Not a valid integer value."
    headers = {"Accept-Language": lang}
    with i18n_app.test_request_context("/", method="POST", data={"number": "x"}, headers=headers):
        form = NumberForm(meta={"csrf": False})
        assert not form.validate()
        assert expected in form.number.errors
