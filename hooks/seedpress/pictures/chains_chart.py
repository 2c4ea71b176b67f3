"""Chains of attribution: who said it → who relayed it → which article, one row per chain."""

from __future__ import annotations

from ..model import Model
from ..pages.attribution_display import all_claims
from ..pages.common import outlet_name
from .svg import CHAR_WIDTH, figure, text

ROW = 38
BOX_HEIGHT = 24
GAP = 26
MAX_ROWS = 12
MAX_LABEL = 34


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def render_chains_chart(model: Model) -> str:
    """One row of boxes and arrows per distinct second-hand chain; empty if there is none."""
    chains: list[tuple[str, ...]] = []
    for claim in all_claims(model):
        if claim.speaker and claim.speaker.via:
            article = model.article(claim.seed)
            chain = (claim.speaker.label, *claim.speaker.via, outlet_name(article, model.meta(claim.seed)))
            if chain not in chains:
                chains.append(chain)
    chains = chains[:MAX_ROWS]
    if not chains:
        return ""
    body = []
    width = 0
    for row, chain in enumerate(chains):
        x, y = 2.0, 6 + row * ROW
        for step, label in enumerate(chain):
            shown = _short(label)
            box = len(shown) * CHAR_WIDTH + 16
            kind = "speaker" if step == 0 else ("article" if step == len(chain) - 1 else "relay")
            body.append(
                f'<rect class="picture-box picture-box--{kind}" x="{x:.1f}" y="{y}" width="{box:.1f}" height="{BOX_HEIGHT}" rx="4"/>'
                f'<text class="picture-label" x="{x + 8:.1f}" y="{y + 16}">{text(shown)}</text>'
            )
            x += box
            if step < len(chain) - 1:
                body.append(
                    f'<line class="picture-arrow" x1="{x + 3:.1f}" y1="{y + 12}" x2="{x + GAP - 5:.1f}" y2="{y + 12}"/>'
                    f'<path class="picture-arrowhead" d="M{x + GAP - 5:.1f},{y + 7} L{x + GAP - 1:.1f},{y + 12} L{x + GAP - 5:.1f},{y + 17} Z"/>'
                )
                x += GAP
        width = max(width, int(x) + 4)
    desc = "; ".join(" → ".join(chain) for chain in chains)
    return figure(
        "chains-chart",
        title="Chains of attribution",
        desc=desc,
        width=width,
        height=6 + len(chains) * ROW,
        body=body,
        caption="Each row: who said the words, who passed them on, and which article printed them. The list below gives each quotation with its paragraph.",
    )
