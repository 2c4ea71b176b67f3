"""MkDocs hook for a quick first visit on a phone (issue 16: main-thread blocking time).

Material's script (``assets/javascripts/bundle.*.min.js``, about 130 KB) runs
on every page as it opens. Chromium reads a script this size on a background
thread while it downloads, but V8 compiles each function lazily, on the main
thread, the first time it is called; as the bundle mounts its components it
calls most of them, so that compiling fell inside the bundle's long task: on a
phone-speed CPU (4x slower) about half of that task's time.

``//# allFunctionsCalledOnLoad`` as the script's first line is V8's explicit
compile hint (Chrome 136 and later): it compiles every function of the file
eagerly, on the background thread that already reads the script, so the main
thread only runs it. Other browsers read it as a comment. The hook adds that
line to Material's bundle in the built site; the file is otherwise unchanged.
Not the search worker: it runs off the main thread already.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.plugins.seedpress")

#: V8's explicit compile hint for a whole script (a comment to everything else).
COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"
#: Material's main script, which every page runs as it opens.
BUNDLE = "assets/javascripts/bundle.*.min.js"


def on_post_build(config: MkDocsConfig) -> None:
    """Add the compile hint to Material's script in the built site."""
    bundles = sorted(Path(config.site_dir).glob(BUNDLE))
    if not bundles:
        log.warning("seedpress: no %s in the built site: Material's script is not hinted for eager compiling", BUNDLE)
    for path in bundles:
        add_compile_hint(path)


def add_compile_hint(path: Path) -> bool:
    """Put the compile hint on the first line of the script at ``path``; False when it is there already."""
    script = path.read_bytes()
    if script.startswith(COMPILE_HINT):
        return False
    path.write_bytes(COMPILE_HINT + script)
    return True
