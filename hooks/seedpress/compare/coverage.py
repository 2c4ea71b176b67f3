"""Coverage: which article carries which quotation family and figure, and which omits it.

A reader comparing outlets needs to see silence as well as speech: seed 003
gives the Syrian Observatory's toll, seed 000 does not. Each row is one item
(a quotation family or a figure measure); each article either carries it (in
the listed paragraphs) or omits it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from ..extract.model import Figure
from .families import QuoteFamily

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

ItemKind = Literal["quotation", "figure"]
#: Characters of a family's base shown as the row label.
LABEL_CHARS = 80


@dataclass(frozen=True)
class CoverageRow:
    """One item and where it appears: ``present`` maps seed -> paragraph numbers."""

    kind: ItemKind
    key: str  # family id or measure
    label: str
    present: tuple[tuple[str, tuple[int, ...]], ...]
    missing: tuple[str, ...]


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def build_coverage(
    seeds: tuple[str, ...], families: tuple[QuoteFamily, ...], figures: tuple[Figure, ...]
) -> tuple[CoverageRow, ...]:
    """Rows for every family seen in more than one place and every figure measure."""
    rows: list[CoverageRow] = []
    for family in sorted(families, key=lambda f: f.id):
        if len(family.members) < 2:
            continue
        where: dict[str, set[int]] = defaultdict(set)
        for member in family.members:
            where[member.quotation.seed].add(member.quotation.para)
        rows.append(_row("quotation", family.id, family.base.text[:LABEL_CHARS], where, seeds))
    by_measure: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for figure in figures:
        by_measure[figure.measure][figure.seed].add(figure.para)
    for measure in sorted(by_measure):
        rows.append(_row("figure", measure, measure, by_measure[measure], seeds))
    return tuple(rows)


def _row(kind: ItemKind, key: str, label: str, where: dict[str, set[int]], seeds: tuple[str, ...]) -> CoverageRow:
    present = tuple((seed, tuple(sorted(where[seed]))) for seed in seeds if seed in where)
    return CoverageRow(kind, key, label, present, tuple(seed for seed in seeds if seed not in where))
