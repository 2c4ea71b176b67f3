"""Reading the project's YAML files: safe, strict about duplicate keys, one-line errors.

Metadata, editorial data and the glossary are all YAML written by hand, so they
share one reader: no arbitrary Python objects (a SafeLoader), no silently merged
duplicate keys (PyYAML keeps the last one without a word), and a parse error
that names the file and the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import SeedError


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses duplicate keys."""


def _strict_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _strict_mapping)

#: The same loader on libyaml, when PyYAML was built with it: ten times faster on
#: the editorial files, which every build reads. Its error marks differ, so a
#: file it refuses is read again by the pure-Python loader for the message.
_FastLoader: type | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _FastStrictLoader(yaml.CSafeLoader):
        """``_StrictLoader`` on libyaml."""

    _FastStrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _strict_mapping)
    _FastLoader = _FastStrictLoader


def parse_yaml(text: str, label: str, error: type[SeedError]) -> Any:
    """Parse ``text``; raise ``error`` naming ``label`` (and the line) if it is not valid YAML."""
    if _FastLoader is not None:
        try:
            return yaml.load(text, Loader=_FastLoader)  # a CSafeLoader subclass: no arbitrary objects
        except yaml.YAMLError:
            pass  # the pure-Python loader below names the line as it always has
    try:
        return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise error(label, f"{where}not valid YAML ({getattr(err, 'problem', None) or err})") from None


def read_text(path: Path, label: str, error: type[SeedError]) -> str:
    """The UTF-8 text of ``path``; ``error`` naming ``label`` if it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise error(label, f"cannot read file: {err}") from None
