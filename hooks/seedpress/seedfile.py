"""Read one article file into clean text, or say in one line why we cannot.

Articles arrive pasted from web pages and word processors, so we accept the two
harmless variations editors produce (a UTF-8 byte-order mark, Windows or old Mac
line ends) and refuse everything that would make us guess: other encodings,
binary content and control characters. Refusing is safer than showing a reader
mojibake, and the message says exactly where the problem is.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .errors import EmptySeedError, UnreadableSeedError

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Largest article we read. News articles are a few kilobytes; anything this big
#: is a mistake (a dump, a binary) and would make every page slow.
MAX_SEED_BYTES = 5 * 1024 * 1024

#: Control characters (C0, DEL, C1) other than tab, line feed and carriage return.
#: They are binary noise in an article, and C0 STX/ETX would collide with
#: Python-Markdown's internal placeholders.
_FORBIDDEN_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _byte_offset(text: str, index: int) -> int:
    """Byte offset in the UTF-8 file of the character at ``index`` of ``text``."""
    return len(text[:index].encode("utf-8"))


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def decode_seed(raw: bytes, name: str) -> str:
    """Decode an article's bytes into normalised text.

    Returns NFC text with ``\\n`` line ends and no byte-order mark. Raises
    ``UnreadableSeedError`` or ``EmptySeedError`` whose message names ``name``.
    """
    if len(raw) > MAX_SEED_BYTES:
        raise UnreadableSeedError(
            name, f"file is {len(raw):,} bytes; articles larger than {MAX_SEED_BYTES:,} bytes are refused"
        )
    if raw.startswith(_UTF16_BOMS):
        raise UnreadableSeedError(name, "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    nul = raw.find(b"\x00")
    if nul != -1:
        raise UnreadableSeedError(name, f"binary content: NUL byte at byte offset {nul}; an article must be UTF-8 text")
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[bom:].decode("utf-8", errors="strict")
    except UnicodeDecodeError as err:
        offset = bom + err.start
        raise UnreadableSeedError(
            name, f"not valid UTF-8: byte 0x{raw[offset]:02x} at byte offset {offset}; save the file as UTF-8"
        ) from None
    control = _FORBIDDEN_CONTROL.search(text)
    if control:
        raise UnreadableSeedError(
            name,
            f"binary content: control character U+{ord(control.group()):04X} at byte offset "
            f"{bom + _byte_offset(text, control.start())}; an article must be plain text",
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not raw:
        raise EmptySeedError(name, "file is empty")
    if not text.strip():
        raise EmptySeedError(name, "file contains only whitespace")
    return text


def read_seed(path: Path, display_name: str | None = None) -> str:
    """Read and decode the article at ``path`` (see ``decode_seed``)."""
    name = display_name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableSeedError(name, f"cannot read file: {err.strerror or err}") from None
    return decode_seed(raw, name)
