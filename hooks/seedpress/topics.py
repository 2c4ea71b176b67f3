"""Gather the sentences of every article that touch a topic.

Pages list "what the articles say" about their subject by topic words from
editorial data, not by hand-picked paragraphs, so a new article's sentences
appear on every page it speaks to without any change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .corpus import Article, Corpus, Paragraph, Sentence
from .wordsearch import Prepared, Tokens, WordMatcher

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
    """Whole-word matching of topic words, under the site's one word rule (``wordsearch``).

    Words written all in capitals ("IS", "ISIS") match only in capitals, so the
    acronym IS never matches the verb "is"; other words match in any case;
    apostrophes are alike and so are dashes.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._words: WordMatcher[None] = WordMatcher((word, None) for word in words)

    def could_match(self, text: str | Prepared) -> bool:
        """False only when no topic word can be in ``text`` (a quick test before splitting it into tokens)."""
        return self._words.could_match(text)

    def matches(self, text: str, tokens: Tokens | None = None) -> bool:
        """Does a topic word occur in ``text``? (``tokens``: ``Tokens(text)``, when the caller has them.)"""
        return self._words.matches(text, tokens)


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
