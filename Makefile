# Everyday commands. `make run` starts Airlock; `make test` runs the whole suite.
# Both set up what they need on a fresh Debian/Ubuntu machine (Debian packages when root or sudo).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: run test test-suite test-quick venv system-deps-runtime system-deps-test bench clean i18n screenshots-de

run: system-deps-runtime venv
	$(VENV)/bin/airlock

# The whole suite: unit, GUI, e2e and drills (pytest), then the installed-package stage.
test: test-suite package-test

test-suite: system-deps-test venv
	$(PY) -m pytest $(PYTEST_ARGS)

# Unit and GUI tests only (no real desktop, keyring or servers): for a quick loop while editing.
test-quick: venv
	$(PY) -m pytest -m "not e2e" $(PYTEST_ARGS)

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,build]'
	touch $@

system-deps-runtime:
	tools/system-deps.sh runtime

system-deps-test:
	tools/system-deps.sh test

# Translations: new strings into resources/i18n/*.ts (German marked unfinished until translated),
# the pseudo-locale regenerated, every .qm compiled with PySide6's lrelease. A test fails if this is due.
i18n: venv
	$(PY) tools/i18n.py all

# The README's German screenshots (Xvfb, openbox, trayer and a private keyring; nothing real is touched).
screenshots-de: venv
	$(PY) tools/screenshots.py --language de
	$(PY) tools/review_screenshots.py --seed 5 --language de

clean:
	rm -rf build dist .pytest_cache .hypothesis $(VENV)

-include packaging/package.mk
-include bench/bench.mk
-include tests/drills/drills.mk
