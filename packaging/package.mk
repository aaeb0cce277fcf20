# Packaging targets, included from the top-level Makefile (`-include packaging/package.mk`).
#
#   make bundle         PyInstaller onedir bundle -> dist/airlock/ (airlock + airlock-gui)
#   make deb            the bundle as a Debian package -> dist/airlock_<version>_<arch>.deb
#   make package-test   build both, then the e2e test: dpkg -i, doctor, record, purge (needs root)
#
# The Windows MSI and macOS pkg are built on their own runners: .github/workflows/installers.yml.

PACKAGE_PYTHON ?= $(if $(PY),$(PY),.venv/bin/python)
PYINSTALLER ?= $(PACKAGE_PYTHON) -m PyInstaller

.PHONY: bundle deb package-test

bundle: venv
	$(PYINSTALLER) --noconfirm --clean --log-level WARN build.spec

DEB_XZ_LEVEL ?= 9

deb: bundle
	DEB_XZ_LEVEL=$(DEB_XZ_LEVEL) packaging/linux/build-deb.sh --dist dist/airlock --out dist

# The test reuses what `deb` just built (AIRLOCK_DIST) instead of building it a second time;
# a quick compression level is enough for a package that is installed once and thrown away.
package-test: DEB_XZ_LEVEL = 1
package-test: system-deps-test deb
	AIRLOCK_DIST=$(CURDIR)/dist $(PACKAGE_PYTHON) -m pytest -m package tests/e2e/test_deb_package.py
