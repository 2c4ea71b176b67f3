"""Run every extractor over the corpus and attach speakers to what they find.

Reading order matters: "the official" in paragraph 6 means the official named
in paragraph 5, and a paragraph that is only a quotation continues the previous
paragraph's speaker. So each article is read front to back with one
``SpeakerMemory``; articles are independent of each other. Each paragraph's
sentence frames come from ``claimants``, its quotations' voices from ``voices``,
and its records from ``records``; this module runs them in order.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Mapping

from ..corpus import Article, Corpus
from ..sources_meta import SourceMeta
from .claimants import sentence_frames, speaker_for
from .config import ExtractionConfig
from .dates import find_dates
from .figures import find_figures
from .headlines import credit_repeated_quotes
from .memory import SpeakerMemory, start_paragraph
from .model import (
    ArticleExtraction,
    Attribution,
    DateMention,
    Evidence,
    Extraction,
    Figure,
    Quotation,
    Speaker,
    Statement,
)
from .quotes import QuoteSpan, scan_quotes
from .records import attribution_record, quotation_records, quote_attributions, reported_speech
from .voices import Carry, Voice, next_carry, quotation_voices, quoted_line, transcript_voice

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _open_transcript_line(
    text: str,
    spans: list[QuoteSpan],
    quoted: list[tuple[int, int]],
    nested: list[tuple[int, int]],
    words_start: int,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A transcript line in quotation marks ("NAME: “...”") is read like plain prose inside.

    Its whole text is the line's speaker's, but what it reports ("The ministry did not say
    whether ...", "It says ... 'would never ...'") has frames of its own: the quotations
    inside the line take the line's place, so those frames and claims are found.
    """
    line = quoted_line(text, spans, words_start)
    if line is None:
        return quoted, nested
    inner = [s for s in spans if s.depth == 1 and line.open_at < s.start < line.close_at]
    top = [q for q in quoted if q != (line.open_at + 1, line.close_at)] + [(s.open_at + 1, s.close_at) for s in inner]
    inner_spans = {(s.start, s.end) for s in inner}
    return sorted(top), [n for n in nested if n not in inner_spans]


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
        transcript = transcript_voice(paragraph, memory, config)
        spans = scan_quotes(text)
        quoted = [(s.open_at + 1, s.close_at) for s in spans if s.depth == 0]
        nested = [(s.start, s.end) for s in spans if s.depth == 1]
        if transcript is not None:
            quoted, nested = _open_transcript_line(text, spans, quoted, nested, transcript[1])
        sentences = sentence_frames(paragraph, quoted, memory, config, nested)
        voices = quotation_voices(
            paragraph,
            sentences,
            spans,
            carry=carry,
            transcript=transcript[0] if transcript else None,
            line_words=transcript[1] if transcript else 0,
            config=config,
        )
        para_quotes = quotation_records(article, paragraph, spans, voices, config)
        quotations.extend(para_quotes)
        attributions.extend(quote_attributions(paragraph, stem, para_quotes, voices, sentences))
        if transcript is not None and not spans and transcript[1] < len(text):
            line = (transcript[1], len(text))
            attributions.append(
                attribution_record(paragraph, stem, "direct", span=line, sentence=line, voice=transcript[0])
            )
        claimant: Speaker | None = None  # carried from sentence to sentence within the paragraph
        for number, sentence in enumerate(sentences, start=1):
            lo = bisect.bisect_left(quoted, sentence.start, key=lambda q: q[1])
            hi = bisect.bisect_right(quoted, sentence.end, key=lambda q: q[0])
            found, said = reported_speech(paragraph, stem, sentence, number, quoted[lo:hi], config=config)
            attributions.extend(found)
            statements.extend(said)
            tokens = sentence.tokens
            previous = figures[-1].measure if figures and figures[-1].para == para else ""
            for fig in find_figures(text, tokens, config, previous=previous):
                owner = speaker_for([sentence], fig.start, fig.end, None) or claimant
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
        carry = next_carry(spans, voices, text)
        if not spans and memory.document_para == para and memory.document_owner is not None:
            owner = memory.document_owner
            carry = Carry(None, Voice(owner, Evidence("statement introduced in the paragraph before", "likely")))
    quotations, attributions = credit_repeated_quotes(quotations, attributions, article)
    attributions.sort(key=lambda a: (a.para, a.start, a.end))
    return ArticleExtraction(
        stem, tuple(quotations), tuple(statements), tuple(figures), tuple(dates), tuple(attributions)
    )


def extract_corpus(corpus: Corpus, metadata: Mapping[str, SourceMeta], config: ExtractionConfig) -> Extraction:
    """Extract every article with the vocabulary ``config`` (``load_extraction_config``)."""
    articles = (extract_article(a, metadata.get(a.stem, SourceMeta()), config) for a in corpus.articles)
    return Extraction(tuple(articles))
