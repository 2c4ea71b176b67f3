"""Generated pieces of the hand-written home page (``docs/index.md``).

The home page is prose the editors own; the numbers on it must still come from
the articles, so the page holds markers (``<!-- seedpress:key-figures -->``)
that the build replaces with these snippets.
"""

from __future__ import annotations

from ..model import Model
from .common import cite, escape_markdown
from .explainer import render_point
from .figures import measure_label

URI = "index.md"
KEY_MEASURES = ("killed", "wounded")


def render_key_figures(model: Model) -> str:
    """The casualty figures, each with its claimant and article."""
    lines = []
    for row in model.comparison.figure_table:
        if row.measure not in KEY_MEASURES:
            continue
        claims = []
        for cell in row.cells:
            article = model.article(cell.seed)
            who = escape_markdown(cell.claimant) if cell.claimant else "the article"
            if cell.via:
                who += ", via " + escape_markdown(" and ".join(cell.via))
            for figure in cell.figures:
                qualifier = "" if figure.qualifier == "exactly" else f"{escape_markdown(figure.qualifier)} "
                claims.append(
                    f"**{qualifier}{figure.value:g}** according to {who} "
                    f"({cite(URI, article, model.meta(cell.seed), figure.para)})"
                )
        note = " The figures differ." if row.disagreement else ""
        lines.append(f"- **{measure_label(row.measure)}:** " + "; ".join(claims) + "." + note)
    if not lines:
        return "*The articles give no casualty figures.*\n"
    return "\n".join(lines) + "\n"


def render_summary(model: Model) -> str:
    """The home page's attributed account of what happened (editorial points, cited)."""
    items = [item for s in model.page("home").sections for p in s.points if (item := render_point(p, model, URI))]
    return "\n".join(items) + "\n"


SNIPPETS = {"key-figures": render_key_figures, "summary": render_summary}
