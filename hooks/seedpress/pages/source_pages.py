"""The source pages: each article in full, one anchor per paragraph, plus an index.

These pages are what every citation on the site points at (``sources/<stem>/#pN``),
so each paragraph is a ``.seed-para`` element with its number as ``id`` and its
provenance as ``data-seed``/``data-para``. A very long article's page comes in
parts (``page_parts``: ``sources/<stem>/``, ``sources/<stem>/part-2/``, ...), each
saying which paragraphs it holds and linking the others; a paragraph longer than
a part continues on the next one, each piece marked with its paragraph's number.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..corpus import Article, Corpus
from ..markdown_text import escape_markdown, markdown_link
from ..page_parts import Piece
from ..routes import SOURCES_INDEX, original_file, source_page, source_part_page
from ..sources_meta import BASIS_LABELS, Fact, SourceMeta
from ..structure import display_start
from .common import (
    article_label,
    article_title,
    format_date,
    front_matter,
    inline_quote,
    quoted_block,
    relative_link,
)
from .paging import continuation

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

INDEX_URI = SOURCES_INDEX
#: Articles listed per page of the sources index.
INDEX_ROWS = 100
NOT_KNOWN = "*Not known*"


def source_page_uri(article: Article) -> str:
    """Where the generated page lives among the docs (its URL is ``sources/<stem>/``)."""
    return source_page(article.stem)


def original_file_uri(article: Article) -> str:
    """Where the article file is published as received, for readers who want to check."""
    return original_file(article.stem)


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _fact_cell(fact: Fact | None, shown: str | None = None) -> str:
    """A metadata value followed by how we know it."""
    if fact is None:
        return NOT_KNOWN
    cell = shown if shown is not None else escape_markdown(fact.value)
    basis = f" *({BASIS_LABELS[fact.basis]}"
    basis += f": {escape_markdown(fact.note)})*" if fact.note else ")*"
    return cell + basis


def _metadata_table(article: Article, meta: SourceMeta) -> str:
    published = meta.published_date
    rows = [
        ("Outlet", _fact_cell(meta.outlet)),
        ("Section", _fact_cell(meta.section) if meta.section else None),
        ("Published", _fact_cell(meta.published, format_date(published) if published else None)),
        ("Address", _fact_cell(meta.url, markdown_link(_host(meta.url.value), meta.url.value) if meta.url else None)),
        ("Headline", _headline_cell(article, meta)),
        (
            "Text",
            f"{len(article.paragraphs)} paragraphs, {article.word_count:,} words "
            f"([the text as received]({article.stem}.txt), unformatted)",
        ),
    ]
    lines = ["| Detail | Value |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in rows if value is not None]
    return "\n".join(lines) + "\n"


def _host(url: str) -> str:
    """The site part of an address, as a short link label."""
    return urlsplit(url).hostname or url


def _headline_cell(article: Article, meta: SourceMeta) -> str:
    if article.headline:
        return f"The article's first paragraph ([¶{article.headline.number}](#{article.headline.anchor}))"
    if meta.headline:
        quoted = f"\u201c{escape_markdown(meta.headline.value)}\u201d"
        return _fact_cell(meta.headline, quoted)
    return "*Not known*: the text as received has none"


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _piece_block(article: Article, piece: Piece, *, opens_part: bool = False) -> str:
    """One piece of a paragraph (usually all of it) as a Markdown paragraph carrying its provenance.

    The piece where the paragraph starts carries its anchor; a part that opens
    with the rest of a paragraph says so, and one that ends inside it says where it goes on.
    """
    paragraph = article.paragraph(piece.number)
    if piece.first and piece.end == len(paragraph.text):
        return quoted_block(article, paragraph, f"#{paragraph.anchor} .seed-para")
    anchor = f"#{paragraph.anchor} " if piece.first else ""
    text = escape_markdown(paragraph.text[piece.start : piece.end])
    attrs = f'{anchor}.seed-para data-seed="{article.stem}" data-para="{paragraph.number}"'
    before = f"*Paragraph {paragraph.number}, continued:*\n\n" if opens_part and not piece.first else ""
    return f"{before}{text}\n{{: {attrs} }}\n"


def _span(pieces: tuple[Piece, ...]) -> str:
    """ "paragraphs 412–820" (or "paragraph 2") of one part."""
    first, last = pieces[0].number, pieces[-1].number
    return f"paragraph {first}" if first == last else f"paragraphs {first}–{last}"


def _part_link(article: Article, part: int, from_uri: str) -> str:
    return relative_link(from_uri, source_part_page(article.stem, part))


def _parts_intro(article: Article, part: int, from_uri: str) -> str:
    """ "This is part 2 of 7 (paragraphs 412–820): previous part, next part" at the top of each part."""
    parts = article.page_parts.parts
    near = []
    if part > 1:
        near.append(f"[previous part]({_part_link(article, part - 1, from_uri)})")
    if part < len(parts):
        near.append(f"[next part]({_part_link(article, part + 1, from_uri)})")
    return (
        f"This article is long, so its text is shown on {len(parts)} pages. "
        f"This is part {part} of {len(parts)} ({_span(parts[part - 1])}): {', '.join(near)}; "
        "every part is listed at the end of the page.\n"
    )


def _parts_list(article: Article, part: int, from_uri: str) -> str:
    """ "The parts of this article: 1 (paragraphs 1–411), 2 (...), ..." with a link to every other part."""
    links = []
    for number, pieces in enumerate(article.page_parts.parts, start=1):
        label = f"{number} ({_span(pieces)})"
        links.append(f"**{label}**" if number == part else f"[{label}]({_part_link(article, number, from_uri)})")
    return f"The parts of this article: {', '.join(links)}.\n"


def _first_part(article: Article, meta: SourceMeta, title: str) -> list[str]:
    """The opening of an article's page: headline, details and how to read it, up to its text's heading."""
    parts = [front_matter(title), f"# {escape_markdown(title)}\n"]
    if article.headline:
        # The quotation itself is paragraph 1's anchor, so a citation of the
        # headline lands on exactly the article's words.
        heading = article.headline
        quote = inline_quote(article, heading, display_start(heading.text), len(heading.text))
        quote = quote.replace("<q ", f'<q id="{heading.anchor}" ', 1)
        parts.append(f'<p class="seed-headline" markdown>Headline (¶{heading.number}): <strong>{quote}</strong></p>\n')
    elif meta.headline:
        parts.append(f"Headline: **\u201c{escape_markdown(meta.headline.value)}\u201d**\n")
    parts.append(_metadata_table(article, meta))
    parts.append(
        '!!! note "How to read this page"\n'
        "    The article is shown in full, exactly as written. Each paragraph is numbered in the margin; "
        "elsewhere on the site, a citation such as *ABC News ¶3* links to paragraph 3 of the article's page. "
        "Paragraph 1 is the article's first block of text, the headline included.\n"
    )
    if article.standfirst:
        parts.append(quoted_block(article, article.standfirst, f"#{article.standfirst.anchor} .seed-para .standfirst"))
    return parts


def render_source_pages(article: Article, meta: SourceMeta) -> dict[str, str]:
    """Markdown for one article's page and, for a very long article, its later parts (docs path -> Markdown).

    The page is named by outlet and date; the headline is the article's own
    words, so it is shown quoted (and, when the file holds it, as paragraph 1
    with its provenance), never as the site's heading.
    """
    title = article_title(article, meta)
    layout = article.page_parts
    pages: dict[str, str] = {}
    for part, pieces in enumerate(layout.parts, start=1):
        uri = source_part_page(article.stem, part)
        if part == 1:
            lines = _first_part(article, meta, title)
        else:
            part_title = f"{title} (part {part} of {len(layout)})"
            lines = [front_matter(part_title), f"# {escape_markdown(part_title)}\n"]
        if len(layout) > 1:
            lines.append(_parts_intro(article, part, uri))
        lines.append("## Article text\n" if part == 1 else f"## Article text, {_span(pieces)}\n")
        lines += [_piece_block(article, piece, opens_part=index == 0) for index, piece in enumerate(pieces)]
        if part < len(layout):
            last = pieces[-1]
            going_on = f"Paragraph {last.number}" if last.end < len(article.paragraph(last.number).text) else "The text"
            lines.append(f"**{going_on} continues in [part {part + 1}]({_part_link(article, part + 1, uri)}).**\n")
        if len(layout) > 1:
            lines.append(_parts_list(article, part, uri))
        pages[uri] = "\n".join(lines)
    return pages


def _headline_text(article: Article, meta: SourceMeta) -> str:
    """The headline, quoted (with its provenance when it is article text), or a dash."""
    if article.headline:  # the headline is article text: mark its provenance
        headline = article.headline
        return inline_quote(article, headline, display_start(headline.text), len(headline.text))
    if meta.headline:
        return f"\u201c{escape_markdown(meta.headline.value)}\u201d"
    return "*not known*"


def _index_rows(corpus: Corpus, metadata: dict[str, SourceMeta], from_uri: str) -> list[str]:
    rows = []
    for article in corpus.articles:
        meta = metadata.get(article.stem, SourceMeta())
        label = escape_markdown(article_label(article, meta, short=True))
        if meta.published and meta.published.basis == "inferred":
            label += " (date inferred)"
        elif not meta.published:
            label += " (date not known)"
        link = relative_link(from_uri, source_page_uri(article))
        rows.append(f"| [{label}]({link}) | {_headline_text(article, meta)} | {len(article.paragraphs)} |")
    return rows


def render_sources_index(corpus: Corpus, metadata: dict[str, SourceMeta]) -> tuple[str, dict[str, str]]:
    """Markdown for ``sources/``: every article with its outlet and date (in pages of ``INDEX_ROWS``)."""
    header = "| Article | Headline | Paragraphs |\n| --- | --- | --- |"
    rows = _index_rows(corpus, metadata, INDEX_URI)
    more, extra = continuation(
        lambda uri: _index_rows(corpus, metadata, uri),
        name="sources",
        title="Sources",
        home_uri=INDEX_URI,
        per_page=INDEX_ROWS,
        preamble=header,
    )
    lines = [
        front_matter("Sources"),
        "# Sources\n",
        f"The site draws on {len(corpus.articles)} news "
        f"{'article' if len(corpus.articles) == 1 else 'articles'}. "
        "Each is shown in full on its own page, with numbered paragraphs that the rest of the site cites.\n",
        header,
        *rows[:INDEX_ROWS],
        more,
    ]
    return "\n".join(lines) + "\n", extra
