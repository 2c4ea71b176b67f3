"""Keep pages usable as the collection grows: long per-article lists continue on extra pages.

A page shows the first ``PER_PAGE`` articles' entries itself and links to
continuation pages (``more/<name>-2.md`` ...) for the rest, so no page grows
without bound while every article's entries stay published and linked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..routes import MORE_DIR, relative_link
from .common import front_matter

#: Articles whose entries one page shows.
PER_PAGE = 15


#: Entries one article contributes to one list; an article with more (a pasted
#: dump, a hostile file) shows this many and points to its own page for the rest.
MAX_PER_ARTICLE = 40

T = TypeVar("T")


def cap_per_article(items: list[T], seed_of: Callable[[T], str]) -> tuple[list[T], dict[str, int]]:
    """The first ``MAX_PER_ARTICLE`` items of each article, and how many each had beyond that."""
    kept: list[T] = []
    counts: dict[str, int] = {}
    dropped: dict[str, int] = {}
    for item in items:
        seed = seed_of(item)
        counts[seed] = counts.get(seed, 0) + 1
        if counts[seed] <= MAX_PER_ARTICLE:
            kept.append(item)
        else:
            dropped[seed] = dropped.get(seed, 0) + 1
    return kept, dropped


def dropped_note(dropped: dict[str, int], link_for: Callable[[str], str]) -> str:
    """ "12 more from [article] are on its own page." lines (empty when nothing was capped)."""
    return "".join(
        f"\n*{count} more from {link_for(seed)}: see the article's own page.*\n" for seed, count in dropped.items()
    )


@dataclass(frozen=True)
class Paged:
    """The Markdown for the page itself and its continuation pages (docs path -> Markdown)."""

    inline: str
    extra: dict[str, str]


def continuation(
    blocks_from: Callable[[str], list[str]],
    *,
    name: str,
    title: str,
    home_uri: str,
    per_page: int = PER_PAGE,
    unit: str = "articles",
    preamble: str = "",
    postamble: str = "",
) -> tuple[str, dict[str, str]]:
    """Continuation pages for the blocks after the first ``PER_PAGE``.

    ``blocks_from(uri)`` renders all blocks with links made from page ``uri``;
    continuation pages live in ``more/``, each starting with ``preamble`` (a table
    header, say) and ending with ``postamble`` (the end of a list). Returns the "More articles" line for
    the home page (empty if nothing continues) and the pages. They are left out
    of search: their words are already found on the articles' own pages.
    """
    moved = blocks_from(f"{MORE_DIR}/{name}.md")
    extra = {}
    links = []
    for start in range(per_page, len(moved), per_page):
        chunk = moved[start : start + per_page]
        uri = f"{MORE_DIR}/{name}-{start // per_page + 1}.md"
        first, last = start + 1, start + len(chunk)
        extra[uri] = "\n".join(
            [
                front_matter(f"{title} ({unit} {first}–{last})", search={"exclude": True}),
                f"# {title}: {unit} {first}–{last}\n",
                f"Continued from [the main page]({relative_link(uri, home_uri)}).\n",
                preamble,
                *chunk,
                postamble,
            ]
        )
        links.append(f"[{unit} {first}–{last}]({relative_link(home_uri, uri)})")
    more = f"\n**More {unit}:** {', '.join(links)}.\n" if links else ""
    return more, extra


def paginate(blocks_from: Callable[[str], list[str]], *, name: str, title: str, home_uri: str) -> Paged:
    """The first ``PER_PAGE`` per-article blocks inline, the rest on continuation pages."""
    blocks = blocks_from(home_uri)
    if len(blocks) <= PER_PAGE:
        return Paged("\n".join(blocks), {})
    more, extra = continuation(blocks_from, name=name, title=title, home_uri=home_uri)
    return Paged("\n".join(blocks[:PER_PAGE]) + more, extra)
