# Recruit — two commands set a fresh machine up: `make run` and `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/test
export FLASK_APP := wsgi
export TEST_DATABASE_URL

.PHONY: run test test-sqlite test-postgresql bench bytecode lint format translations translations-extract clean-venv

$(BIN)/activate:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

instance/secret_key:
	mkdir -p instance
	umask 077 && $(PY) -c 'import secrets; print(secrets.token_hex(32))' > $@

instance/data_key:
	mkdir -p instance
	umask 077 && $(PY) -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())' > $@

## Compile the catalogues; a malformed catalogue or a placeholder mismatch stops make
translations: $(VENV)/.installed
	$(BIN)/python -c 'import glob, sys; from babel.messages.pofile import read_po; \
	  pos = glob.glob("translations/*/LC_MESSAGES/messages.po") or sys.exit("no catalogues in translations/"); \
	  [read_po(open(po, "rb"), abort_invalid=True) for po in pos]'
	$(BIN)/pybabel compile -d translations --statistics

## Re-extract the messages of recruit/ and templates/ and merge them into the catalogues
translations-extract: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --ignore-dirs '.* __pycache__' \
	  -o translations/messages.pot .
	$(BIN)/pybabel update -d translations -i translations/messages.pot

## Byte-compile the project's modules once, as a deployment does: start-up then skips
## compiling them (kept fresh by their timestamps, even where PYTHONDONTWRITEBYTECODE is set)
bytecode: $(VENV)/.installed
	$(BIN)/python -m compileall -q nlp recruit models

## Set up (venv, packages, migrations, demo data when empty) and serve on 127.0.0.1:$(PORT)
run: $(VENV)/.installed instance/secret_key instance/data_key translations bytecode
	$(BIN)/flask db upgrade
	$(BIN)/flask recruit demo --if-empty
	$(BIN)/gunicorn --workers 2 --bind 127.0.0.1:$(PORT) --access-logfile - wsgi:app

## The whole suite on SQLite, then on PostgreSQL (TEST_DATABASE_URL)
test: $(VENV)/.installed-dev translations system-packages
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgresql

# Two pytest-xdist workers, one per core; each has its own database.
PYTEST := $(BIN)/pytest -q -p no:cacheprovider -n 2

test-sqlite:
	RECRUIT_TEST_DB=sqlite $(PYTEST)

# The engine's tests (tests/nlp) touch no database; they run once, in the SQLite leg.
test-postgresql:
	RECRUIT_TEST_DB=postgresql $(PYTEST) --ignore=tests/nlp

## Debian packages the tests need: Chromium for browser tests, LibreOffice Writer for Word CVs
## saved as PDF, a font with Kazakh letters
system-packages:
	@if ! command -v chromium >/dev/null || ! command -v soffice >/dev/null \
	   || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || ! command -v wrk >/dev/null; then \
	  echo "Installing chromium, libreoffice-writer-nogui, fonts-dejavu-core and wrk from Debian"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium \
	    libreoffice-writer-nogui fonts-dejavu-core wrk; \
	fi

## Benchmarks: CV reading, ranking, and the web tier under load
bench: $(VENV)/.installed-dev translations system-packages bytecode
	$(BIN)/python -m nlp bench
	$(BIN)/python -m nlp.rank_bench
	$(BIN)/python -m bench.web
	$(BIN)/python -m bench.apply_load

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
