# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo/warta.db
DEMO_PORT ?= 8000

.PHONY: setup demo test check lint format train clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all]'
	touch $@

demo: setup
	mkdir -p demo
	$(BIN)/warta run samples --db $(DEMO_DB)
	$(BIN)/warta search "judi online" --db $(DEMO_DB)
	$(BIN)/warta serve --db $(DEMO_DB) --port $(DEMO_PORT)

test: setup
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

check: lint
	$(BIN)/mypy
	$(BIN)/pytest -q

format: setup
	$(BIN)/ruff format src tests benchmarks scripts
	$(BIN)/ruff check --fix src tests benchmarks scripts

clean:
	rm -rf demo build dist .pytest_cache .mypy_cache .ruff_cache
