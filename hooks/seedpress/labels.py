"""Count how each article names the actors ("Syrian regime" or "Syrian government").

Longer labels are matched first and their words are not counted again inside
a shorter one, so "Syrian regime forces" is not also a "Syrian regime".

Work stays linear in the text however many labels there are and however often
they occur: the regular expression is only tried where the label's first word
occurs (plain substring search), and overlaps are checked with one pointer into
the sorted spans already taken, not against every one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .corpus import Corpus
from .editorial import ActorLabel, ActorLabels
from .wordsearch import fold_case, foldable


@dataclass(frozen=True)
class LabelUse:
    """Where one label occurs in one article: (paragraph, start, end) each time."""

    seed: str
    places: tuple[tuple[int, int, int], ...]


def _pattern(label: str) -> re.Pattern[str]:
    flags = 0 if label.isupper() else re.IGNORECASE
    words = r"\s+".join(re.escape(w) for w in label.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", flags)


def _first_word(label: str) -> tuple[str, bool] | None:
    """What every match of ``label`` starts with, and whether to look for it in ``fold_case(text)``.

    A match starts with the label's first word: as written if the label is all
    capitals, otherwise in any letter case, which ``fold_case`` (offsets kept)
    turns into a plain lower-case search for words written in ASCII. ``None``:
    no such shortcut, try the pattern everywhere.
    """
    words = label.split(maxsplit=1)
    if not words:
        return None
    if label.isupper():
        return words[0], False
    if foldable(words[0]):
        return words[0].lower(), True
    return None


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Every offset where ``word`` occurs in ``text``, overlapping ones included."""
    position = text.find(word)
    while position >= 0:
        yield position
        position = text.find(word, position + 1)


def _matches(pattern: re.Pattern[str], text: str, starts: Iterator[int] | None) -> Iterator[tuple[int, int]]:
    """The spans ``pattern.finditer(text)`` finds, trying the pattern only at ``starts`` (sorted) when given."""
    if starts is None:
        yield from (match.span() for match in pattern.finditer(text))
        return
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)):
            yield match.span()
            resume = match.end()


def _free_spans(found: Iterator[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``found`` spans (in text order) that overlap none of the ``taken`` spans (sorted, disjoint)."""
    free: list[tuple[int, int]] = []
    index = 0
    for start, end in found:
        while index < len(taken) and taken[index][1] <= start:
            index += 1
        if index < len(taken) and taken[index][0] < end:
            continue
        free.append((start, end))
    return free


def count_labels(corpus: Corpus, actors: tuple[ActorLabels, ...]) -> dict[tuple[str, str], tuple[LabelUse, ...]]:
    """(actor, label) -> uses per article (only articles that use it)."""
    result: dict[tuple[str, str], list[LabelUse]] = {}
    folded = {(a.stem, p.number): fold_case(p.text) for a in corpus.articles for p in a.paragraphs}
    for actors_entry in actors:
        ordered: list[ActorLabel] = sorted(actors_entry.labels, key=lambda item: len(item.label), reverse=True)
        compiled = [(item, _pattern(item.label), _first_word(item.label)) for item in ordered]
        for article in corpus.articles:
            # Per paragraph: the spans longer labels already took, sorted and disjoint.
            taken: dict[int, list[tuple[int, int]]] = {}
            for item, pattern, first in compiled:
                places: list[tuple[int, int, int]] = []
                for paragraph in article.paragraphs:
                    text, spans = paragraph.text, taken.setdefault(paragraph.number, [])
                    starts = None
                    if first is not None:
                        word, in_folded = first
                        haystack = folded[article.stem, paragraph.number] if in_folded else text
                        if word not in haystack:
                            continue
                        starts = _occurrences(haystack, word)
                    free = _free_spans(_matches(pattern, text, starts), spans)
                    if free:
                        taken[paragraph.number] = sorted(spans + free)
                    places.extend((paragraph.number, start, end) for start, end in free)
                if places:
                    result.setdefault((actors_entry.actor, item.label), []).append(
                        LabelUse(article.stem, tuple(places))
                    )
    return {key: tuple(uses) for key, uses in result.items()}
