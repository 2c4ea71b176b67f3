"""Tell the headline and standfirst from the body, and tidy display artefacts.

The seed files are bare text: no markup says which block is the headline. A
headline is short, one line, and does not end like a sentence; a standfirst
(the summary line under it) is one short block, shorter than the lede that
follows. These are heuristics, stated here so that their failures can be
predicted; ``seeds/sources.yml`` can always supply a headline a file lacks.
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["headline", "standfirst", "body"]

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: A headline longer than this (characters or words) is taken for a paragraph.
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 25
#: A standfirst longer than this many words is taken for the lede.
STANDFIRST_MAX_WORDS = 40

# Copy-paste debris at the start of a paragraph: dashes left where a dateline
# was removed ("— -- The U.S. military ..."). Only em/en dashes and double
# hyphens on the first line count, so "- item" and "---" stay as written.
_LEADING_DEBRIS = re.compile(r"^(?:[\u2014\u2013]|--)(?:[ \t]+(?:[\u2014\u2013]|--))*[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!;:,]['\"\u201d\u2019)]*$")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _looks_like_headline(text: str) -> bool:
    """One short line that does not end with a full stop (a "?" is allowed)."""
    return (
        "\n" not in text
        and len(text) <= HEADLINE_MAX_CHARS
        and len(text.split()) <= HEADLINE_MAX_WORDS
        and not _SENTENCE_END.search(text)
    )


def _looks_like_standfirst(text: str, next_text: str) -> bool:
    """A short block that is shorter than the lede after it."""
    words = len(text.split())
    return "\n" not in text and words <= STANDFIRST_MAX_WORDS and words < len(next_text.split())


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def classify_blocks(blocks: list[str]) -> list[Role]:
    """Give each block of an article its role, in order.

    Only the first block can be a headline and only the block after a headline
    can be a standfirst; an article needs a body, so a lone block is body text.
    """
    roles: list[Role] = ["body"] * len(blocks)
    if len(blocks) >= 2 and _looks_like_headline(blocks[0]):
        roles[0] = "headline"
        if len(blocks) >= 3 and _looks_like_standfirst(blocks[1], blocks[2]):
            roles[1] = "standfirst"
    return roles


def display_start(text: str) -> int:
    """Offset where a paragraph's readable text starts, skipping leading debris.

    The stored text stays verbatim; pages show ``text[display_start(text):]``,
    which is still a contiguous part of the paragraph.
    """
    debris = _LEADING_DEBRIS.match(text)
    return debris.end() if debris else 0
