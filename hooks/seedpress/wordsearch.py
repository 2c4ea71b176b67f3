"""A cheap test that tells when a whole-word search cannot match.

Topic words and actor labels are found with whole-word regular expressions,
case-insensitive unless the word is all capitals. Such a search tries every
position of the text; a substring test is many times faster, so callers first
ask whether the word's longest part occurs at all, and run the expression only
if it does. The test must never say "absent" when the expression would match;
``fold_case`` makes sure of that for words written in ASCII.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII
#: letter (dotted and dotless i, long s, Kelvin sign), mapped to that letter.
#: ``tests/test_scaling.py`` checks this against the regex engine.
ASCII_LOOKALIKES = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD = str.maketrans(ASCII_LOOKALIKES)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def fold_case(text: str) -> str:
    """``text`` in lower case, with the look-alikes above made ASCII.

    After this, an ASCII word that ``re.IGNORECASE`` finds in ``text`` is a
    plain substring of the result, in lower case, at the same offset:
    ``str.lower`` maps one character to one once U+0130 (the only exception)
    is gone.
    """
    if any(char in text for char in ASCII_LOOKALIKES):
        text = text.translate(_FOLD)
    return text.lower()


def key_part(form: str) -> str:
    """The longest white-space separated part of ``form``: the one to look for first."""
    return max(form.split(), key=len)


def foldable(part: str) -> bool:
    """Can ``fold_case`` stand in for case-insensitive matching of ``part``? (ASCII only.)"""
    return part.isascii()
