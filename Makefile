# The two README commands: `make lab` and `make test`. Both create .venv when it is missing and
# install the exact versions of requirements.lock (one lock for both: `make lab` gets the test tools
# too), re-installing only when requirements.lock or pyproject.toml changed, so a second run starts
# at once. `make lock` refreshes the lock files; `make test-latest` tries the newest releases.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LATEST := .venv-latest
LOCK := requirements.lock
BROWSER_LOCK := requirements-browser.lock
PIP_INSTALL = $(1)/python -m pip install --disable-pip-version-check -q
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg
# `make lock` re-resolves to the newest releases pyproject.toml allows; `make lock LOCK_UPGRADE=`
# keeps the current pins that still fit (after adding a dependency, say).
LOCK_UPGRADE ?= --upgrade
PIP_COMPILE = CUSTOM_COMPILE_COMMAND='make lock' $(BIN)/pip-compile -q $(LOCK_UPGRADE) --allow-unsafe \
	--strip-extras --no-emit-index-url --no-emit-find-links

# A figure's stored output must not depend on a backend chosen in the caller's shell
# (MPLBACKEND=Agg would make figure cells print nothing): never pass it on.
unexport MPLBACKEND

# Stored outputs must not depend on the CPU model either. OpenBLAS and NumPy pick their kernels at
# run time (AVX2 on one machine, AVX-512 on the next), and long training runs turn those last-bit
# differences into different accuracies (measured: 7 stored outputs of 02, 04 and 05 changed on a
# Sapphire Rapids machine). So on x86-64 every target runs one kernel set, the AVX2 one that any
# x86-64 CPU of the last ten years has: OpenBLAS's Haswell kernels and NumPy without its AVX-512
# loops. `make bench` is left native (it measures this machine, not the stored outputs).
ifeq ($(shell uname -m),x86_64)
PINNED_KERNELS := OPENBLAS_CORETYPE=Haswell NPY_DISABLE_CPU_FEATURES="X86_V4 AVX512_ICL AVX512_SPR"
endif

.PHONY: lab lab-instructor test test-unit test-notebooks test-browser test-latest lock notebooks datasets bench clean exercises progress

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The locked versions, then the package itself (editable; its build uses the locked setuptools).
$(VENV)/.installed: $(LOCK) pyproject.toml | $(BIN)/python
	$(call PIP_INSTALL,$(BIN)) -r $(LOCK)
	$(call PIP_INSTALL,$(BIN)) --no-deps --no-build-isolation -e .
	touch $@

# The learner versions (exercises/) are written before JupyterLab opens on them; a notebook the
# learner has edited is never overwritten (helpers/exercises/learner.py). Learners get JupyterLab
# without nbgrader's instructor menus: a config directory in the venv, put first on
# JUPYTER_CONFIG_PATH, switches off its server extensions and its lab extension (an instructor runs
# `make lab-instructor`, or .venv/bin/jupyter lab, to have them), and has kernels talk over local
# sockets (ipc) rather than TCP, so that ipykernel has no "running over TCP without encryption"
# warning to print into the learner's log. Two more warnings a learner would otherwise read:
# "Notebook ... is not trusted" (the notebooks are signed into LEARNER_TRUST when written, and the
# server reads its signatures there), and "The websocket_ping_timeout (90000) cannot be longer than
# the websocket_ping_interval (30000)" (jupyter_server's 30 s keep-alive pings with their 90 s
# timeout, which tornado rejects: jupyter_server issue #1612; on a server that only the learner's
# own browser reaches, the pings are switched off).
LEARNER_CONFIG := $(VENV)/learner-config
LEARNER_TRUST := $(abspath $(LEARNER_CONFIG))/trust
NBGRADER_SERVER_EXTENSIONS := formgrader validate_assignment assignment_list course_list

$(LEARNER_CONFIG)/.written: Makefile | $(BIN)/python
	mkdir -p $(LEARNER_CONFIG)/labconfig
	printf '{"ServerApp": {"jpserver_extensions": {%s}, "tornado_settings": {"ws_ping_interval": 0}}, %s, %s}\n' \
	    "$$(for e in $(NBGRADER_SERVER_EXTENSIONS); do printf '"nbgrader.server_extensions.%s": false, ' $$e; done | sed 's/, $$//')" \
	    '"KernelManager": {"transport": "ipc"}' '"NotebookNotary": {"data_dir": "$(LEARNER_TRUST)"}' \
	    > $(LEARNER_CONFIG)/jupyter_server_config.json
	printf '{"disabledExtensions": {"@jupyter/nbgrader": true}}\n' > $(LEARNER_CONFIG)/labconfig/page_config.json
	touch $@

lab: exercises $(LEARNER_CONFIG)/.written
	$(PINNED_KERNELS) JUPYTER_CONFIG_PATH=$(abspath $(LEARNER_CONFIG)) $(BIN)/jupyter lab $(ROOT_FLAG) \
	    --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/exercises

# JupyterLab with nbgrader's menus (formgrader, assignment list) for an instructor.
lab-instructor: $(VENV)/.installed
	$(PINNED_KERNELS) $(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=.

exercises: $(VENV)/.installed
	$(BIN)/python -m helpers.exercises.learner notebooks exercises --trust-dir $(LEARNER_TRUST)

# Where the learner stands: every exercise notebook run headless (in memory, files untouched),
# one line per exercise: passed / failed with the hint / not started.
progress: exercises
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m helpers.exercises.progress exercises

# The unit tests on TEST_WORKERS processes (pytest-xdist; each test file, or test class, stays on
# one process: the two nbgrader courses are two classes), then strict nbval with one BLAS thread
# and again with two: stored outputs must not depend on the thread count. Each phase prints its
# own time.
TEST_WORKERS ?= 2
UNIT = -n $(TEST_WORKERS) --dist loadscope tests
test: $(VENV)/.installed
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q $(UNIT)
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q notebooks $(NBVAL)
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=2 $(BIN)/python -m pytest -q notebooks $(NBVAL)

$(VENV)/.browser-installed: $(BROWSER_LOCK) $(VENV)/.installed
	$(call PIP_INSTALL,$(BIN)) -r $(BROWSER_LOCK)
	touch $@

# Optional: Chromium drives JupyterLab through every notebook (needs /usr/bin/chromium).
test-browser: $(VENV)/.browser-installed $(LEARNER_CONFIG)/.written
	$(PINNED_KERNELS) $(BIN)/python -m pytest -q -s tests/browser

test-unit: $(VENV)/.installed
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q $(UNIT)

test-notebooks: $(VENV)/.installed
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q notebooks $(NBVAL)

# Re-execute every notebook top to bottom in a fresh kernel and store clean outputs; then copy the
# worked answers into the package (helpers/exercises/solutions.json: solution(), the tracer).
notebooks: $(VENV)/.installed
	$(PINNED_KERNELS) OPENBLAS_NUM_THREADS=1 $(BIN)/python tests/regenerate_notebooks.py notebooks/*.ipynb
	$(BIN)/python -m helpers.exercises.solutions notebooks

datasets: $(VENV)/.installed
	$(BIN)/python -m helpers.build_datasets

bench: $(VENV)/.installed
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_step.py
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_notebooks.py
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_widgets.py
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_checks.py
	OPENBLAS_NUM_THREADS=1 $(BIN)/python benchmarks/bench_grading.py

# The newest releases, ignoring the lock, in their own venv; the whole suite exactly as `make test`
# (the lock check skips itself). Prints which installed versions differ from the lock first.
# Not part of CI: run it before `make lock` to see what an upgrade would break.
test-latest:
	test -x $(LATEST)/bin/python || $(PYTHON) -m venv $(LATEST)
	$(call PIP_INSTALL,$(LATEST)/bin) --upgrade --upgrade-strategy eager -e '.[test]'
	$(LATEST)/bin/python tests/test_packaging.py --compare $(LOCK)
	$(PINNED_KERNELS) HELPERS_UNLOCKED=1 OPENBLAS_NUM_THREADS=1 $(LATEST)/bin/python -m pytest -q $(UNIT)
	$(PINNED_KERNELS) HELPERS_UNLOCKED=1 OPENBLAS_NUM_THREADS=1 $(LATEST)/bin/python -m pytest -q notebooks $(NBVAL)
	$(PINNED_KERNELS) HELPERS_UNLOCKED=1 OPENBLAS_NUM_THREADS=2 $(LATEST)/bin/python -m pytest -q notebooks $(NBVAL)

# Regenerate both lock files with pip-tools' pip-compile (installed into .venv if missing; it is
# not itself in the lock). The browser lock is constrained by the main one, so the versions they
# share are the same. A lock whose text did not change keeps its date (no needless reinstall).
lock: | $(BIN)/python
	$(BIN)/python -m pip show -q pip-tools >/dev/null 2>&1 || $(call PIP_INSTALL,$(BIN)) pip-tools
	cp $(LOCK) $(LOCK).new 2>/dev/null || true
	cp $(BROWSER_LOCK) $(BROWSER_LOCK).new 2>/dev/null || true
	$(PIP_COMPILE) --extra test -o $(LOCK).new pyproject.toml
	{ printf '%s\n' '# Exact versions of everything `make lab` and `make test` install (one lock for both:' \
	    '# `make lab` gets the test tools too). Edit pyproject.toml, not this file; `make lock` rewrites it.'; \
	  cat $(LOCK).new; } > $(LOCK).out
	cmp -s $(LOCK).out $(LOCK) && rm $(LOCK).out || mv $(LOCK).out $(LOCK)
	$(PIP_COMPILE) --extra test --extra browser -c $(LOCK) -o $(BROWSER_LOCK).new pyproject.toml
	{ printf '%s\n' '# Exact versions for `make test-browser`: requirements.lock plus Playwright (the test and' \
	    '# browser extras, constrained by requirements.lock). `make lock` rewrites it.'; \
	  cat $(BROWSER_LOCK).new; } > $(BROWSER_LOCK).out
	cmp -s $(BROWSER_LOCK).out $(BROWSER_LOCK) && rm $(BROWSER_LOCK).out || mv $(BROWSER_LOCK).out $(BROWSER_LOCK)
	rm -f $(LOCK).new $(BROWSER_LOCK).new

clean:
	rm -rf $(VENV) $(LATEST)
