"""Chains of attribution: who said it → who relayed it → which article, one row per chain.

A leaf: it receives the chains as words (``pages/attribution_display.relay_chains``)
and returns SVG.
"""

from __future__ import annotations

from collections.abc import Sequence

from .svg import CHAR_WIDTH, CHART_WIDTH, figure, text

BOX_HEIGHT = 26
STEP = 34  # from one box of a chain to the next, downwards
INDENT = 22  # each step of a chain sits this far right of the one before
CHAIN_GAP = 18
MAX_ROWS = 12
#: Longest label drawn in full: the widest chain (three steps) fits ``CHART_WIDTH``.
MAX_LABEL = 38


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def render_chains_chart(chains: Sequence[tuple[str, ...]]) -> str:
    """Each distinct second-hand chain as a column of boxes joined by arrows; empty if there is none.

    Drawn downwards (who said it, then who passed it on, then the article), so
    the chart stays narrow enough for a phone with its labels at full size.
    """
    chains = chains[:MAX_ROWS]
    if not chains:
        return ""
    body = []
    y = 2.0
    width = 0.0
    for chain in chains:
        for step, label in enumerate(chain):
            shown = _short(label)
            x = 2 + min(step, 2) * INDENT
            box = len(shown) * CHAR_WIDTH + 16
            kind = "speaker" if step == 0 else ("article" if step == len(chain) - 1 else "relay")
            if step:  # an elbow arrow from the box above into this one
                elbow_x = x - INDENT + 10
                body.append(
                    f'<path class="picture-arrow" d="M{elbow_x:.1f},{y - STEP + BOX_HEIGHT:.1f} '
                    f'V{y + BOX_HEIGHT / 2:.1f} H{x - 5:.1f}"/>'
                    f'<path class="picture-arrowhead" d="M{x - 6:.1f},{y + BOX_HEIGHT / 2 - 5:.1f} '
                    f'L{x - 1:.1f},{y + BOX_HEIGHT / 2:.1f} L{x - 6:.1f},{y + BOX_HEIGHT / 2 + 5:.1f} Z"/>'
                )
            body.append(
                f'<rect class="picture-box picture-box--{kind}" x="{x:.1f}" y="{y:.1f}" width="{box:.1f}" '
                f'height="{BOX_HEIGHT}" rx="4"/>'
                f'<text class="picture-label" x="{x + 8:.1f}" y="{y + 18:.1f}">{text(shown)}</text>'
            )
            width = max(width, x + box + 2)
            y += STEP
        y += CHAIN_GAP
    desc = "; ".join(" → ".join(chain) for chain in chains)
    return figure(
        "chains-chart",
        title="Chains of attribution",
        desc=desc,
        width=min(CHART_WIDTH, int(width) + 1),
        height=y - CHAIN_GAP,
        body=body,
        caption="Each group, read downwards: who said the words, who passed them on, and which article printed them. The list below gives each quotation with its paragraph.",
    )
