"""Words and punctuation of a paragraph, with offsets.

Attribution, figures and dates all read the text word by word; a shared
tokenizer keeps their idea of a word the same and every position exact. The
patterns have no nested repetition that could backtrack, so a pathological
paragraph costs linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

# A word: letters/digits, optionally joined by single inner . ' ’ - or , (digits only: "1,000").
# Each repetition must consume a separator and a character, so matching is linear.
_TOKEN = re.compile(r"\w+(?:[.'\u2019\-]\w+|,\d{3}(?!\d))*\.?|[^\w\s]")
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr sgt adm brig gov sen rep rev st jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: Lower-case particles joined to a name by a hyphen: "Noura al-Khatib", "Bashar al-Jaafari".
_NAME_PARTICLES = frozenset("al el ad an ar as ash at az ud ul ibn abu bin bint".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Token(NamedTuple):
    """One word or punctuation mark: ``text == paragraph[start:end]``."""

    text: str
    start: int
    end: int
    #: ``text.lower()``, worked out once: the extractors compare it again and again.
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        """A capital first letter, or a name's particle before one ("al-Khatib", "el-Sisi")."""
        if self.text[0].isupper():
            return True
        dash = self.text.find("-", 1, 5)
        return dash > 0 and self.text[:dash] in _NAME_PARTICLES and self.text[dash + 1 : dash + 2].isupper()


def make_token(text: str, start: int, end: int) -> Token:
    """A token for ``text`` found at ``[start, end)``."""
    return Token(text, start, end, text.lower())


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def _keeps_stop(word: str) -> bool:
    """Does a word keep its trailing full stop? Initialisms and titles do ("U.S.", "Gen.")."""
    core = word[:-1]
    return "." in core or (len(core) == 1 and core.isalpha()) or core.lower() in _TITLE_ABBREVIATIONS


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, offsets into ``text``."""
    tokens: list[Token] = []
    # One string object per distinct word and its lower case: a long text repeats its words.
    known: dict[str, tuple[str, str]] = {".": (".", ".")}
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        word_start, word_end = match.span()
        if len(word) > 1 and word[-1] == "." and not _keeps_stop(word):
            word, word_end = word[:-1], word_end - 1
            stop = Token(".", word_end, word_end + 1, ".")
        else:
            stop = None
        shared = known.get(word)
        if shared is None:
            shared = known[word] = (word, word.lower())
        tokens.append(Token(shared[0], word_start, word_end, shared[1]))
        if stop is not None:
            tokens.append(stop)
    return tokens


def strip_possessive(word: str) -> str:
    """ "Syria's" -> "Syria"; other words unchanged."""
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
