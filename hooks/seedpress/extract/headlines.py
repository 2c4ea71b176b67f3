"""A headline's (or pull quote's) quotation takes the speaker of the same words quoted in the body.

A headline quotes without saying who ("Two weeks on, 'nobody has told us anything'"); the
body then quotes the same words with their speaker. Only the same words count, and only
when every body quotation holding them names one and the same speaker: a shared word
such as "stunt" may be quoted from several people, so a short quotation must match a
whole body quotation, not a part of one.

A pull quote (a paragraph that is only a quotation, repeating words the article prints
elsewhere) is read the same way: it is not a continuation of the paragraph before it, so
it never inherits that paragraph's speaker.
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
_PULLED = Evidence("pull quote: words printed again elsewhere in the article", "likely")
_PULLED_UNSURE = Evidence("pull quote: words printed elsewhere, no one speaker quoted with them", "none")
#: Words a pull quote needs: a short quoted paragraph ("Spare me.") may well continue the one before.
MIN_PULL_WORDS = 4
#: Characters of a paragraph that may stand around its one quotation ('"...".').
_PULL_SLACK = 3


def _credit(item: _Record, credited: dict[tuple[int, int, int], Speaker]) -> _Record:
    speaker = credited.get((item.para, item.start, item.end))
    if speaker is None or item.speaker is not None:
        return item
    return dataclasses.replace(item, speaker=speaker, evidence=_EVIDENCE)


def _recredit(item: _Record, pulled: dict[tuple[int, int, int], Speaker | None]) -> _Record:
    key = (item.para, item.start, item.end)
    if key not in pulled:
        return item
    speaker = pulled[key]
    return dataclasses.replace(item, speaker=speaker, evidence=_PULLED if speaker else _PULLED_UNSURE)


def _pull_quotes(quotations: list[Quotation], article: Article) -> list[Quotation]:
    """Quotations that fill a body paragraph alone and whose words the article prints elsewhere."""
    # Only the body counts: a headline that repeats a quoted paragraph does not make it a pull quote.
    texts = {p.number: p.text for p in article.paragraphs if p.role != "headline"}
    found = []
    for quote in quotations:
        paragraph = texts.get(quote.para, "")
        if quote.depth != 0 or len(paragraph) - len(quote.text) > 2 + _PULL_SLACK:
            continue
        wanted = _words(quote.text)
        if len(wanted.split()) < MIN_PULL_WORDS:
            continue
        if any(wanted in _words(text) for number, text in texts.items() if number != quote.para):
            found.append(quote)
    return found


def credit_pull_quotes(
    quotations: list[Quotation], attributions: list[Attribution], article: Article
) -> tuple[list[Quotation], list[Attribution]]:
    """Pull quotes given the speaker the body quotes the same words with, or no one."""
    body_paras = {p.number for p in article.paragraphs if p.role != "headline"}
    pulls = _pull_quotes([q for q in quotations if q.para in body_paras], article)
    if not pulls:
        return quotations, attributions
    pull_paras = {q.para for q in pulls}
    body = [
        (_words(q.text), q.speaker)
        for q in quotations
        if q.para in body_paras and q.para not in pull_paras and q.depth == 0 and q.speaker is not None
    ]
    pulled = {(q.para, q.start, q.end): _body_speaker(q, body) for q in pulls}
    return [_recredit(q, pulled) for q in quotations], [_recredit(a, pulled) for a in attributions]


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


def credit_repeated_quotes(
    quotations: list[Quotation], attributions: list[Attribution], article: Article
) -> tuple[list[Quotation], list[Attribution]]:
    """Pull quotes, then headline quotations, credited from the same words in the body."""
    quotations, attributions = credit_pull_quotes(quotations, attributions, article)
    return credit_headline_quotes(quotations, attributions, article)
