"""Gather the sentences of every article that touch a topic.

Pages list "what the articles say" about their subject by topic words from
editorial data, not by hand-picked paragraphs, so a new article's sentences
appear on every page it speaks to without any change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .corpus import Article, Corpus, Paragraph, Sentence
from .wordsearch import fold_case, foldable, key_part

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """A sentence of an article that mentions a topic."""

    article: Article
    paragraph: Paragraph
    sentence: Sentence


class TopicMatcher:
    """Whole-word matching of topic words.

    Words written all in capitals ("IS", "ISIS") match only in capitals, so
    the acronym IS never matches the verb "is"; other words match in any case.
    The patterns are alternations of escaped literals: linear, no backtracking.

    Pages ask about thousands of short texts, and most mention no topic word at
    all; a plain substring test of each word's longest part, far cheaper than
    the patterns, answers those without running them (see ``wordsearch``).
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = sorted({" ".join(w.split()) for w in words if w.strip()}, key=len, reverse=True)
        exact = [w for w in words if w.isupper()]
        folded = [w for w in words if not w.isupper()]
        self._exact = _pattern(exact, 0)
        self._folded = _pattern(folded, re.IGNORECASE)
        self._exact_parts = [key_part(w) for w in exact]
        self._folded_parts = [key_part(w).lower() for w in folded]
        self._prefilter = all(foldable(part) for part in self._folded_parts)

    def _could_match(self, text: str) -> bool:
        """False only if no pattern can match: some word's longest part is missing from ``text``."""
        if not self._prefilter:
            return True
        if any(part in text for part in self._exact_parts):
            return True
        if not self._folded_parts:
            return False
        folded = fold_case(text)
        return any(part in folded for part in self._folded_parts)

    def matches(self, text: str) -> bool:
        if not self._could_match(text):
            return False
        return bool((self._exact and self._exact.search(text)) or (self._folded and self._folded.search(text)))


def _pattern(words: list[str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def passages_about(corpus: Corpus, words: Iterable[str]) -> tuple[Passage, ...]:
    """Every sentence of every article, in article and text order, that mentions one of ``words``."""
    matcher = TopicMatcher(words)
    return tuple(
        Passage(article, paragraph, sentence)
        for article in corpus.articles
        for paragraph in article.paragraphs
        if paragraph.role != "headline"
        for sentence in paragraph.sentences
        if matcher.matches(sentence.text)
    )
