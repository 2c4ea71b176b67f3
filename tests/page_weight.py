"""What a first visit to each page of a built site transfers, gzip bytes (tests and `make bench`).

The limits come from the issues: every page's first visit, search worker and
index included, at most 100 KB gzip (issue 13); the HTML of any page at most
60 KB gzip (issue 16). A browser test checks that these figures equal what
Chromium actually fetches.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

PAGE_LIMIT_BYTES = 100_000
HTML_LIMIT_BYTES = 60_000


def gz(data: bytes) -> int:
    """Bytes of ``data`` compressed as a web server would (gzip level 6)."""
    return len(gzip.compress(data, compresslevel=6, mtime=0))


class _Fetched(HTMLParser):
    """The files a page makes the browser fetch as it opens: styles, scripts, icons, images."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.search_form = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        rel = set((values.get("rel") or "").split())
        if tag == "link" and values.get("href") and rel & {"stylesheet", "icon"}:
            self.refs.append(values["href"] or "")
        elif tag in ("script", "img") and values.get("src"):
            self.refs.append(values["src"] or "")
        elif tag == "form" and values.get("name") == "search":
            self.search_form = True


@dataclass(frozen=True)
class PageWeight:
    """What a first visit to one page transfers, gzip bytes, by kind."""

    page: str  # "" for the home page, "claims/", ...
    html: int
    assets: int  # stylesheets, scripts, icons and images the page links
    search: int  # Material's search worker and index (fetched at once by a page with a search form)

    @property
    def total(self) -> int:
        return self.html + self.assets + self.search


def search_files(site: Path) -> list[Path]:
    """Material's search worker and the search index of a built site."""
    return [*sorted(site.glob("assets/javascripts/workers/search.*.min.js")), site / "search" / "search_index.json"]


def page_weights(site: Path) -> list[PageWeight]:
    """Per page of a built ``site``: gzip bytes of its HTML and of everything it loads on a first visit.

    Material's bundle fetches the search index and starts the search worker as
    soon as a page with a search form opens, so both count there. Files on other
    hosts are not counted; the site asks for none (the browser tests check it).
    """
    searched = [p for p in search_files(site) if p.is_file()]
    weights = []
    for path in sorted(site.rglob("index.html")):
        html = path.read_bytes()
        parser = _Fetched()
        parser.feed(html.decode("utf-8"))
        linked: set[Path] = set()
        for ref in parser.refs:
            parts = urlsplit(ref)
            if not (parts.scheme or parts.netloc) and parts.path:
                asset = (path.parent / unquote(parts.path)).resolve()
                if asset.is_file():
                    linked.add(asset)
        search = sum(gz(p.read_bytes()) for p in searched) if parser.search_form else 0
        name = path.parent.relative_to(site).as_posix() + "/"
        weights.append(
            PageWeight("" if name == "./" else name, gz(html), sum(gz(p.read_bytes()) for p in linked), search)
        )
    return weights
