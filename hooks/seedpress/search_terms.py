"""Words readers search for that the pages do not use, and the section each should find.

Readers type "casualties", "death toll" or the name of a diplomat the articles
never mention; Material's search finds only words on the page. ``editorial/
search.yml`` lists such words per section, and this module writes them, hidden
from view, right after that section's heading, where Material's search indexes
them as part of the section (its indexer reads the HTML, not the styles).
Screen readers and print skip the hidden paragraph; the visible page is unchanged.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import SeedError
from .yamlfile import parse_yaml, read_text

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

FIELDS = ("page", "section", "words")
#: The class of the hidden paragraph (it carries the words for search only).
CSS_CLASS = "search-terms"
_ANCHOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_PAGE = re.compile(r"^[A-Za-z0-9_./-]+\.md$")


class SearchTermsError(SeedError):
    """``editorial/search.yml`` is malformed, or names a section that does not exist."""


@dataclass(frozen=True)
class SearchTerms:
    """Words that should find one section of one page."""

    page: str  # the page's source path, as in the navigation ("claims.md", "learn/index.md")
    section: str  # the id of a heading on that page
    words: tuple[str, ...]


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_search_terms(text: str, label: str) -> tuple[SearchTerms, ...]:
    """The entries of ``search.yml``; ``label`` names the file in messages."""
    data = parse_yaml(text, label, SearchTermsError)
    if data is None:
        return ()
    if not isinstance(data, list):
        raise SearchTermsError(label, "expected a list of {page, section, words} entries")
    entries = []
    for number, raw in enumerate(data, start=1):
        where = f"entry {number}"
        if not isinstance(raw, Mapping) or set(raw) != set(FIELDS):
            raise SearchTermsError(label, f"{where}: expected exactly the fields {', '.join(FIELDS)}")
        page, section, words = raw["page"], raw["section"], raw["words"]
        if not isinstance(page, str) or not _PAGE.match(page):
            raise SearchTermsError(label, f"{where}: 'page' {page!r} must be a page's path such as claims.md")
        if not isinstance(section, str) or not _ANCHOR.match(section):
            raise SearchTermsError(label, f"{where}: 'section' {section!r} must be a heading id such as casualties")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise SearchTermsError(label, f"{where}: 'words' must be a list of words or phrases")
        entries.append(SearchTerms(page, section, tuple(" ".join(w.split()) for w in words)))
    return tuple(entries)


def load_search_terms(path: Path, label: str) -> tuple[SearchTerms, ...]:
    """Read ``search.yml``; a missing file means no extra words."""
    if not path.exists():
        return ()
    return parse_search_terms(read_text(path, label, SearchTermsError), label)


def add_search_terms(
    page: str, terms: tuple[SearchTerms, ...], label: str, optional: frozenset[str] = frozenset()
) -> str:
    """``page`` (rendered HTML) with each entry's words hidden right after its section's heading.

    A section id that no heading on the page carries is an error naming the
    entry, so a renamed heading cannot silently lose its words. The exception
    is a section in ``optional``: one the editorial data declares but a build
    leaves out when none of the articles it cites is in it; its words then go
    to the page's title, so the page still answers them.
    """
    for entry in terms:
        heading = re.search(rf'<(h[1-6])\b[^>]*\bid="{re.escape(entry.section)}"[^>]*>.*?</\1>', page, re.DOTALL)
        if heading is None and entry.section in optional:
            heading = re.search(r"<(h1)\b[^>]*>.*?</\1>", page, re.DOTALL)
        if heading is None:
            raise SearchTermsError(label, f"no heading with id '{entry.section}' on {entry.page}")
        words = html.escape(", ".join(entry.words))
        hidden = f'\n<p class="{CSS_CLASS}" hidden>{words}</p>'
        page = page[: heading.end()] + hidden + page[heading.end() :]
    return page
