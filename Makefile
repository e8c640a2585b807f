# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots benchmarks translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m app.ui.preflight
	$(PY) -m app

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy app
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.orders_screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.userset.screenshots screenshots

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -no-obsolete -ts resources/i18n/teinei_ja.ts resources/i18n/teinei_en.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/teinei_ja.ts -qm resources/i18n/teinei_ja.qm
	$(VENV)/bin/pyside6-lrelease resources/i18n/teinei_en.ts -qm resources/i18n/teinei_en.qm

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
