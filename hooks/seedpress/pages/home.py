"""Generated pieces of the hand-written home page (``docs/index.md``).

The home page is prose the editors own; the numbers on it must still come from
the articles, so the page holds markers (``<!-- seedpress:key-figures -->``)
that the build replaces with these snippets.
"""

from __future__ import annotations

from ..figure_words import format_figure
from ..model import Model
from ..routes import CLAIMS, HOME, relative_link
from .common import cite, escape_markdown, measure_name
from .explainer import render_point
from .where import render_where

URI = HOME
KEY_MEASURES = ("killed", "wounded")
#: Citations listed for one figure; further articles are counted.
MAX_CITATIONS = 3
#: Different figures listed per measure on the home page.
MAX_FIGURES = 6


def render_key_figures(model: Model, uri: str = URI) -> str:
    """The casualty figures, each with its claimant and the articles that report it.

    The same figure from the same claimant is listed once, with its first
    citations, so the list stays short however many articles repeat it. Each
    keeps its qualifier ("at least 62"); ``uri`` is the page it goes on.
    """
    lines = []
    for row in model.comparison.figure_table:
        if row.measure not in KEY_MEASURES:
            continue
        grouped: dict[tuple[str, str], list[str]] = {}  # (figure as written, who) -> citations
        for cell in row.cells:
            article = model.article(cell.seed)
            who = escape_markdown(cell.claimant) if cell.claimant else "the article"
            if cell.via:
                who += ", via " + escape_markdown(" and ".join(cell.via))
            for figure in cell.figures:
                citation = cite(uri, article, model.meta(cell.seed), figure.para)
                grouped.setdefault((format_figure(figure, unit=False), who), []).append(citation)
        claims = []
        for (amount, who), citations in grouped.items():
            more = f" and {len(citations) - MAX_CITATIONS} more" if len(citations) > MAX_CITATIONS else ""
            claims.append(
                f"**{escape_markdown(amount)}** according to {who} ({', '.join(citations[:MAX_CITATIONS])}{more})"
            )
        note = {
            "differ": " The figures differ.",
            "compatible": " The figures can all be true, but are not the same.",
        }.get(row.relation, "")
        if len(claims) > MAX_FIGURES:
            note += (
                f" {len(claims) - MAX_FIGURES} more figures are listed under "
                f"[Competing claims]({relative_link(uri, CLAIMS)}#the-figures)."
            )
        name = measure_name(row.measure, model.measure_names)
        lines.append(f"- **{name[:1].upper()}{name[1:]}:** " + "; ".join(claims[:MAX_FIGURES]) + "." + note)
    if not lines:
        return "*The articles give no casualty figures.*\n"
    return "\n".join(lines) + "\n"


def render_summary(model: Model) -> str:
    """The home page's attributed account of what happened (editorial points, cited)."""
    items = [item for s in model.page("home").sections for p in s.points if (item := render_point(p, model, URI))]
    return "\n".join(items) + "\n"


SNIPPETS = {"key-figures": render_key_figures, "summary": render_summary, "locator-map": render_where}
