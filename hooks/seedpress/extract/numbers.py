"""Read a number written in digits or words at a token position.

Figures ("62", "more than 100", "half a dozen", "twenty-five") and relative
dates ("three days ago") both need this, so it is one function with one set of
rules, driven by the number words in ``editorial/extraction.yml``.

A vague quantity ("dozens of", "several", "hundreds of thousands of") is read
here too, so that no other rule reads a number into it, but it has no value:
``NumberAt.value`` is ``None`` and its qualifier is "vague". Turning "dozens"
into 24 would put a number in the article's mouth that it never wrote.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import NamedTuple

from .config import ExtractionConfig
from .model import VAGUE
from .tokens import Token

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
#: Words before a vague word that make it part of something else: "as many as 60", "how many".
_NOT_VAGUE_AFTER = frozenset("as how so too".split())
#: Words after a vague word that make it part of something else: "as many as", "many than".
_NOT_VAGUE_BEFORE = frozenset("as than".split())
#: Vague phrases and multipliers read together as one quantity, at most.
_MAX_VAGUE_PIECES = 4


class NumberAt(NamedTuple):
    """A number covering tokens ``[first, last]``; ``suffix`` is what follows a hyphen ("seven-day").

    ``value`` is ``None`` for a vague quantity ("dozens of"), whose
    ``implied_qualifier`` is then "vague".
    """

    value: float | None
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


def _words_at(tokens: list[Token], index: int, words: tuple[str, ...]) -> bool:
    return index + len(words) <= len(tokens) and all(tokens[index + k].lower == w for k, w in enumerate(words))


def _vague_at(tokens: list[Token], index: int, config: ExtractionConfig) -> NumberAt | None:
    """A vague quantity at ``tokens[index]``, with any vague phrase or multiplier that follows it.

    "hundreds of thousands of", "several hundred", "many thousands": one
    quantity, still without a number. "as many as 60" and "how many" are not
    quantities at all.
    """
    if index > 0 and tokens[index - 1].lower in _NOT_VAGUE_AFTER:
        return None
    last = -1
    for words in config.vague_quantities:
        if _words_at(tokens, index, words):
            last = index + len(words) - 1
            break
    if last < 0:
        return None
    # A few pieces at most ("hundreds of thousands of"): a run of vague words as long
    # as a paragraph would otherwise be read again from each of its words.
    for _ in range(_MAX_VAGUE_PIECES):
        if last + 1 >= len(tokens):
            break
        if tokens[last + 1].lower in config.multipliers:
            last += 1
            continue
        more = next((w for w in config.vague_quantities if _words_at(tokens, last + 1, w)), None)
        if more is None:
            break
        last += len(more)
    if last + 1 < len(tokens) and (tokens[last + 1].lower in _NOT_VAGUE_BEFORE or tokens[last + 1].text[0].isdigit()):
        return None
    return NumberAt(None, index, last, VAGUE, "", True)


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
    if tokens[index].lower in config.phrase_openers and (vague := _vague_at(tokens, index, config)):
        return vague
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


@functools.lru_cache(maxsize=8)
def _qualifiers_by_last_word(config: ExtractionConfig) -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The qualifier phrases grouped by their last word, each group in the vocabulary's order.

    Only a phrase whose last word is the word before a number can end there, so a
    number asks about a handful of phrases instead of all of them.
    """
    grouped: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, qualifier in config.qualifiers.items():
        if phrase:
            grouped.setdefault(phrase[-1], []).append((phrase, qualifier))
    return {word: tuple(phrases) for word, phrases in grouped.items()}


def qualifier_before(tokens: list[Token], index: int, config: ExtractionConfig) -> tuple[str, int]:
    """The qualifier ending just before ``tokens[index]`` ("at least") and where it starts."""
    best, best_start = "", index
    if index == 0:
        return best, best_start
    for phrase, qualifier in _qualifiers_by_last_word(config).get(tokens[index - 1].lower, ()):
        start = index - len(phrase)
        if start < 0 or start >= best_start:
            continue
        if all(tokens[start + k].lower == word for k, word in enumerate(phrase)):
            best, best_start = qualifier, start
    return best, best_start
