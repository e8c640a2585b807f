# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots benchmarks translations clean
.PHONY: bundle bundle-check bundle-benchmark wheel pipx-check

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The system check runs with the system's Python before anything is built, so a machine
# without Qt's libraries is told the one apt-get line instead of downloading PySide6.
run:
	@$(PYTHON) -m app.ui.preflight --before-install
	@$(MAKE) --no-print-directory $(STAMP)
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
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.desk_screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.orders_screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.userset.screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.damage_screenshots screenshots

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/hostile_input.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/long_text_window.py

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -no-obsolete -ts resources/i18n/teinei_ja.ts resources/i18n/teinei_en.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/teinei_ja.ts -qm resources/i18n/teinei_ja.qm
	$(VENV)/bin/pyside6-lrelease resources/i18n/teinei_en.ts -qm resources/i18n/teinei_en.qm

# A one-folder app that runs without Python (packaging/teinei.spec); its own targets,
# outside make test, as PyInstaller is heavy.
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist/bundle \
		--workpath build/bundle packaging/teinei.spec

bundle-check: $(STAMP)
	$(PY) packaging/bundle_check.py dist/bundle/teinei

bundle-benchmark: $(STAMP)
	$(PY) benchmarks/bundle.py dist/bundle/teinei

wheel: $(STAMP)
	$(PY) -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

pipx-check: wheel
	$(PY) packaging/pipx_check.py dist

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
