"""Metadata the article files do not carry: outlet, headline, address, date.

It lives in ``seeds/sources.yml``, one entry per article file stem. Every value
records its *basis*, because a reader must be able to tell what the article
says from what the editors worked out:

* ``stated``: the article's own text says it;
* ``publisher``: taken from the published page (address, outlet, headline), not the file;
* ``inferred``: worked out by the editors from the text; ``note`` says how.

An article without an entry still builds; its page says what is not known.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field

from .errors import SourcesFileError
from .markdown_text import is_safe_url
from .yamlerrors import Entries
from .yamlfile import parse_yaml, read_text
from .yamlshape import RECORD, Text, validate

log = logging.getLogger(__name__)

Basis = Literal["stated", "publisher", "inferred"]

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

BASES: tuple[Basis, ...] = ("stated", "publisher", "inferred")

BASIS_LABELS = {
    "stated": "stated in the article",
    "publisher": "from the publisher's page, not the article text",
    "inferred": "inferred from the text",
}


def _iso_day(value: Any) -> Any:
    # YAML reads a bare 2016-09-18 as a date; the value is kept as the text it stands for.
    return value.isoformat() if isinstance(value, dt.date) else value


def _strip(value: str) -> str:
    # A function of ours, not str.strip: pydantic reads a builtin's signature by
    # tokenising its text, which compiles the tokenizer's large pattern in every build.
    return value.strip()


@dataclass(frozen=True)
class Fact:
    """One metadata value and how we know it."""

    __pydantic_config__ = RECORD

    value: Annotated[Text, BeforeValidator(_iso_day)]
    basis: Basis
    note: Annotated[str, Field(strict=True), AfterValidator(_strip)] = ""


def _url(fact: Fact | None) -> Fact | None:
    if fact is not None and not is_safe_url(fact.value):
        raise ValueError(f"{fact.value!r} is not an http(s) address without spaces or quotes")
    return fact


def _date(fact: Fact | None) -> Fact | None:
    if fact is not None:
        try:
            dt.date.fromisoformat(fact.value)
        except ValueError:
            raise ValueError(f"{fact.value!r} is not a date in the form YYYY-MM-DD") from None
    return fact


@dataclass(frozen=True)
class SourceMeta:
    """Everything known about one article beyond its text; ``None`` means not known."""

    __pydantic_config__ = RECORD

    outlet: Fact | None = None
    headline: Fact | None = None
    section: Fact | None = None
    url: Annotated[Fact | None, AfterValidator(_url)] = None
    published: Annotated[Fact | None, AfterValidator(_date)] = None

    @property
    def published_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published.value) if self.published else None


def _nothing_known(raw: Any) -> Any:
    return {} if raw is None else raw


#: The file: article file stem -> what is known about it (an empty entry: nothing).
_SourcesFile = dict[str, Annotated[SourceMeta, BeforeValidator(_nothing_known)]]
ENTRIES = Entries("entry")


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_sources(text: str, label: str, stems: Iterable[str]) -> dict[str, SourceMeta]:
    """Parse the text of ``sources.yml``; warn about entries that match no article."""
    data = parse_yaml(text, label, SourcesFileError)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourcesFileError(label, "top level: expected a mapping from article file stem to its metadata")
    known = set(stems)
    for stem in [str(key) for key in data if str(key) not in known]:
        log.warning("%s: entry '%s' matches no article file", label, stem)
    data = {str(key): raw for key, raw in data.items() if str(key) in known}
    sources: dict[str, SourceMeta] = validate(_SourcesFile, data, label, SourcesFileError, ENTRIES)
    return sources


def load_sources(path: Path, label: str, stems: Iterable[str]) -> dict[str, SourceMeta]:
    """Read ``sources.yml`` at ``path``; a missing file means nothing is known."""
    if not path.exists():
        return {}
    return parse_sources(read_text(path, label, SourcesFileError), label, stems)
