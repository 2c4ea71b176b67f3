"""An article's page in parts of bounded size, and which part holds each paragraph.

An article of a few thousand words is one page. A much longer one (a pasted
dump, 30,000 short paragraphs, 2 MB on a single line) would be one enormous page
that a phone cannot open and that takes Markdown minutes to render; its text is
shown instead on parts of at most ``PART_CHARS`` characters each
(``sources/<stem>/``, ``sources/<stem>/part-2/``, ...; see ``routes``).

Every paragraph keeps its number and its anchor ``#pN``, on the part where the
paragraph starts. A paragraph longer than a part is shown in pieces of at
most ``PIECE_CHARS``, over as many parts as it needs, cut between sentences (in a sentence longer than a part, between words; in a "word"
longer than a part, anywhere but before a combining mark). Each piece is a
contiguous part of the paragraph's text, so it carries the paragraph's
provenance like a whole paragraph does, and no word of the article is left out.

Pure functions over numbers and text: the corpus gives each article its layout
once (``Article.page_parts``), and the pages and the provenance check ask it.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Characters of article text one part shows, at most (about 6,000 words: a
#: long feature still fits on one page).
PART_CHARS = 40_000
#: A paragraph longer than a part is shown in pieces of at most this many
#: characters: a wall of text a reader can follow, and Markdown's abbreviation
#: pass (which copies a text once per term it finds in it) stays linear.
PIECE_CHARS = 4_000
#: What one paragraph's own markup (its element, anchor and number) counts for
#: against a part's size, so that a part of many short paragraphs stays as light.
PARAGRAPH_COST = 50


@dataclass(frozen=True)
class Block:
    """A paragraph as the layout sees it: shown from ``start``; ``breaks`` are where its sentences start."""

    number: int
    text: str
    start: int
    breaks: Sequence[int] = ()


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` of paragraph ``number``; ``first``: the paragraph starts here (its anchor goes here)."""

    number: int
    start: int
    end: int
    first: bool


@dataclass(frozen=True)
class PageParts:
    """The parts of an article's page, in order, each a tuple of pieces."""

    parts: tuple[tuple[Piece, ...], ...]
    #: The first paragraph that starts on each part after the first (for ``part_of``).
    _starts: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.parts)

    def part_of(self, number: int) -> int:
        """The part (from 1) where paragraph ``number`` starts; paragraphs before the body are on part 1."""
        return bisect.bisect_right(self._starts, number) + 1


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _cut(text: str, start: int, limit: int, breaks: Sequence[int]) -> int:
    """Where a piece that starts at ``start`` ends: the last sentence start, else space, before ``limit``."""
    index = bisect.bisect_right(breaks, limit) - 1
    if index >= 0 and breaks[index] > start:
        return breaks[index]
    space = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
    if space > start:
        return space + 1
    cut = limit
    while cut > start + 1 and unicodedata.combining(text[cut]):
        cut -= 1
    return cut


def _pieces(block: Block, room: int) -> Iterable[Piece]:
    """``block`` whole if it fits in ``room`` characters, else in pieces of at most ``PIECE_CHARS``."""
    start, end = block.start, len(block.text)
    size = room if end - start <= room else min(room, PIECE_CHARS)
    first = True
    while end - start > size:
        cut = _cut(block.text, start, start + size, block.breaks)
        yield Piece(block.number, start, cut, first)
        start, first = cut, False
    yield Piece(block.number, start, end, first)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def split_pages(blocks: Iterable[Block], part_chars: int = PART_CHARS) -> PageParts:
    """The body paragraphs ``blocks`` laid out on parts of at most ``part_chars`` characters each."""
    parts: list[list[Piece]] = [[]]
    used = 0
    for block in blocks:
        for piece in _pieces(block, part_chars - PARAGRAPH_COST):
            cost = piece.end - piece.start + PARAGRAPH_COST
            if parts[-1] and used + cost > part_chars:
                parts.append([])
                used = 0
            parts[-1].append(piece)
            used += cost
    starts = tuple(next((p.number for p in part if p.first), part[0].number + 1) for part in parts[1:])
    return PageParts(tuple(tuple(part) for part in parts), starts)
