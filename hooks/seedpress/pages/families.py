"""Quote families on the claims page: one utterance as each article reports it.

Members are shown side by side, then the words that differ, phrase against
phrase. The diff is computed here on word positions, so every phrase shown is
an exact, contiguous part of its quotation and carries its provenance.
"""

from __future__ import annotations

import difflib
import re

from ..compare import QuoteFamily
from ..extract import Quotation
from ..model import Model
from .common import cite, escape_markdown, inline_quote, outlet_name

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = ".,;:!?\"'\u201c\u201d\u2018\u2019()[]"
#: Versions shown side by side; further ones are linked.
MAX_COLUMNS = 4
#: Further versions linked below the table; an article repeating a statement gives the rest as a count.
MAX_ALSO = 10
RELATION_LABELS = {
    "base": "fullest wording",
    "identical": "same words",
    "variant": "different wording (another translation or edit)",
    "fragment": "a part of it",
}


def _tokens(q: Quotation) -> list[tuple[int, int, str]]:
    """(start, end, comparable form) of each word, offsets in the paragraph."""
    return [
        (q.start + m.start(), q.start + m.end(), m.group().strip(_EDGE_PUNCT).lower()) for m in _TOKEN.finditer(q.text)
    ]


def phrase_differences(
    base: Quotation, member: Quotation
) -> list[tuple[tuple[int, int] | None, tuple[int, int] | None]]:
    """Pairs of differing phrases as paragraph offsets (``None`` where one side has nothing)."""
    a, b = _tokens(base), _tokens(member)
    matcher = difflib.SequenceMatcher(None, [t[2] for t in a], [t[2] for t in b], autojunk=False)
    pairs = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left = (a[i1][0], a[i2 - 1][1]) if i2 > i1 else None
        right = (b[j1][0], b[j2 - 1][1]) if j2 > j1 else None
        pairs.append((left, right))
    return pairs


def _quote(model: Model, q: Quotation, span: tuple[int, int] | None) -> str:
    if span is None:
        return "*(nothing)*"
    article = model.article(q.seed)
    return inline_quote(article, article.paragraph(q.para), span[0], span[1])


def _member_heading(model: Model, q: Quotation, uri: str) -> str:
    article = model.article(q.seed)
    speaker = escape_markdown(q.speaker.label) if q.speaker else "speaker not identified"
    via = f", via {escape_markdown(' and '.join(q.speaker.via))}" if q.speaker and q.speaker.via else ""
    return f"{speaker}{via} ({cite(uri, article, model.meta(q.seed), q.para)})"


def render_family(number: int, family: QuoteFamily, model: Model, uri: str) -> str:
    # Side by side works for a handful of versions; the rest are linked below the table.
    members, others = family.members[:MAX_COLUMNS], family.members[MAX_COLUMNS:]
    outlets = sorted(
        {outlet_name(model.article(m.quotation.seed), model.meta(m.quotation.seed)) for m in family.members}
    )
    shown = (
        outlets
        if len(outlets) <= MAX_COLUMNS
        else [*outlets[: MAX_COLUMNS - 1], f"{len(outlets) - MAX_COLUMNS + 1} more"]
    )
    parts = [f"### Statement {number}: reported in {escape_markdown(' and '.join(shown))}\n"]
    parts.append("| Version | " + " | ".join(f"As reported ({RELATION_LABELS[m.relation]})" for m in members) + " |")
    parts.append("| --- |" + " --- |" * len(members))
    parts.append("| Who | " + " | ".join(_member_heading(model, m.quotation, uri) for m in members) + " |")
    parts.append(
        "| Words | "
        + " | ".join(_quote(model, m.quotation, (m.quotation.start, m.quotation.end)) for m in members)
        + " |\n"
    )
    if others:
        links = ", ".join(
            cite(uri, model.article(m.quotation.seed), model.meta(m.quotation.seed), m.quotation.para)
            for m in others[:MAX_ALSO]
        )
        more = f" and {len(others) - MAX_ALSO} more places" if len(others) > MAX_ALSO else ""
        parts.append(f"Also reported in: {links}{more}.\n")
    for m in members:
        if m.relation != "variant":
            continue
        pairs = phrase_differences(family.base, m.quotation)
        if not pairs:
            continue
        parts.append(
            f"Words that differ between the fullest wording and the {RELATION_LABELS['variant'].split(' (')[0]}:\n"
        )
        parts.append("| Fullest wording | Other wording |\n| --- | --- |")
        parts += [
            f"| {_quote(model, family.base, left)} | {_quote(model, m.quotation, right)} |" for left, right in pairs
        ]
        parts.append("")
    return "\n".join(parts)


def render_families(model: Model, uri: str) -> str:
    families = [f for f in model.comparison.families if len({m.quotation.seed for m in f.members}) > 1]
    parts = [
        "## The same words in more than one article\n",
        "Quotations that different articles report from the same statement: word for word, in another "
        "translation, or in part. Each column is one article's version.\n",
    ]
    if not families:
        return "\n".join(parts) + "No statement is quoted by more than one article.\n"
    parts += [render_family(n, family, model, uri) for n, family in enumerate(families, start=1)]
    return "\n".join(parts)
