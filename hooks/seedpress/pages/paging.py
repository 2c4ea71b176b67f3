"""Keep pages usable as the collection grows: long per-article lists continue on extra pages.

A page shows the first ``PER_PAGE`` articles' entries itself and links to
continuation pages (``more/<name>-2.md`` ...) for the rest, so no page grows
without bound while every article's entries stay published and linked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .common import front_matter, relative_link

#: Articles whose entries one page shows.
PER_PAGE = 15
MORE_DIR = "more"


@dataclass(frozen=True)
class Paged:
    """The Markdown for the page itself and its continuation pages (docs path -> Markdown)."""

    inline: str
    extra: dict[str, str]


def continuation(
    blocks_from: Callable[[str], list[str]], *, name: str, title: str, home_uri: str
) -> tuple[str, dict[str, str]]:
    """Continuation pages for the blocks after the first ``PER_PAGE``.

    ``blocks_from(uri)`` renders all blocks with links made from page ``uri``;
    continuation pages live in ``more/``. Returns the "More articles" line for
    the home page (empty if nothing continues) and the pages. They are left out
    of search: their words are already found on the articles' own pages.
    """
    moved = blocks_from(f"{MORE_DIR}/{name}.md")
    extra = {}
    links = []
    for start in range(PER_PAGE, len(moved), PER_PAGE):
        chunk = moved[start : start + PER_PAGE]
        uri = f"{MORE_DIR}/{name}-{start // PER_PAGE + 1}.md"
        first, last = start + 1, start + len(chunk)
        extra[uri] = "\n".join(
            [
                front_matter(f"{title} (articles {first}–{last})", search={"exclude": True}),
                f"# {title}: articles {first}–{last}\n",
                f"Continued from [the main page]({relative_link(uri, home_uri)}).\n",
                *chunk,
            ]
        )
        links.append(f"[articles {first}–{last}]({relative_link(home_uri, uri)})")
    more = f"\n**More articles:** {', '.join(links)}.\n" if links else ""
    return more, extra


def paginate(blocks_from: Callable[[str], list[str]], *, name: str, title: str, home_uri: str) -> Paged:
    """The first ``PER_PAGE`` per-article blocks inline, the rest on continuation pages."""
    blocks = blocks_from(home_uri)
    if len(blocks) <= PER_PAGE:
        return Paged("\n".join(blocks), {})
    more, extra = continuation(blocks_from, name=name, title=title, home_uri=home_uri)
    return Paged("\n".join(blocks[:PER_PAGE]) + more, extra)
