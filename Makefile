# Two commands do all set-up on a fresh machine with Python 3.11 and make:
#   make run   - the app on the bundled demo project
#   make test  - ruff and the whole test suite (Qt offscreen)
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := exports/demo.iwb

.PHONY: run test bench lint demo screenshots clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 2; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

$(DEMO): $(STAMP) $(wildcard resources/demo/*/*) $(wildcard resources/demo/*.csv)
	$(VENV)/bin/workbench demo $(DEMO) --force

demo: $(DEMO)

run: $(STAMP) $(DEMO)
	$(VENV)/bin/workbench gui $(DEMO)

test: $(STAMP)
	$(VENV)/bin/ruff check workbench tests benchmarks
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

screenshots: $(STAMP) $(DEMO)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.screenshots

clean:
	rm -rf $(VENV) build *.egg-info
