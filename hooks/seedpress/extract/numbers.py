"""Read a number written in digits or words at a token position.

Figures ("62", "more than 100", "half a dozen", "twenty-five") and relative
dates ("six days since") both need this, so it is one function with one set of
rules, driven by the number words in ``editorial/extraction.yml``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .config import ExtractionConfig
from .tokens import Token

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


class NumberAt(NamedTuple):
    """A number covering tokens ``[first, last]``; ``suffix`` is what follows a hyphen ("seven-day")."""

    value: float
    first: int
    last: int
    implied_qualifier: str
    suffix: str
    in_words: bool


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def _word_value(word: str, config: ExtractionConfig) -> float | None:
    """ "six" -> 6, "twenty-five" -> 25, "62" -> 62; ``None`` for anything else."""
    lower = word.lower()
    if _DIGITS.fullmatch(lower):
        return float(lower.replace(",", ""))
    if lower in config.number_words:
        return config.number_words[lower]
    parts = lower.split("-")
    if len(parts) == 2 and parts[0] in config.number_words and parts[1] in config.number_words:
        tens, units = config.number_words[parts[0]], config.number_words[parts[1]]
        if tens >= 20 and tens % 10 == 0 and units < 10:
            return tens + units
    return None


def _phrase_at(tokens: list[Token], index: int, config: ExtractionConfig) -> NumberAt | None:
    if tokens[index].lower not in config.phrase_openers:
        return None
    for phrase in config.number_phrases:
        words = tokens[index : index + len(phrase.words)]
        if len(words) == len(phrase.words) and all(t.lower == w for t, w in zip(words, phrase.words, strict=True)):
            return NumberAt(phrase.value, index, index + len(words) - 1, phrase.qualifier, "", True)
    return None


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def could_start_number(token: Token, config: ExtractionConfig) -> bool:
    """A cheap test: ``False`` means no number starts at ``token`` (``number_at`` returns ``None``).

    Most words are not numbers; the extractors ask this of every word of a text,
    so it avoids the regular expression and the phrase list.
    """
    word, lower = token.text, token.lower
    return word[0].isdigit() or "-" in word or lower in config.number_words or lower in config.phrase_openers


def number_at(tokens: list[Token], index: int, config: ExtractionConfig) -> NumberAt | None:
    """The number starting at ``tokens[index]``, if one does."""
    if not could_start_number(tokens[index], config):
        return None
    word = tokens[index].text
    phrase = _phrase_at(tokens, index, config)
    if phrase:
        return phrase
    suffix = ""
    value = _word_value(word, config)
    if value is None and "-" in word:
        # "seven-day", "62-year-old": a number joined to what it counts.
        head, _, suffix = word.partition("-")
        value = _word_value(head, config)
        if value is None:
            return None
    if value is None:
        return None
    in_words = not word[0].isdigit()
    last = index
    # "two hundred", "three thousand", "6 million"
    while not suffix and last + 1 < len(tokens) and tokens[last + 1].lower in config.multipliers:
        value *= config.multipliers[tokens[last + 1].lower]
        last += 1
    return NumberAt(value, index, last, "", suffix.lower(), in_words)


def qualifier_before(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[str, int]:
    """The qualifier ending just before ``tokens[index]`` ("at least") and where it starts."""
    best, best_start = "", index
    for phrase, qualifier in config.qualifiers.items():
        start = index - len(phrase)
        if start < 0 or start >= best_start:
            continue
        if all(tokens[start + k].lower == word for k, word in enumerate(phrase)):
            best, best_start = qualifier, start
    return best, best_start
