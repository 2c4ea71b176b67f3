"""The figure table on the claims page: every number, who gives it, where.

One block of rows per measure (killed, wounded, aircraft ...), one row per
claimant per article. Every figure is shown with its qualifier ("at least 62").
Where comparable figures differ the measure says so, because the difference is
the point, not an error to smooth over; where they differ only in how they are
hedged ("62" and "at least 62") it says they can both be true, not that they
are the same.
"""

from __future__ import annotations

from ..compare import FigureCell, FigureRow
from ..figure_words import format_figure, measure_label
from ..model import Model
from ..pictures.figures_chart import Bar, render_figures_chart
from .common import cite, escape_markdown, inline_quote, outlet_name
from .paging import PER_PAGE, Paged, continuation

#: The measures the chart draws as bars (the table lists every measure).
CHART_MEASURES = ("killed", "wounded")

#: Figures one line shows as written; a long article repeating a figure gives the rest as a count.
MAX_FIGURES_SHOWN = 10

HEADER = "| What is counted | Who says so | Value | As written | Comparison |"


#: What the Comparison column says, in plain words, for each relation of a row's figures.
COMPARISON_WORDS = {
    "differ": "**figures differ**",
    "compatible": "compatible (not the same figure)",
    "same": "same figure",
}
#: What the page says about the comparison words, before the table.
COMPARISON_KEY = (
    "The last column compares the figures for the same thing. *Same figure*: every source gives the same "
    "number in the same words. *Compatible*: the numbers are not the same, but they can all be true "
    '("62" and "at least 62"; "about 60" and "62"). *Figures differ*: at least two of them cannot both be true '
    '("62" and "83"; "100" and "more than 100"). Words such as "dozens" give no number, so they are listed but '
    'not compared. "About" is read as up to a tenth either way (at least 1).\n'
)


def comparison_words(row: FigureRow, cell: FigureCell) -> str:
    """The Comparison column for one line: the row's relation, or why there is none."""
    if cell.only_vague:
        return "no number given"
    if row.relation in COMPARISON_WORDS and not (row.relation == "same" and len(row.cells) == 1):
        return COMPARISON_WORDS[row.relation]
    return "one source" if len(row.cells) == 1 else "nothing to compare"


def _figure_rows(row: FigureRow, model: Model, uri: str, seeds: set[str]) -> list[str]:
    """The row's cells from articles in ``seeds``; the comparison is the whole row's."""
    lines = []
    for cell in row.cells:
        if cell.seed not in seeds:
            continue
        article = model.article(cell.seed)
        who = escape_markdown(cell.claimant) if cell.claimant else "*the article itself*"
        if cell.via:
            who += ", via " + escape_markdown(" and ".join(cell.via))
        shown = cell.figures[:MAX_FIGURES_SHOWN]
        words = "; ".join(
            f"{inline_quote(article, article.paragraph(f.para), f.start, f.end)} "
            f"({cite(uri, article, model.meta(cell.seed), f.para)})"
            for f in shown
        )
        values = ", ".join(format_figure(f, unit=False) for f in shown)
        if len(cell.figures) > len(shown):
            more = len(cell.figures) - len(shown)
            words += f"; and {more} more in the article"
            values += f" and {more} more"
        flag = comparison_words(row, cell)
        lines.append(f"| {measure_label(row.measure)} | {who} | {escape_markdown(values)} | {words} | {flag} |")
    return lines


def _chart(model: Model) -> str:
    """The bar chart of ``CHART_MEASURES``: a bar per figure with a number, the rest quoted in its caption."""
    bars: list[Bar] = []
    not_drawn: list[str] = []  # vague quantities, quoted with their claimant
    for row in model.comparison.figure_table:
        if row.measure not in CHART_MEASURES:
            continue
        for cell in row.cells:
            article = model.article(cell.seed)
            who = cell.claimant or "the article"
            via = f" via {' and '.join(cell.via)}" if cell.via else ""
            label = f"{who}{via} ({outlet_name(article, model.meta(cell.seed))})"
            for fig in cell.figures:
                if fig.value is None:
                    quote = inline_quote(article, article.paragraph(fig.para), fig.start, fig.end)
                    measure = measure_label(row.measure).lower()
                    not_drawn.append(f"{quote} ({measure}), according to {escape_markdown(label)}")
                else:
                    number, written = format_figure(fig, unit=False), format_figure(fig)
                    bars.append(Bar(row.measure, measure_label(row.measure), label, fig.value, number, written))
    return render_figures_chart(bars, not_drawn)


def render_figure_table(model: Model, uri: str) -> Paged:
    """The table for the first ``PER_PAGE`` articles; further articles' figures on continuation pages."""
    rows = [r for r in model.comparison.figure_table if r.compared]
    parts = [
        "## The figures\n",
        "Every number the articles give for people killed or wounded and for aircraft, vehicles and "
        "strikes, with who gives it. Figures are shown as each source states them, with words such as "
        '"at least" kept; none is preferred.\n',
    ]
    if not rows:
        return Paged("\n".join(parts) + "The articles give no such figures.\n", {})
    order = [a.stem for a in model.corpus.articles if any(c.seed == a.stem for r in rows for c in r.cells)]
    shown = set(order[:PER_PAGE])

    def table(from_uri: str, seeds: set[str]) -> list[str]:
        lines = [HEADER, "| --- | --- | --- | --- | --- |"]
        for row in rows:
            lines += _figure_rows(row, model, from_uri, seeds)
        return lines

    chart = _chart(model)
    if chart:
        parts.append(chart)
    parts.append(COMPARISON_KEY)
    parts += table(uri, shown)
    more, extra = continuation(
        lambda from_uri: ["\n".join(table(from_uri, {seed})) + "\n" for seed in order],
        name="claims-figures",
        title="The figures",
        home_uri=uri,
    )
    return Paged("\n".join(parts) + "\n" + more, extra)
