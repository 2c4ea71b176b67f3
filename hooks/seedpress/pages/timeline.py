"""The timeline of the strike page, built from the dates the articles mention.

Every dated mention (absolute, or relative and resolved against the article's
publication date) becomes a row with the sentence that carries it, quoted and
linked, so each entry is attributed to its article and a new article's dates
join the timeline by themselves.
"""

from __future__ import annotations

from ..extract import DateMention
from ..model import Model
from ..pictures.timeline_chart import render_timeline_chart
from .common import SentenceFinder, cite, escape_markdown, format_iso, inline_quote, relative_link
from .paging import Paged, cap_per_article, continuation, dropped_note

#: Table rows the strike page shows itself; the rest continue on extra pages.
ROWS_PER_PAGE = 60


def _sort_key(date: DateMention) -> tuple[str, str, int, int]:
    return (date.value or "", date.seed, date.para, date.start)


def _how_resolved(date: DateMention, model: Model) -> str:
    article = model.article(date.seed)
    paragraph = article.paragraph(date.para)
    word = inline_quote(article, paragraph, date.start, date.end)
    if date.kind != "relative":
        return f"{word}, as written"
    basis = "an inferred" if date.inferred else "a stated"
    return f"{word}, counted from {basis} publication date"


def _rows(model: Model, dates: list[DateMention], uri: str) -> list[str]:
    rows = []
    finder = SentenceFinder()
    for date in dates:
        article = model.article(date.seed)
        paragraph = article.paragraph(date.para)
        sentence = finder.around(paragraph, date.start)
        said = inline_quote(article, paragraph, sentence.start, sentence.end)
        source = cite(uri, article, model.meta(date.seed), paragraph.number)
        rows.append(
            f"| {escape_markdown(format_iso(date.value or ''))} | {said} | {source} | {_how_resolved(date, model)} |"
        )
    return rows


def render_timeline(model: Model, uri: str) -> Paged:
    """The graphic, then a table: date, what the article says in that sentence, how the date was worked out.

    A long table continues on extra pages (``ROWS_PER_PAGE`` rows each), in date order.
    """
    # An article with more dates than a list takes (a pasted dump) shows the
    # first ones and points to its own page for the rest.
    dates, dropped = cap_per_article([d for d in model.extraction.dates if d.value], lambda d: d.seed)
    dates.sort(key=_sort_key)
    lines = [
        "## Timeline\n",
        "Dates as the articles give them. Words such as *Monday* or *today* are counted from the "
        "article's publication date; where that date is itself inferred, so is the result.\n",
    ]
    chart = render_timeline_chart(model, uri)
    if chart:
        lines.append(chart)
    if not dates:
        return Paged("\n".join(lines) + "The articles give no dates that could be placed on a timeline.\n", {})
    header = "| Date | What the article says | Source | How the date was found |\n| --- | --- | --- | --- |"
    rows = _rows(model, dates, uri)
    more = ""
    extra: dict[str, str] = {}
    if len(rows) > ROWS_PER_PAGE:
        more, extra = continuation(
            lambda from_uri: _rows(model, dates, from_uri),
            name=f"{uri.removesuffix('.md')}-timeline",
            title="Timeline",
            home_uri=uri,
            per_page=ROWS_PER_PAGE,
            unit="dates",
            preamble=header,
        )
    capped = dropped_note(
        dropped, lambda seed: f"[{escape_markdown(seed)}]({relative_link(uri, f'sources/{seed}.md')})"
    )
    return Paged("\n".join([*lines, header, *rows[:ROWS_PER_PAGE]]) + "\n" + more + capped, extra)
