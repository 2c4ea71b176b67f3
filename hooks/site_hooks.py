"""MkDocs hooks: the only module that knows about MkDocs.

It asks the ``seedpress`` library for the generated pages and hands them to
MkDocs as in-memory files (``File.generated``), so nothing is written into
``docs/`` and ``mkdocs serve`` does not loop. Seeds and editorial data are
re-read on every build; this module itself is not reloaded by ``mkdocs serve``.
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
from seedpress.site import build_site

log = logging.getLogger("mkdocs.plugins.seedpress")


# ---------------------------------------------------------------------------
# Hooks
# ---------------------------------------------------------------------------


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and the published article files."""
    project_dir = Path(config.config_file_path).parent
    try:
        site = build_site(project_dir)
    except SeedError as err:
        # One line naming the file; MkDocs prints it and exits non-zero, no traceback.
        raise PluginError(str(err)) from None
    for src_uri, markdown in sorted(site.pages.items()):
        _add_generated(files, File.generated(config, src_uri, content=markdown))
    for src_uri, content in sorted(site.files.items()):
        _add_generated(files, File.generated(config, src_uri, content=content))
    log.info(
        "seedpress: %d articles, %d generated pages",
        len(site.corpus.articles),
        len(site.pages),
    )
    return files


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _add_generated(files: Files, file: File) -> None:
    """Add ``file``; a hand-written file at the same path is an error, not silently shadowed."""
    if files.get_file_from_path(file.src_uri) is not None:
        raise PluginError(f"docs/{file.src_uri}: this path is generated from seeds/; remove the file from docs/")
    files.append(file)
