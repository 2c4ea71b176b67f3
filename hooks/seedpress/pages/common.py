"""Small Markdown builders shared by the page generators.

Seed text enters Markdown only through ``escape_markdown`` (here and in the
generators); quotations are ``<q>`` elements carrying ``data-seed``/``data-para``
so the provenance check can verify them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Mapping

from ..corpus import Article, Paragraph, Sentence
from ..markdown_text import escape_html, escape_markdown, markdown_link
from ..routes import paragraph_link, relative_link
from ..sources_meta import SourceMeta

_OUTER_QUOTES = '"\u201c\u201d'


def front_matter(title: str, **extra: object) -> str:
    """YAML front matter with an HTML-escaped title (MkDocs treats titles as HTML).

    JSON is valid YAML, so ``json.dumps`` quotes any value safely.
    """
    lines = ["---", f"title: {_yaml_json(escape_html(title))}"]
    lines += [f"{key}: {_yaml_json(value)}" for key, value in extra.items()]
    return "\n".join([*lines, "---", ""])


# A JSON escape, or a pair of them for one character beyond U+FFFF.
_JSON_ESCAPE = re.compile(r"\\(?:u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|.)")


def _astral(match: re.Match[str]) -> str:
    high, low = match.group(1), match.group(2)
    if not high:
        return match.group(0)  # any other escape (\\, \n, \u00e9) is the same in YAML
    return f"\\U{0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00):08x}"


def _yaml_json(value: object) -> str:
    """JSON that YAML reads back as the same value.

    JSON writes a character beyond U+FFFF (𐀀, an emoji) as a surrogate pair,
    which YAML refuses; the front matter would then be shown as text. YAML's
    own ``\\U0001f600`` form is used for those instead.
    """
    return _JSON_ESCAPE.sub(_astral, json.dumps(value))


def quoted_block(article: Article, paragraph: Paragraph, classes: str = "") -> str:
    """A whole paragraph of an article as a Markdown paragraph carrying its provenance.

    The element gets ``data-seed``/``data-para`` so the build can check that its
    text is the paragraph's text, plus ``classes`` (attr_list syntax,
    e.g. ``#p3 .seed-para``).
    """
    attrs = f'{classes} data-seed="{article.stem}" data-para="{paragraph.number}"'.strip()
    return f"{escape_markdown(paragraph.display_text)}\n{{: {attrs} }}\n"


#: What may stand just outside a quoted span that begins or ends a clause of the paragraph.
_QUOTE_EDGES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
_CLAUSE_EDGES = frozenset(".!?;:\u2014") | _QUOTE_EDGES


def _cuts(text: str, start: int, end: int) -> list[str]:
    """ "cut-start" / "cut-end" when the span starts or ends inside a sentence of the article.

    The stylesheet then draws "…" inside the quotation marks, so a reader sees that the words
    go on; the element's text stays the article's exact words for the provenance check. A span
    that is itself a quotation (its edges are quote marks) is the article's own fragment.
    """
    before, after = text[:start].rstrip(), text[end:].lstrip()
    cuts = []
    if before and before[-1] not in _CLAUSE_EDGES:
        cuts.append("cut-start")
    ends_itself = text[start:end].rstrip()[-1:] in _CLAUSE_EDGES  # "... the Assad regime."
    # A quote mark opening a quotation inside the sentence ('expressed its "regret"') ends nothing.
    opens_quotation = after[:1] in _QUOTE_EDGES and after[1:2].isalnum()
    if (
        after
        and not ends_itself
        and (after[0] not in _CLAUSE_EDGES or opens_quotation)
        and not (after[0] == "," and after[1:2] in _CLAUSE_EDGES)
    ):
        cuts.append("cut-end")
    return cuts


def at_word_edges(text: str, span: tuple[int, int], window: tuple[int, int], keep: tuple[int, int]) -> tuple[int, int]:
    """``window`` (inside the sentence ``span``) moved inward to the nearest spaces, never into ``keep``.

    An excerpt of a long sentence starts and ends on whole words; ``keep`` is what must stay
    whole (a date, or nothing: pass ``window`` reversed).
    """
    low, high = window
    if low > span[0]:
        low = text.find(" ", low, keep[0]) + 1 or low
    if high < span[1]:
        floor = max(keep[1], low)
        space = text.rfind(" ", floor, high)
        high = space if space > floor else high
    return low, high


def inline_quote(
    article: Article, paragraph: Paragraph, start: int, end: int, tag: str = "q", *, excerpt: bool = False
) -> str:
    """``paragraph.text[start:end]`` as an inline element (``<q>``: with quotation marks) with its provenance.

    A ``<q>`` draws its own quotation marks, so the span's outer double quotes
    are left out (the rest is still a contiguous part of the paragraph).
    ``excerpt``: the span is cited as evidence, so a start or end inside a sentence
    is marked (``_cuts``); single words and figures in tables are not.
    """
    if tag == "q" and paragraph.text[start:end].strip(_OUTER_QUOTES).strip():
        while paragraph.text[start] in _OUTER_QUOTES:
            start += 1
        while paragraph.text[end - 1] in _OUTER_QUOTES:
            end -= 1
    text = paragraph.text[start:end]
    cuts = _cuts(paragraph.text, start, end) if excerpt and tag == "q" else []
    cut = f' class="{" ".join(cuts)}"' if cuts else ""
    return f'<{tag}{cut} data-seed="{article.stem}" data-para="{paragraph.number}">{escape_markdown(text)}</{tag}>'


#: Words of a headline (or opening) kept when it has to stand for an article's name.
NAME_WORDS = 8


def _quoted_opening(text: str) -> str:
    """ "“Russia Says Syrian Regime Forces Targeted…”": the first words, quoted as the article's own."""
    words = text.split()
    ellipsis = "\u2026" if len(words) > NAME_WORDS else ""
    return "\u201c" + " ".join(words[:NAME_WORDS]) + ellipsis + "\u201d"


def outlet_name(article: Article, meta: SourceMeta) -> str:
    """What readers know the article by: its outlet; else its headline, quoted; else its opening words, quoted.

    Never the file name: readers do not know it. A headline stands in quotation
    marks, as the article's own words, never in the site's voice.
    """
    if meta.outlet:
        return meta.outlet.value
    if meta.headline:
        return _quoted_opening(meta.headline.value)
    opening = article.headline or (article.paragraphs[0] if article.paragraphs else None)
    return _quoted_opening(opening.display_text) if opening else "An article"


def article_label(article: Article, meta: SourceMeta, *, short: bool = False) -> str:
    """ "ABC News, 17 September 2016" (``short``: "17 Sep 2016"): outlet and date, for headings and lists."""
    date = meta.published_date
    if not date:
        return outlet_name(article, meta)
    return f"{outlet_name(article, meta)}, {format_date(date, short=short)}"


def cite(from_uri: str, article: Article, meta: SourceMeta, number: int) -> str:
    """A citation link: "ABC News ¶3" pointing at the paragraph's anchor."""
    label = escape_markdown(f"{outlet_name(article, meta)} ¶{number}")
    return f"[{label}]({paragraph_link(from_uri, article.stem, number, article.page_parts.part_of(number))})"


def measure_name(measure: str, names: Mapping[str, str]) -> str:
    """ "aircraft:F-16" -> "aircraft (F-16)", "killed" -> "people killed": a measure as readers say it.

    ``names`` comes from ``editorial/measures.yml``; pages never show the internal key.
    """
    kind, _, detail = measure.partition(":")
    name = names.get(kind, kind.replace("_", " "))
    return f"{name} ({detail})" if detail else name


def format_date(value: dt.date, *, short: bool = False) -> str:
    """17 September 2016, or with ``short`` 17 Sep 2016 (no leading zero, locale-independent)."""
    return f"{value.day} {value.strftime('%b' if short else '%B')} {value.year}"


def format_iso(value: str) -> str:
    """A date from extraction ("2016-09-12", "2016-09", "2011") in words."""
    parts = value.split("-")
    if len(parts) == 3:
        return format_date(dt.date.fromisoformat(value))
    if len(parts) == 2:
        return dt.date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
    return value


def article_title(article: Article, meta: SourceMeta) -> str:
    """The title of an article's page: its outlet and date (its headline is quoted on the page)."""
    return article_label(article, meta)


class SentenceFinder:
    """The sentence around an offset, with each paragraph's sentence starts worked out once.

    A huge paragraph holds thousands of dates or claims; scanning its sentences
    for each of them would be quadratic.
    """

    def __init__(self) -> None:
        # Keyed by identity (hashing a paragraph would read all its text); the
        # paragraph is kept alongside so its id cannot be reused meanwhile.
        self._starts: dict[int, tuple[Paragraph, list[int]]] = {}

    def around(self, paragraph: Paragraph, offset: int) -> Sentence:
        if id(paragraph) not in self._starts:
            self._starts[id(paragraph)] = (paragraph, [s.start for s in paragraph.sentences])
        starts = self._starts[id(paragraph)][1]
        return paragraph.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]


# A link to an outside page as ``markdown_link`` writes it: [label](<https://...>).
_OUTSIDE_LINK = re.compile(r"\[((?:[^\]\\]|\\.)+)\]\(<(https?://[^>]+)>\)")


def addresses_once(markdown: str, heading: str = "Public sources") -> str:
    """Every outside page ``markdown`` links to, listed once.

    On paper the stylesheet prints each link's address after it; on a printed
    page with many links to the same few sources that repeats them dozens of
    times. With this section the addresses print only in the list at the end.
    """
    found: dict[str, str] = {}
    for match in _OUTSIDE_LINK.finditer(markdown):
        found.setdefault(match.group(2), match.group(1))
    if not found:
        return ""
    items = "\n".join(f"- [{label}](<{url}>)" for url, label in found.items())
    # The stylesheet prints addresses only inside .addresses-once, on a page that has one.
    return f'## {heading}\n\n<div class="addresses-once" markdown>\n\n{items}\n\n</div>\n'


def context_anchor(page_id: str, number: int) -> str:
    """The id of a page's n-th context note (counting from 1), for links to it."""
    return f"context-{page_id}-{number}"


def context_box(notes_markdown: list[str], title: str = "Context, not from the articles") -> str:
    """A marked admonition for facts from outside the articles (each note names its source)."""
    if not notes_markdown:
        return ""
    body = "\n".join(f"    - {note}" for note in notes_markdown)
    return f'!!! info "{title}"\n    These facts come from public sources outside the articles, named after each one.\n\n{body}\n'


def source_links(sources: list[tuple[str, str]]) -> str:
    """ "(Source: [title](url); ...)" for public sources given as (title, url)."""
    links = "; ".join(markdown_link(title, url) for title, url in sources)
    return f"(Source: {links})"


__all__ = [
    "SentenceFinder",
    "addresses_once",
    "article_label",
    "article_title",
    "cite",
    "context_anchor",
    "context_box",
    "escape_markdown",
    "format_date",
    "format_iso",
    "front_matter",
    "inline_quote",
    "measure_name",
    "outlet_name",
    "quoted_block",
    "relative_link",
    "source_links",
]
