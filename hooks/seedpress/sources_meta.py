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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .errors import SourcesFileError
from .markdown_text import is_safe_url
from .yamlfile import parse_yaml, read_text

log = logging.getLogger(__name__)

Basis = Literal["stated", "publisher", "inferred"]

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

BASES: tuple[Basis, ...] = ("stated", "publisher", "inferred")

#: Field name -> what it holds (shown in error messages).
FIELDS = {
    "outlet": "the publication's name",
    "headline": "the headline, where the file has none",
    "section": "the section or series the article ran in",
    "url": "the published address (http or https)",
    "published": "the publication date, YYYY-MM-DD",
}

BASIS_LABELS = {
    "stated": "stated in the article",
    "publisher": "from the publisher's page, not the article text",
    "inferred": "inferred from the text",
}


@dataclass(frozen=True)
class Fact:
    """One metadata value and how we know it."""

    value: str
    basis: Basis
    note: str = ""


@dataclass(frozen=True)
class SourceMeta:
    """Everything known about one article beyond its text; ``None`` means not known."""

    outlet: Fact | None = None
    headline: Fact | None = None
    section: Fact | None = None
    url: Fact | None = None
    published: Fact | None = None

    @property
    def published_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published.value) if self.published else None


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _fact(label: str, stem: str, field: str, raw: Any) -> Fact:
    """Validate one ``{value, basis, note}`` mapping."""
    where = f"entry '{stem}', field '{field}'"
    if not isinstance(raw, Mapping):
        raise SourcesFileError(label, f"{where}: expected a mapping with 'value' and 'basis'")
    unknown = set(raw) - {"value", "basis", "note"}
    if unknown:
        raise SourcesFileError(label, f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    value, basis, note = raw.get("value"), raw.get("basis"), raw.get("note", "")
    if field == "published" and isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or not value.strip():
        raise SourcesFileError(label, f"{where}: 'value' must be non-empty text")
    if basis not in BASES:
        raise SourcesFileError(label, f"{where}: 'basis' must be one of {', '.join(BASES)}, not {basis!r}")
    if not isinstance(note, str):
        raise SourcesFileError(label, f"{where}: 'note' must be text")
    if field == "url" and not is_safe_url(value):
        raise SourcesFileError(label, f"{where}: {value!r} is not an http(s) address without spaces or quotes")
    if field == "published":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise SourcesFileError(label, f"{where}: {value!r} is not a date in the form YYYY-MM-DD") from None
    return Fact(value=value.strip(), basis=basis, note=note.strip())


def _entry(label: str, stem: str, raw: Any) -> SourceMeta:
    if raw is None:
        return SourceMeta()
    if not isinstance(raw, Mapping):
        raise SourcesFileError(label, f"entry '{stem}': expected a mapping of fields")
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise SourcesFileError(
            label,
            f"entry '{stem}': unknown field(s) {', '.join(sorted(map(str, unknown)))} (known: {', '.join(FIELDS)})",
        )
    return SourceMeta(**{field: _fact(label, stem, field, value) for field, value in raw.items()})


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def parse_sources(text: str, label: str, stems: Iterable[str]) -> dict[str, SourceMeta]:
    """Parse the text of ``sources.yml``; warn about entries that match no article."""
    data = parse_yaml(text, label, SourcesFileError)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise SourcesFileError(label, "expected a mapping from article file stem to its metadata")
    known = set(stems)
    result: dict[str, SourceMeta] = {}
    for key, raw in data.items():
        stem = str(key)
        if stem not in known:
            log.warning("%s: entry '%s' matches no article file", label, stem)
            continue
        result[stem] = _entry(label, stem, raw)
    return result


def load_sources(path: Path, label: str, stems: Iterable[str]) -> dict[str, SourceMeta]:
    """Read ``sources.yml`` at ``path``; a missing file means nothing is known."""
    if not path.exists():
        return {}
    return parse_sources(read_text(path, label, SourcesFileError), label, stems)
