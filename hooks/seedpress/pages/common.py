"""Small Markdown builders shared by the page generators."""

from __future__ import annotations

import datetime as dt
import json

from ..corpus import Article, Paragraph
from ..markdown_text import escape_html, escape_markdown
from ..sources_meta import SourceMeta


def front_matter(title: str, **extra: object) -> str:
    """YAML front matter with an HTML-escaped title (MkDocs treats titles as HTML).

    JSON is valid YAML, so ``json.dumps`` quotes any value safely.
    """
    lines = ["---", f"title: {json.dumps(escape_html(title))}"]
    lines += [f"{key}: {json.dumps(value)}" for key, value in extra.items()]
    return "\n".join([*lines, "---", ""])


def quoted_block(article: Article, paragraph: Paragraph, classes: str = "") -> str:
    """A whole paragraph of an article as a Markdown paragraph carrying its provenance.

    The element gets ``data-seed``/``data-para`` so the build can check that its
    text is the paragraph's text, and ``classes`` (e.g. ``.seed-para``).
    """
    attrs = f'{classes} data-seed="{article.stem}" data-para="{paragraph.number}"'.strip()
    return f"{escape_markdown(paragraph.display_text)}\n{{: {attrs} }}\n"


def format_date(value: dt.date) -> str:
    """17 September 2016 (no leading zero, locale-independent)."""
    return f"{value.day} {value.strftime('%B')} {value.year}"


def article_title(article: Article, meta: SourceMeta) -> str:
    """The headline from the file, else from metadata, else a description of the article."""
    if article.headline:
        return article.headline.display_text
    if meta.headline:
        return meta.headline.value
    outlet = meta.outlet.value if meta.outlet else "Unknown outlet"
    when = format_date(meta.published_date) if meta.published_date else article.stem
    return f"{outlet}, {when} (no headline)"


__all__ = ["article_title", "escape_markdown", "format_date", "front_matter", "quoted_block"]
