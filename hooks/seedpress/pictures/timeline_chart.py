"""The timeline graphic of the strike page: dated events, one row per side, each mark linked.

Marks come from two places: the dates the articles mention (the row is every
party the sentence names, the link goes to the sentence's paragraph) and the
dated events that context notes list (marked as context, linked to the note).
A new article's dates join by themselves.

Why the links sit over the drawing rather than inside it: an SVG with
``role="img"`` must not contain links (axe's nested-interactive rule; screen
readers would never reach them). So the drawing is one accessible image and
each mark also gets a transparent HTML link of at least 24×24 px placed over it
in percentages, written as Markdown links so MkDocs resolves and checks them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..editorial import Party
from ..markdown_text import escape_markdown, escape_markdown_attribute
from ..model import Model
from ..pages.common import SentenceFinder, context_anchor, format_iso, outlet_name, relative_link
from ..parties import OTHERS, PartyClassifier
from .svg import CHAR_WIDTH, svg_image, text

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

WIDTH = 780
HEADER = 44
LEGEND = 34
MAX_COLUMNS = 12  # more dates than this: the busiest are drawn, the table lists all
MAX_PER_CELL = 5  # marks stacked in one row and column; the rest counted as "+n"
MARK_SPACING = 32

#: Where the docs file of each page with context notes lives.
PAGE_FILES = {"learn": "learn/index.md", "home": "index.md"}


@dataclass(frozen=True)
class Mark:
    """One mark: a day, a row, where it links and what it says."""

    day: str  # ISO day
    party: Party
    target: str  # Markdown link target, relative to the page
    label: str  # the mark's accessible name, plain text
    context: bool  # from a context note rather than an article


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _is_day(value: str | None) -> bool:
    try:
        dt.date.fromisoformat(value or "")
    except ValueError:
        return False
    return True


def _short_day(day: str) -> tuple[str, str]:
    value = dt.date.fromisoformat(day)
    return f"{value.day} {value.strftime('%b')}", str(value.year)


def article_marks(model: Model, uri: str) -> list[Mark]:
    """A mark per dated mention and per party its sentence names (or "others")."""
    classifier = PartyClassifier.from_parties(model.parties)
    marks: dict[tuple[str, str, str, int], Mark] = {}
    finder = SentenceFinder()
    named: dict[tuple[str, int, int], tuple[Party, ...]] = {}
    for date in model.extraction.dates:
        if not _is_day(date.value):
            continue  # a year or a month alone has no place on a day-by-day line
        article = model.article(date.seed)
        paragraph = article.paragraph(date.para)
        sentence = finder.around(paragraph, date.start)
        # Many dates can share one (huge) sentence: read each sentence once.
        where = (date.seed, paragraph.number, sentence.start)
        if where not in named:
            named[where] = classifier.parties_named_in(paragraph.text[sentence.start : sentence.end]) or (OTHERS,)
        parties = named[where]
        source = f"{outlet_name(article, model.meta(date.seed))} ¶{paragraph.number}"
        target = f"{relative_link(uri, f'sources/{article.stem}.md')}#p{paragraph.number}"
        for party in parties:
            key = (date.value or "", party.id, date.seed, paragraph.number)
            label = f"{format_iso(date.value or '')}, {party.name}: {source}"
            marks.setdefault(key, Mark(date.value or "", party, target, label, context=False))
    return list(marks.values())


def context_marks(model: Model, uri: str) -> list[Mark]:
    """A mark per dated event in the context notes of any page, per actor."""
    parties = {party.id: party for party in model.parties} | {OTHERS.id: OTHERS}
    marks = []
    for page in model.pages.values():
        page_file = PAGE_FILES.get(page.id, f"{page.id}.md")
        for number, note in enumerate(page.context, start=1):
            target = f"{relative_link(uri, page_file)}#{context_anchor(page.id, number)}"
            for event in note.events:
                for actor in event.actors:
                    party = parties[actor]
                    label = f"{format_iso(event.date)}, {party.name}: {event.label} (context, not from the articles)"
                    marks.append(Mark(event.date, party, target, label, context=True))
    return marks


def _columns(marks: list[Mark]) -> tuple[list[str], int]:
    """The days to draw, in order, and how many days were left out for space."""
    counts: dict[str, int] = {}
    for mark in marks:
        counts[mark.day] = counts.get(mark.day, 0) + 1
    busiest = sorted(counts, key=lambda day: (-counts[day], day))[:MAX_COLUMNS]
    return sorted(busiest), len(counts) - len(busiest)


def _mark_shape(mark: Mark, x: float, y: float) -> str:
    if mark.context:
        r = 6.5
        points = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}"
        return f'<polygon class="picture-mark picture-mark--context" points="{points}"/>'
    return f'<circle class="picture-mark" cx="{x:.1f}" cy="{y:.1f}" r="6"/>'


def _link(mark: Mark, x: float, y: float, height: float) -> str:
    """A transparent Markdown link over a mark, placed in percentages of the drawing."""
    name = escape_markdown_attribute(mark.label)
    style = f"left: {100 * x / WIDTH:.2f}%; top: {100 * y / height:.2f}%"
    return f'[]({mark.target}){{ .timeline-link aria-label="{name}" title="{name}" style="{style}" }}'


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _describe(days: list[str], rows: list[Party], marks: list[Mark]) -> str:
    """The picture in words: per day, each side and its sources or context events."""
    parts = []
    for day in days:
        sides = []
        for party in rows:
            said = [m.label.split(": ", 1)[1] for m in marks if m.day == day and m.party.id == party.id]
            if len(said) > MAX_PER_CELL:  # the description stays as short as the drawing
                said = [*said[:MAX_PER_CELL], f"and {len(said) - MAX_PER_CELL} more"]
            if said:
                sides.append(f"{party.name}: {', '.join(said)}")
        parts.append(f"{format_iso(day)}: {'; '.join(sides)}")
    return (
        f"Dated events from {format_iso(days[0])} to {format_iso(days[-1])}, one row per side, "
        "dates in order and evenly spaced (not to scale). " + ". ".join(parts) + "."
    )


def render_timeline_chart(model: Model, uri: str) -> str:
    """The graphic and its links as Markdown (``md_in_html``); empty if nothing is dated."""
    # Context events first: a full cell hides article marks (the table lists them all), never context.
    marks = context_marks(model, uri) + article_marks(model, uri)
    days, left_out = _columns(marks)
    marks = [m for m in marks if m.day in days]
    if not marks:
        return ""
    rows = [p for p in (*model.parties, OTHERS) if any(m.party.id == p.id for m in marks)]
    label_width = min(250, int(max(len(p.name) for p in rows) * CHAR_WIDTH) + 16)
    column = (WIDTH - label_width - 10) / len(days)
    cells: dict[tuple[str, str], list[Mark]] = {}
    for mark in marks:
        cells.setdefault((mark.party.id, mark.day), []).append(mark)
    # Marks in one cell stack downwards, far enough apart for a 24 px target each.
    heights = [MARK_SPACING * max(min(len(cells.get((p.id, d), [])), MAX_PER_CELL) for d in days) + 16 for p in rows]
    tops = [HEADER + sum(heights[:r]) for r in range(len(rows))]
    bottom = HEADER + sum(heights)
    height = bottom + LEGEND
    body = []
    for c, day in enumerate(days):
        x = label_width + column * (c + 0.5)
        first, year = _short_day(day)
        body += [
            f'<text class="picture-label" x="{x:.1f}" y="16" text-anchor="middle">{text(first)}</text>',
            f'<text class="picture-note" x="{x:.1f}" y="32" text-anchor="middle">{text(year)}</text>',
            f'<line class="picture-grid" x1="{x:.1f}" y1="{HEADER - 4}" x2="{x:.1f}" y2="{bottom}"/>',
        ]
    links = []
    for party, top, row_height in zip(rows, tops, heights, strict=True):
        body += [
            f'<line class="picture-rule" x1="0" y1="{top}" x2="{WIDTH}" y2="{top}"/>',
            f'<text class="picture-label" x="0" y="{top + row_height / 2 + 4:.1f}">{text(party.name)}</text>',
        ]
        for c, day in enumerate(days):
            cell = cells.get((party.id, day), [])
            x = label_width + column * (c + 0.5)
            for k, mark in enumerate(cell[:MAX_PER_CELL]):
                y = top + 8 + MARK_SPACING * (k + 0.5)
                body.append(_mark_shape(mark, x, y))
                links.append(_link(mark, x, y, height))
            if len(cell) > MAX_PER_CELL:
                y = top + 8 + MARK_SPACING * (MAX_PER_CELL - 0.5)
                body.append(
                    f'<text class="picture-note" x="{x + 12:.1f}" y="{y + 4:.1f}">+{len(cell) - MAX_PER_CELL}</text>'
                )
    legend_y = bottom + 22
    body += [
        f'<line class="picture-rule" x1="0" y1="{bottom}" x2="{WIDTH}" y2="{bottom}"/>',
        _mark_shape(Mark("", OTHERS, "", "", context=False), 8, legend_y - 4),
        f'<text class="picture-label" x="20" y="{legend_y}">a date in an article (row: the sides its sentence names)</text>',
        _mark_shape(Mark("", OTHERS, "", "", context=True), 458, legend_y - 4),
        f'<text class="picture-label" x="470" y="{legend_y}">an event from the context notes</text>',
    ]
    desc = _describe(days, rows, marks)
    more = f" {left_out} less busy dates are left out here; the table lists every date." if left_out else ""
    caption = (
        "Each dot is a date an article mentions, in the row of each side its sentence names; each diamond "
        "is an event from the context notes, not from the articles. Columns are the dates in order, evenly "
        f"spaced, not to scale. Select a mark to go to its paragraph or note.{more}"
    )
    svg = svg_image(
        "timeline-chart",
        title="Timeline of the dated events, by side",
        desc=desc,
        width=WIDTH,
        height=height,
        body=body,
    )
    # The drawing stays a raw block (no Markdown, no glossary tooltips inside SVG);
    # the links are Markdown in a block laid over it.
    return (
        '<figure class="picture-figure" id="timeline-chart" markdown>\n'
        '<div class="timeline-stage" markdown>\n'
        f'<div class="timeline-drawing">{svg}</div>\n'
        f'<div class="timeline-links" markdown>\n{" ".join(links)}\n</div>\n'
        "</div>\n"
        f"<figcaption>{escape_markdown(caption)}</figcaption>\n"
        "</figure>\n"
    )
