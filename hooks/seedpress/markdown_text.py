"""The one way seed text reaches Markdown.

Article text is untrusted: it may contain HTML, Markdown, Jinja, snippet
include lines or abbreviation definitions, pasted in by accident or on purpose.
``escape_markdown`` turns any text into Markdown that renders as exactly that
text (white space collapsed, as HTML does anyway) and in which nothing takes
effect. Every generator passes seed text and metadata through it; nothing else
concatenates seed text into Markdown.

Why entities rather than backslashes: Python-Markdown only honours backslash
escapes for its own short list of characters, while extensions (pymdownx, attr_list,
snippets) react to others; a numeric character reference is inert everywhere and
renders as the same character. We escape only characters that some enabled or
commonly enabled extension treats as syntax, so that words such as "U.S.",
"F-16" and "Deir ez-Zor" keep their letters, dots and hyphens and the glossary
tooltips (``abbr``) can still find them.
"""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import quote

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Characters that are syntax somewhere inline: emphasis and code (* _ `),
#: links, footnotes and abbreviations ([ ] !), raw HTML and entities (< > &),
#: attr_list and Jinja ({ }), tables (|), pymdownx tilde/caret/mark/keys/
#: emoji/arithmatex/magiclink (~ ^ = + : $ @), headings and ids (#), escapes (\).
_INLINE_SYNTAX = frozenset("\\`*_{}[]<>&!|~^=+:$@#")

_NAMED = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
#: ``escape_markdown`` remembers the results for this many texts of at most this many characters.
REMEMBERED_TEXTS = 8192
REMEMBERED_LENGTH = 1000

# Bare "www." addresses are the one autolink trigger with no special character
# (pymdownx.magiclink); breaking the dot keeps them text without touching "U.S.".
_BARE_WWW = re.compile(r"(?i)\b(www)\.")


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _entity(char: str) -> str:
    return _NAMED.get(char) or f"&#{ord(char)};"


#: Each inline syntax character to its entity, for ``str.translate``.
_ENTITIES = {ord(char): _entity(char) for char in _INLINE_SYNTAX}


def _escape(text: str) -> str:
    line = " ".join(text.split())
    out = line.translate(_ENTITIES)
    if line and not line[0].isalpha() and line[0] not in _INLINE_SYNTAX:
        out = _entity(line[0]) + out[1:]  # "1. ", "- ", "> ", "    " cannot start a block
    if "www." in out.lower():  # the one case-insensitive search below is slow; most texts have no "www."
        out = _BARE_WWW.sub(r"\1&#46;", out)
    return out


_escape_remembered = functools.lru_cache(maxsize=REMEMBERED_TEXTS)(_escape)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Return Markdown that renders as ``text`` and nothing else.

    The result is a single line (so no block syntax such as headings, lists,
    tables, admonitions, front matter, ``*[abbr]:`` definitions or ``--8<--``
    include lines can start inside it) and its first character is never
    punctuation or a digit, so it cannot open a block either. It is safe in a
    paragraph, a heading, a list item or a table cell.
    """
    # Pages escape the same names and sentences again and again (every citation
    # names its outlet): short texts are remembered, long ones escaped each time.
    return _escape_remembered(text) if len(text) <= REMEMBERED_LENGTH else _escape(text)


def escape_markdown_attribute(text: str) -> str:
    """``escape_markdown`` for a double-quoted ``attr_list`` value (``{ aria-label="..." }``).

    The same escaping, plus the double quote, which would end the value.
    """
    return escape_markdown(text).replace('"', "&quot;")


def escape_html(text: str) -> str:
    """Escape text for HTML contexts that Markdown does not process (page titles)."""
    return html.escape(" ".join(text.split()), quote=True)


_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$")


def is_safe_url(url: str) -> bool:
    """An absolute http(s) address with nothing that could break out of a link."""
    return bool(_SAFE_URL.match(url))


def markdown_link(label: str, url: str) -> str:
    """A Markdown link whose label is escaped and whose address is percent-encoded.

    ``url`` must pass ``is_safe_url`` (metadata is validated on load); the
    characters Markdown treats specially in a link destination are encoded.
    """
    if not is_safe_url(url):
        raise ValueError(f"refusing to link to unsafe address {url!r}")
    destination = quote(url, safe=":/?#@!$&'*+,;=%-._~")
    destination = destination.replace("(", "%28").replace(")", "%29")
    return f"[{escape_markdown(label)}](<{destination}>)"
