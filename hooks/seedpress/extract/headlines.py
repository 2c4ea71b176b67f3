"""A headline's quotation takes the speaker of the same words quoted in the article's body.

A headline quotes without saying who ("Two weeks on, 'nobody has told us anything'"); the
body then quotes the same words with their speaker. Only the same words count, and only
when every body quotation holding them names one and the same speaker: a shared word
such as "stunt" may be quoted from several people, so a short quotation must match a
whole body quotation, not a part of one.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from ..corpus import Article
from .model import Attribution, Evidence, Quotation, Speaker

#: A headline quotation this long may match part of a body quotation; shorter ones only a whole one.
MIN_PART_WORDS = 3
#: Headline quotations looked at (a headline holds one or two).
MAX_HEADLINE_QUOTES = 8
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _words(text: str) -> str:
    return " ".join(text.translate(_FOLD).lower().strip(" .,;:!?\"'").split())


def _body_speaker(headline: Quotation, body: list[tuple[str, Speaker]]) -> Speaker | None:
    """The one named speaker of the body quotations (folded words, speaker) that hold the headline's words."""
    wanted = _words(headline.text)
    if not wanted:
        return None
    part = len(wanted.split()) >= MIN_PART_WORDS
    speakers = {speaker for words, speaker in body if words == wanted or (part and wanted in words)}
    labels = {s.label for s in speakers}
    return next(iter(speakers)) if len(labels) == 1 else None


_Record = TypeVar("_Record", Quotation, Attribution)
_EVIDENCE = Evidence("headline words quoted again in the body, with their speaker", "likely")


def _credit(item: _Record, credited: dict[tuple[int, int, int], Speaker]) -> _Record:
    speaker = credited.get((item.para, item.start, item.end))
    if speaker is None or item.speaker is not None:
        return item
    return dataclasses.replace(item, speaker=speaker, evidence=_EVIDENCE)


def credit_headline_quotes(
    quotations: list[Quotation], attributions: list[Attribution], article: Article
) -> tuple[list[Quotation], list[Attribution]]:
    """Quotations (and their attributions) of headline paragraphs, given the body's speaker where one fits."""
    headlines = {p.number for p in article.paragraphs if p.role == "headline"}
    # A headline holds a few quotations; a hostile one with thousands is read only this far.
    open_quotes = [q for q in quotations if q.para in headlines and q.depth == 0 and q.speaker is None]
    if not open_quotes:
        return quotations, attributions
    body = [
        (_words(q.text), q.speaker)
        for q in quotations
        if q.para not in headlines and q.depth == 0 and q.speaker is not None
    ]
    credited: dict[tuple[int, int, int], Speaker] = {}
    for quote in open_quotes[:MAX_HEADLINE_QUOTES]:
        speaker = _body_speaker(quote, body)
        if speaker is not None:
            credited[(quote.para, quote.start, quote.end)] = speaker
    if not credited:
        return quotations, attributions
    return [_credit(q, credited) for q in quotations], [_credit(a, credited) for a in attributions]
