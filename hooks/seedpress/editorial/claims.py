"""The claims page's editorial data: parties, contested questions, actor labels, measure names."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ..yamlerrors import Entries
from ..yamlshape import RECORD, Flag, Text, Word
from .common import EditorialError, Point, load, placed


@dataclass(frozen=True)
class Party:
    """A side in the dispute and the words that identify its speakers."""

    __pydantic_config__ = RECORD

    id: Text
    name: Text
    patterns: tuple[Word, ...]


@dataclass(frozen=True)
class Question:
    """A contested question on the claims page."""

    __pydantic_config__ = RECORD

    id: Text
    title: Text
    intro: Text
    topics: tuple[Word, ...]
    agreed: tuple[Point, ...] = ()
    disputed: tuple[Point, ...] = ()


@dataclass(frozen=True)
class ActorLabel:
    __pydantic_config__ = RECORD

    label: Text
    loaded: Flag = False


@dataclass(frozen=True)
class ActorLabels:
    """The phrases articles use for one actor (``editorial/labels.yml``)."""

    __pydantic_config__ = RECORD

    actor: Text
    labels: tuple[ActorLabel, ...]


PARTIES = Entries("party", "id", "parties")
QUESTIONS = Entries("question", "id")
ACTORS = Entries("actor", "actor")


def load_parties(path: Path, label: str) -> tuple[Party, ...]:
    """``editorial/parties.yml``: the sides, in the order the claims page shows them."""
    parties: tuple[Party, ...] = load(path, label, tuple[Party, ...], PARTIES, [])
    return parties


def load_questions(path: Path, label: str) -> tuple[Question, ...]:
    """``editorial/questions.yml``: the contested questions, in page order."""
    questions: tuple[Question, ...] = load(path, label, tuple[Question, ...], QUESTIONS, [])
    return tuple(placed(q, label, f"question '{q.id}'") for q in questions)


def load_labels(path: Path, label: str) -> tuple[ActorLabels, ...]:
    """``editorial/labels.yml``: actors and the labels to count for each."""
    actors: tuple[ActorLabels, ...] = load(path, label, tuple[ActorLabels, ...], ACTORS, [])
    return actors


def load_measure_names(path: Path, label: str, measures: Collection[str]) -> dict[str, str]:
    """``editorial/measures.yml``: what readers call each measure ("people killed").

    Every measure of the extraction vocabulary needs a name, so a new measure
    cannot reach a page under its internal key.
    """
    names: dict[str, str] = load(path, label, dict[str, Text], Entries("measure"))
    missing, unknown = set(measures) - set(names), set(names) - set(measures)
    if missing:
        raise EditorialError(label, f"top level: missing '{sorted(missing)[0]}' (every measure needs a name)")
    if unknown:
        known = ", ".join(sorted(measures))
        raise EditorialError(label, f"top level: unknown field(s) {', '.join(sorted(unknown))} (known: {known})")
    return names
