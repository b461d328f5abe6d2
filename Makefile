# The two README commands: `make lab` and `make test`. Both create .venv when it is missing and
# re-install only when pyproject.toml changed, so a second run starts at once.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg

.PHONY: lab test test-unit test-notebooks test-browser notebooks datasets bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.lab-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@ $(VENV)/.lab-installed

lab: $(VENV)/.lab-installed
	$(BIN)/jupyter lab $(ROOT_FLAG) --notebook-dir=notebooks

# Unit tests and strict nbval with one BLAS thread, then nbval again with two: stored outputs
# must not depend on the thread count.
test: $(VENV)/.test-installed
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q tests notebooks $(NBVAL)
	OPENBLAS_NUM_THREADS=2 $(BIN)/python -m pytest -q notebooks $(NBVAL)

$(VENV)/.browser-installed: pyproject.toml $(VENV)/.test-installed
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test,browser]'
	touch $@

# Optional: Chromium drives JupyterLab through every notebook (needs /usr/bin/chromium).
test-browser: $(VENV)/.browser-installed
	$(BIN)/python -m pytest -q -s tests/browser

test-unit: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q tests

test-notebooks: $(VENV)/.test-installed
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q notebooks $(NBVAL)

# Re-execute every notebook top to bottom in a fresh kernel and store clean outputs.
notebooks: $(VENV)/.test-installed
	OPENBLAS_NUM_THREADS=1 $(BIN)/python tests/regenerate_notebooks.py notebooks/*.ipynb

datasets: $(VENV)/.test-installed
	$(BIN)/python -m helpers.build_datasets

bench: $(VENV)/.test-installed
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_step.py
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_notebooks.py
	$(BIN)/python benchmarks/bench_widgets.py

clean:
	rm -rf $(VENV)
