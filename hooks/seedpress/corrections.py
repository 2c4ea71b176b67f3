"""An editor's corrections of attributions (``editorial/attributions.yml``) and the review list.

Rules abstain when unsure; an editor then reads the paragraph and says who
speaks. A correction quotes a few words of the attribution (the same
``seed`` + ``quote`` selector as editorial points) and gives the speaker, or
``null`` to keep it unidentified. A correction whose words no longer match,
or match no attribution, fails the build with one line naming the file and the
entry, so a stale correction cannot silently name the wrong person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from .corpus import Corpus
from .errors import SeedError
from .extract.model import Attribution, Evidence, Extraction, Quotation, Speaker
from .selectors import Selector, resolve
from .yamlerrors import Entries
from .yamlfile import parse_yaml, read_text
from .yamlshape import RECORD, Text, Word, validate

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

EDITOR_RULE = "editor"


class CorrectionError(SeedError):
    """An entry of ``editorial/attributions.yml`` is malformed or stale."""


Kind = Literal["person", "institution", "anonymous"]


@dataclass(frozen=True)
class _Entry:
    """One entry of the file, as written."""

    __pydantic_config__ = RECORD

    seed: Word
    quote: Text
    speaker: Text | None  # the key is required; null leaves the speaker unidentified
    kind: Kind = "institution"
    via: tuple[Text, ...] = ()
    note: Annotated[str, Field(strict=True)] = ""


@dataclass(frozen=True)
class _CorrectionsFile:
    __pydantic_config__ = RECORD

    corrections: tuple[_Entry, ...] | None


@dataclass(frozen=True)
class Correction:
    """An editor's word on one attribution (an entry, its selector named for messages)."""

    selector: Selector
    speaker: str | None  # None: the speaker stays unidentified
    kind: Kind
    via: tuple[str, ...]
    note: str


ENTRIES = Entries("correction", plural="corrections", under="corrections")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _editor_speaker(correction: Correction) -> Speaker | None:
    """The speaker an editor gives (``None``: left unidentified)."""
    if correction.speaker is None:
        return None
    return Speaker(correction.speaker, correction.kind, correction.via)


def _corrected(item: Attribution, correction: Correction) -> Attribution:
    speaker = _editor_speaker(correction)
    evidence = Evidence(EDITOR_RULE, "sure" if speaker else "none", correction.note)
    return dataclasses.replace(item, speaker=speaker, evidence=evidence)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def load_corrections(path: Path, label: str) -> tuple[Correction, ...]:
    """Read the corrections file; a missing file means no corrections."""
    if not path.exists():
        return ()
    data = parse_yaml(read_text(path, label, CorrectionError), label, CorrectionError)
    if data is None:
        return ()
    entries = validate(_CorrectionsFile, data, label, CorrectionError, ENTRIES).corrections or ()
    return tuple(
        Correction(Selector(e.seed, e.quote, label, f"corrections[{i}]"), e.speaker, e.kind, e.via, e.note)
        for i, e in enumerate(entries)
    )


def apply_corrections(extraction: Extraction, corrections: Iterable[Correction], corpus: Corpus) -> Extraction:
    """The extraction with each correction's attribution given the editor's speaker.

    A correction names the attribution whose content (or, for reported
    speech, whose sentence) holds the quoted words. Quotations and statements
    at the same place take the same speaker, so every page agrees.
    """
    by_place: dict[tuple[str, int, int], Correction] = {}
    for correction in corrections:
        span = resolve(correction.selector, corpus)
        if span is None:
            continue  # its article is not in this build
        seed, para = correction.selector.seed, span.paragraph.number
        matches = [
            a
            for a in extraction.attributions
            if a.seed == seed and a.para == para and a.sentence_start <= span.start < max(a.end, a.sentence_end)
        ]
        inside = [a for a in matches if a.start <= span.start < a.end] or matches
        if not inside:
            where = correction.selector.where
            raise CorrectionError(correction.selector.file, f"{where}: the quoted words are in no attribution")
        for item in inside:
            by_place[(item.seed, item.para, item.start)] = correction
    if not by_place:
        return extraction
    articles = []
    for article in extraction.articles:
        attributions = tuple(
            _corrected(a, c) if (c := by_place.get((a.seed, a.para, a.start))) else a for a in article.attributions
        )
        quotations = tuple(
            _corrected_quote(q, c) if (c := by_place.get((q.seed, q.para, q.start))) else q for q in article.quotations
        )
        articles.append(dataclasses.replace(article, attributions=attributions, quotations=quotations))
    return dataclasses.replace(extraction, articles=tuple(articles))


def _corrected_quote(quote: Quotation, correction: Correction) -> Quotation:
    """A quotation with the editor's speaker."""
    speaker = _editor_speaker(correction)
    return dataclasses.replace(quote, speaker=speaker, evidence=Evidence(EDITOR_RULE, "sure" if speaker else "none"))


def review_items(extraction: Extraction) -> list[Attribution]:
    """Attributions an editor should read: speaker not identified, or named on evidence short of sure."""
    return [
        a
        for a in extraction.attributions
        if a.kind != "scare" and a.evidence.rule != EDITOR_RULE and a.evidence.confidence != "sure"
    ]


def format_review(items: list[Attribution], corpus: Corpus) -> str:
    """The review list as text: where, what rule, how sure, and a ready correction entry."""
    if not items:
        return "Nothing to review: every attribution was decided by a sure rule or by an editor.\n"
    lines = [f"{len(items)} attribution(s) to review (editorial/attributions.yml can confirm or set each):", ""]
    for item in items:
        paragraph = corpus.article(item.seed).paragraph(item.para)
        sentence = " ".join(paragraph.text[item.sentence_start : item.sentence_end].split())
        who = item.speaker.label if item.speaker else "not identified"
        guess = f"; a rule would guess {item.evidence.candidate!r}" if item.evidence.candidate else ""
        lines.append(
            f"- {item.seed} ¶{item.para} [{item.kind}] speaker: {who} ({item.evidence.rule}, {item.evidence.confidence}{guess})"
        )
        lines.append(f"    {sentence[:300]}{'…' if len(sentence) > 300 else ''}")
        words = " ".join(item.content.split()[:6])
        lines.append(f'    correction: {{seed: {item.seed}, quote: "{words}", speaker: ...}}')
    return "\n".join(lines) + "\n"
