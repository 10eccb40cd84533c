# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long lint bench bundle deb translations template clean

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

clean:
	rm -rf $(VENV) build dist
