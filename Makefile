# Deformation Toolbox — build, demo, test, package, benchmark.
# Every target installs what is missing first (idempotent apt-get, then a venv for PyPI test tools).
SHELL := /bin/bash
PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-gdal python3-numpy python3-scipy \
	python3-numba python3-pyproj python3-h5py python3-matplotlib python3-distributed python3-pytest python3-venv python3-pip \
	pyqt5-dev-tools qttools5-dev-tools xvfb xauth fonts-ipafont-gothic
PLUGIN_LINK := .build/plugins/deformation_toolbox
SOURCES := $(shell find . -name '*.py' -not -path './.venv/*' -not -path './.build/*' -not -path './tests/*' -not -path './bench/*' -not -path './scripts/*')
LANGUAGES := ja fr
TS_FILES := $(foreach l,$(LANGUAGES),i18n/deformation_toolbox_$(l).ts)
QM_FILES := $(TS_FILES:.ts=.qm)
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR := /tmp/runtime-$(shell id -u)
export QGIS_PLUGINPATH := $(CURDIR)/.build/plugins

.PHONY: all deps venv link demo test lint test-compat package bench translations ts clean sample

all: test

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi
	@mkdir -p -m 700 $(XDG_RUNTIME_DIR)

$(VENV)/.installed: requirements-dev.txt | deps
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: deps $(VENV)/.installed

link:
	@mkdir -p $(dir $(PLUGIN_LINK))
	@[ -L $(PLUGIN_LINK) ] || ln -sfn $(CURDIR) $(PLUGIN_LINK)

# pylupdate5 extracts tr()/translate() strings from the sources into the .ts files
# (the core's InputError templates first: scripts/core_messages.py writes them as translate() calls)
ts: deps
	$(PYTHON) scripts/core_messages.py
	pylupdate5 -noobsolete $(SOURCES) scripts/make_help.py .build/i18n/core_messages.py -ts $(TS_FILES)
	$(PYTHON) scripts/ts_status.py $(TS_FILES)

i18n/%.qm: i18n/%.ts | deps
	lrelease -silent $< -qm $@

translations: $(QM_FILES)

sample: deps
	$(PYTHON) resources/sample/make_sample_layers.py

demo: deps link translations
	$(PYTHON) scripts/demo.py --output demo_output

lint: venv
	$(VENV)/bin/ruff check .

test: venv link translations lint
	$(VPY) -m pytest tests

# The whole suite in Debian roots made once with debootstrap (.build/compat/<suite>/); not part of test/CI.
# Each root gets make test's APT_PACKAGES; the host only needs debootstrap.  SUITES=trixie for one.
SUITES ?= trixie sid
COMPAT_HOST_PACKAGES := debootstrap
test-compat:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(COMPAT_HOST_PACKAGES)"
	COMPAT_APT_PACKAGES="$(APT_PACKAGES)" scripts/test_compat.sh $(SUITES)

bench: deps link
	$(PYTHON) bench/run.py

package: deps translations
	rm -rf dist/deformation_toolbox && mkdir -p dist/deformation_toolbox
	git ls-files -z | grep -zvE '^(tests|bench|scripts|docs|\.ci)/|^(Makefile|requirements-dev\.txt|\.gitignore|pytest\.ini|pyproject\.toml)$$' \
		| xargs -0 -I{} cp --parents {} dist/deformation_toolbox/
	cp $(QM_FILES) dist/deformation_toolbox/i18n/
	cd dist && rm -f deformation_toolbox-$(VERSION).zip && $(PYTHON) -m zipfile -c deformation_toolbox-$(VERSION).zip deformation_toolbox
	@echo "Package: dist/deformation_toolbox-$(VERSION).zip"

clean:
	rm -rf --one-file-system .build dist demo_output $(QM_FILES) .pytest_cache
