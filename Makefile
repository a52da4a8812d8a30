# The two commands a newcomer needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo/warta.db
DEMO_PORT ?= 8000

.PHONY: setup demo test check lint format train-ner clean

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

# Training the shipped NER ensemble (never part of setup, tests or CI): see README.
NER_DATA ?= ../shared/data/ner
INDOSUM ?= ../shared/data/summarization/indosum.jsonl
TRAIN_PYTHON ?= $(BIN)/python
NER_BUILD ?= build/ner
NER_SEEDS ?= 13 29
NER_OUT ?= src/warta/models/ner/neural.npz
NER_TRAIN := $(TRAIN_PYTHON) scripts/train_ner_neural.py --dev $(NER_DATA) --indosum $(INDOSUM)

train-ner: $(foreach s,$(NER_SEEDS),$(NER_BUILD)/student-$(s).npz)
	$(TRAIN_PYTHON) scripts/train_ner_neural.py --merge $^ --out $(NER_OUT)

$(NER_BUILD)/train.jsonl:
	$(TRAIN_PYTHON) scripts/prepare_ner_data.py --data $(NER_DATA) --indosum $(INDOSUM) --out $(NER_BUILD)

$(NER_BUILD)/teacher-%.npz: $(NER_BUILD)/train.jsonl
	$(NER_TRAIN) --seed $* --epochs 9 --out $@

$(NER_BUILD)/pseudo.jsonl: $(foreach s,$(NER_SEEDS),$(NER_BUILD)/teacher-$(s).npz)
	$(TRAIN_PYTHON) scripts/pseudo_label_ner.py $(addprefix --model ,$^) --indosum $(INDOSUM) --out $@

$(NER_BUILD)/student-%.npz: $(NER_BUILD)/pseudo.jsonl
	$(NER_TRAIN) --seed $* --hidden 64 --ema 0.998 --pseudo $< --epochs 14 --out $@

clean:
	rm -rf demo build dist .pytest_cache .mypy_cache .ruff_cache
