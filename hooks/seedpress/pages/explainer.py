"""The explainer pages built from editorial points: background and the strike.

Each point is an editorial sentence followed by the article words that back it
(verified, quoted, linked). Below come the context notes (marked as not from
the articles) and "What the articles say": every sentence of every article that
touches the page's topic, so a new article appears here with no change.
"""

from __future__ import annotations

from ..editorial import OUTLETS, PageSpec, Point, Section
from ..extract import DateMention
from ..model import Model
from ..routes import MORE_DIR, page_file, relative_link
from ..selectors import Span
from ..topics import Passage, passages_about
from .common import (
    article_label,
    cite,
    context_anchor,
    context_box,
    escape_markdown,
    format_date,
    format_iso,
    front_matter,
    inline_quote,
    outlet_name,
    source_links,
)
from .paging import Paged, cap_per_article, paginate
from .timeline import render_timeline
from .where import render_where

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _dates_in(span: Span, dates: tuple[DateMention, ...]) -> list[DateMention]:
    """Resolved relative dates that fall inside a cited span ("Monday" -> 12 September)."""
    return [
        d
        for d in dates
        if d.seed == span.article.stem
        and d.para == span.paragraph.number
        and span.start <= d.start
        and d.end <= span.end
        and d.kind == "relative"
        and d.value
    ]


def _evidence(span: Span, model: Model, uri: str) -> str:
    """The cited words, their citation, and any relative date they contain, resolved."""
    meta = model.meta(span.article.stem)
    quote = inline_quote(span.article, span.paragraph, span.start, span.end, excerpt=True)
    text = f"{quote} ({cite(uri, span.article, meta, span.paragraph.number)})"
    published = meta.published_date
    for date in _dates_in(span, model.extraction.dates):
        basis = "inferred" if date.inferred else "stated"
        word = inline_quote(span.article, span.paragraph, date.start, date.end)
        when = f" ({format_date(published)})" if published else ""
        text += (
            f" — counting from the article's {basis} publication date{when}, {word} "
            f"points to {format_iso(date.value or '')}"
        )
    return text


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def point_text(point: Point, model: Model, *, markdown: bool = True) -> str:
    """The point's text with ``{outlets}`` replaced by the outlets of the articles it cites.

    Editors write "According to {outlets}, ..." instead of "Both articles ...", so
    the sentence stays true whatever articles the build holds. ``markdown``:
    escape the names for Markdown (off for data files).
    """
    if OUTLETS not in point.text:
        return point.text
    names: list[str] = []
    for span in (model.resolve(s) for s in point.cites):
        if span:
            name = outlet_name(span.article, model.meta(span.article.stem))
            name = escape_markdown(name) if markdown else name
            if name not in names:
                names.append(name)
    return point.text.replace(OUTLETS, join_names(names) if names else "the articles")


def render_point(point: Point, model: Model, uri: str) -> str | None:
    """One list item; ``None`` when none of the point's articles is in this build."""
    spans = [span for span in (model.resolve(s) for s in point.cites) if span]
    if not spans:
        return None
    evidence = "<br>".join(_evidence(span, model, uri) for span in spans)
    return f'- {point_text(point, model)}<br>\n  <span class="evidence">{evidence}</span>'


def render_section(section: Section, model: Model, uri: str) -> str:
    items = [item for item in (render_point(p, model, uri) for p in section.points) if item]
    if not items:
        return ""
    return f"## {section.heading}\n\n" + "\n".join(items) + "\n"


def render_context(spec: PageSpec, model: Model, uri: str, title: str = "Context, not from the articles") -> str:
    """The page's context notes in a marked box; a note may point at the article words it corrects."""
    notes = []
    for number, note in enumerate(spec.context, start=1):
        # The anchor lets the timeline link a context event to its note.
        anchor = f'<span id="{context_anchor(spec.id, number)}"></span>'
        text = f"{anchor}{note.text} {source_links([(s.title, s.url) for s in note.sources])}"
        spans = [span for span in (model.resolve(s) for s in note.cites) if span]
        if spans:
            early = "<br>".join(_evidence(span, model, uri) for span in spans)
            text += f'<br>\n      <span class="evidence">Early account: {early}</span>'
        notes.append(text)
    return context_box(notes, title)


def _passage_blocks(passages: list[Passage], dropped: dict[str, int], model: Model, uri: str) -> list[str]:
    """One Markdown block per article: its heading and its sentences on the topic (links made from ``uri``)."""
    blocks: dict[str, list[str]] = {}
    for passage in passages:
        article, sentence = passage.article, passage.sentence
        meta = model.meta(article.stem)
        lines = blocks.setdefault(article.stem, [f"\n## {escape_markdown(article_label(article, meta))}\n"])
        quote = inline_quote(article, passage.paragraph, sentence.start, sentence.end)
        lines.append(f"- {quote} ({cite(uri, article, meta, passage.paragraph.number)})")
    for seed, count in dropped.items():
        blocks[seed].append(f"\n*And {count} more sentences on this topic in the article itself.*")
    return ["\n".join(lines) + "\n" for lines in blocks.values()]


def render_passages(spec: PageSpec, model: Model, uri: str) -> Paged:
    """ "What the articles say": the topic's sentences, on a page of their own.

    Every sentence on the topic, quoted in full, is a reference list that repeats the
    articles; on the page itself it doubled the weight of a phone's first visit. The page
    keeps a line that says how many there are and links to them (left out of search: the
    words are found on the articles' own pages). The sentences are found once (every
    word of every article is read) and rendered from each page that links them.
    """
    heading = "## What the articles say\n"
    found = passages_about(model.corpus, spec.topics)
    if not found:
        return Paged(heading + "No article mentions this topic.\n", {})
    passages, dropped = cap_per_article(list(found), lambda p: p.article.stem)
    page = f"{MORE_DIR}/{spec.id}-sentences.md"
    title = f"{spec.title}: what the articles say"
    topics = ", ".join(escape_markdown(t) for t in spec.topics)
    paged = paginate(
        lambda from_uri: _passage_blocks(passages, dropped, model, from_uri),
        name=f"{spec.id}-sentences",
        title=title,
        home_uri=page,
    )
    body = "\n".join(
        [
            front_matter(title, search={"exclude": True}),
            f"# {title}\n",
            f"Every sentence of every article that mentions the topic of "
            f"[{escape_markdown(spec.title)}]({relative_link(page, uri)}) ({topics}), quoted in full and "
            "linked to its paragraph.\n",
            paged.inline,
        ]
    )
    count = len(found)
    noun = "sentence" if count == 1 else "sentences"
    line = (
        f"The articles have {count} {noun} on this page's topic. Each is quoted in full and linked to its "
        f"paragraph on [a page of its own]({relative_link(uri, page)}).\n"
    )
    return Paged(heading + line, {page: body, **paged.extra})


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def render_explainer(page_id: str, model: Model) -> Paged:
    """Markdown for a points-based page (``background``, ``strike``) and its continuation pages."""
    spec = model.page(page_id)
    uri = page_file(page_id)
    parts = [front_matter(spec.title), f"# {spec.title}\n", f"{spec.intro}\n"]
    if page_id == "strike":
        parts.append(render_where(model))
    parts += [render_section(section, model, uri) for section in spec.sections]
    extra: dict[str, str] = {}
    if page_id == "strike":
        timeline = render_timeline(model, uri)
        parts.append(timeline.inline)
        extra.update(timeline.extra)
    parts.append(render_context(spec, model, uri))
    passages = render_passages(spec, model, uri)
    parts.append(passages.inline)
    return Paged("\n".join(part for part in parts if part), {**extra, **passages.extra})
