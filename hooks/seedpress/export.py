"""The published data files: the extraction and comparison as JSON-ready dicts.

People who want the data without the site read ``site/data/*.json``; the
layout is documented by the JSON Schemas in ``schemas/`` and must stay in step
with them (``tests/test_export.py`` validates one against the other). Offsets
index ``Paragraph.text``, the stored verbatim paragraph, never display text.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
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
#: Levels of a data file written as bytes: the file, its lists, their records.
_BYTES_DEPTH = 2

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _json(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(..., ensure_ascii=False, indent=1, sort_keys=True)`` writes it.

    The standard library falls back to its pure-Python, generator-based encoder
    whenever ``indent`` is set; on a hostile article's tens of thousands of
    records that took seconds and held millions of small strings at once. This
    builds each container with one ``join``, and goes straight to the common
    types. Types it does not know, and keys that are not text, raise
    ``TypeError`` (``encode_json`` then leaves the work to ``json.dumps``).
    """
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is not dict and kind is not list and kind is not tuple:
        return _other(value, level)
    if not value:
        return "{}" if kind is dict else "[]"
    inner = "\n" + " " * (level + 1)
    # Text values are by far the most common: encode them here rather than in a call.
    if kind is dict:
        items = [
            encode_basestring(key) + ": " + (encode_basestring(item) if type(item) is str else _json(item, level + 1))
            for key, item in sorted(value.items())
        ]
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    items = [encode_basestring(item) if type(item) is str else _json(item, level + 1) for item in value]
    return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"


def _json_bytes(value: Any, level: int, depth: int, suffix: bytes = b"") -> bytes:
    """``_json(value, level) + suffix`` in UTF-8, the outer ``depth`` levels assembled as bytes.

    A file is mostly its records; encoding each one on its own and joining the
    bytes once never holds the whole file as text, nor copies it again.
    """
    kind = type(value)
    if depth == 0 or not value or (kind is not dict and kind is not list and kind is not tuple):
        return _json(value, level).encode() + suffix
    inner = ("\n" + " " * (level + 1)).encode()
    if kind is dict:
        pieces = [
            encode_basestring(key).encode() + b": " + _json_bytes(item, level + 1, depth - 1)
            for key, item in sorted(value.items())
        ]
    else:
        pieces = [_json_bytes(item, level + 1, depth - 1) for item in value]
    brackets = b"{}" if kind is dict else b"[]"
    pieces[0] = brackets[:1] + inner + pieces[0]
    pieces[-1] += b"\n" + b" " * level + brackets[1:] + suffix
    return (b"," + inner).join(pieces)


def _other(value: Any, level: int) -> str:
    """The rarer cases of ``_json``, tested in the order ``json.dumps`` tests them."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None or value is True or value is False:
        return "null" if value is None else ("true" if value else "false")
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value) if math.isfinite(value) else json.dumps(value)
    if isinstance(value, (list, tuple)):
        return _json(list(value), level)
    if isinstance(value, dict):
        return _json(dict(value), level)
    raise TypeError(f"{type(value).__name__} is not written here")


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


def encode_json(data: Any) -> bytes:
    """A published data file: ``json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)``, a newline, UTF-8.

    Byte for byte what ``json.dumps`` writes (``tests/test_scaling.py`` checks),
    in a fraction of the time and memory.
    """
    try:
        return _json_bytes(data, 0, _BYTES_DEPTH, b"\n")
    except TypeError:
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
