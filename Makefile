# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long lint bench bundle deb translations template clean test-bundle icons \
	test-windows

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/secretary-app

test: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

test-long: $(STAMP)
	$(BIN)/python -m pytest -q --long

lint: $(STAMP)
	$(BIN)/ruff check secretary_app tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

template: $(STAMP)
	$(BIN)/python resources/templates/make_template.py

# --- packaging (installers/) ---------------------------------------------------------------
BUNDLE_STAMP := $(VENV)/.bundle-installed
UI_SOURCES := secretary_app/app.py $(shell find secretary_app/ui -name "*.py" | sort)

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# modules stored uncompressed: the program reads a few hundred at every start and need not
# inflate them (the .deb is compressed as a whole anyway); the benchmark's bare bundle is alike
bundle: $(BUNDLE_STAMP)
	PYINSTALLER_ZLIB_COMPRESSION_LEVEL=0 $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installers/protokollant.spec
	@du -sh dist/* | grep -v '\.deb$$'

deb: bundle
	$(BIN)/python installers/linux/build_deb.py --bundle dist/protokollant --out dist

# the slow tests: builds the bundle, starts it with --self-test, installs the .deb when root
test-bundle: $(BUNDLE_STAMP)
	$(BIN)/python -m pytest -q -s -m slow tests/installers

# the Windows lane under Wine: bundle, installer, silent install, self-test, screenshot,
# uninstall, and the test suite under a Windows CPython (ci/windows_lane.py, docs/windows.md)
test-windows:
	$(PYTHON) ci/windows_lane.py

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language de_DE \
		-target-language en_GB $(UI_SOURCES) -ts resources/translations/protokollant_en.ts
	$(BIN)/pyside6-lrelease resources/translations/protokollant_en.ts \
		-qm resources/translations/protokollant_en.qm

icons: $(STAMP)
	$(BIN)/python resources/icons/make_icons.py

clean:
	rm -rf $(VENV) build dist
