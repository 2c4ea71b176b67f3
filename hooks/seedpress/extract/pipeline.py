"""Run every extractor over the corpus and attach speakers to what they find.

Reading order matters: "the official" in paragraph 6 means the official named
in paragraph 5, and a paragraph that is only a quotation continues the previous
paragraph's speaker. So each article is read front to back with one
``SpeakerMemory``; articles are independent of each other.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..corpus import Article, Corpus, Paragraph
from ..sources_meta import SourceMeta
from .attribution import claim_candidates, find_frames, nearest_relays, pick_claimant
from .config import ExtractionConfig
from .cues import find_cue, sentence_hedges
from .dates import find_dates
from .figures import find_figures
from .frames import Frame
from .memory import SpeakerMemory, start_paragraph, start_sentence
from .mentions import note_document, note_issued_document, note_mentions
from .model import (
    ArticleExtraction,
    Attribution,
    AttributionKind,
    Confidence,
    Cue,
    DateMention,
    Evidence,
    Extraction,
    Figure,
    Quotation,
    Speaker,
    Statement,
)
from .quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan, quote_kind, scan_quotes
from .speakers import resolve_speaker
from .statements import claim_spans
from .tokens import Token, tokenize
from .transcript import transcript_speaker, unnamed_voice

log = logging.getLogger(__name__)

#: Characters after a frame searched for "in its statement".
DOCUMENT_WINDOW = 60
#: Frames between two quotations looked at before "the same speaker" is given up.
MAX_BETWEEN = 8
#: A quotation inside a quotation this short is a word or label in the outer speaker's mouth.
TERM_WORDS = 5
#: Words after a closing quote mark in which a verb still belongs to the quotation.
FRAME_AFTER_WORDS = 6

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


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


def _sentence_frames(
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


def _frame_for(sentences: list[SentenceFrames], start: int, end: int, adjacent: int | None) -> Chosen | None:
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
    if chosen.start >= end and chosen.start != adjacent and not chosen.trailing:
        # A frame further on in the sentence speaks of something else, unless it closes the
        # sentence: 'Australia "would never target" Syrian forces, a spokesman said.'
        return None
    beside = chosen.start == adjacent or (chosen.end <= start and start - chosen.end <= 3)
    return Chosen(chosen, resolved[id(chosen)], beside)


def _speaker_for(sentences: list[SentenceFrames], start: int, end: int, adjacent: int | None) -> Speaker | None:
    """The named speaker whose frame claims ``text[start:end]``, if any."""
    chosen = _frame_for(sentences, start, end, adjacent)
    if chosen is None or not chosen.resolved.evidence.named:
        return None
    return chosen.resolved.speaker


def _after_close(text: str, span: QuoteSpan) -> int:
    """Where the words after a closing quote mark start ('"...," the official said')."""
    pos = span.close_at + 1
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",\u2014" or text[pos] in DOUBLE_MARKS):
        pos += 1
    return pos


def _frame_after(sentences: list[SentenceFrames], span: QuoteSpan, verbs: frozenset[str]) -> bool:
    """Does a frame follow the quotation in its sentence ('"...," one diplomat said')?

    Then that frame tells who speaks, even when its speaker was not read, so the
    quotation does not inherit the speaker of the one before.
    """
    index = bisect.bisect_right(sentences, span.close_at, key=lambda s: s.start) - 1
    if index < 0:
        return False
    sentence = sentences[index]
    if any(span.close_at < f.start < sentence.end for f in sentence.frames):
        return True
    # A verb whose subject was not read ('"...," one farmer said') still says someone else speaks.
    after = [t for t in sentence.tokens if span.close_at < t.start < sentence.end][:FRAME_AFTER_WORDS]
    return any(t.lower in verbs and not t.is_capitalised for t in after)


class Voice(NamedTuple):
    """Who speaks a quotation, why we think so, and the frame that says so (if any)."""

    speaker: Speaker | None
    evidence: Evidence
    frame: Frame | None = None
    cue: Cue | None = None


class Carry(NamedTuple):
    """What one paragraph leaves to the next: an open quotation's voice, or the last quoted voice."""

    open_voice: Voice | None  # the paragraph ended inside a quotation
    last_voice: Voice | None  # the paragraph ended with this speaker's direct quotation,
    # or introduced a statement quoted next ("The ministry issued the following statement.")


def _named(voice: Voice) -> Voice:
    """Drop the speaker of a voice whose evidence is too weak to name it (kept as the candidate)."""
    if voice.speaker is None or voice.evidence.named:
        return voice
    evidence = voice.evidence
    weak = Evidence(evidence.rule, evidence.confidence, evidence.candidate or voice.speaker.label)
    return Voice(None, weak, voice.frame, voice.cue)


def _inherited(voice: Voice | None, rule: str, confidence: Confidence) -> Voice | None:
    """The voice of an earlier quotation, handed on under ``rule``."""
    if voice is None or voice.speaker is None:
        return None
    return Voice(voice.speaker, Evidence(rule, confidence), None, voice.cue)


def _voices(
    paragraph: Paragraph,
    sentences: list[SentenceFrames],
    spans: list[QuoteSpan],
    *,
    carry: Carry,
    transcript: Voice | None,
    config: ExtractionConfig,
) -> list[Voice]:
    """The voice of each quoted span of a paragraph, by the first rule that applies.

    1. a frame in the quotation's sentence ("X said", '"...," said X', "according to X");
    2. a quotation continued from the paragraph before (no closing mark there);
    3. the name of a transcript line ("POWER: ...");
    4. the speaker of the paragraph's previous quotation, if no one else spoke in between;
    5. a paragraph of quotation alone, right after the same speaker's quoted paragraph.
    A quoted term takes only rule 1. Anything else is left unidentified.
    """
    text = paragraph.text
    starts_with_quote = text.lstrip()[:1] in DOUBLE_MARKS | SINGLE_MARKS
    frames = sorted((f for s in sentences for f in s.candidates), key=lambda f: f.start)
    resolved = {k: v for s in sentences for k, v in s.resolved.items()}
    has_frames = bool(frames)
    voices: list[Voice] = []
    last: Voice | None = None
    last_end = -1
    for position, span in enumerate(spans):
        if span.depth:
            voices.append(_nested_voice(sentences, span, text, last, config.attribution_verbs))
            continue
        chosen = _frame_for(sentences, span.open_at, span.close_at, _after_close(text, span))
        term = quote_kind(text, span, config) == "term"
        voice: Voice | None = None
        if chosen is not None:
            r = chosen.resolved
            evidence = r.evidence
            if r.speaker is not None and not chosen.adjacent and evidence.confidence == "sure":
                evidence = Evidence(f"{evidence.rule} (same sentence)", "likely")
            voice = Voice(r.speaker, evidence, chosen.frame, r.cue)
        elif term:
            voice = Voice(None, Evidence("quoted term: the outlet's wording", "none"))
        elif position == 0 and starts_with_quote and carry.open_voice is not None:
            voice = _inherited(carry.open_voice, "quotation continued from the paragraph before", "sure")
        elif transcript is not None:
            voice = transcript
        elif last is not None and last.speaker is not None:
            lo = bisect.bisect_left(frames, last_end, key=lambda f: f.start)
            hi = bisect.bisect_left(frames, span.open_at, key=lambda f: f.start)
            # Bounded: a huge paragraph can hold thousands of frames between two quotations.
            others = any(resolved[id(f)].speaker != last.speaker for f in frames[lo:hi][:MAX_BETWEEN])
            if not others and hi - lo <= MAX_BETWEEN and not _frame_after(sentences, span, config.attribution_verbs):
                voice = _inherited(last, "same speaker as the quotation before", "likely")
        elif position == 0 and starts_with_quote and not has_frames and carry.last_voice is not None:
            rule = carry.last_voice.evidence.rule
            if rule != "statement introduced in the paragraph before":
                rule = "quotation paragraph after the same speaker's"
            voice = _inherited(carry.last_voice, rule, "likely")
        voice = _named(voice or Voice(None, Evidence("no attribution found", "none")))
        voices.append(voice)
        if not term:
            last, last_end = voice, span.end
    return voices


def _nested_voice(
    sentences: list[SentenceFrames], span: QuoteSpan, text: str, outer: Voice | None, verbs: frozenset[str]
) -> Voice:
    """A quotation inside a quotation: a frame inside the outer one decides, else the outer speaker.

    The outer speaker only for a short term with no attribution verb before it in its sentence:
    in "Power ... called the request 'a stunt'" the term is Power's even when her name is too far
    from the verb to be read as its subject, never the correspondent's.
    """
    index = max(0, bisect.bisect_right(sentences, span.open_at, key=lambda s: s.start) - 1)
    sentence = sentences[index] if sentences else None
    if sentence is not None and sentence.inner:
        chosen = pick_claimant(sentence.inner, span.open_at, _after_close(text, span))
        if chosen is not None and (chosen.end <= span.open_at or chosen.start == _after_close(text, span)):
            r = sentence.resolved[id(chosen)]
            return _named(Voice(r.speaker, r.evidence, chosen, r.cue))
    words = len(text[span.start : span.end].split())
    if outer is None or words > TERM_WORDS:
        # A sentence quoted inside a quotation is someone else's, and no frame says whose.
        return Voice(None, Evidence("quotation inside a quotation, no attribution", "none"))
    if sentence is not None and any(
        t.lower in verbs for t in sentence.tokens if sentence.start <= t.start < span.open_at and not t.is_capitalised
    ):
        return Voice(None, Evidence("a term after an attribution verb inside a quotation, speaker not read", "none"))
    evidence = Evidence("a term inside the speaker's own quotation", outer.evidence.confidence)
    return Voice(outer.speaker, evidence, None, outer.cue)


def _quotations(
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


def _attribution(
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


def _quote_attributions(
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
            _attribution(paragraph, stem, kind, span=(quote.start, quote.end), sentence=sentence, voice=voice)
        )
    return result


def _transcript_voice(
    paragraph: Paragraph, memory: SpeakerMemory, config: ExtractionConfig
) -> tuple[Voice, int] | None:
    """ "POWER: ..." or "Samantha Power: ...": the line's speaker and where the words start."""
    found = transcript_speaker(paragraph.text)
    if found is None:
        return None
    name, start, end, words_start = found
    frame = Frame(name, start, end, ":", False, rule="transcript Name:", verb_start=-1)
    if unnamed_voice(name):
        return Voice(
            None, Evidence(f"transcript {name}: the transcript does not name the speaker", "none"), frame
        ), words_start
    speaker, evidence = resolve_speaker(frame, [], memory, config)
    return _named(Voice(speaker, evidence, frame, None)), words_start


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def extract_article(article: Article, meta: SourceMeta, config: ExtractionConfig) -> ArticleExtraction:
    """Quotations, statements, figures, dates and attributions of one article."""
    memory = SpeakerMemory(outlet=meta.outlet.value if meta.outlet else "")
    published = meta.published_date
    inferred = bool(meta.published and meta.published.basis == "inferred")
    stem = article.stem
    quotations: list[Quotation] = []
    statements: list[Statement] = []
    figures: list[Figure] = []
    dates: list[DateMention] = []
    attributions: list[Attribution] = []
    carry = Carry(None, None)
    for paragraph in article.paragraphs:
        text, para = paragraph.text, paragraph.number
        start_paragraph(memory, para)
        transcript = _transcript_voice(paragraph, memory, config)
        spans = scan_quotes(text)
        quoted = [(s.open_at + 1, s.close_at) for s in spans if s.depth == 0]
        nested = [(s.start, s.end) for s in spans if s.depth == 1]
        sentences = _sentence_frames(paragraph, quoted, memory, config, nested)
        voices = _voices(
            paragraph, sentences, spans, carry=carry, transcript=transcript[0] if transcript else None, config=config
        )
        para_quotes = _quotations(article, paragraph, spans, voices, config)
        quotations.extend(para_quotes)
        attributions.extend(_quote_attributions(paragraph, stem, para_quotes, voices, sentences))
        if transcript is not None and not spans and transcript[1] < len(text):
            line = (transcript[1], len(text))
            attributions.append(_attribution(paragraph, stem, "direct", span=line, sentence=line, voice=transcript[0]))
        claimant: Speaker | None = None  # carried from sentence to sentence within the paragraph
        for number, sentence in enumerate(sentences, start=1):
            lo = bisect.bisect_left(quoted, sentence.start, key=lambda q: q[1])
            hi = bisect.bisect_right(quoted, sentence.end, key=lambda q: q[0])
            found, said = _reported(paragraph, stem, sentence, number, quoted[lo:hi])
            attributions.extend(found)
            statements.extend(said)
            tokens = sentence.tokens
            previous = figures[-1].measure if figures and figures[-1].para == para else ""
            for fig in find_figures(text, tokens, config, previous=previous):
                owner = _speaker_for([sentence], fig.start, fig.end, None) or claimant
                words = text[fig.start : fig.end]
                figures.append(
                    Figure(
                        stem, para, fig.start, fig.end, words, fig.value, fig.measure, fig.unit, fig.qualifier, owner
                    )
                )
            if sentence.speakers:
                claimant = list(sentence.speakers.values())[-1]
            for date in find_dates(tokens, published, config):
                flag = inferred and date.from_published and date.value is not None
                source = "published" if date.from_published else "text"
                words = text[date.start : date.end]
                dates.append(DateMention(stem, para, date.start, date.end, words, date.kind, date.value, source, flag))  # type: ignore[arg-type]
        carry = _carry(spans, voices, text)
        if not spans and memory.document_para == para and memory.document_owner is not None:
            owner = memory.document_owner
            carry = Carry(None, Voice(owner, Evidence("statement introduced in the paragraph before", "likely")))
    attributions.sort(key=lambda a: (a.para, a.start, a.end))
    return ArticleExtraction(
        stem, tuple(quotations), tuple(statements), tuple(figures), tuple(dates), tuple(attributions)
    )


def _reported(
    paragraph: Paragraph, stem: str, sentence: SentenceFrames, number: int, quoted: list[tuple[int, int]]
) -> tuple[list[Attribution], list[Statement]]:
    """The reported speech of one sentence: an attribution for each claim, a statement for each named one."""
    attributions: list[Attribution] = []
    statements: list[Statement] = []
    text = paragraph.text
    kind: AttributionKind = "headline" if paragraph.role == "headline" else "indirect"
    for claim in claim_spans(text, (sentence.start, sentence.end), sentence.frames, quoted):
        r = sentence.resolved.get(id(claim.frame))
        if r is None:
            continue
        voice = Voice(r.speaker, r.evidence, claim.frame, r.cue)
        span = (claim.start, claim.end)
        attributions.append(
            _attribution(paragraph, stem, kind, span=span, sentence=(sentence.start, sentence.end), voice=voice)
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


def _carry(spans: list[QuoteSpan], voices: list[Voice], text: str) -> Carry:
    """What the next paragraph inherits: an unclosed quotation's voice, or a final quotation's voice."""
    top = [(span, voice) for span, voice in zip(spans, voices, strict=True) if span.depth == 0]
    if not top:
        return Carry(None, None)
    span, voice = top[-1]
    if span.close_at >= len(text):
        return Carry(voice, None)
    ends_paragraph = not text[span.close_at + 1 :].strip(" .,;:\u201d\"'\u2019")
    after = text[span.close_at + 1 :]
    said_after = voice.frame is not None and voice.frame.start > span.close_at and len(after) < 80
    return Carry(None, voice if (ends_paragraph or said_after) else None)


def extract_corpus(corpus: Corpus, metadata: Mapping[str, SourceMeta], config: ExtractionConfig) -> Extraction:
    """Extract every article with the vocabulary ``config`` (``load_extraction_config``)."""
    articles = (extract_article(a, metadata.get(a.stem, SourceMeta()), config) for a in corpus.articles)
    return Extraction(tuple(articles))
