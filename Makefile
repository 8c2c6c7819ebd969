# Quick start: `make run` and `make test` on a machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/llmtui

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q
	@if command -v tmux >/dev/null 2>&1; then PATH="$(CURDIR)/$(BIN):$$PATH" bash tests/tmux/drive.sh; \
	else echo "tmux not found: skipping the tmux drive"; fi

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
