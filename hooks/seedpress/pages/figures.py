"""The figure table on the claims page: every number, who gives it, where.

One block of rows per measure (killed, wounded, aircraft ...), one row per
claimant per article. Where comparable figures differ the measure says so,
because the difference is the point, not an error to smooth over.
"""

from __future__ import annotations

from ..compare import FigureRow
from ..model import Model
from .common import cite, escape_markdown, inline_quote
from .paging import PER_PAGE, Paged, continuation


def measure_label(measure: str) -> str:
    """ "aircraft:F-16" -> "Aircraft: F-16"; "killed" -> "Killed"."""
    kind, _, detail = measure.partition(":")
    label = kind.replace("_", " ").capitalize()
    return f"{label}: {detail}" if detail else label


HEADER = "| What is counted | Who says so | Value | As written | Comparison |"


def _figure_rows(row: FigureRow, model: Model, uri: str, seeds: set[str]) -> list[str]:
    """The row's cells from articles in ``seeds``; the comparison flag is the whole row's."""
    lines = []
    flag = "**figures differ**" if row.disagreement else ("figures agree" if len(row.cells) > 1 else "one source")
    for cell in row.cells:
        if cell.seed not in seeds:
            continue
        article = model.article(cell.seed)
        who = escape_markdown(cell.claimant) if cell.claimant else "*the article itself*"
        if cell.via:
            who += ", via " + escape_markdown(" and ".join(cell.via))
        words = "; ".join(
            f"{inline_quote(article, article.paragraph(f.para), f.start, f.end)} "
            f"({cite(uri, article, model.meta(cell.seed), f.para)})"
            for f in cell.figures
        )
        values = ", ".join(f"{f.qualifier + ' ' if f.qualifier != 'exactly' else ''}{f.value:g}" for f in cell.figures)
        lines.append(f"| {measure_label(row.measure)} | {who} | {escape_markdown(values)} | {words} | {flag} |")
    return lines


def render_figure_table(model: Model, uri: str) -> Paged:
    """The table for the first ``PER_PAGE`` articles; further articles' figures on continuation pages."""
    rows = [r for r in model.comparison.figure_table if r.compared]
    parts = [
        "## The figures\n",
        "Every number the articles give for people killed or wounded and for aircraft, vehicles and "
        "strikes, with who gives it. Figures are shown as each source states them; none is preferred.\n",
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

    chart = render_figures_chart(model)
    if chart:
        parts.append(chart)
    parts += table(uri, shown)
    more, extra = continuation(
        lambda from_uri: ["\n".join(table(from_uri, {seed})) + "\n" for seed in order],
        name="claims-figures",
        title="The figures",
        home_uri=uri,
    )
    return Paged("\n".join(parts) + "\n" + more, extra)


from ..pictures.figures_chart import render_figures_chart  # noqa: E402  (circular: it uses measure_label)
