"""MkDocs hooks for a light first visit (issue 13: at most 100 KB gzip per page, search included).

Every page with a search box loads Material's whole search index at once, so
what the index holds weighs on every page. Two passes, kept apart from
``site_hooks.py`` (which makes the pages):

- A quotation copied from an article (``<q data-seed=...>``), unless it is a
  few words inside an editorial sentence, is left out of
  search on a page that quotes it: the article's own page holds those words
  and search finds them there, with the article around them. The editorial
  sentence beside each quotation, and the words listed in
  ``editorial/search.yml``, stay in the index. How: the quotation gets
  Material's ``data-search-exclude="quotation"``; Material's search plugin
  removes ``data-search-*`` attributes that have a value once it has indexed
  the page, so the published HTML is as the pages made it.
- Citations in brackets ("(ABC News ¶3; Scroll.in ¶1)") are left out of
  search: no reader types them, and they are a tenth of the index. They get
  a ``<span>`` around them to carry the mark.
- Text folded away in a closed ``<details>`` (the answers to the exercises)
  is left out of search too: a result would show the reader what the page
  hides until asked, and the question above it stays searchable.
- After the build, Material's stylesheets lose the rules no page of this site
  can match, and the site's own stylesheets their comments
  (``seedpress.slim_css``).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# MkDocs puts this file's folder on sys.path while loading it.
from seedpress.slim_css import slim_site

log = logging.getLogger("mkdocs.plugins.seedpress")
#: The start tag of a quotation copied from an article (``data-seed`` names the article).
_QUOTATION = re.compile(r"""<q\b([^>]*\sdata-seed=["']([^"']*)["'][^>]*)>(.*?)</q>""", re.S)
#: The page of an article (its quotations of itself, such as the headline, stay searchable there).
ARTICLE_PAGE = "sources/{seed}.md"
_TAG = re.compile(r"<[^>]+>")
#: A quotation of fewer characters is part of the editorial sentence around it
#: ("on Saturday", a name) and stays, so that the sentence reads whole in a result.
SHORT_QUOTATION = 40
#: A closed ``<details>`` (one with ``open`` is shown, so it stays searchable).
_FOLDED = re.compile(r"<details\b(?![^>]*\sopen\b)([^>]*)>")
#: What this module adds for the search plugin, which removes ``data-search-*="..."`` after indexing.
SEARCH_SKIP = ' data-search-exclude="quotation"'
FOLDED_SKIP = ' data-search-exclude="folded"'
#: Links to article paragraphs ("ABC News ¶3") in brackets, as the pages cite them.
_CITATIONS = re.compile(r'\((?:<a href="[^"<>]*#p\d+">[^<>]*¶\d+</a>(?:; )?)+\)')


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Mark quoted article words, citations and folded text for the search plugin to leave out."""

    def mark(match: re.Match[str]) -> str:
        attributes, seed, words = match.groups()
        if len(_TAG.sub("", words)) < SHORT_QUOTATION or page.file.src_uri == ARTICLE_PAGE.format(seed=seed):
            return match.group(0)
        return f"<q{attributes}{SEARCH_SKIP}>{words}</q>"

    html = _CITATIONS.sub(lambda m: f'<span data-search-exclude="citation">{m.group(0)}</span>', html)
    html = _FOLDED.sub(lambda m: f"<details{m.group(1)}{FOLDED_SKIP}>", html)
    return _QUOTATION.sub(mark, html)


def on_post_build(config: MkDocsConfig) -> None:
    """Slim the stylesheets in the built site."""
    for name, before, after in slim_site(Path(config.site_dir)):
        log.debug("seedpress: %s %d -> %d bytes", name, before, after)
