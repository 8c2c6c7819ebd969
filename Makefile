# Quick start: `make run` and `make test` on a machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# setuptools warns at every editable install that a folder named like the package could be imported
# in its place (there is none: the package is llmtui, the folders content/, graph/ and tui/). That one
# warning is filtered by its text; every other warning and error still shows.
EDITABLE := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e

# `make run` installs only what the app needs; `make test` adds the test tools.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(EDITABLE) .
	touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(EDITABLE) '.[test]'
	touch $(TEST_STAMP) $(RUN_STAMP)

# Byte-compile our own modules: pip does this for the dependencies, but an
# editable install leaves ours to be compiled at every start wherever
# PYTHONDONTWRITEBYTECODE is set (it is on CI machines). Up-to-date files are
# skipped. bench/run.py does the same before it measures.
COMPILE := $(BIN)/python -m compileall -q content graph tui

run: $(RUN_STAMP)
	@$(COMPILE)
	$(BIN)/llmtui

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo --no-cache
	$(BIN)/python -m pytest -q -n auto --dist worksteal
	@if command -v tmux >/dev/null 2>&1; then PATH="$(CURDIR)/$(BIN):$$PATH" bash tests/tmux/drive.sh; \
	else echo "tmux not found: skipping the tmux drive"; fi

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo --no-cache

bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
