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

#: Aircraft model designators: "F16", "F-16", "A-10", "Su-24", "MiG-29", "B-52H", plural "F-16s".
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?s?")
#: Nouns that, right after a model designator, name the aircraft ("two F-16 fighters").
_DESIGNATOR_NOUNS = frozenset({"fighter", "fighters", "fighter-bombers", "fighter-jets"})
_CASUALTY_MEASURES = ("killed", "wounded", "missing")
_PERSON_MEASURE = "soldiers"
_STOP_AHEAD = frozenset("and or but while , . ; : ( )".split())
#: Words that may stand between a counted noun and its event verb ("62 soldiers were reportedly killed").
_BETWEEN_NOUN_AND_VERB = frozenset("were was have had been are is reportedly now also all later".split())
#: Words that end a bare figure: nothing is counted after it ("Russia says 62, the monitor more than 80").
_BARE_END = frozenset('. , ; : ) " \u201d \u2019 \u2014 \u2013 - and but while as'.split())
#: Words that end the noun phrase after a number ("50 minutes before ...", "3 villages near ...").
_PHRASE_ENDS = frozenset(
    "and or but while before after in on at near when as since that which who whom from by with for to "
    "than during into over under".split()
)
#: Quotation marks passed over when looking at the word before a figure (says "up to 90").
_OPENING_MARKS = frozenset("\" \u201c \u2018 '".split())
#: Verbs that state a figure as their object: "Russia says 62", "the monitor counted about 90".
_STATING_VERBS = frozenset(
    "say says said saying counted counts estimated estimates put puts gave gives reported reports claimed claims "
    "claiming recorded records".split()
)
#: "The toll rose to 90", "put the number of dead at 90", "a death toll of 90": the figure is the level
#: of a casualty word said earlier in the sentence.
_LEVEL_LINKS = frozenset("to at of".split())
_LEVEL_VERBS = frozenset(
    "rose risen rise rises reached reach reaches stood stand stands put puts climbed climb climbs "
    "increased jumped toll tolls number".split()
)
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
    """ "F16", "F-16s" -> "F-16": one spelling per model so sources can be compared."""
    match = re.fullmatch(r"([A-Za-z]+)-?(\d+[A-Z]?)s?", word)
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
    for token in tokens[index + 1 : index + 5]:
        measure = config.measure_of(token.lower)
        if measure and measure.name in _CASUALTY_MEASURES:
            return measure.name
        if token.lower not in _BETWEEN_NOUN_AND_VERB:
            break
    return ""


def _casualty_after_phrase(tokens: list[Token], number: NumberAt, config: ExtractionConfig) -> str:
    """ "62 servicemen were killed", "dozens of Daesh fighters were killed", "scores of them are now dead".

    Reads a short noun phrase after the number (up to three words, "of" allowed), then its verb
    with auxiliaries; stops at punctuation, a preposition or any other verb.
    """
    index = number.last + 1
    if tokens[number.last].lower != "of" and index < len(tokens) and tokens[index].lower == "of":
        index += 1
    nouns = 0
    aux_seen = False
    for token in tokens[index : index + LOOK_AHEAD + 3]:
        measure = config.measure_of(token.lower)
        if measure and measure.name in _CASUALTY_MEASURES:
            return measure.name
        if token.lower in _BETWEEN_NOUN_AND_VERB:
            aux_seen = True
            continue
        if aux_seen or nouns == 3 or token.lower in _PHRASE_ENDS or not token.text[:1].isalpha():
            return ""
        nouns += 1
    return ""


def _is_bare(tokens: list[Token], number: NumberAt) -> bool:
    """Nothing counted after the number: punctuation, a conjunction or the end of the sentence follows."""
    after = number.last + 1
    return after >= len(tokens) or tokens[after].lower in _BARE_END


def _word_before(tokens: list[Token], index: int) -> int:
    """The index of the word before ``tokens[index]``, passing over opening quotation marks (-1: none)."""
    before = index - 1
    while before >= 0 and tokens[before].text in _OPENING_MARKS:
        before -= 1
    return before


def _level_of(tokens: list[Token], q_start: int, config: ExtractionConfig) -> str:
    """ "The number of soldiers killed ... has risen to nearly 90": the casualty word the figure is the level of.

    Only for a figure after "to", "at" or "of", with a verb or noun of level ("rose", "put", "toll")
    between it and the casualty word, all in the same sentence and with no other number between.
    """
    before = _word_before(tokens, q_start)
    if before < 0 or tokens[before].lower not in _LEVEL_LINKS:
        return ""
    level_seen = False
    for token in reversed(tokens[:before]):
        if token.text in {".", ";", "?", "!"} or token.text[:1].isdigit():
            return ""
        measure = config.measure_of(token.lower)
        if measure and measure.name in _CASUALTY_MEASURES and (level_seen or token.lower in _LEVEL_VERBS):
            return measure.name
        level_seen = level_seen or token.lower in _LEVEL_VERBS
    return ""


def _stated_like(tokens: list[Token], q_start: int, previous: str) -> str:
    """ "Russia says 62 soldiers died; the monitor says more than 80": the bare figure counts what the last did.

    Only for a figure stated by a verb ("says", "counted", "put") right before it, and only when the figure
    before it in the paragraph counts the dead, the wounded or the missing.
    """
    before = _word_before(tokens, q_start)
    if previous not in _CASUALTY_MEASURES or before < 0:
        return ""
    return previous if tokens[before].lower in _STATING_VERBS else ""


def _range_end(tokens: list[Token], q_start: int, figures: list[FigureAt]) -> str:
    """ "Tolls range from 62 to at least 90": a bare figure after "to" counts what the one before it did."""
    before = _word_before(tokens, q_start)
    if not figures or before < 1 or tokens[before].lower not in {"to", "and"}:
        return ""
    return figures[-1].measure if tokens[before - 1].end == figures[-1].end else ""


def _counted(tokens: list[Token], number: NumberAt, config: ExtractionConfig) -> tuple[str, int]:
    """The measure signalled after the number and the index of the word that signals it."""
    if number.suffix:
        measure = config.measure_of(number.suffix)
        return (measure.name if measure else number.suffix), number.last
    for index in range(number.last + 1, min(number.last + 1 + LOOK_AHEAD, len(tokens))):
        token = tokens[index]
        if token.lower in _STOP_AHEAD or token.lower in _PHRASE_ENDS or number_at(tokens, index, config) is not None:
            break
        if _DESIGNATOR.fullmatch(token.text) or token.text in config.aircraft_names:
            end = index
            if index + 1 < len(tokens) and tokens[index + 1].lower in _DESIGNATOR_NOUNS:
                end = index + 1  # "F-16 fighters": here the fighters are the aircraft
            for ahead in range(end + 1, min(index + 4, len(tokens))):
                if (m := config.measure_of(tokens[ahead].lower)) and m.name == "aircraft":
                    end = ahead  # "F16 fighter planes": take in the noun it qualifies
                    break
            return f"aircraft:{aircraft_type(token.text)}", end
        measure = config.measure_of(token.lower)
        if measure and measure.name not in _CASUALTY_MEASURES:
            return measure.name, index
        if measure and index == number.last + 1:
            return measure.name, index  # "62 killed"
        if measure and index == number.last + 2 and tokens[number.last + 1].lower == "of":
            return measure.name, index  # "scores of dead", "dozens of martyrs"
    return "", number.last


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def find_figures(text: str, tokens: list[Token], config: ExtractionConfig, *, previous: str = "") -> list[FigureAt]:
    """Every counted number in a sentence's or paragraph's tokens, in order.

    ``previous``: the measure of the figure before these tokens in the same paragraph, which a bare
    figure stated in parallel ("... says 62 died. The monitor says 80.") counts too.
    """
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
        if number.suffix and config.measure_of(number.suffix) is None:
            index = number.last + 1
            continue  # "a one-man operation", "a two-state solution": a compound adjective, not a count
        qualifier, q_start = qualifier_before(tokens, number.first, config)
        measure, end = _counted(tokens, number, config)
        if measure in ("", _PERSON_MEASURE):
            # The verb right after the noun ("130 soldiers were wounded") is the figure's own;
            # one further back may belong to an earlier figure ("... were killed and 130 ...").
            casualty = (
                _casualty_after(tokens, end, config)
                or _casualty_after_phrase(tokens, number, config)
                or _casualty_near(tokens, q_start - LOOK_BACK, q_start, config)
                or _level_of(tokens, q_start, config)
            )
            if not casualty and not measure and _is_bare(tokens, number):
                casualty = _stated_like(tokens, q_start, figures[-1].measure if figures else previous)
                casualty = casualty or _range_end(tokens, q_start, figures)
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
