"""The published data files: the extraction and comparison as JSON-ready dicts.

People who want the data without the site read ``site/data/*.json``; the
layout is documented by the JSON Schemas in ``schemas/`` and must stay in step
with them (``tests/test_export.py`` validates one against the other). Offsets
index ``Paragraph.text``, the stored verbatim paragraph, never display text.
"""

from __future__ import annotations

import math
from typing import Any

from .compare import Comparison
from .compare.families import QuoteFamily
from .compare.intervals import interval_of
from .extract.model import Attribution, DateMention, Extraction, Figure, Quotation, Speaker, Statement
from .figure_words import format_figure

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

FILES = ("quotations.json", "figures.json", "statements.json", "dates.json", "coverage.json", "attributions.json")
SCHEMA_VERSION = 1
#: Layout of attributions.json (schemas/attributions.schema.json).
ATTRIBUTIONS_VERSION = 1
#: ``figures.json`` is at layout 2: vague quantities have a null value, and figures,
#: rows and cells carry their wording and comparison (see ``schemas/figures.schema.json``).
FIGURES_SCHEMA_VERSION = 2

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


def _interval(f: Figure) -> dict[str, Any] | None:
    """The counts a figure's words allow; an unbounded end is null. None for a vague quantity."""
    found = interval_of(f.value, f.qualifier)
    if found is None:
        return None
    return {
        "low": _number(found.low),
        "low_inclusive": not found.low_open,
        "high": None if math.isinf(found.high) else _number(found.high),
        "high_inclusive": not found.high_open and not math.isinf(found.high),
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {
        **_where(f),
        "measure": f.measure,
        "value": None if f.value is None else _number(f.value),
        "qualifier": f.qualifier,
        "unit": f.unit,
        "as_written": format_figure(f),
        "interval": _interval(f),
        **_speaker(f.claimant, "claimant"),
    }


def _statement(s: Statement) -> dict[str, Any]:
    return {
        **_where(s),
        "sentence": s.sentence,
        "verb": s.verb,
        "cue": s.cue or s.verb,
        "negated": s.negated,
        **_speaker(s.claimant, "claimant"),
    }


def _attribution(a: Attribution) -> dict[str, Any]:
    """One attribution in the PARC shape: source, cue, content, kind, relay chain and evidence."""
    cue = a.cue
    return {
        "id": a.id,
        "seed": a.seed,
        "para": a.para,
        "kind": a.kind,
        "content": {"start": a.start, "end": a.end, "text": a.content},
        "sentence": {"start": a.sentence_start, "end": a.sentence_end},
        "source": {"mention": a.source or None, "start": a.source_start if a.source else None},
        **_speaker(a.speaker, "speaker"),
        "cue": (
            {
                "text": cue.text,
                "start": cue.start,
                "end": cue.end,
                "verb": cue.verb,
                "negated": cue.negated,
                "hedges": list(cue.hedges),
            }
            if cue
            else None
        ),
        "evidence": {
            "rule": a.evidence.rule,
            "confidence": a.evidence.confidence,
            "named": a.evidence.named,
            "candidate": a.evidence.candidate or None,
        },
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
            "relation": row.relation,
            "values": [_number(v) for v in row.values],
            "cells": [
                {
                    "seed": cell.seed,
                    "claimant": cell.claimant,
                    "via": list(cell.via),
                    "values": [_number(v) for v in cell.values],
                    "as_written": [format_figure(f, unit=False) for f in cell.figures],
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
            "version": FIGURES_SCHEMA_VERSION,
            "figures": [_figure(f) for f in extraction.figures],
            "table": table,
        },
        "statements.json": {"version": SCHEMA_VERSION, "statements": [_statement(s) for s in extraction.statements]},
        "dates.json": {"version": SCHEMA_VERSION, "dates": [_date(d) for d in extraction.dates]},
        "coverage.json": {"version": SCHEMA_VERSION, "seeds": [a.seed for a in extraction.articles], "rows": coverage},
        "attributions.json": {
            "version": ATTRIBUTIONS_VERSION,
            "attributions": [_attribution(a) for a in extraction.attributions],
        },
    }
