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
from .wordsearch import WordMatcher


@dataclass(frozen=True)
class LabelUse:
    """Where one label occurs in one article: (paragraph, start, end) each time."""

    seed: str
    places: tuple[tuple[int, int, int], ...]


def count_labels(corpus: Corpus, actors: tuple[ActorLabels, ...]) -> dict[tuple[str, str], tuple[LabelUse, ...]]:
    """(actor, label) -> uses per article (only articles that use it)."""
    result: dict[tuple[str, str], list[LabelUse]] = {}
    for entry in actors:
        matcher: WordMatcher[str] = WordMatcher((item.label, item.label) for item in entry.labels)
        ordered = sorted((item.label for item in entry.labels), key=len, reverse=True)
        for article in corpus.articles:
            places: dict[str, list[tuple[int, int, int]]] = {}
            for paragraph in article.paragraphs:
                for span in matcher.find(paragraph.text):
                    places.setdefault(span.payload, []).append((paragraph.number, span.start, span.end))
            for label in ordered:
                if label in places:
                    result.setdefault((entry.actor, label), []).append(LabelUse(article.stem, tuple(places[label])))
    return {key: tuple(uses) for key, uses in result.items()}
