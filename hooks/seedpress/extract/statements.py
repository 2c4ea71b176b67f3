"""Claims attributed without quotation marks: "X said (that) ...", "according to X".

Much of what an article reports is paraphrase: "The Wall Street Journal
reported that Russian officials claim the strike ... killed at least 62". The
reader needs the claim, who makes it and who relays it, exactly as for a
quotation; only the words are the article's own. A frame's claim is the text
from its verb to the next frame (or, for a trailing "..., X said.", from the
previous frame to the speaker).
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import NamedTuple

from .frames import QUOTED_RULE, Frame

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_LEADING = " ,:;\u2014-"
_TRAILING = " ,.;:\u2014-"
_LEAD_WORDS = ("that ",)
#: Words that open a phrase of place, time or channel after a speech verb ("said in a statement").
_ADVERBIAL_OPENERS = frozenset("in on at during via through late early earlier later after".split())
_MAX_ADVERBIAL = 10
#: A claim this short that opens with one of those words is only how it was said ("in a statement").
_MAX_MANNER_WORDS = 6
_MANNER_OPENERS = frozenset("in via through during at".split())
_CLOSING = "\u201d\u2019"
_OPENING = {"\u201d": "\u201c", "\u2019": "\u2018"}
_ATTACHED = " ,\"\u201d\u2019'\u2014"
_ATTACHED_RUN = re.compile(f"[{re.escape(_ATTACHED)}]*")
#: A claim needs at least this many words to be worth listing.
MIN_WORDS = 3
#: A claim more than this share quoted is a quotation, listed as such.
MAX_QUOTED_SHARE = 0.5


class ClaimSpan(NamedTuple):
    """The words a frame attributes: ``paragraph[start:end]``."""

    frame: Frame
    start: int
    end: int


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _after_adverbial(text: str, start: int, end: int) -> int:
    """ "said in a statement read on radio that the truce was over": the claim starts after "that".

    An opening phrase of place, time or channel between the verb and "that" is how it was
    said, not what.
    """
    words = text[start:end].split(" ", _MAX_ADVERBIAL + 1)
    if not words or words[0].lower() not in _ADVERBIAL_OPENERS:
        return start
    opening = " ".join(words[:_MAX_ADVERBIAL])
    found = opening.find(" that ")
    if found < 0 or "," in opening[:found] or '"' in opening[:found]:
        return start
    return start + found + len(" that ")


def _only_manner(words: list[str]) -> bool:
    """ "said in an emailed statement.", "spoke on condition of anonymity": how, not what, was said."""
    if len(words) > _MAX_MANNER_WORDS:
        return False
    first = words[0].lower()
    # "would not comment on the report": "on" opens what was not said, not how.
    return first in _MANNER_OPENERS or (first == "on" and words[1].lower() == "condition")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEADING:
        start += 1
    start = _after_adverbial(text, start, end)
    for word in _LEAD_WORDS:
        if text.startswith(word, start) and start + len(word) < end:
            start += len(word)
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    # The close of a quoted transcript line the claim ends in: its opening mark is outside it.
    if end > start and text[end - 1] in _CLOSING and _OPENING[text[end - 1]] not in text[start : end - 1]:
        end -= 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
    return start, end


def _covered_before(quoted: list[tuple[int, int]]) -> list[int]:
    """Running totals: ``result[i]`` is the length of ``quoted[:i]`` (one pass per sentence)."""
    return list(accumulate((q_end - q_start for q_start, q_end in quoted), initial=0))


def _quoted_share(start: int, end: int, quoted: list[tuple[int, int]], covered_before: list[int]) -> float:
    """Share of ``[start, end)`` inside quotations (``quoted`` sorted and disjoint).

    Two binary searches and the running totals of ``_covered_before``, so a
    claim over thousands of quotations costs no more than one over a few.
    """
    first = bisect.bisect_right(quoted, start, key=lambda q: q[1])  # the first quotation ending after start
    last = bisect.bisect_left(quoted, end, key=lambda q: q[0])  # past the last one starting before end
    covered = 0
    if first < last:
        covered = covered_before[last] - covered_before[first]
        covered -= max(0, start - quoted[first][0]) + max(0, quoted[last - 1][1] - end)  # cut at the claim's ends
    return covered / max(end - start, 1)


def _follows_quotation(text: str, position: int, quoted: list[tuple[int, int]]) -> bool:
    """Only quote marks, commas and spaces stand between the last quotation and ``position``."""
    index = bisect.bisect_right(quoted, position, key=lambda q: q[1]) - 1
    if index < 0:
        return False
    # Matched, not sliced: the last quotation may end far before ``position``.
    run = _ATTACHED_RUN.match(text, quoted[index][1], position)
    return run is not None and run.end() == position


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def claim_spans(
    text: str, sentence: tuple[int, int], frames: list[Frame], quoted: list[tuple[int, int]]
) -> list[ClaimSpan]:
    """The unquoted claim each speaking frame of one sentence attributes.

    Relaying frames ("Reuters reported") speak for themselves only when no one
    else speaks in the sentence; otherwise they are the via chain.
    """
    speaking = [f for f in frames if not f.relay] or list(frames)
    spans: list[ClaimSpan] = []
    covered_before = _covered_before(quoted)
    for index, frame in enumerate(speaking):
        if _follows_quotation(text, frame.start, quoted):
            continue  # '"...," X said in a statement': X's claim is the quotation
        if frame.rule == QUOTED_RULE:
            continue  # "SANA quoted the mother of a soldier, who ..., as saying": her words follow "saying"
        if frame.trailing:
            lo = speaking[index - 1].end if index > 0 else sentence[0]
            start, end = _trim(text, lo, frame.start)
        else:
            following = bisect.bisect_left(frames, frame.end, key=lambda f: f.start)
            hi = sentence[1]
            if following < len(frames):
                upcoming = frames[following]
                hi = upcoming.claim_stop if upcoming.claim_stop >= 0 else upcoming.start
            lo = frame.end
            if frame.recipient and (found := text.find(frame.recipient, lo, hi)) >= 0:
                lo = found + len(frame.recipient)  # "told ABC News that ...": the claim follows the listener
            start, end = _trim(text, lo, hi)
        words = text[start:end].split()
        if len(words) < MIN_WORDS or _only_manner(words):
            continue
        if _quoted_share(start, end, quoted, covered_before) > MAX_QUOTED_SHARE:
            continue
        spans.append(ClaimSpan(frame, start, end))
    return spans
