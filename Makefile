# Two targets a new user needs: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check-samples lint bench clean pg-server print-tools translations

# setuptools' note that an editable install follows the working tree (the point of it) is silenced,
# so a newcomer's first `make run` or `make test` prints no warning.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## open the desktop app on the bundled sample notices
	$(BIN)/transfer-atlas gui samples/notices

check-samples: $(STAMP)  ## the same job on the command line
	$(BIN)/transfer-atlas check samples/notices --fail-on never

# The team-register tests start their own throw-away PostgreSQL server (tests/pg_server.py); they
# need its programs (initdb, pg_ctl, postgres). Install Debian's package when they are missing.
PG_FOUND = command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1
APT_PG = apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
pg-server:
	@if ! { $(PG_FOUND); }; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing the PostgreSQL server (Debian package postgresql) for the team-register tests"; \
	    $(APT_PG) >/dev/null; \
	  elif command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	    sudo -n sh -c '$(APT_PG)' >/dev/null; \
	  else \
	    echo "note: no PostgreSQL server found and none can be installed here; the team-register tests will be skipped"; \
	  fi; \
	fi

test: $(STAMP) pg-server  ## the whole test suite (Qt on the offscreen platform)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# LibreOffice and poppler let the print tests convert workbooks to PDF and render their pages; the
# tests skip (saying why) where they are missing. Installs with apt-get as root (CI), else says so.
print-tools:
	@if command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then \
		echo "print tools: LibreOffice and poppler present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			libreoffice-calc poppler-utils >/dev/null) \
		|| echo "print tools: not installed; the print tests will be skipped"; \
	else \
		echo "print tools: not installed (needs root and apt-get); the print tests will be skipped"; \
	fi

# The interface's translations: lupdate adds new strings of desktop/ to the .ts files (translate them
# with Qt Linguist, `$(BIN)/pyside6-linguist`), lrelease compiles the .qm files the app loads. Both
# are committed, so a fresh clone runs translated; tests/test_translations.py fails when they lag.
TS_DIR := desktop/translations
LUPDATE := $(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -extensions py desktop
translations: $(STAMP)
	$(LUPDATE) -ts $(TS_DIR)/transfer_atlas_nl.ts $(TS_DIR)/transfer_atlas_de.ts $(TS_DIR)/transfer_atlas_fr.ts
	$(LUPDATE) -pluralonly -ts $(TS_DIR)/transfer_atlas_en.ts
	for ts in $(TS_DIR)/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check model importers exports desktop tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
