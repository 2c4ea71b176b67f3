"""Where glossary terms occur in the articles.

The glossary page links every entry to the paragraphs that mention it, every
page explains terms in tooltips (``tooltip_text.py``), and both need the same
idea of a mention. It is the site's one word rule (``wordsearch.py``): whole
words; forms in capitals ("IS", "U.S.") only in capitals, others in any case;
apostrophes alike and dashes alike; the longest form wins and mentions never
overlap, so "U.S. Central Command" is one mention of CENTCOM, not a mention of
the United States plus one of CENTCOM.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .corpus import Corpus
from .glossary import Glossary
from .wordsearch import WordMatcher

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TermSpan:
    """A mention in a piece of text: ``text[start:end]`` is a form of entry ``entry_id``."""

    entry_id: str
    alias: str  # the glossary form that matched, as written in the glossary
    start: int
    end: int


@dataclass(frozen=True)
class TermMention:
    """A mention in an article: ``corpus.article(seed).paragraph(para).text[start:end] == text``."""

    entry_id: str
    alias: str  # the glossary form that matched, as written in the glossary
    seed: str  # article file stem
    para: int  # paragraph number, as on the source pages
    start: int
    end: int
    text: str  # the words as the article writes them ("Central command", "Deir Ezzour")


class TermMatcher:
    """The compiled glossary: every form of every entry, found under the site's one word rule.

    Built once per build by ``compile_terms`` and never changed afterwards.
    """

    __slots__ = ("_words",)

    def __init__(self, glossary: Glossary) -> None:
        self._words: WordMatcher[str] = WordMatcher(
            (form, entry.id) for entry in glossary.entries for form in entry.forms
        )

    def find(self, text: str) -> tuple[TermSpan, ...]:
        """Every mention in ``text``, in order; the longest wins where two overlap."""
        return tuple(TermSpan(span.payload, span.form, span.start, span.end) for span in self._words.find(text))


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def compile_terms(glossary: Glossary) -> TermMatcher:
    """Build the matcher once and reuse it for every text of a build."""
    return TermMatcher(glossary)


def find_term_mentions(corpus: Corpus, glossary: Glossary) -> tuple[TermMention, ...]:
    """Every glossary mention in every paragraph, in article and reading order."""
    matcher = compile_terms(glossary)
    mentions: list[TermMention] = []
    for article in corpus.articles:
        for paragraph in article.paragraphs:
            for span in matcher.find(paragraph.text):
                mentions.append(
                    TermMention(
                        entry_id=span.entry_id,
                        alias=span.alias,
                        seed=article.stem,
                        para=paragraph.number,
                        start=span.start,
                        end=span.end,
                        text=paragraph.text[span.start : span.end],
                    )
                )
    return tuple(mentions)


def mentions_by_entry(mentions: Iterable[TermMention]) -> dict[str, tuple[TermMention, ...]]:
    """Mentions grouped by entry id, each group in reading order ("Mentioned in" links)."""
    groups: dict[str, list[TermMention]] = {}
    for mention in mentions:
        groups.setdefault(mention.entry_id, []).append(mention)
    return {entry_id: tuple(group) for entry_id, group in groups.items()}
