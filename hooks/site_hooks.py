"""MkDocs hooks: the only module that knows about MkDocs.

It asks the ``seedpress`` library for the generated pages and hands them to
MkDocs as in-memory files (``File.generated``), so nothing is written into
``docs/`` and ``mkdocs serve`` does not loop. It feeds the glossary to the
``abbr`` extension (tooltips on every page), fills generated snippets into
hand-written pages, and after the build checks the HTML against the
provenance contract. Seeds and editorial data are re-read on every build; this
module itself is not reloaded by ``mkdocs serve``.
"""

from __future__ import annotations

import gc
import logging
import re
import time
from pathlib import Path

from markdown.extensions.toc import slugify  # type: ignore[import-untyped]
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

# MkDocs puts this file's folder on sys.path while loading it, so the sibling
# package can only be imported here, at module top.
from seedpress.errors import SeedError
from seedpress.provenance import check_site
from seedpress.routes import GLOSSARY, SOURCES_INDEX
from seedpress.search_terms import SearchTerms, add_search_terms, load_search_terms
from seedpress.site import SiteBuild, build_site
from seedpress.tables import label_cells, wrap_tables
from seedpress.tooltip_text import abbr_entries, abbr_glossary
from seedpress.tooltips import thin_tooltips

log = logging.getLogger("mkdocs.plugins.seedpress")
#: The library logs under its own name ("seedpress.corpus", ...); MkDocs prints and,
#: with --strict, counts only records that reach its "mkdocs" logger.
LIBRARY_LOGGER = "seedpress"
_FORWARDER = "seedpress-to-mkdocs"

#: How many provenance problems to list before summarising the rest.
MAX_PROBLEMS_SHOWN = 10
#: The glossary page: glossary marks link to its entries; it carries none itself.
GLOSSARY_PAGE = GLOSSARY
#: Words readers search for that the pages do not use (see seedpress/search_terms.py).
SEARCH_TERMS = "editorial/search.yml"
_MARKER = re.compile(r"<!--\s*seedpress:([a-z0-9-]+)\s*-->")


class _BuildState:
    """What one build's hooks share; replaced in ``on_config`` so serve rebuilds start clean."""

    def __init__(self) -> None:
        self.site: SiteBuild | None = None
        #: Abbreviation key -> glossary entry id, for thinning the marks per page.
        self.term_entries: dict[str, str] = {}
        #: Page source path -> the search words to hide in its sections.
        self.search_terms: dict[str, tuple[SearchTerms, ...]] = {}
        #: Sections the editorial data declares but a build leaves out when no article it cites is in it.
        self.optional_sections: frozenset[str] = frozenset()


_state = _BuildState()
#: Whether this process's objects from before its first build are frozen (``_freeze_startup``).
_frozen = False
#: Whether an earlier build of this process froze its model (``_freeze_model``; ``mkdocs serve`` rebuilds).
_model_frozen = False


class _ToMkDocs(logging.Handler):
    """Re-log the library's records on this hook's MkDocs logger (so a warning fails a strict build)."""

    def emit(self, record: logging.LogRecord) -> None:
        log.log(record.levelno, "%s", record.getMessage())


def _forward_library_log() -> None:
    """Attach the forwarder to the library's logger once, however often MkDocs loads this module."""
    library = logging.getLogger(LIBRARY_LOGGER)
    if not any(handler.name == _FORWARDER for handler in library.handlers):
        forwarder = _ToMkDocs()
        forwarder.set_name(_FORWARDER)
        library.addHandler(forwarder)


# ---------------------------------------------------------------------------
# Hooks
# ---------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Start every build (including each `mkdocs serve` rebuild) with fresh state."""
    global _state  # noqa: PLW0603 - reset per build, as MkDocs reuses the module
    _state = _BuildState()
    # The iframe-worker shim lets search run from file:// in the offline copy; over
    # http it does nothing, so an online page does not load it.
    offline = config.plugins.get("material/offline")
    if offline is None or not offline.config.enabled:
        config.extra["polyfills"] = []
    _forward_library_log()
    _freeze_startup()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Build the model; add the generated pages and files; set tooltips and navigation."""
    started = time.perf_counter()
    try:
        site = build_site(Path(config.config_file_path).parent)
    except SeedError as err:
        # One line naming the file; MkDocs prints it and exits non-zero, no traceback.
        raise PluginError(str(err)) from None
    _state.site = site
    _freeze_model()
    _state.optional_sections = frozenset(
        slugify(section.heading, "-") for spec in site.model.pages.values() for section in spec.sections
    )
    try:
        terms = load_search_terms(Path(config.config_file_path).parent / SEARCH_TERMS, SEARCH_TERMS)
    except SeedError as err:
        raise PluginError(str(err)) from None
    for src_uri, markdown in sorted(site.pages.items()):
        inclusion = InclusionLevel.NOT_IN_NAV if src_uri in site.not_in_nav else InclusionLevel.UNDEFINED
        _add_generated(files, File.generated(config, src_uri, content=markdown, inclusion=inclusion))
    for src_uri, content in sorted(site.files.items()):
        _add_generated(files, File.generated(config, src_uri, content=content))
    # Glossary marks: Python-Markdown's abbr extension with its `glossary` option
    # finds every form (no hand-written matching); on_page_content thins them.
    config.mdx_configs.setdefault("abbr", {})["glossary"] = abbr_glossary(site.model.glossary, site.model.mentions)
    _state.term_entries = abbr_entries(site.model.glossary, site.model.mentions)
    _expand_sources_nav(config, site)
    for entry in terms:
        if files.get_file_from_path(entry.page) is None:
            raise PluginError(f"{SEARCH_TERMS}: no page {entry.page} (section '{entry.section}')")
        _state.search_terms[entry.page] = (*_state.search_terms.get(entry.page, ()), entry)
    log.info(
        "seedpress: %d articles, %d generated pages, %d quotations, %d figures (%.2f s)",
        len(site.model.corpus.articles),
        len(site.pages),
        len(site.model.extraction.quotations),
        len(site.model.extraction.figures),
        time.perf_counter() - started,
    )
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill ``<!-- seedpress:NAME -->`` markers in hand-written pages with generated Markdown."""
    if _state.site is None:
        return markdown
    snippets = _state.site.snippets

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in snippets:
            known = ", ".join(sorted(snippets))
            raise PluginError(f"docs/{page.file.src_uri}: unknown marker seedpress:{name} (known: {known})")
        return snippets[name]

    return _MARKER.sub(fill, markdown)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Thin the glossary marks and label table cells with their column names.

    One glossary mark per term per section, linked to its entry; none on the
    glossary page (it defines the terms) and on pages whose front matter says
    `tooltips: false` (the printable handouts: tooltips are useless on paper).
    Table cells get `data-label`s so that tables reflow into cards on a phone,
    tables the wrapper Material's script would add as the page opens (issue 16),
    and sections listed in `editorial/search.yml` the words readers search for.
    """
    glossary = files.get_file_from_path(GLOSSARY_PAGE)
    wanted = page.meta.get("tooltips", True) is not False and page.file.src_uri != GLOSSARY_PAGE
    url = glossary.url_relative_to(page.file) if glossary is not None and wanted else None
    html = wrap_tables(label_cells(thin_tooltips(html, _state.term_entries, url)))
    terms = _state.search_terms.get(page.file.src_uri)
    if terms:
        try:
            html = add_search_terms(html, terms, SEARCH_TERMS, optional=_state.optional_sections)
        except SeedError as err:
            raise PluginError(str(err)) from None
    return html


def on_post_build(config: MkDocsConfig) -> None:
    """Fail the build if any page breaks the provenance contract."""
    if _state.site is None:
        return
    problems = check_site(Path(config.site_dir), _state.site.model.corpus)
    if problems:
        shown = "; ".join(str(p) for p in problems[:MAX_PROBLEMS_SHOWN])
        more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise PluginError(f"provenance check failed: {shown}{more}")
    log.info("seedpress: provenance check passed")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _freeze_startup() -> None:
    """Leave the objects that exist when the first build starts out of Python's cyclic garbage collection.

    By then MkDocs, Material, Markdown, pydantic and this library are imported and
    the configuration read: some 50,000 objects that live until the process ends.
    Every full collection during the build walked all of them again, one or two
    collections a build of 0.04 s each, landing wherever the build happened to
    allocate (often in ``on_files``). ``gc.freeze`` moves them to a generation no
    collection visits; the objects the build creates are collected as before.
    Once per process: a ``mkdocs serve`` rebuild does not freeze what earlier
    builds left behind.
    """
    global _frozen, _model_frozen  # noqa: PLW0603 - once per process
    if _model_frozen:
        # A rebuild: the last build's model is no longer referenced; let the collector
        # see it again (and free what only cycles keep), then freeze what is left.
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _model_frozen = False
    if not _frozen:
        gc.freeze()
        _frozen = True


def _freeze_model() -> None:
    """Leave the model of this build (articles, extraction, generated pages) out of cyclic garbage collection.

    It lives until the build ends, and it is most of what a large build holds:
    a 30,000-paragraph article makes millions of objects, and every full
    collection while the pages are rendered walked all of them again. Freed
    objects are still freed when nothing refers to them; only the collector's
    full passes skip them. The next build of the process (``mkdocs serve``)
    unfreezes them first (``_freeze_startup``).
    """
    global _model_frozen  # noqa: PLW0603 - per build
    gc.freeze()
    _model_frozen = True


def _add_generated(files: Files, file: File) -> None:
    """Add ``file``; a hand-written file at the same path is an error, not silently shadowed."""
    if files.get_file_from_path(file.src_uri) is not None:
        raise PluginError(f"docs/{file.src_uri}: this path is generated from seeds/; remove the file from docs/")
    files.append(file)


def _expand_sources_nav(config: MkDocsConfig, site: SiteBuild) -> None:
    """Turn the `Sources: sources/index.md` nav entry into a section listing every article."""
    if not config.nav:
        return
    for index, entry in enumerate(config.nav):
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if target == SOURCES_INDEX:
            config.nav[index] = {title or "Sources": [SOURCES_INDEX, *site.nav_source_pages]}
            return
