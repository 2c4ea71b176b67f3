"""The casualty figures as bars: one bar per figure, labelled with claimant and article."""

from __future__ import annotations

from ..model import Model
from ..pages.common import outlet_name
from ..pages.figures import measure_label
from .svg import CHAR_WIDTH, figure, text

MEASURES = ("killed", "wounded")
ROW = 26
BAR_HEIGHT = 16
WIDTH = 780
MAX_BARS = 30


def render_figures_chart(model: Model) -> str:
    """Bars for the killed and wounded figures, from the figure table; empty if there are none."""
    bars: list[tuple[str, str, float, str]] = []  # (measure, label, value, qualifier)
    for row in model.comparison.figure_table:
        if row.measure not in MEASURES:
            continue
        for cell in row.cells:
            article = model.article(cell.seed)
            who = cell.claimant or "the article"
            via = f" via {' and '.join(cell.via)}" if cell.via else ""
            for fig in cell.figures:
                bars.append(
                    (
                        row.measure,
                        f"{who}{via} ({outlet_name(article, model.meta(cell.seed))})",
                        fig.value,
                        fig.qualifier,
                    )
                )
    bars = bars[:MAX_BARS]
    if not bars:
        return ""
    label_width = min(430, int(max(len(label) for _, label, _, _ in bars) * CHAR_WIDTH) + 10)
    scale = (WIDTH - label_width - 90) / max(value for _, _, value, _ in bars)
    body = []
    y = 10
    current = None
    for measure, label, value, qualifier in bars:
        if measure != current:
            current = measure
            body.append(f'<text class="picture-heading" x="0" y="{y + 12}">{text(measure_label(measure))}</text>')
            y += ROW
        shown = label if len(label) * CHAR_WIDTH < label_width else label[: int(label_width / CHAR_WIDTH) - 2] + "…"
        width = max(1.0, value * scale)
        number = ("" if qualifier == "exactly" else f"{qualifier} ") + f"{value:g}"
        body += [
            f'<text class="picture-label" x="{label_width - 8}" y="{y + 12}" text-anchor="end">{text(shown)}</text>',
            f'<rect class="picture-bar picture-bar--{measure}" x="{label_width}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}"/>',
            f'<text class="picture-label" x="{label_width + width + 6:.1f}" y="{y + 12}">{text(number)}</text>',
        ]
        y += ROW
    desc = "; ".join(f"{measure_label(m)}: {v:g} according to {label}" for m, label, v, _ in bars)
    return figure(
        "figures-chart",
        title="Casualty figures by claimant and article",
        desc=desc,
        width=WIDTH,
        height=y + 6,
        body=body,
        caption="Each bar is one figure as an article gives it, labelled with who gives it. The table below lists the same figures with their words and paragraphs.",
    )
