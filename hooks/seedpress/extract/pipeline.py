"""Run every extractor over the corpus and attach speakers to what they find.

Reading order matters: "the official" in paragraph 6 means the official named
in paragraph 5, and a paragraph that is only a quotation continues the previous
paragraph's speaker. So each article is read front to back with one
``SpeakerMemory``; articles are independent of each other.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Mapping
from typing import NamedTuple

from ..corpus import Article, Corpus, Paragraph
from ..sources_meta import SourceMeta
from .attribution import Frame, claim_candidates, find_frames, nearest_relays, pick_claimant
from .config import ExtractionConfig
from .dates import find_dates
from .figures import find_figures
from .model import ArticleExtraction, DateMention, Extraction, Figure, Quotation, Speaker, Statement
from .quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan, quote_kind, scan_quotes
from .speakers import SpeakerMemory, note_document, resolve_speaker
from .statements import claim_spans
from .tokens import Token, tokenize

log = logging.getLogger(__name__)

#: Characters after a frame searched for "in its statement".
DOCUMENT_WINDOW = 60

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


class SentenceFrames(NamedTuple):
    """One sentence's span, its frames, the frames that can own a claim, and their speakers."""

    start: int
    end: int
    tokens: list[Token]
    frames: list[Frame]
    candidates: list[Frame]
    speakers: dict[int, Speaker]  # id(frame) -> speaker


def _sentence_frames(
    paragraph: Paragraph, quoted: list[tuple[int, int]], memory: SpeakerMemory, config: ExtractionConfig
) -> list[SentenceFrames]:
    """Frames of each sentence, with speakers resolved in reading order."""
    text, result = paragraph.text, []
    for sentence in paragraph.sentences:
        lo = bisect.bisect_left(quoted, sentence.start, key=lambda q: q[1])
        hi = bisect.bisect_right(quoted, sentence.end, key=lambda q: q[0])
        tokens = tokenize(text, sentence.start, sentence.end)
        frames = find_frames(text, tokens, quoted[lo:hi], config)
        candidates = claim_candidates(frames)
        relay_frames = [f for f in frames if f.relay]
        speakers: dict[int, Speaker] = {}
        for frame in candidates:
            relays = nearest_relays(relay_frames, frame.start, exclude=frame)
            speakers[id(frame)] = speaker = resolve_speaker(frame, relays, memory, config)
            following = text[frame.end : min(frame.end + DOCUMENT_WINDOW, sentence.end)].split()
            note_document(speaker, following, config, memory)
        result.append(SentenceFrames(sentence.start, sentence.end, tokens, frames, candidates, speakers))
    return result


def _speaker_for(sentences: list[SentenceFrames], start: int, end: int, adjacent: int | None) -> Speaker | None:
    """The speaker whose frame claims ``text[start:end]``, from the sentences it overlaps."""
    first = bisect.bisect_left(sentences, start, key=lambda s: s.end)
    overlapping = []
    for sentence in sentences[first:]:
        if sentence.start > end:
            break
        overlapping.append(sentence)
    if not overlapping:
        return None
    if len(overlapping) == 1:
        candidates, speakers = overlapping[0].candidates, overlapping[0].speakers
    else:
        candidates = [f for s in overlapping for f in s.candidates]
        speakers = {k: v for s in overlapping for k, v in s.speakers.items()}
    chosen = pick_claimant(candidates, start, adjacent)
    return speakers.get(id(chosen)) if chosen is not None else None


def _after_close(text: str, span: QuoteSpan) -> int:
    """Where the words after a closing quote mark start ('"...," the official said')."""
    pos = span.close_at + 1
    while pos < len(text) and (text[pos].isspace() or text[pos] in ",\u2014" or text[pos] in DOUBLE_MARKS):
        pos += 1
    return pos


def _quotations(
    article: Article,
    paragraph: Paragraph,
    sentences: list[SentenceFrames],
    previous: Speaker | None,
    config: ExtractionConfig,
    *,
    spans: list[QuoteSpan],
) -> list[Quotation]:
    """Quotations (``spans``) of one paragraph; ``previous`` is the last speaker of the paragraph before."""
    text, result = paragraph.text, []
    starts_with_quote = text.lstrip()[:1] in DOUBLE_MARKS | SINGLE_MARKS
    last: Speaker | None = None
    for span in spans:
        if span.depth:
            speaker = last  # a nested quotation is reported by the outer speaker
        else:
            speaker = _speaker_for(sentences, span.open_at, span.close_at, _after_close(text, span))
            speaker = speaker or last or (previous if starts_with_quote else None)
            last = speaker
        kind = quote_kind(text, span, config)
        quote = text[span.start : span.end]
        result.append(Quotation(article.stem, paragraph.number, span.start, span.end, quote, kind, speaker, span.depth))
    return result


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def extract_article(article: Article, meta: SourceMeta, config: ExtractionConfig) -> ArticleExtraction:
    """Quotations, statements, figures and dates of one article."""
    memory = SpeakerMemory(outlet=meta.outlet.value if meta.outlet else "")
    published = meta.published_date
    inferred = bool(meta.published and meta.published.basis == "inferred")
    stem = article.stem
    quotations: list[Quotation] = []
    statements: list[Statement] = []
    figures: list[Figure] = []
    dates: list[DateMention] = []
    previous: Speaker | None = None
    for paragraph in article.paragraphs:
        text, para = paragraph.text, paragraph.number
        spans = scan_quotes(text)
        quoted = [(s.open_at + 1, s.close_at) for s in spans if s.depth == 0]
        sentences = _sentence_frames(paragraph, quoted, memory, config)
        para_quotes = _quotations(article, paragraph, sentences, previous, config, spans=spans)
        quotations.extend(para_quotes)
        claimant: Speaker | None = None  # carried from sentence to sentence within the paragraph
        for number, sentence in enumerate(sentences, start=1):
            lo = bisect.bisect_left(quoted, sentence.start, key=lambda q: q[1])
            hi = bisect.bisect_right(quoted, sentence.end, key=lambda q: q[0])
            for claim in claim_spans(text, (sentence.start, sentence.end), sentence.frames, quoted[lo:hi]):
                if speaker := sentence.speakers.get(id(claim.frame)):
                    claim_text = text[claim.start : claim.end]
                    statements.append(
                        Statement(stem, para, number, claim.start, claim.end, claim_text, claim.frame.verb, speaker)
                    )
            tokens = sentence.tokens
            for fig in find_figures(text, tokens, config):
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
        speakers_here = [q.speaker for q in para_quotes if q.speaker and q.depth == 0]
        previous = speakers_here[-1] if speakers_here else (memory.recent[-1] if memory.recent else previous)
    return ArticleExtraction(stem, tuple(quotations), tuple(statements), tuple(figures), tuple(dates))


def extract_corpus(corpus: Corpus, metadata: Mapping[str, SourceMeta], config: ExtractionConfig) -> Extraction:
    """Extract every article with the vocabulary ``config`` (``load_extraction_config``)."""
    articles = (extract_article(a, metadata.get(a.stem, SourceMeta()), config) for a in corpus.articles)
    return Extraction(tuple(articles))
