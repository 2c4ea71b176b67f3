"""The casualty figures as bars: one bar per figure, labelled with claimant and article.

A bar's label and the description read the figure as written ("at least 62",
"more than 100"), through ``format_figure``. A bar drawn to 62 for "at least
62" is the number the article gives; the label says it is a lower bound. A
vague quantity ("dozens of soldiers") has no number, so it is never drawn: the
caption beside the chart lists it in the article's own words instead.
"""

from __future__ import annotations

import textwrap

from ..extract.model import Figure
from ..figure_words import format_figure
from ..model import Model
from ..pages.common import inline_quote, outlet_name
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
    bars: list[tuple[str, str, float, Figure]] = []  # (measure, label, value, figure)
    not_drawn: list[str] = []  # vague quantities, quoted with their claimant
    for row in model.comparison.figure_table:
        if row.measure not in MEASURES:
            continue
        for cell in row.cells:
            article = model.article(cell.seed)
            who = cell.claimant or "the article"
            via = f" via {' and '.join(cell.via)}" if cell.via else ""
            label = f"{who}{via} ({outlet_name(article, model.meta(cell.seed))})"
            for fig in cell.figures:
                if fig.value is None:
                    quote = inline_quote(article, article.paragraph(fig.para), fig.start, fig.end)
                    not_drawn.append(f"{quote} ({measure_label(row.measure).lower()}), according to {text(label)}")
                else:
                    bars.append((row.measure, label, fig.value, fig))
    bars, not_drawn = bars[:MAX_BARS], not_drawn[:MAX_BARS]
    if not bars:
        return ""
    # Each label on its own lines above its bar (two at most): the chart stays
    # narrow enough for a phone with its labels at full size. The number is the
    # figure as written ("at least 62", "more than 100").
    numbers = [format_figure(fig, unit=False) for *_, fig in bars]
    room = max(len(n) for n in numbers) * CHAR_WIDTH + 12
    scale = (WIDTH - room) / (max(value for _, _, value, _ in bars) or 1)
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
    desc = "; ".join(f"{measure_label(m)}: {format_figure(fig)} according to {label}" for m, label, _, fig in bars)
    caption = (
        "Each bar is one figure as an article gives it, labelled with who gives it; a bar for "
        "“at least” or “more than” a number is drawn to that number. The table below lists the same "
        "figures with their words and paragraphs."
    )
    if not_drawn:
        caption += " Not drawn, because no number is given: " + "; ".join(not_drawn) + "."
    return figure(
        "figures-chart",
        title="Casualty figures by claimant and article",
        desc=desc,
        width=WIDTH,
        height=y + 6,
        body=body,
        caption=caption,
    )
