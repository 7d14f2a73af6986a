# Two commands on a fresh machine:  `make run`  and  `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8050

.PHONY: run test setup neo4j browser start stop status ingest serve bench clean plotly-bundle

## Set everything up, start Neo4j, ingest seeds/, serve the dashboard.
run: setup neo4j start ingest serve

## Set everything up and run the whole test suite (unit, Neo4j integration, browser).
test: setup neo4j browser
	$(PY) -m pytest

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

## Neo4j 5.26 Community jars from Maven Central into .neo4j/lib (once).
neo4j: setup
	$(PY) -m graphdb install

## Debian's headless Chromium and its driver for the browser tests (once).
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  echo "installing Debian chromium + chromium-driver"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

start: setup neo4j
	$(PY) -m graphdb start

stop:
	$(PY) -m graphdb stop

status:
	$(PY) -m graphdb status

ingest: setup
	$(PY) -m ingest seeds/

serve: setup
	$(PY) -m explorer --host $(HOST) --port $(PORT)

bench: setup
	$(PY) bench/bench_timex.py
	$(PY) bench/bench_extraction.py

clean: stop
	rm -rf $(VENV) .neo4j

# Rebuild explorer/assets/plotly-explorer.min.js (committed; only needed to change the
# trace types in explorer/plotly-bundle/entry.js or the plotly.js version): npm and Node.
plotly-bundle:
	cd explorer/plotly-bundle && npm ci --no-audit --no-fund && npm run build
