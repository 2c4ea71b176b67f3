"""The figure table: one row per measure, one cell per claimant in each article.

Casualty claims changed over time and differ by source (62 killed per Russia's
Defence Ministry, 83 per the Syrian Observatory for Human Rights). The table
puts them side by side, attributed, and says how a row's figures relate: the
same figure, compatible ("62" and "at least 62" can both be true) or differing
("62" and "83"; "100" and "more than 100"), compared as intervals by
``intervals.relation_of_all``. It never picks a winner, and a vague quantity
("dozens") is listed but never compared.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..extract.model import Figure
from .intervals import Relation, relation_of_all

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: The cell label for a figure the article states in its own voice.
UNATTRIBUTED = None


@dataclass(frozen=True)
class FigureCell:
    """What one claimant says about one measure in one article."""

    seed: str
    claimant: str | None
    via: tuple[str, ...]
    figures: tuple[Figure, ...]

    @property
    def values(self) -> tuple[float, ...]:
        """The numbers given, ascending; vague quantities have none."""
        return tuple(sorted({f.value for f in self.figures if f.value is not None}))

    @property
    def only_vague(self) -> bool:
        """True when every figure of the cell is a vague quantity ("dozens")."""
        return all(f.is_vague for f in self.figures)


@dataclass(frozen=True)
class FigureRow:
    """All cells for one measure, and how their figures relate.

    ``relation`` is "differ", "compatible", "same" or "unknown" (fewer than two
    numbers, or a measure that is not compared); ``disagreement`` is true when a
    compared row's figures differ.
    """

    measure: str
    compared: bool
    cells: tuple[FigureCell, ...]
    disagreement: bool
    relation: Relation = "unknown"

    @property
    def values(self) -> tuple[float, ...]:
        return tuple(sorted({v for cell in self.cells for v in cell.values}))


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def base_measure(measure: str) -> str:
    """ "aircraft:F-16" -> "aircraft": the editorial measure a typed row belongs to."""
    return measure.split(":", 1)[0]


def build_figure_table(figures: tuple[Figure, ...] | list[Figure], compared: frozenset[str]) -> tuple[FigureRow, ...]:
    """Rows sorted by measure; ``compared`` names the measures checked for disagreement."""
    cells: dict[str, dict[tuple[str, str | None, tuple[str, ...]], list[Figure]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for figure in figures:
        claimant = figure.claimant.label if figure.claimant else UNATTRIBUTED
        via = figure.claimant.via if figure.claimant else ()
        cells[figure.measure][(figure.seed, claimant, via)].append(figure)
    rows = []
    for measure in sorted(cells):
        row_cells = tuple(
            FigureCell(seed, claimant, via, tuple(found))
            for (seed, claimant, via), found in sorted(
                cells[measure].items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])
            )
        )
        is_compared = base_measure(measure) in compared
        relation = relation_of_all([f for cell in row_cells for f in cell.figures]) if is_compared else "unknown"
        rows.append(FigureRow(measure, is_compared, row_cells, relation == "differ", relation))
    return tuple(rows)
