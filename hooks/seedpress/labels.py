"""Count how each article names the actors ("Syrian regime" or "Syrian government").

Labels are found under the site's one word rule (``wordsearch``): whole words,
all-capital labels only in capitals, apostrophes alike and dashes alike. Of an
actor's labels the longest found wins and its words are not counted again
inside a shorter one, so "Syrian regime forces" is not also a "Syrian regime".
Each actor's labels are compiled once into one matcher, so the work stays
linear in the text however many labels there are.
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Corpus
from .editorial import ActorLabels
from .wordsearch import Prepared, Tokens, WordMatcher


@dataclass(frozen=True)
class LabelUse:
    """Where one label occurs in one article: (paragraph, start, end) each time."""

    seed: str
    places: tuple[tuple[int, int, int], ...]


def count_labels(corpus: Corpus, actors: tuple[ActorLabels, ...]) -> dict[tuple[str, str], tuple[LabelUse, ...]]:
    """(actor, label) -> uses per article (only articles that use it)."""
    matchers: list[WordMatcher[str]] = [
        WordMatcher((item.label, item.label) for item in entry.labels) for entry in actors
    ]
    # places[actor][article][label]: each paragraph is split into tokens once, for every actor.
    places: list[list[dict[str, list[tuple[int, int, int]]]]] = [[] for _ in actors]
    for article in corpus.articles:
        found: list[dict[str, list[tuple[int, int, int]]]] = [{} for _ in actors]
        for paragraph in article.paragraphs:
            prepared = Prepared(paragraph.text)
            if not any(matcher.could_match(prepared) for matcher in matchers):
                continue  # most paragraphs name no actor: no tokens needed
            tokens = Tokens(paragraph.text)
            for matcher, labels in zip(matchers, found, strict=True):
                for span in matcher.find(paragraph.text, tokens):
                    labels.setdefault(span.payload, []).append((paragraph.number, span.start, span.end))
        for per_actor, labels in zip(places, found, strict=True):
            per_actor.append(labels)
    result: dict[tuple[str, str], list[LabelUse]] = {}
    for entry, per_article in zip(actors, places, strict=True):
        ordered = sorted((item.label for item in entry.labels), key=len, reverse=True)
        for article, labels in zip(corpus.articles, per_article, strict=True):
            for label in ordered:
                if label in labels:
                    result.setdefault((entry.actor, label), []).append(LabelUse(article.stem, tuple(labels[label])))
    return {key: tuple(uses) for key, uses in result.items()}
