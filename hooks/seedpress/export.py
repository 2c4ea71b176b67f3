"""The published data files: the extraction and comparison as JSON-ready dicts.

People who want the data without the site read ``site/data/*.json``; the
layout is documented by the JSON Schemas in ``schemas/`` and must stay in step
with them (``tests/test_export.py`` validates one against the other). Offsets
index ``Paragraph.text``, the stored verbatim paragraph, never display text.
"""

from __future__ import annotations

from typing import Any

from .compare import Comparison
from .compare.families import QuoteFamily
from .extract.model import DateMention, Extraction, Figure, Quotation, Speaker, Statement

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

FILES = ("quotations.json", "figures.json", "statements.json", "dates.json", "coverage.json")
SCHEMA_VERSION = 1

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _number(value: float) -> int | float:
    """62.0 -> 62: counts read as whole numbers in JSON."""
    return int(value) if float(value).is_integer() else value


def _where(record: Quotation | Statement | Figure | DateMention) -> dict[str, Any]:
    """Where a record stands: article, paragraph, offsets in the paragraph, the words."""
    return {"seed": record.seed, "para": record.para, "start": record.start, "end": record.end, "text": record.text}


def _speaker(speaker: Speaker | None, prefix: str) -> dict[str, Any]:
    return {
        prefix: speaker.label if speaker else None,
        f"{prefix}_kind": speaker.kind if speaker else None,
        f"{prefix}_mention": (speaker.mention or None) if speaker else None,
        "via": list(speaker.via) if speaker else [],
    }


def _quotation(q: Quotation, family: str | None, relation: str | None) -> dict[str, Any]:
    return {
        **_where(q),
        "kind": q.kind,
        **_speaker(q.speaker, "speaker"),
        "nested": q.depth > 0,
        "family": family,
        "relation": relation,
    }


def _family(family: QuoteFamily) -> dict[str, Any]:
    return {
        "id": family.id,
        "seeds": list(family.seeds),
        "members": [
            {
                "seed": m.quotation.seed,
                "para": m.quotation.para,
                "start": m.quotation.start,
                "relation": m.relation,
                "diff": [{"op": d.op, "base": d.base, "member": d.member} for d in m.diff],
            }
            for m in family.members
        ],
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {
        **_where(f),
        "measure": f.measure,
        "value": _number(f.value),
        "qualifier": f.qualifier,
        "unit": f.unit,
        **_speaker(f.claimant, "claimant"),
    }


def _statement(s: Statement) -> dict[str, Any]:
    return {
        **_where(s),
        "sentence": s.sentence,
        "verb": s.verb,
        **_speaker(s.claimant, "claimant"),
    }


def _date(d: DateMention) -> dict[str, Any]:
    return {
        **_where(d),
        "kind": d.kind,
        "value": d.value,
        "resolved_from": d.resolved_from,
        "inferred": d.inferred,
    }


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def export_data(extraction: Extraction, comparison: Comparison) -> dict[str, dict[str, Any]]:
    """File name -> JSON-ready content, one file per kind of record."""
    shared = [f for f in comparison.families if len(f.members) > 1]
    membership = {
        (m.quotation.seed, m.quotation.para, m.quotation.start): (f.id, m.relation) for f in shared for m in f.members
    }
    quotations = []
    for q in extraction.quotations:
        family, relation = membership.get((q.seed, q.para, q.start), (None, None))
        quotations.append(_quotation(q, family, relation))
    table = [
        {
            "measure": row.measure,
            "compared": row.compared,
            "disagreement": row.disagreement,
            "values": [_number(v) for v in row.values],
            "cells": [
                {
                    "seed": cell.seed,
                    "claimant": cell.claimant,
                    "via": list(cell.via),
                    "values": [_number(v) for v in cell.values],
                    "paras": sorted({f.para for f in cell.figures}),
                }
                for cell in row.cells
            ],
        }
        for row in comparison.figure_table
    ]
    coverage = [
        {
            "kind": row.kind,
            "key": row.key,
            "label": row.label,
            "present": [{"seed": seed, "paras": list(paras)} for seed, paras in row.present],
            "missing": list(row.missing),
        }
        for row in comparison.coverage
    ]
    return {
        "quotations.json": {
            "version": SCHEMA_VERSION,
            "quotations": quotations,
            "families": [_family(f) for f in shared],
        },
        "figures.json": {
            "version": SCHEMA_VERSION,
            "figures": [_figure(f) for f in extraction.figures],
            "table": table,
        },
        "statements.json": {"version": SCHEMA_VERSION, "statements": [_statement(s) for s in extraction.statements]},
        "dates.json": {"version": SCHEMA_VERSION, "dates": [_date(d) for d in extraction.dates]},
        "coverage.json": {"version": SCHEMA_VERSION, "seeds": [a.seed for a in extraction.articles], "rows": coverage},
    }
