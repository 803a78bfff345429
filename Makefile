# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED_CORPUS ?= ../shared/corpus
EVAL_FLOOR := $(shell cat eval-floor.txt 2>/dev/null || echo 0)
EVAL_FLOOR_METAMORPHIC := $(shell cat eval-floor-metamorphic.txt 2>/dev/null || echo 0)

.PHONY: demo test lint bench venv clean package-smoke

$(STAMP): pyproject.toml kg/__init__.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/ictkg demo examples/announcements --out out

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench

test: $(STAMP) lint
	$(BIN)/python -m pytest -q
	@if [ -d "$(SHARED_CORPUS)" ]; then \
		echo "eval gate: $(SHARED_CORPUS) must score at least $(EVAL_FLOOR) micro-F1, its metamorphic rewrite $(EVAL_FLOOR_METAMORPHIC)"; \
		$(BIN)/ictkg eval $(SHARED_CORPUS) --min $(EVAL_FLOOR) --min-metamorphic $(EVAL_FLOOR_METAMORPHIC); \
	elif [ "$$CI" = "true" ]; then \
		echo "eval gate: $(SHARED_CORPUS) not found; CI must have the corpus beside the checkout" >&2; exit 1; \
	else echo "eval gate skipped: $(SHARED_CORPUS) not found"; fi

# Build sdist and wheel, install the wheel into a fresh venv, run it outside the checkout (CI runs it).
package-smoke: $(STAMP)
	PYTHON=$(PYTHON) SHARED_CORPUS=$(SHARED_CORPUS) bash .ci/package-smoke

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache
