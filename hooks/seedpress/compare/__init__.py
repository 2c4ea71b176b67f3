"""Comparison across articles: quote families, the figure table and coverage.

``compare_extraction(extraction, config)`` is the entry point; it only reads the
extraction's frozen records, so it can run on any corpus, of any size.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.config import ExtractionConfig
from ..extract.model import Extraction, Quotation
from .coverage import CoverageRow, build_coverage
from .families import DiffOp, FamilyMember, QuoteFamily, group_quotations
from .figure_table import FigureCell, FigureRow, base_measure, build_figure_table

__all__ = [
    "Comparison",
    "CoverageRow",
    "DiffOp",
    "FamilyMember",
    "FigureCell",
    "FigureRow",
    "QuoteFamily",
    "base_measure",
    "build_coverage",
    "build_figure_table",
    "compare_extraction",
    "group_quotations",
]


@dataclass(frozen=True)
class Comparison:
    """Everything compared across articles."""

    families: tuple[QuoteFamily, ...]
    figure_table: tuple[FigureRow, ...]
    coverage: tuple[CoverageRow, ...]

    def family_of(self, quotation: Quotation) -> QuoteFamily | None:
        """The family ``quotation`` belongs to, if it shares one with another quotation."""
        for family in self.families:
            if len(family.members) > 1 and any(m.quotation == quotation for m in family.members):
                return family
        return None

    def family_ids(self) -> dict[tuple[str, int, int], str]:
        """(seed, para, start) -> family id, for quotations in a family of two or more."""
        return {
            (m.quotation.seed, m.quotation.para, m.quotation.start): family.id
            for family in self.families
            if len(family.members) > 1
            for m in family.members
        }


def compare_extraction(extraction: Extraction, config: ExtractionConfig) -> Comparison:
    """Group quotations, tabulate figures and record coverage."""
    compared = frozenset(m.name for m in config.measures if m.compare)
    families = group_quotations(extraction.quotations)
    figures = extraction.figures
    table = build_figure_table(figures, compared)
    seeds = tuple(a.seed for a in extraction.articles)
    return Comparison(families, table, build_coverage(seeds, families, figures))
