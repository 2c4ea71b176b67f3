"""Each sentence's frames with their speakers resolved, and the frame that claims a span.

Speakers must be resolved in reading order ("the official" means the one named before), so
a paragraph's sentences are read once, front to back, and what was resolved is kept with
the frames. Quotations, reported statements and figures then ask here which frame, and so
which speaker, claims their words.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from ..corpus import Paragraph
from .attribution import claim_candidates, find_frames, nearest_relays, pick_claimant
from .config import ExtractionConfig
from .cues import find_cue, sentence_hedges
from .frames import Frame
from .memory import SpeakerMemory, start_sentence
from .mentions import note_document, note_issued_document, note_mentions
from .model import (
    Cue,
    Evidence,
    Speaker,
)
from .speakers import resolve_speaker
from .tokens import Token, tokenize

#: Tokens between a quotation and a frame after it that may still hold one clause.
CLAUSE_WINDOW = 200
#: Characters after a frame searched for "in its statement".
DOCUMENT_WINDOW = 60


class Resolved(NamedTuple):
    """A frame's speaker (``None``: not identified), the evidence, and its cue."""

    speaker: Speaker | None
    evidence: Evidence
    cue: Cue | None


class SentenceFrames(NamedTuple):
    """One sentence's span, its frames, the frames that can own a claim, and their speakers."""

    start: int
    end: int
    tokens: list[Token]
    frames: list[Frame]
    candidates: list[Frame]
    resolved: dict[int, Resolved]  # id(frame) -> speaker, evidence, cue
    inner: list[Frame]  # frames inside quotations ("... Churkin called it 'suspicious'"), for nested quotes

    @property
    def speakers(self) -> dict[int, Speaker]:
        """The frames whose speaker is named with enough evidence."""
        return {k: r.speaker for k, r in self.resolved.items() if r.speaker is not None and r.evidence.named}


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """Is ``position`` inside one of the sorted, disjoint ``spans``?"""
    index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _inner_frames(
    text: str,
    tokens: list[Token],
    *,
    quoted: list[tuple[int, int]],
    nested: Sequence[tuple[int, int]],
    memory: SpeakerMemory,
    config: ExtractionConfig,
    resolved: dict[int, Resolved],
) -> list[Frame]:
    """Frames that stand inside a quotation and attribute a quotation nested in it.

    A correspondent's line "Churkin called the timing 'suspicious'" quotes
    Churkin inside the correspondent's own quotation: the nested words are
    Churkin's, not the correspondent's.
    """
    inside = [f for f in find_frames(text, tokens, list(nested), config) if _within(quoted, f.start)]
    candidates = claim_candidates(inside)
    for frame in candidates:
        speaker, evidence = resolve_speaker(frame, [], memory, config)
        if speaker is not None and not evidence.named:
            speaker = None
        resolved[id(frame)] = Resolved(speaker, evidence, find_cue(text, tokens, frame, config, ()))
    return candidates


def sentence_frames(
    paragraph: Paragraph,
    quoted: list[tuple[int, int]],
    memory: SpeakerMemory,
    config: ExtractionConfig,
    nested: tuple[tuple[int, int], ...] | list[tuple[int, int]] = (),
) -> list[SentenceFrames]:
    """Frames of each sentence, with speakers resolved in reading order."""
    text, result = paragraph.text, []
    for sentence in paragraph.sentences:
        start_sentence(memory)
        lo = bisect.bisect_left(quoted, sentence.start, key=lambda q: q[1])
        hi = bisect.bisect_right(quoted, sentence.end, key=lambda q: q[0])
        tokens = tokenize(text, sentence.start, sentence.end)
        frames = find_frames(text, tokens, quoted[lo:hi], config)
        candidates = claim_candidates(frames)
        relay_frames = [f for f in frames if f.relay]
        resolved: dict[int, Resolved] = {}
        hedges = sentence_hedges(tokens, config)
        for frame in candidates:
            relays = nearest_relays(relay_frames, frame.start, exclude=frame)
            speaker, evidence = resolve_speaker(frame, relays, memory, config)
            if speaker is not None and not evidence.named:
                speaker = None
            resolved[id(frame)] = Resolved(speaker, evidence, find_cue(text, tokens, frame, config, hedges))
            following = text[frame.end : min(frame.end + DOCUMENT_WINDOW, sentence.end)].split()
            if frame.rule.startswith("according to"):
                following += text[frame.start : frame.end].split()  # "according to a statement from X"
            if speaker is not None:
                note_document(speaker, following, config, memory)
        note_mentions(text, tokens, memory, config, quoted[lo:hi])
        spoken = [(f, r.speaker) for f in candidates if (r := resolved[id(f)]).speaker is not None]
        note_issued_document(text, tokens, memory, spoken, config)
        first = bisect.bisect_left(nested, sentence.start, key=lambda n: n[0])
        here = nested[first : bisect.bisect_left(nested, sentence.end, key=lambda n: n[0])]
        inner = (
            _inner_frames(
                text, tokens, quoted=quoted[lo:hi], nested=here, memory=memory, config=config, resolved=resolved
            )
            if here
            else []
        )
        result.append(SentenceFrames(sentence.start, sentence.end, tokens, frames, candidates, resolved, inner))
    return result


class Chosen(NamedTuple):
    """The frame that claims a span, how it was chosen, and what it resolved to."""

    frame: Frame
    resolved: Resolved
    adjacent: bool  # right beside the quotation ('"...," X said' or 'X said: "..."')


def frame_for(sentences: list[SentenceFrames], start: int, end: int, adjacent: int | None) -> Chosen | None:
    """The frame whose claim covers ``text[start:end]``, from the sentences it overlaps."""
    first = bisect.bisect_left(sentences, start, key=lambda s: s.end)
    overlapping = []
    for sentence in sentences[first:]:
        if sentence.start > end:
            break
        overlapping.append(sentence)
    if not overlapping:
        return None
    if len(overlapping) == 1:
        candidates, resolved = overlapping[0].candidates, overlapping[0].resolved
    else:
        candidates = [f for s in overlapping for f in s.candidates]
        resolved = {k: v for s in overlapping for k, v in s.resolved.items()}
    chosen = pick_claimant(candidates, start, adjacent)
    if chosen is None:
        return None
    # A frame further on in the sentence speaks of something else, unless it closes the
    # sentence: 'Australia "would never target" Syrian forces, a spokesman said.' After a
    # semicolon it is another clause's: "X used the word "..."; the text, according to Y, ...".
    later = chosen.start >= end and chosen.start != adjacent
    if later and (not chosen.trailing or _clause_break(overlapping, end, chosen.start)):
        return None
    beside = chosen.start == adjacent or (chosen.end <= start and start - chosen.end <= 3)
    return Chosen(chosen, resolved[id(chosen)], beside)


def _clause_break(sentences: list[SentenceFrames], start: int, end: int) -> bool:
    """A semicolon between ``start`` and ``end``: the words after it are a clause of their own."""
    for sentence in sentences:
        lo = bisect.bisect_left(sentence.tokens, start, key=lambda t: t.start)
        hi = bisect.bisect_left(sentence.tokens, end, key=lambda t: t.start)
        if hi - lo > CLAUSE_WINDOW or any(t.text == ";" for t in sentence.tokens[lo:hi]):
            return True  # so far apart that the frame is not the quotation's (and the scan stays bounded)
    return False


def speaker_for(sentences: list[SentenceFrames], start: int, end: int, adjacent: int | None) -> Speaker | None:
    """The named speaker whose frame claims ``text[start:end]``, if any."""
    chosen = frame_for(sentences, start, end, adjacent)
    if chosen is None or not chosen.resolved.evidence.named:
        return None
    return chosen.resolved.speaker
