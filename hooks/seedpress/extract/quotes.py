"""Find quoted spans in a paragraph and tell full statements from fragments and terms.

Articles mix straight and curly quotes, sometimes in one quotation (“...IS"),
and a quotation running on into the next paragraph has no closing mark. The
scanner is one left-to-right pass over the quote marks with no regular
expression, so even a huge paragraph full of unbalanced marks costs linear time.
Apostrophes ("Syria's", "Russians'") are told from single quotes by the
letters around them.
"""

from __future__ import annotations

from typing import NamedTuple

from .config import ExtractionConfig
from .model import QuoteKind

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

DOUBLE_OPEN = frozenset("\u201c\u201e\u00ab")
DOUBLE_CLOSE = frozenset("\u201d\u00bb")
DOUBLE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | {'"'}
SINGLE_OPEN = frozenset("\u2018")
SINGLE_MARKS = frozenset("\u2018\u2019'")
_OPENING_CONTEXT = frozenset("([{\u2014\u2013-/") | DOUBLE_MARKS | SINGLE_MARKS
_TRIM = " \t\n,;"
_CONTEXT_CHARS = 80


class QuoteSpan(NamedTuple):
    """Inner text ``[start, end)`` between the marks at ``open_at`` and ``close_at``."""

    start: int
    end: int
    open_at: int
    close_at: int  # len(text) when the quotation runs on past the paragraph
    depth: int


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _can_open(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()


def _can_close(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _span(text: str, open_at: int, close_at: int, depth: int) -> QuoteSpan | None:
    """The trimmed inner span, or ``None`` if nothing is inside the marks."""
    start, end = open_at + 1, close_at
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return QuoteSpan(start, end, open_at, close_at, depth) if end > start else None


def _pairs(text: str, lo: int, hi: int, single: bool, run_on: bool = False) -> list[tuple[int, int]]:
    """Matched (open, close) mark positions in ``text[lo:hi]``; an unclosed one runs to ``hi``.

    An unclosed single mark runs on only with ``run_on`` and only if it is a curly opening mark
    (the British convention's quotation continued into the next paragraph): a straight one may
    be an apostrophe.
    """
    pairs: list[tuple[int, int]] = []
    open_at = -1
    for pos in range(lo, hi):
        char = text[pos]
        if single:
            if char not in SINGLE_MARKS:
                continue
            opener = (char in SINGLE_OPEN or char == "'") and _can_open(text, pos) and text[pos + 1 : pos + 2].isalnum()
            closer = char != "\u2018" and _can_close(text, pos)
        else:
            if char not in DOUBLE_MARKS:
                continue
            opener = char in DOUBLE_OPEN or (char == '"' and _can_open(text, pos))
            closer = char in DOUBLE_CLOSE or (char == '"' and (_can_close(text, pos) or not _can_open(text, pos)))
        if open_at < 0:
            if opener:
                open_at = pos
        elif closer:
            pairs.append((open_at, pos))
            open_at = -1
        elif opener:
            open_at = pos  # a new opening mark: the earlier one was never closed
    if open_at >= 0 and (not single or (run_on and text[open_at] in SINGLE_OPEN)):
        pairs.append((open_at, hi))
    return pairs


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted span of a paragraph, in order, with nested single quotes at depth 1.

    Single quotes count at the top level only in a paragraph with no double
    quote marks (the British convention); elsewhere they would be apostrophes.
    """
    has_double = any(char in DOUBLE_MARKS for char in text)
    if not has_double:
        # Curly or straight: British copy pasted as plain text quotes with "'" ('...,' a spokesman
        # said); apostrophes inside words ("Saturday's") neither open nor close a quotation.
        top = _pairs(text, 0, len(text), single=True, run_on=True)
        return [s for o, c in top if (s := _span(text, o, c, 0))]
    spans: list[QuoteSpan] = []
    for open_at, close_at in _pairs(text, 0, len(text), single=False):
        outer = _span(text, open_at, close_at, 0)
        if outer is None:
            continue
        spans.append(outer)
        if any(char in SINGLE_MARKS for char in text[outer.start : outer.end]):
            for o, c in _pairs(text, outer.start, outer.end, single=True):
                inner = _span(text, o, c, 1)
                if inner:
                    spans.append(inner)
    return spans


def quote_kind(text: str, span: QuoteSpan, config: ExtractionConfig) -> QuoteKind:
    """Full statement, fragment of one, or a quoted term ("cessation of hostilities")."""
    inner = text[span.start : span.end]
    words = inner.split()
    # Only the last few words before the mark matter; a bounded window keeps huge paragraphs linear.
    before = text[max(span.open_at - _CONTEXT_CHARS, 0) : span.open_at].rstrip()
    previous_word = before.rsplit(None, 1)[-1].lower() if before else ""
    previous_char = before[-1:] if before else ""
    clause_start = (
        (not before and span.open_at <= _CONTEXT_CHARS)
        or previous_char in ".!?:;,\u2014"
        or previous_char in DOUBLE_MARKS
    )
    short = len(words) <= config.term_max_words
    if short and previous_word in config.term_introducers and not any(mark in inner for mark in ".!?"):
        return "term"
    capital = inner[:1].isupper()
    if capital and (clause_start or len(words) >= config.full_min_words):
        return "full"
    if previous_char in ",:" and len(words) >= config.full_min_words:
        return "full"
    return "fragment"
