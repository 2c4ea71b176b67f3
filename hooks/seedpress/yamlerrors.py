"""One-line messages for the YAML files: which file, which entry, what is wrong.

pydantic reports each problem with the path of the value (``(3, 'source', 'url')``)
and a sentence meant for programmers. ``one_line`` turns the first problem into
the project's form, ``<entry><path inside it>: <problem>``, naming the entry as its
file does (``Entries``): by its key (``place 'damascus'``) or by its position
counted from 0 (``places[3]``). Unknown keys of one mapping are named together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

# ---------------------------------------------------------------------------
# Naming entries in messages
# ---------------------------------------------------------------------------

Loc = tuple[int | str, ...]


def _usable(value: Any) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and 0 < len(str(value)) <= 80


@dataclass(frozen=True)
class Entries:
    """How a file names its entries: ``kind`` and the key whose value names one.

    A list of entries: ``place 'damascus'`` (its ``key``), or ``places[3]`` when
    it has no usable ``key`` (or the file names none). A mapping of entries: the
    mapping's key, after ``kind`` if there is one (``entry 'a'``, or bare:
    ``background``). ``under`` is the top-level key that holds the entries, if any.
    """

    kind: str = ""
    key: str | None = None
    plural: str = ""
    under: str | None = None

    def name(self, data: Any, loc: Loc) -> tuple[str, Loc]:
        """The entry's name and the rest of ``loc`` (the path inside the entry)."""
        if self.under is not None:
            if not loc or loc[0] != self.under:
                return "", loc
            data, loc = data.get(self.under) if isinstance(data, Mapping) else None, loc[1:]
            if not loc:
                return self.under, loc
        if not loc:
            return "", loc
        head, rest = loc[0], loc[1:]
        if not isinstance(data, list):
            return (f"{self.kind} '{head}'" if self.kind else str(head)), rest
        raw = data[head] if isinstance(head, int) and head < len(data) else None
        value = raw.get(self.key) if isinstance(raw, Mapping) and self.key else None
        if _usable(value):
            return f"{self.kind} '{value}'", rest
        return f"{self.plural or self.kind + 's'}[{head}]", rest


def path(where: str, loc: Loc) -> str:
    """``where`` followed by the path ``loc`` inside it: ``.key``, ``[0]``, ``['two words']``."""
    for part in loc:
        if isinstance(part, int):
            where += f"[{part}]"
        elif part.replace("_", "").replace("-", "").isalnum():
            where += f".{part}" if where else part
        else:
            where += f"[{part!r}]"
    return where or "top level"


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

_EXPECTED = {
    "string_type": "expected text",
    "bool_type": "expected true or false",
    "int_type": "expected a whole number",
    "float_type": "expected a number",
    "list_type": "expected a list",
    "tuple_type": "expected a list",
    "set_type": "expected a list",
    "frozen_set_type": "expected a list",
    "dict_type": "expected a mapping",
    "dataclass_type": "expected a mapping",
    "model_type": "expected a mapping",
}


def _problem(error: Mapping[str, Any], extras: list[str]) -> str:  # noqa: PLR0911 (one return per kind)
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "missing":
        return f"missing '{error['loc'][-1]}'"
    if kind in {"unexpected_keyword_argument", "extra_forbidden"}:
        return f"unknown field(s) {', '.join(extras)}"
    if kind in _EXPECTED:
        shown = repr(value)
        return f"{_EXPECTED[kind]}, got {shown if len(shown) <= 60 else shown[:57] + '...'}"
    if kind == "literal_error":
        choices = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"{value!r} is not one of {choices}"
    if kind == "too_short":
        return "expected at least one item" if ctx.get("min_length") == 1 else error["msg"]
    if kind in {"greater_than_equal", "less_than_equal"}:
        bound = ctx.get("ge", ctx.get("le"))
        return f"expected {'at least' if kind == 'greater_than_equal' else 'at most'} {bound}, got {value!r}"
    message = str(ctx.get("error", error["msg"]))
    return message.removeprefix("Value error, ")


def one_line(
    err: ValidationError, data: Any, entries: Entries, known: Callable[[Loc], Sequence[str]] = lambda loc: ()
) -> str:
    """The first problem of ``err`` as ``where: problem``.

    Unknown keys of one mapping are named together, with the keys it may hold
    (``known`` gives them for the mapping at a path).
    """
    errors = err.errors()
    first = errors[0]
    loc: Loc = tuple(first["loc"])
    extras: list[str] = []
    if first["type"] in {"unexpected_keyword_argument", "extra_forbidden"}:
        loc = loc[:-1]
        extras = sorted(str(e["loc"][-1]) for e in errors if e["type"] == first["type"] and tuple(e["loc"][:-1]) == loc)
    elif first["type"] == "missing":
        loc = loc[:-1]
    name, rest = entries.name(data, loc)
    problem = _problem(first, extras)
    if extras and (keys := known(loc)):
        problem += f" (known: {', '.join(keys)})"
    return f"{path(name, rest)}: {problem}"
