"""Where every generated page and file lives, and how one page links to another.

Paths are docs-relative source paths (``claims.md``); MkDocs turns them into
URLs (``claims/``) and checks every ``.md`` link. A citation points at a
paragraph's anchor on its article's page: ``sources/<stem>.md#p<N>``, where N
counts the article's non-blank blocks from 1. A very long article's page comes
in parts (``page_parts``): part 1 is ``sources/<stem>.md``, part K
``sources/<stem>/part-<K>.md``, and a citation points at the part where its
paragraph starts. Every module that names a page or links to a paragraph asks
this one, so moving a page is one change here.
"""

from __future__ import annotations

import functools
import posixpath

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

HOME = "index.md"
CLAIMS = "claims.md"
COMPARE = "compare.md"
GLOSSARY = "glossary.md"
BRIEF = "brief.md"
LEARN = "learn/index.md"
#: The learn page's printable questions.
LEARN_HANDOUT = "learn/handout.md"
#: The printable handout of the whole site.
HANDOUT = "handout.md"
SOURCES_DIR = "sources"
SOURCES_INDEX = f"{SOURCES_DIR}/index.md"
#: The page name of an article page's later parts: ``sources/<stem>/part-2.md``.
PART_PREFIX = "part-"
#: Where continuation pages of long tables and lists live.
MORE_DIR = "more"
#: Where the published JSON lives.
DATA_DIR = "data"
#: Pages whose id (in ``editorial/pages.yml``) is not their file name; others are ``<id>.md``.
_PAGE_FILES = {"learn": LEARN, "home": HOME}


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def page_file(page_id: str) -> str:
    """The docs file of an editorial page id: "strike" -> "strike.md", "learn" -> "learn/index.md"."""
    return _PAGE_FILES.get(page_id, f"{page_id}.md")


def source_page(stem: str) -> str:
    """An article's page (its URL is ``sources/<stem>/``)."""
    return f"{SOURCES_DIR}/{stem}.md"


def source_part_page(stem: str, part: int) -> str:
    """Part ``part`` (from 1) of an article's page: part 1 is the page itself, part K ``sources/<stem>/part-K/``."""
    return source_page(stem) if part == 1 else f"{SOURCES_DIR}/{stem}/{PART_PREFIX}{part}.md"


def original_file(stem: str) -> str:
    """Where an article file is published as received, for readers who want to check."""
    return f"{SOURCES_DIR}/{stem}.txt"


def data_file(name: str) -> str:
    """A published JSON file: "quotations.json" -> "data/quotations.json"."""
    return f"{DATA_DIR}/{name}"


def paragraph_anchor(number: int) -> str:
    """The fragment id of paragraph ``number`` on its article's page."""
    return f"p{number}"


@functools.lru_cache(maxsize=65536)  # pages x articles: every pair a big collection links
def relative_link(from_uri: str, to_uri: str) -> str:
    """A link from one docs file to another (MkDocs resolves ``.md`` links and checks them).

    Cached: pages cite the same few paragraphs' pages from the same page
    thousands of times, and ``relpath`` works out the current folder each time.
    """
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def source_link(from_uri: str, stem: str, part: int = 1) -> str:
    """A link from ``from_uri`` to an article's page (or to part ``part`` of it)."""
    return relative_link(from_uri, source_part_page(stem, part))


def paragraph_link(from_uri: str, stem: str, number: int, part: int = 1) -> str:
    """A link from ``from_uri`` to paragraph ``number`` of an article, on the part of its page where it starts.

    ``../sources/x.md#p3``; ``../sources/x/part-4.md#p3120`` for a paragraph on part 4.
    """
    return f"{source_link(from_uri, stem, part)}#{paragraph_anchor(number)}"
