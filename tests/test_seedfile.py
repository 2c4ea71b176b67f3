"""Reading one article file: what is accepted, normalised, and refused (with where)."""

from __future__ import annotations

import codecs

import pytest

from seedpress.errors import EmptySeedError, UnreadableSeedError
from seedpress.seedfile import MAX_SEED_BYTES, decode_seed

NAME = "seeds/x.txt"


def test_bom_and_windows_line_ends_are_normalised():
    raw = codecs.BOM_UTF8 + b"Headline\r\n\r\nBody one.\rBody two.\r\n"
    assert decode_seed(raw, NAME) == "Headline\n\nBody one.\nBody two.\n"


def test_text_is_nfc_normalised():
    decomposed = "Caf\u0065\u0301 in Deir ez-Zor".encode()
    assert decode_seed(decomposed, NAME) == "Caf\u00e9 in Deir ez-Zor"


@pytest.mark.parametrize(
    ("raw", "error", "fragment"),
    [
        (b"", EmptySeedError, "file is empty"),
        (b" \n\t\r\n  \n", EmptySeedError, "only whitespace"),
        (b"Good text \xff\xfe then bad", UnreadableSeedError, "not valid UTF-8: byte 0xff at byte offset 10"),
        (codecs.BOM_UTF8 + b"ab\xc3", UnreadableSeedError, "byte 0xc3 at byte offset 5"),
        (b"PK\x03\x04\x00\x00zip", UnreadableSeedError, "NUL byte at byte offset 4"),
        (b"text with a bell \x07 here", UnreadableSeedError, "control character U+0007 at byte offset 17"),
        ("\u00e9\u00e9 \x1b[31m".encode(), UnreadableSeedError, "U+001B at byte offset 5"),
        ("Hello".encode("utf-16"), UnreadableSeedError, "UTF-16"),
    ],
    ids=["empty", "whitespace", "invalid-utf8", "truncated-utf8-after-bom", "nul", "bell", "escape", "utf16"],
)
def test_bad_input_is_refused_with_one_line_naming_the_file(raw, error, fragment):
    with pytest.raises(error) as caught:
        decode_seed(raw, NAME)
    message = str(caught.value)
    assert message.startswith(f"{NAME}: ")
    assert fragment in message
    assert "\n" not in message


def test_oversized_file_is_refused():
    with pytest.raises(UnreadableSeedError, match="larger than"):
        decode_seed(b"a" * (MAX_SEED_BYTES + 1), NAME)


def test_tabs_and_unicode_punctuation_are_kept():
    text = "\u201cQuote\u201d \u2014 said\tsomeone.\n"
    assert decode_seed(text.encode(), NAME) == text
