# Everyday commands. Each target sets up what it needs first (a virtualenv in .venv).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000
# Test processes (pytest-xdist): one per core, at most four; TEST_WORKERS=0 runs the tests in one process.
TEST_WORKERS ?= auto
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install serve site normalize check test test-fast browser bench clean

help:
	@echo "make serve      set up, then serve the site on http://127.0.0.1:$(PORT)/ (rebuilt on every save)"
	@echo "make test       set up (Python packages and Debian's chromium), then run every test"
	@echo "make test-fast  set up, then run every test but the browser tests"
	@echo "make normalize  seeds/ -> data/ (incremental)"
	@echo "make check      validate data/"
	@echo "make site       build the static site into site/"
	@echo "make bench      measure every stage at 100, 1,000 and 10,000 articles (bench/scale.py; work in bench/out/)"
	@echo "make install    set up the virtualenv in $(VENV)/ (every target above does it first)"
	@echo "make browser    install Debian's chromium and axe-core (npm) for the browser tests, if missing"
	@echo "make clean      remove site/, bench/out/, the test cache and the tests' screenshots"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $@

install: $(STAMP)

serve: install
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:$(PORT)

site: install
	$(BIN)/mkdocs build --strict

normalize: install
	$(BIN)/newsdossier normalize

check: install
	$(BIN)/newsdossier check

# Debian's chromium for the browser tests (never a browser download of the test tool's own),
# and axe-core, the accessibility checker they inject into each page, from the npm registry
# into tests/node_modules/ (tests/package.json and its lock file; Debian's nodejs and npm).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; \
	fi
	@if ! command -v npm >/dev/null; then \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nodejs npm; \
	fi
	@if [ ! -f tests/node_modules/axe-core/axe.min.js ]; then \
	  npm ci --prefix tests --no-audit --no-fund; \
	fi

test: install browser
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses=4 --durations=20

test-fast: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses=4 -m "not browser"

# Every stage at each size in one run (bench/scale.py: results in bench/out/results-*.json and .md).
# BENCH_SIZES="100 1000" and BENCH_FLAGS="--steps normalize,build --jobs 2" pick a part.
BENCH_SIZES ?= 100 1000 10000
BENCH_FLAGS ?=
bench: install
	$(BIN)/python bench/scale.py $(BENCH_SIZES) $(BENCH_FLAGS)
	$(BIN)/python bench/tagger.py  # skips unless the optional extra is installed: pip install -e '.[tagger]'

clean:
	rm -rf site bench/out .pytest_cache tests/screenshots
