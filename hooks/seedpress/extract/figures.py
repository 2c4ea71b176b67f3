"""Numbers in the text: the value, what it counts, and how it is hedged.

A casualty figure is only useful with its measure ("killed" or "wounded") and
its qualifier ("at least"); the claimant is added by the pipeline from the
sentence's attribution. A vague quantity ("dozens of soldiers were killed") is
found like any figure but has no value and the qualifier "vague". The counted noun usually follows the number ("62
Syrian soldiers") while the event verb may precede it ("killing 62") or follow
the noun ("62 soldiers were killed"), so both sides are read in small windows.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .config import ExtractionConfig
from .model import VAGUE
from .numbers import NumberAt, could_start_number, number_at, qualifier_before
from .tokens import MONTHS, Token

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Aircraft model designators: "F16", "F-16", "A-10", "Su-24", "MiG-29", "B-52H".
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?")
_CASUALTY_MEASURES = ("killed", "wounded", "missing")
_PERSON_MEASURE = "soldiers"
_STOP_AHEAD = frozenset("and or but while , . ; : ( )".split())
LOOK_AHEAD = 5
LOOK_BACK = 4


class FigureAt(NamedTuple):
    """A figure found in a paragraph, before attribution."""

    start: int
    end: int
    value: float | None  # None for a vague quantity
    measure: str
    unit: str
    qualifier: str


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def aircraft_type(word: str) -> str:
    """ "F16" -> "F-16": one spelling per model so sources can be compared."""
    match = re.fullmatch(r"([A-Za-z]+)-?(\d+[A-Z]?)", word)
    return f"{match.group(1)}-{match.group(2)}" if match else word


def _is_year_or_date(tokens: list[Token], number: NumberAt) -> bool:
    """ "2011", "September 10", "10 September": dates, not counts."""
    token = tokens[number.first]
    if number.in_words or number.suffix or number.value is None:
        return False
    if token.text.isdigit() and len(token.text) == 4 and 1800 <= number.value <= 2100:
        return True
    neighbours = [tokens[i].lower.rstrip(".") for i in (number.first - 1, number.last + 1) if 0 <= i < len(tokens)]
    return any(word in MONTHS for word in neighbours)


def _casualty_near(tokens: list[Token], lo: int, hi: int, config: ExtractionConfig) -> str:
    """A killed/wounded word in ``tokens[lo:hi]`` (nearest to ``hi`` first), stopping at punctuation."""
    for token in reversed(tokens[max(lo, 0) : hi]):
        if token.text in {".", ";", "(", ")"}:
            break
        measure = config.measure_of(token.lower)
        if measure and measure.name in _CASUALTY_MEASURES:
            return measure.name
    return ""


def _casualty_after(tokens: list[Token], index: int, config: ExtractionConfig) -> str:
    """ "62 soldiers were killed", "62 dead": the verb after the counted noun."""
    for token in tokens[index + 1 : index + 4]:
        measure = config.measure_of(token.lower)
        if measure and measure.name in _CASUALTY_MEASURES:
            return measure.name
        if token.lower not in {"were", "was", "have", "had", "been", "are", "reportedly"}:
            break
    return ""


def _counted(tokens: list[Token], number: NumberAt, config: ExtractionConfig) -> tuple[str, int]:
    """The measure signalled after the number and the index of the word that signals it."""
    if number.suffix:
        measure = config.measure_of(number.suffix)
        return (measure.name if measure else number.suffix), number.last
    for index in range(number.last + 1, min(number.last + 1 + LOOK_AHEAD, len(tokens))):
        token = tokens[index]
        if token.lower in _STOP_AHEAD or number_at(tokens, index, config) is not None:
            break
        if _DESIGNATOR.fullmatch(token.text) or token.text in config.aircraft_names:
            end = index
            for ahead in range(index + 1, min(index + 4, len(tokens))):
                if (m := config.measure_of(tokens[ahead].lower)) and m.name == "aircraft":
                    end = ahead  # "F16 fighter planes": take in the noun it qualifies
                    break
            return f"aircraft:{aircraft_type(token.text)}", end
        measure = config.measure_of(token.lower)
        if measure and measure.name not in _CASUALTY_MEASURES:
            return measure.name, index
        if measure and index == number.last + 1:
            return measure.name, index  # "62 killed"
    return "", number.last


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def find_figures(text: str, tokens: list[Token], config: ExtractionConfig) -> list[FigureAt]:
    """Every counted number in a paragraph's tokens, in order."""
    figures: list[FigureAt] = []
    index = 0
    while index < len(tokens):
        if not could_start_number(tokens[index], config):
            index += 1
            continue
        number = number_at(tokens, index, config)
        if number is None or _is_year_or_date(tokens, number):
            index += 1
            continue
        qualifier, q_start = qualifier_before(tokens, number.first, config)
        measure, end = _counted(tokens, number, config)
        if measure in ("", _PERSON_MEASURE):
            # The verb right after the noun ("130 soldiers were wounded") is the figure's own;
            # one further back may belong to an earlier figure ("... were killed and 130 ...").
            casualty = _casualty_after(tokens, end, config) or _casualty_near(
                tokens, q_start - LOOK_BACK, q_start, config
            )
            measure = casualty or measure
        if not measure and number.in_words:
            index = number.last + 1
            continue  # "one of them": a number word needs something it counts
        unit = text[tokens[number.last].end : tokens[end].end].strip(" -") if end > number.last else ""
        first = tokens[q_start if qualifier else number.first]
        figures.append(
            FigureAt(
                start=first.start,
                end=tokens[end].end,
                value=number.value,
                measure=measure or "unspecified",
                unit=unit or number.suffix,
                qualifier=VAGUE if number.value is None else (qualifier or number.implied_qualifier or "exactly"),
            )
        )
        index = max(end, number.last) + 1
    return figures
