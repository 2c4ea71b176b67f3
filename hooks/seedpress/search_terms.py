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
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field

from .errors import SeedError
from .yamlerrors import Entries
from .yamlfile import parse_yaml, read_text
from .yamlshape import RECORD, Text, validate

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: The class of the hidden paragraph (it carries the words for search only).
CSS_CLASS = "search-terms"
_ANCHOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_PAGE = re.compile(r"^[A-Za-z0-9_./-]+\.md$")


def _page(value: str) -> str:
    if not _PAGE.match(value):
        raise ValueError(f"{value!r} is not a page's path such as claims.md")
    return value


def _anchor(value: str) -> str:
    if not _ANCHOR.match(value):
        raise ValueError(f"{value!r} is not a heading id such as casualties")
    return value


class SearchTermsError(SeedError):
    """``editorial/search.yml`` is malformed, or names a section that does not exist."""


@dataclass(frozen=True)
class SearchTerms:
    """Words that should find one section of one page."""

    __pydantic_config__ = RECORD

    #: The page's source path, as in the navigation ("claims.md", "learn/index.md").
    page: Annotated[str, Field(strict=True), AfterValidator(_page)]
    #: The id of a heading on that page.
    section: Annotated[str, Field(strict=True), AfterValidator(_anchor)]
    words: Annotated[tuple[Text, ...], Field(min_length=1)]


ENTRIES = Entries("entry", plural="entries")


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_search_terms(text: str, label: str) -> tuple[SearchTerms, ...]:
    """The entries of ``search.yml``; ``label`` names the file in messages."""
    data = parse_yaml(text, label, SearchTermsError)
    if data is None:
        return ()
    terms: tuple[SearchTerms, ...] = validate(tuple[SearchTerms, ...], data, label, SearchTermsError, ENTRIES)
    return terms


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
