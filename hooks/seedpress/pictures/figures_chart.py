"""The casualty figures as bars: one bar per figure, labelled with claimant and article.

A leaf: it receives the bars in words (``pages/figures.py`` reads the model)
and returns SVG. A bar's label and the description read the figure as written
("at least 62", "more than 100"), as ``format_figure`` gives it. A bar drawn to 62 for "at least
62" is the number the article gives; the label says it is a lower bound. A
vague quantity ("dozens of soldiers") has no number, so it is never drawn: the
caption beside the chart lists it in the article's own words instead.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from .svg import CHAR_WIDTH, CHART_WIDTH, figure, text

LABEL_ROW = 20  # the label's line, above its bar
ROW = 48  # label, bar and the gap to the next
BAR_HEIGHT = 16
WIDTH = CHART_WIDTH
MAX_BARS = 30


@dataclass(frozen=True)
class Bar:
    """One figure to draw, already in words: the caller reads the model, the chart only draws."""

    measure: str  # "killed": names the bar's CSS class and groups the bars
    heading: str  # "Killed": the group's heading
    label: str  # who gives it, and in which article
    value: float
    number: str  # the figure as written, without its unit ("at least 62")
    written: str  # the figure as written, with its unit, for the description


def render_figures_chart(bars: Sequence[Bar], not_drawn: Sequence[str]) -> str:
    """Bars grouped by measure; ``not_drawn`` (Markdown-safe) lists the figures without a number. Empty if no bar."""
    bars, not_drawn = bars[:MAX_BARS], not_drawn[:MAX_BARS]
    if not bars:
        return ""
    # Each label on its own lines above its bar (two at most): the chart stays
    # narrow enough for a phone with its labels at full size. The number is the
    # figure as written ("at least 62", "more than 100").
    room = max(len(bar.number) for bar in bars) * CHAR_WIDTH + 12
    scale = (WIDTH - room) / (max(bar.value for bar in bars) or 1)
    longest = int(WIDTH / CHAR_WIDTH)
    body = []
    y = 4
    current = None
    for bar in bars:
        if bar.measure != current:
            current = bar.measure
            body.append(f'<text class="picture-heading" x="0" y="{y + 15}">{text(bar.heading)}</text>')
            y += 28
        lines = textwrap.wrap(bar.label, longest, max_lines=2, placeholder=" …") or [""]
        width = max(1.0, bar.value * scale)
        for line in lines:
            body.append(f'<text class="picture-label" x="0" y="{y + 14}">{text(line)}</text>')
            y += LABEL_ROW
        body += [
            f'<rect class="picture-bar picture-bar--{bar.measure}" x="0" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}"/>',
            f'<text class="picture-label" x="{width + 6:.1f}" y="{y + 13}">{text(bar.number)}</text>',
        ]
        y += ROW - LABEL_ROW
    desc = "; ".join(f"{bar.heading}: {bar.written} according to {bar.label}" for bar in bars)
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
