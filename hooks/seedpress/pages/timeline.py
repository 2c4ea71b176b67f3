"""The timeline of the strike page: one labelled line per dated event, in date order.

Two kinds of event share the line, told apart by a label and a marker shape
(never by colour alone):

* **From an article**: a date an article mentions (absolute, or relative and
  counted from the article's publication date), with the sentence that carries
  it quoted as the outlet's words and a link to its paragraph. A new article's
  dates join by themselves.
* **Context note**: a dated event that a context note states (``events`` in
  ``editorial/pages.yml``), with the note's public source and a link to the note.

Everything is text in an ordered list (no drawing, nothing to hover), so it
reads on a 390 px phone, on paper and with a screen reader. Durations are not
dates and never appear (the date extractor does not report them).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extract import DateMention
from ..markdown_text import escape_html, markdown_link
from ..model import Model
from ..routes import page_file, source_link
from .common import (
    SentenceFinder,
    at_word_edges,
    cite,
    context_anchor,
    escape_markdown,
    format_iso,
    inline_quote,
    outlet_name,
    relative_link,
)
from .paging import Paged, cap_per_article, continuation, dropped_note

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Events the strike page shows itself; the rest continue on extra pages.
ROWS_PER_PAGE = 60
LIST_OPEN = '<ol class="timeline" markdown>'
LIST_CLOSE = "</ol>"
KIND_LABELS = {"article": "From an article", "context": "Context note, not from the articles"}


@dataclass(frozen=True)
class _Event:
    """One line of the timeline; ``render`` makes its Markdown from a page's address."""

    day: str  # ISO date as extracted ("2016-09-17", "2016-09")
    kind: str  # "article" or "context"
    order: tuple[str, int, int]  # within a day: article events by source and position, then context
    date: DateMention | None = None
    page_id: str = ""
    note_number: int = 0
    event_label: str = ""
    sources: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


#: Characters of a long sentence shown on each side of its date; the cut is marked "…".
SIDE_CHARS = 110


def _around(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[int, int]:
    """The sentence ``text[start:end]``, or, when long, the words around its date.

    A timeline line should say what happened on that day; a long sentence is cut at word
    boundaries around the date, and ``inline_quote(excerpt=True)`` marks each cut.
    """
    if end - start <= 2 * SIDE_CHARS + (date_end - date_start):
        return start, end
    window = (max(start, date_start - SIDE_CHARS), min(end, date_end + SIDE_CHARS))
    return at_word_edges(text, (start, end), window, keep=(date_start, date_end))


def _how_resolved(date: DateMention, model: Model) -> str:
    """For a relative date, the word it was counted from ("" for a date written out)."""
    if date.kind != "relative":
        return ""
    article = model.article(date.seed)
    paragraph = article.paragraph(date.para)
    word = inline_quote(article, paragraph, date.start, date.end)
    basis = "inferred" if date.inferred else "stated"
    return f"Date worked out from {word} and the article's {basis} publication date."


def _article_events(model: Model, dates: list[DateMention]) -> list[_Event]:
    """One event per date and sentence: several mentions of one date in a sentence are one line."""
    finder = SentenceFinder()
    events: dict[tuple[str, str, int, int], _Event] = {}
    for date in dates:
        paragraph = model.article(date.seed).paragraph(date.para)
        sentence = finder.around(paragraph, date.start)
        key = (date.value or "", date.seed, paragraph.number, sentence.start)
        events.setdefault(key, _Event(date.value or "", "article", (date.seed, paragraph.number, date.start), date))
    return list(events.values())


def _context_events(model: Model) -> list[_Event]:
    """The dated events of every page's context notes, each once: two pages' notes may state one event."""
    events = []
    seen: set[tuple[str, str]] = set()
    for page in model.pages.values():
        for number, note in enumerate(page.context, start=1):
            sources = tuple((s.title, s.url) for s in note.sources)
            for index, event in enumerate(note.events):
                if (event.date, event.label) in seen:
                    continue
                seen.add((event.date, event.label))
                events.append(
                    _Event(event.date, "context", ("~", number, index), None, page.id, number, event.label, sources)
                )
    return events


def _render(event: _Event, model: Model, uri: str, finder: SentenceFinder) -> str:
    """The event as a list item: date and kind, what happened (attributed), where it comes from."""
    head = (
        f'<span class="timeline-date"><time datetime="{escape_html(event.day)}">'
        f"{escape_markdown(format_iso(event.day))}</time></span> "
        f'<span class="timeline-kind">{KIND_LABELS[event.kind]}</span>'
    )
    if event.date is not None:
        date = event.date
        article = model.article(date.seed)
        paragraph = article.paragraph(date.para)
        sentence = finder.around(paragraph, date.start)
        outlet = escape_markdown(outlet_name(article, model.meta(date.seed)))
        low, high = _around(paragraph.text, sentence.start, sentence.end, date.start, date.end)
        said = inline_quote(article, paragraph, low, high, excerpt=True)
        where = f"Source: {cite(uri, article, model.meta(date.seed), paragraph.number)}."
        how = _how_resolved(date, model)
        body = f'<span class="timeline-what">{outlet}: {said}</span> <span class="timeline-source">{where}'
        body += f" {how}</span>" if how else "</span>"
    else:
        note = f"{relative_link(uri, page_file(event.page_id))}#{context_anchor(event.page_id, event.note_number)}"
        links = "; ".join(markdown_link(title, url) for title, url in event.sources)
        body = (
            f'<span class="timeline-what">{escape_markdown(event.event_label)}.</span> '
            f'<span class="timeline-source">Source: {links} ([the note]({note})).</span>'
        )
    return f'<li class="timeline-event timeline-event--{event.kind}" markdown>{head}<br>\n{body}</li>'


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def render_timeline(model: Model, uri: str) -> Paged:
    """The timeline section: every dated event as a labelled line, in date order.

    A long timeline continues on extra pages (``ROWS_PER_PAGE`` events each).
    """
    # An article with more dates than a list takes (a pasted dump) shows the
    # first ones and points to its own page for the rest.
    dates, dropped = cap_per_article([d for d in model.extraction.dates if d.value], lambda d: d.seed)
    events = sorted(_article_events(model, dates) + _context_events(model), key=lambda e: (e.day, e.order))
    lines = [
        "## Timeline\n",
        "Each line is one dated event. **From an article** (a round marker): a date an article "
        "mentions, with the article's own sentence in quotation marks; words such as *Monday* "
        "are counted from the article's publication date. **Context note** (a square marker): "
        "an event stated by a public source outside the articles. A length of time "
        "(*six days since the truce began*, *for two days*) is not a date, so it is not placed here.\n",
    ]
    if not events:
        return Paged("\n".join(lines) + "\nThe articles give no dates that could be placed on a timeline.\n", {})

    def items(from_uri: str) -> list[str]:
        finder = SentenceFinder()
        return [_render(event, model, from_uri, finder) for event in events]

    shown = items(uri)
    more = ""
    extra: dict[str, str] = {}
    if len(shown) > ROWS_PER_PAGE:
        more, extra = continuation(
            items,
            name=f"{uri.removesuffix('.md')}-timeline",
            title="Timeline",
            home_uri=uri,
            per_page=ROWS_PER_PAGE,
            unit="events",
            preamble=LIST_OPEN,
            postamble=LIST_CLOSE,
        )
    capped = dropped_note(dropped, lambda seed: f"[{escape_markdown(seed)}]({source_link(uri, seed)})")
    body = "\n".join([*lines, LIST_OPEN, *shown[:ROWS_PER_PAGE], LIST_CLOSE])
    return Paged(body + "\n" + more + capped, extra)
