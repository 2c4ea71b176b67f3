"""``editorial/pages.yml``: each generated page's introduction, cited points and context notes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from ..yamlerrors import Entries
from ..yamlshape import RECORD, Cited, Day, PublicSource, Text, Word
from .common import Point, load, placed


@dataclass(frozen=True)
class Section:
    __pydantic_config__ = RECORD

    heading: Text
    points: tuple[Point, ...]


def _others_if_none(actors: tuple[str, ...]) -> tuple[str, ...]:
    return actors or ("others",)


@dataclass(frozen=True)
class ContextEvent:
    """A dated event a context note states, for the strike page's timeline."""

    __pydantic_config__ = RECORD

    date: Day  # ISO day, 2016-09-19
    label: Annotated[Text, Field(alias="event")]  # what happened, in a few words
    #: Ids of parties in parties.yml ("others" for none of them).
    actors: Annotated[tuple[Word, ...], AfterValidator(_others_if_none)] = ("others",)


@dataclass(frozen=True)
class ContextNote:
    """A fact from outside the articles, with the public source that states it."""

    __pydantic_config__ = RECORD

    text: Text
    sources: Annotated[tuple[PublicSource, ...], Field(min_length=1)]
    #: Article words the note speaks to (an early account it corrects), verified like points.
    cites: Annotated[tuple[Cited, ...], Field(alias="cite", min_length=1)] = ()
    #: Dated events the note states; they join the timeline as context.
    events: tuple[ContextEvent, ...] = ()


@dataclass(frozen=True)
class PageSpec:
    """What the editors write for one generated page (its ``id`` is its key in the file)."""

    __pydantic_config__ = RECORD

    id: str
    title: Text
    intro: Text
    topics: tuple[Word, ...] = ()
    sections: tuple[Section, ...] = ()
    context: tuple[ContextNote, ...] = ()


def _ids_from_keys(data: Any) -> Any:
    if not isinstance(data, Mapping):
        return data
    return {key: {**page, "id": str(key)} if isinstance(page, Mapping) else page for key, page in data.items()}


PAGES = Entries()


def load_pages(path: Path, label: str) -> dict[str, PageSpec]:
    """``editorial/pages.yml``: one entry per generated page, keyed by page id."""
    shape = Annotated[dict[str, PageSpec], BeforeValidator(_ids_from_keys)]
    pages: dict[str, PageSpec] = load(path, label, shape, PAGES)
    return {page_id: placed(page, label, page_id) for page_id, page in pages.items()}
