"""The learn page's exercises and the teacher's brief (``exercises.yml``, ``brief.yml``)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import Field

from ..selectors import Selector
from ..yamlerrors import Entries
from ..yamlshape import RECORD, Cited, PublicSource, Text, Word
from .common import EditorialError, Point, PointText, load, placed


@dataclass(frozen=True)
class Exercise:
    """A question students answer from the articles, with a cited answer."""

    __pydantic_config__ = RECORD

    id: Text
    question: Text
    skill: Text
    answer: Annotated[tuple[Point, ...], Field(min_length=1)]

    @property
    def answer_cites(self) -> tuple[Selector, ...]:
        return tuple(c for point in self.answer for c in point.cites)


@dataclass(frozen=True)
class Position:
    """One side's position on a contested question, in one line.

    Either cited from the articles (``cites``) or context from outside them
    (``sources``), which the brief marks as such.
    """

    __pydantic_config__ = RECORD

    party: Text
    text: PointText
    cites: Annotated[tuple[Cited, ...], Field(alias="cite", min_length=1)] = ()
    sources: Annotated[tuple[PublicSource, ...], Field(min_length=1)] = ()


@dataclass(frozen=True)
class Discussion:
    """A question for the class and the exercises (ids) that prepare it."""

    __pydantic_config__ = RECORD

    question: Text
    exercises: tuple[Word, ...]


@dataclass(frozen=True)
class BriefSpec:
    """``editorial/brief.yml``: what the teacher's brief adds to the other editorial data."""

    __pydantic_config__ = RECORD

    positions: dict[str, tuple[Position, ...]]  # question id -> positions, in party order
    discussion: tuple[Discussion, ...]


EXERCISES = Entries("exercise", "id")
BRIEF = Entries()


def load_exercises(path: Path, label: str) -> tuple[Exercise, ...]:
    """``editorial/exercises.yml``: the exercises of the learn page, in order."""
    exercises: tuple[Exercise, ...] = load(path, label, tuple[Exercise, ...], EXERCISES, [])
    return tuple(placed(e, label, f"exercise '{e.id}'") for e in exercises)


def load_brief(
    path: Path, label: str, *, questions: Collection[str], parties: Collection[str], exercises: Collection[str]
) -> BriefSpec:
    """``editorial/brief.yml``: each side's position per question, and the discussion questions.

    Question, party and exercise ids must exist, so a renamed id fails the build
    instead of silently dropping a line from the brief.
    """
    brief: BriefSpec = placed(load(path, label, BriefSpec, BRIEF), label, "")
    for question, positions in brief.positions.items():
        where = f"positions.{question}"
        if question not in questions:
            raise EditorialError(label, f"{where}: no question with id '{question}' in questions.yml")
        for i, position in enumerate(positions):
            if position.party not in parties:
                raise EditorialError(label, f"{where}[{i}].party: no party with id '{position.party}' in parties.yml")
            if bool(position.cites) == bool(position.sources):
                raise EditorialError(
                    label,
                    f"{where}[{i}]: give either 'cite' (article words) or 'sources' (context), not both or neither",
                )
    for i, item in enumerate(brief.discussion):
        for exercise in item.exercises:
            if exercise not in exercises:
                raise EditorialError(
                    label, f"discussion[{i}].exercises: no exercise with id '{exercise}' in exercises.yml"
                )
    return brief
