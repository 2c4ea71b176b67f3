"""One way to read editorial data: each YAML file's shape is declared once, as typed records.

The records (frozen dataclasses such as ``Place`` or ``GlossaryEntry``) are the
declaration: their annotations say which keys an entry has, of what type, which
are optional, and the small annotated types below add what a type alone cannot
say (text is non-empty and one line, an address is http(s), a day is YYYY-MM-DD).
pydantic checks a parsed file against them and builds the records in one step.

Why pydantic (v2) rather than JSON Schema: a schema only answers yes or no about
a dict, so every loader would still convert dicts into records by hand (the code
this module replaces) and the shape would be written twice, once in the schema
and once in the record. pydantic validates straight into the typed records that
the pages use, mypy checks both sides, and each error carries the path of the
value it is about, which ``validate`` turns into the project's one-line message:

    editorial/places.yml: place 'damascus'.lat: expected a number of degrees, got '33°N'

``yamlerrors`` names the entry: by its key (``entry 'sohr'``, ``place 'damascus'``)
when it has a usable one, else by its position counted from 0 (``places[3]``); the
rest is the path inside the entry (``.sections[0].points[1].cite[0]``). Checks of
meaning (a selector finds its words, a spelling belongs to one entry, a place lies
inside the map) stay in hand-written code next to each loader, with the same naming.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    TypeAdapter,
    ValidationError,
)
from pydantic.fields import FieldInfo
from pydantic_core import CoreSchema, core_schema

from .errors import SeedError
from .markdown_text import is_safe_url
from .selectors import Selector
from .yamlerrors import Entries, Loc, one_line, path
from .yamlfile import parse_yaml, read_text

T = TypeVar("T")

#: The configuration of every record: a key the record does not declare is an error.
RECORD = ConfigDict(extra="forbid")

# ---------------------------------------------------------------------------
# Value types
# ---------------------------------------------------------------------------


#: A control character (Unicode category Cc, a fixed set) other than tab and line ends.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _text(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("contains a control character")
    value = " ".join(unicodedata.normalize("NFC", value).split())
    if not value:
        raise ValueError("expected non-empty text")
    return value


#: Non-empty text, NFC, its white space folded to single spaces (YAML's folded lines become one line).
Text = Annotated[str, Field(strict=True), AfterValidator(_text)]


#: true or false (not "yes", not 1).
Flag = Annotated[bool, Field(strict=True)]


def _word(value: Any) -> Any:
    # YAML reads a bare 2011 as a number; as a word it is text either way.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


#: A word or phrase: like ``Text``, but a bare number (2011) is read as its digits.
Word = Annotated[str, BeforeValidator(_word), Field(strict=True), AfterValidator(_text)]


def _url(value: str) -> str:
    value = value.strip()
    if not is_safe_url(value):
        raise ValueError(f"{value!r} is not an http(s) address without spaces or quotes")
    return value


#: An http(s) address, safe to put in a link.
Url = Annotated[str, Field(strict=True), AfterValidator(_url)]


def _day(value: Any) -> Any:
    # YAML reads a bare 2016-09-19 as a date; quoted, it is text. Either is fine.
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a day written as YYYY-MM-DD")


#: A day, YYYY-MM-DD, kept as ISO text.
Day = Annotated[str, BeforeValidator(_day)]


def one_of(choices: Sequence[str]) -> AfterValidator:
    """A check that a text is one of ``choices`` (for choices not known until run time)."""

    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")
        return value

    return AfterValidator(check)


@dataclass(frozen=True)
class PublicSource:
    """A public page that context (not from the articles) relies on: the glossary's and the editors' sources."""

    __pydantic_config__ = RECORD

    title: Text
    url: Url


@dataclass(frozen=True)
class _Cite:
    __pydantic_config__ = RECORD

    seed: Word
    quote: Text


class _FromCite:
    """Reads ``{seed, quote}`` into a ``Selector``; ``placed`` then says where it was written."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_after_validator_function(lambda c: Selector(c.seed, c.quote, "", ""), handler(_Cite))


#: Article words an editorial entry cites: ``{seed: <file stem>, quote: <a few words>}``.
Cited = Annotated[Selector, _FromCite()]


@functools.cache
def _adapter(shape: Hashable) -> TypeAdapter[Any]:
    return TypeAdapter(typing.cast(Any, shape))


def validate(shape: Hashable, data: Any, label: str, error: type[SeedError], entries: Entries) -> Any:
    """``data`` (parsed YAML) as ``shape``; ``error`` naming ``label``, the entry and the problem if it is not."""
    if data is None:
        raise error(label, "the file holds no entries")
    try:
        return _adapter(shape).validate_python(data)
    except ValidationError as err:
        raise error(label, one_line(err, data, entries, functools.partial(_known_keys, shape))) from None


def read_yaml(path: Path, label: str, error: type[SeedError], empty: Any = None) -> Any:
    """The parsed YAML of ``path``: UTF-8, no duplicate keys; ``error`` naming ``label`` otherwise.

    A file without a document (empty, or comments only) reads as ``empty``.
    """
    data = parse_yaml(read_text(path, label, error), label, error)
    return empty if data is None else data


# ---------------------------------------------------------------------------
# Selectors: where each one was written
# ---------------------------------------------------------------------------


@functools.cache
def _yaml_keys(cls: type) -> dict[str, str]:
    """Field name -> the key the YAML file uses for it (its alias, if it has one)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    keys = {}
    for name, hint in hints.items():
        alias = next((m.alias for m in getattr(hint, "__metadata__", ()) if isinstance(m, FieldInfo)), None)
        keys[name] = alias or name
    return keys


def _known_keys(shape: Any, loc: Loc) -> tuple[str, ...]:
    """The keys the record at ``loc`` inside ``shape`` declares, for a message about an unknown one."""
    for part in (*loc, None):
        while typing.get_origin(shape) in {Annotated, typing.Union, types.UnionType}:
            if any(isinstance(m, _FromCite) for m in getattr(shape, "__metadata__", ())):
                shape = _Cite  # read as a Selector, written as {seed, quote}
                break
            shape = next(a for a in typing.get_args(shape) if a is not type(None))
        if part is None:
            break
        origin, args = typing.get_origin(shape), typing.get_args(shape)
        if isinstance(shape, type) and dataclasses.is_dataclass(shape):
            field = next((name for name, key in _yaml_keys(shape).items() if key == part), None)
            if field is None:
                return ()
            shape = typing.get_type_hints(shape, include_extras=True)[field]
        elif origin in {tuple, list, frozenset} and args:
            shape = args[0]
        elif origin is dict and args:
            shape = args[1]
        else:
            return ()
    if isinstance(shape, type) and dataclasses.is_dataclass(shape):
        return tuple(sorted(_yaml_keys(shape).values()))
    return ()


def placed(value: T, label: str, where: str) -> T:
    """``value`` with every ``Selector`` inside it told its file and where in it it was written.

    Records, tuples and dicts are rebuilt; the path uses the YAML keys, so a selector in
    ``pages.yml`` is named ``background.sections[0].points[1].cite[0]``.
    """
    if isinstance(value, Selector):
        return typing.cast(T, dataclasses.replace(value, file=label, where=where))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        keys = _yaml_keys(type(value))
        changes = {
            f.name: placed(getattr(value, f.name), label, path(where, (keys.get(f.name, f.name),)))
            for f in dataclasses.fields(value)
            if f.init
        }
        return typing.cast(T, dataclasses.replace(value, **changes))
    if isinstance(value, dict):
        return typing.cast(T, {k: placed(v, label, path(where, (k,))) for k, v in value.items()})
    if isinstance(value, tuple):
        return typing.cast(T, tuple(placed(v, label, path(where, (i,))) for i, v in enumerate(value)))
    return value
