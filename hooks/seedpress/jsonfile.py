"""Writing a published data file: what ``json.dumps`` writes, byte for byte, but fast.

``json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)`` dominated the
export of a large collection; this writes the same bytes (``tests/test_scaling.py``
checks) in a fraction of the time and memory, and falls back to ``json.dumps`` for
anything it does not write itself.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

#: Levels of a data file written as bytes: the file, its lists, their records.
_BYTES_DEPTH = 2


def _json(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(..., ensure_ascii=False, indent=1, sort_keys=True)`` writes it.

    The standard library falls back to its pure-Python, generator-based encoder
    whenever ``indent`` is set; on a hostile article's tens of thousands of
    records that took seconds and held millions of small strings at once. This
    builds each container with one ``join``, and goes straight to the common
    types. Types it does not know, and keys that are not text, raise
    ``TypeError`` (``encode_json`` then leaves the work to ``json.dumps``).
    """
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is not dict and kind is not list and kind is not tuple:
        return _other(value, level)
    if not value:
        return "{}" if kind is dict else "[]"
    inner = "\n" + " " * (level + 1)
    # Text values are by far the most common: encode them here rather than in a call.
    if kind is dict:
        items = [
            encode_basestring(key) + ": " + (encode_basestring(item) if type(item) is str else _json(item, level + 1))
            for key, item in sorted(value.items())
        ]
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    items = [encode_basestring(item) if type(item) is str else _json(item, level + 1) for item in value]
    return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"


def _json_bytes(value: Any, level: int, depth: int, suffix: bytes = b"") -> bytes:
    """``_json(value, level) + suffix`` in UTF-8, the outer ``depth`` levels assembled as bytes.

    A file is mostly its records; encoding each one on its own and joining the
    bytes once never holds the whole file as text, nor copies it again.
    """
    kind = type(value)
    if depth == 0 or not value or (kind is not dict and kind is not list and kind is not tuple):
        return _json(value, level).encode() + suffix
    inner = ("\n" + " " * (level + 1)).encode()
    if kind is dict:
        pieces = [
            encode_basestring(key).encode() + b": " + _json_bytes(item, level + 1, depth - 1)
            for key, item in sorted(value.items())
        ]
    else:
        pieces = [_json_bytes(item, level + 1, depth - 1) for item in value]
    brackets = b"{}" if kind is dict else b"[]"
    pieces[0] = brackets[:1] + inner + pieces[0]
    pieces[-1] += b"\n" + b" " * level + brackets[1:] + suffix
    return (b"," + inner).join(pieces)


def _other(value: Any, level: int) -> str:
    """The rarer cases of ``_json``, tested in the order ``json.dumps`` tests them."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None or value is True or value is False:
        return "null" if value is None else ("true" if value else "false")
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value) if math.isfinite(value) else json.dumps(value)
    if isinstance(value, (list, tuple)):
        return _json(list(value), level)
    if isinstance(value, dict):
        return _json(dict(value), level)
    raise TypeError(f"{type(value).__name__} is not written here")


def encode_json(data: Any) -> bytes:
    """A published data file: ``json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)``, a newline, UTF-8.

    Byte for byte what ``json.dumps`` writes (``tests/test_scaling.py`` checks),
    in a fraction of the time and memory.
    """
    try:
        return _json_bytes(data, 0, _BYTES_DEPTH, b"\n")
    except TypeError:
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
