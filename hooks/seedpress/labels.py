"""Count how each article names the actors ("Syrian regime" or "Syrian government").

Longer labels are matched first and their words are not counted again inside
a shorter one, so "Syrian regime forces" is not also a "Syrian regime".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .corpus import Corpus
from .editorial import ActorLabel, ActorLabels


@dataclass(frozen=True)
class LabelUse:
    """Where one label occurs in one article: (paragraph, start, end) each time."""

    seed: str
    places: tuple[tuple[int, int, int], ...]


def _pattern(label: str) -> re.Pattern[str]:
    flags = 0 if label.isupper() else re.IGNORECASE
    words = r"\s+".join(re.escape(w) for w in label.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", flags)


def count_labels(corpus: Corpus, actors: tuple[ActorLabels, ...]) -> dict[tuple[str, str], tuple[LabelUse, ...]]:
    """(actor, label) -> uses per article (only articles that use it)."""
    result: dict[tuple[str, str], list[LabelUse]] = {}
    for actors_entry in actors:
        ordered: list[ActorLabel] = sorted(actors_entry.labels, key=lambda item: len(item.label), reverse=True)
        compiled = [(item, _pattern(item.label)) for item in ordered]
        for article in corpus.articles:
            taken: dict[int, list[tuple[int, int]]] = {}
            for item, pattern in compiled:
                places = []
                for paragraph in article.paragraphs:
                    spans = taken.setdefault(paragraph.number, [])
                    for match in pattern.finditer(paragraph.text):
                        if any(s < match.end() and match.start() < e for s, e in spans):
                            continue
                        spans.append((match.start(), match.end()))
                        places.append((paragraph.number, match.start(), match.end()))
                if places:
                    result.setdefault((actors_entry.actor, item.label), []).append(
                        LabelUse(article.stem, tuple(places))
                    )
    return {key: tuple(uses) for key, uses in result.items()}
