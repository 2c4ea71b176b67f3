"""What the editorial files share: their error, the cited point, and reading one file."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from ..errors import SeedError
from ..selectors import Selector
from ..yamlerrors import Entries
from ..yamlshape import RECORD, Cited, Text, placed, read_yaml, validate


class EditorialError(SeedError):
    """An editorial file is malformed."""


#: In a point's text, replaced by the outlets of the articles the point cites
#: ("According to {outlets}, ..."), so no text counts the articles.
OUTLETS = "{outlets}"


def _no_other_placeholder(text: str) -> str:
    if "{" in text.replace(OUTLETS, ""):
        raise ValueError(f"the only placeholder a point may hold is {OUTLETS}")
    return text


#: Editorial text that may hold the ``{outlets}`` placeholder and nothing else in braces.
PointText = Annotated[Text, AfterValidator(_no_other_placeholder)]

#: Article words cited by a point: at least one.
Cites = Annotated[tuple[Cited, ...], Field(alias="cite", min_length=1)]


@dataclass(frozen=True)
class Point:
    """One editorial sentence and the article words that support it."""

    __pydantic_config__ = RECORD

    text: PointText
    cites: Cites


def load(path: Path, label: str, shape: Hashable, entries: Entries, empty: Any = None) -> Any:
    """The file at ``path`` read as ``shape``; a missing file is an ``EditorialError``.

    A file with no entries (empty, or comments only) is ``empty`` when given, else an error.
    """
    if not path.exists():
        raise EditorialError(label, "file not found")
    return validate(shape, read_yaml(path, label, EditorialError, empty), label, EditorialError, entries)


__all__ = ["OUTLETS", "EditorialError", "Point", "PointText", "Selector", "load", "placed"]
