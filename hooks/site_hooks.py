"""MkDocs hooks: the only module that knows about MkDocs.

It asks the ``seedpress`` library for the generated pages and hands them to
MkDocs as in-memory files (``File.generated``), so nothing is written into
``docs/`` and ``mkdocs serve`` does not loop. After the build it checks the
HTML against the provenance contract. Seeds and editorial data are re-read on
every build; this module itself is not reloaded by ``mkdocs serve``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

# MkDocs puts this file's folder on sys.path while loading it, so the sibling
# package can only be imported here, at module top.
from seedpress.errors import SeedError
from seedpress.provenance import check_site
from seedpress.site import SiteBuild, build_site

log = logging.getLogger("mkdocs.plugins.seedpress")

#: How many provenance problems to list before summarising the rest.
MAX_PROBLEMS_SHOWN = 10


class _BuildState:
    """What one build's hooks share; replaced in ``on_config`` so serve rebuilds start clean."""

    site: SiteBuild | None = None


_state = _BuildState()


# ---------------------------------------------------------------------------
# Hooks
# ---------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Start every build (including each `mkdocs serve` rebuild) with fresh state."""
    global _state  # noqa: PLW0603 - reset per build, as MkDocs reuses the module
    _state = _BuildState()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and the published article files."""
    project_dir = Path(config.config_file_path).parent
    try:
        site = build_site(project_dir)
    except SeedError as err:
        # One line naming the file; MkDocs prints it and exits non-zero, no traceback.
        raise PluginError(str(err)) from None
    _state.site = site
    for src_uri, markdown in sorted(site.pages.items()):
        _add_generated(files, File.generated(config, src_uri, content=markdown))
    for src_uri, content in sorted(site.files.items()):
        _add_generated(files, File.generated(config, src_uri, content=content))
    log.info("seedpress: %d articles, %d generated pages", len(site.corpus.articles), len(site.pages))
    return files


def on_post_build(config: MkDocsConfig) -> None:
    """Fail the build if any page breaks the provenance contract."""
    if _state.site is None:
        return
    problems = check_site(Path(config.site_dir), _state.site.corpus)
    if problems:
        shown = "; ".join(str(p) for p in problems[:MAX_PROBLEMS_SHOWN])
        more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise PluginError(f"provenance check failed: {shown}{more}")
    log.info("seedpress: provenance check passed")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _add_generated(files: Files, file: File) -> None:
    """Add ``file``; a hand-written file at the same path is an error, not silently shadowed."""
    if files.get_file_from_path(file.src_uri) is not None:
        raise PluginError(f"docs/{file.src_uri}: this path is generated from seeds/; remove the file from docs/")
    files.append(file)
