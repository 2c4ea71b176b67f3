"""The records a paragraph yields: quotations, attributions and reported statements.

Voices and claims are decided elsewhere; this module turns them into the ``Quotation``,
``Attribution`` and ``Statement`` records of ``model``, with their offsets and evidence.
"""

from __future__ import annotations

import bisect

from ..corpus import Article, Paragraph
from .claimants import SentenceFrames
from .config import ExtractionConfig
from .model import (
    Attribution,
    AttributionKind,
    Cue,
    Evidence,
    Quotation,
    Statement,
)
from .quotes import QuoteSpan, quote_kind
from .statements import claim_spans
from .voices import Voice


def quotation_records(
    article: Article, paragraph: Paragraph, spans: list[QuoteSpan], voices: list[Voice], config: ExtractionConfig
) -> list[Quotation]:
    """The quoted spans of one paragraph as records, with their voices."""
    text, result = paragraph.text, []
    for span, voice in zip(spans, voices, strict=True):
        kind = quote_kind(text, span, config)
        quote = text[span.start : span.end]
        result.append(
            Quotation(
                article.stem,
                paragraph.number,
                span.start,
                span.end,
                quote,
                kind,
                voice.speaker,
                span.depth,
                voice.evidence,
            )
        )
    return result


def _sentence_around(sentences: list[SentenceFrames], position: int) -> tuple[int, int]:
    index = max(0, bisect.bisect_right(sentences, position, key=lambda s: s.start) - 1)
    sentence = sentences[index]
    return sentence.start, sentence.end


def attribution_record(
    paragraph: Paragraph,
    stem: str,
    kind: AttributionKind,
    *,
    span: tuple[int, int],
    sentence: tuple[int, int],
    voice: Voice,
) -> Attribution:
    start, end = span
    frame = voice.frame
    source, source_start = (frame.speaker, frame.start) if frame is not None else ("", -1)
    if frame is not None and frame.rule == "according to X":
        source_start = paragraph.text.find(frame.speaker, frame.start, frame.end + 1)
    return Attribution(
        id=f"{stem}:p{paragraph.number}:{start}-{end}",
        seed=stem,
        para=paragraph.number,
        kind=kind,
        start=start,
        end=end,
        content=paragraph.text[start:end],
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        source=source,
        source_start=source_start,
        speaker=voice.speaker,
        cue=voice.cue,
        evidence=voice.evidence,
    )


def quote_attributions(
    paragraph: Paragraph, stem: str, quotes: list[Quotation], voices: list[Voice], sentences: list[SentenceFrames]
) -> list[Attribution]:
    """One attribution per top-level quotation: direct, mixed, scare or headline."""
    result = []
    for quote, voice in zip(quotes, voices, strict=True):
        if quote.depth:
            continue
        kind: AttributionKind
        if paragraph.role == "headline":
            kind = "headline"
        elif quote.kind == "full":
            kind = "direct"
        elif quote.kind == "term" and voice.frame is None:
            kind = "scare"
        else:
            kind = "mixed"
        sentence = _sentence_around(sentences, quote.start)
        result.append(
            attribution_record(paragraph, stem, kind, span=(quote.start, quote.end), sentence=sentence, voice=voice)
        )
    return result


def unnamed_report(
    paragraph: Paragraph, stem: str, sentence: SentenceFrames, config: ExtractionConfig
) -> Attribution | None:
    """ "The coalition reportedly halted the strikes": reported speech whose source is not named.

    The whole sentence is its content, with the hearsay word as its cue, so a page shows it as
    the article's words beside "speaker not identified", never as a fact in the outlet's voice
    nor under a party's name.
    """
    word = next((t for t in sentence.tokens if t.lower in config.hearsay and t.text.islower()), None)
    if word is None:
        return None
    text = paragraph.text
    start, end = sentence.start, sentence.end
    while end > start and text[end - 1] in " .":
        end -= 1
    cue = Cue(word.text, word.start, word.end, word.lower, False, (word.lower,))
    voice = Voice(None, Evidence(f"{word.lower}: the source is not named", "none"), None, cue)
    kind: AttributionKind = "headline" if paragraph.role == "headline" else "indirect"
    return attribution_record(
        paragraph, stem, kind, span=(start, end), sentence=(sentence.start, sentence.end), voice=voice
    )


def reported_speech(
    paragraph: Paragraph,
    stem: str,
    sentence: SentenceFrames,
    number: int,
    quoted: list[tuple[int, int]],
    *,
    config: ExtractionConfig,
) -> tuple[list[Attribution], list[Statement]]:
    """The reported speech of one sentence: an attribution for each claim, a statement for each named one."""
    attributions: list[Attribution] = []
    statements: list[Statement] = []
    text = paragraph.text
    kind: AttributionKind = "headline" if paragraph.role == "headline" else "indirect"
    if text[sentence.start : sentence.end].rstrip(" \"'\u201d\u2019").endswith("?"):
        return [], []  # "What are the two sides saying?": a question reports no claim
    if (
        not sentence.frames
        and not quoted
        and (hearsay := unnamed_report(paragraph, stem, sentence, config)) is not None
    ):
        return [hearsay], []
    for claim in claim_spans(text, (sentence.start, sentence.end), sentence.frames, quoted):
        r = sentence.resolved.get(id(claim.frame))
        if r is None:
            continue
        voice = Voice(r.speaker, r.evidence, claim.frame, r.cue)
        span = (claim.start, claim.end)
        attributions.append(
            attribution_record(paragraph, stem, kind, span=span, sentence=(sentence.start, sentence.end), voice=voice)
        )
        if r.speaker is not None:
            words = text[claim.start : claim.end]
            verb = claim.frame.verb
            statements.append(
                Statement(
                    stem,
                    paragraph.number,
                    number,
                    claim.start,
                    claim.end,
                    words,
                    verb,
                    r.speaker,
                    r.evidence,
                    cue=r.cue.text if r.cue else verb,
                    negated=bool(r.cue and r.cue.negated),
                )
            )
    return attributions, statements
