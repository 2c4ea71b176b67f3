"""The casualty figures as bars: one bar per figure, labelled with claimant and article."""

from __future__ import annotations

import textwrap

from ..model import Model
from ..pages.common import outlet_name
from ..pages.figures import measure_label
from .svg import CHAR_WIDTH, CHART_WIDTH, figure, text

MEASURES = ("killed", "wounded")
LABEL_ROW = 20  # the label's line, above its bar
ROW = 48  # label, bar and the gap to the next
BAR_HEIGHT = 16
WIDTH = CHART_WIDTH
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
    # Each label on its own lines above its bar (two at most): the chart stays
    # narrow enough for a phone with its labels at full size.
    numbers = [("" if q == "exactly" else f"{q} ") + f"{v:g}" for _, _, v, q in bars]
    room = max(len(n) for n in numbers) * CHAR_WIDTH + 12
    scale = (WIDTH - room) / max(value for _, _, value, _ in bars)
    longest = int(WIDTH / CHAR_WIDTH)
    body = []
    y = 4
    current = None
    for (measure, label, value, _), number in zip(bars, numbers, strict=True):
        if measure != current:
            current = measure
            body.append(f'<text class="picture-heading" x="0" y="{y + 15}">{text(measure_label(measure))}</text>')
            y += 28
        lines = textwrap.wrap(label, longest, max_lines=2, placeholder=" …") or [""]
        width = max(1.0, value * scale)
        for line in lines:
            body.append(f'<text class="picture-label" x="0" y="{y + 14}">{text(line)}</text>')
            y += LABEL_ROW
        body += [
            f'<rect class="picture-bar picture-bar--{measure}" x="0" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}"/>',
            f'<text class="picture-label" x="{width + 6:.1f}" y="{y + 13}">{text(number)}</text>',
        ]
        y += ROW - LABEL_ROW
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
