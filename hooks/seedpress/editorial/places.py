"""``editorial/places.yml``: the places the locator map marks, and where their coordinates come from."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator

from ..yamlerrors import Entries
from ..yamlshape import RECORD, Flag, PublicSource, Text
from .common import EditorialError, load

#: Where a place's label goes, relative to its marker on the locator map.
LabelSide = Literal["right", "left", "above", "below"]
LABEL_SIDES: tuple[LabelSide, ...] = ("right", "left", "above", "below")


def _degrees(limit: float) -> BeforeValidator:
    def check(value: Any) -> float:
        # YAML reads 36.29 as a float and 36 as an int; True is an int too, so refuse it first.
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"expected a number of degrees, got {value!r}")
        if not -limit <= value <= limit:
            raise ValueError(f"{value} is not between -{limit:g} and {limit:g} degrees")
        return float(value)

    return BeforeValidator(check)


@dataclass(frozen=True)
class Place:
    """A place the locator map marks, and the public page its coordinates come from."""

    __pydantic_config__ = RECORD

    id: Text
    label: Text
    #: The glossary entry that lists the place's spellings (the map's text alternative names them).
    glossary: Text
    lon: Annotated[float, _degrees(180)]
    lat: Annotated[float, _degrees(90)]
    source: PublicSource
    capital: Flag = False
    label_side: LabelSide = "right"


PLACES = Entries("place", "id")


def load_places(path: Path, label: str, glossary_ids: Collection[str]) -> tuple[Place, ...]:
    """``editorial/places.yml``: the places the locator map marks, in drawing order.

    Each place names its glossary entry, so a spelling added to the glossary reaches
    the map's description, and the public page its coordinates come from. The entry
    must exist unless the glossary is empty (a site built without one).
    """
    places: tuple[Place, ...] = load(path, label, tuple[Place, ...], PLACES, [])
    seen: set[str] = set()
    for place in places:
        if place.id in seen:
            raise EditorialError(label, f"place '{place.id}': duplicate id")
        seen.add(place.id)
        # An empty glossary switches spellings (and tooltips) off; otherwise the entry must exist.
        if glossary_ids and place.glossary not in glossary_ids:
            raise EditorialError(label, f"place '{place.id}'.glossary: no glossary entry with id '{place.glossary}'")
    return places
