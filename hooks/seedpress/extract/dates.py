"""Dates in the text, resolved against the article's publication date.

News copy dates events relative to the day it appeared ("on Saturday",
"today", "three days ago"). Resolving them needs the publication date from
``seeds/sources.yml``; when that date was itself inferred, every date resolved
from it is marked ``inferred`` so the site can say so.

Only two things become dates: an explicit date ("17 September", "Sept. 17,
2016", "2011") and a word that names a day counted from publication ("today",
"yesterday", "on Saturday", "this afternoon", "three days ago"). A duration is
not a date: "six days since the start of the cease-fire", "for two days", "a
seven-day period", "a week into the truce" and "two days later" measure time
from some other event, whose day the words do not give, so dating them from the
publication day would invent an event. They stay figures (measure "days").
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .config import ExtractionConfig
from .model import DateKind
from .numbers import could_start_number, number_at
from .tokens import MONTHS, WEEKDAYS, Token, strip_possessive

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Words meaning "the day of publication" or a fixed offset from it.
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_THIS_PARTS = frozenset("morning afternoon evening".split())
#: "last night" is the evening before publication; "last week" names no day.
_LAST_PARTS = {"night": -1}
#: "three days ago" counts back from publication. "since", "later", "earlier" and
#: "into" count from another event ("six days since the start of the truce"), so
#: they make a duration, not a date.
_AGO_WORDS = {"ago": -1}
_DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
#: Words other than months and numbers that can open a date expression.
_WORD_STARTS = frozenset((*WEEKDAYS, *_DAY_OFFSETS, "this", "last"))


class DateAt(NamedTuple):
    """A date found in a paragraph, before it is tied to an article."""

    start: int
    end: int
    kind: DateKind
    value: str | None
    from_published: bool


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def resolve_weekday(name: str, published: dt.date, direction: str = "past") -> dt.date:
    """The weekday nearest the publication date: on or before it, or after it for "next"."""
    target = WEEKDAYS.index(name.lower())
    if direction == "next":
        return published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    if direction == "last":
        return published - dt.timedelta(days=(published.weekday() - target - 1) % 7 + 1)
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def _day(token: Token | None) -> int | None:
    if token is None or not token.text.isdecimal() or not 1 <= int(token.text) <= 31:
        return None
    return int(token.text)


def _year(token: Token | None) -> int | None:
    if token is None or not token.text.isdecimal() or len(token.text) != 4:
        return None
    return int(token.text) if 1800 <= int(token.text) <= 2100 else None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_date(tokens: list[Token], i: int, published: dt.date | None) -> tuple[DateAt, int] | None:
    """ "September 10", "Sept. 10, 2016", "10 September 2016", "September 2016"."""
    month = MONTHS[tokens[i].lower.rstrip(".")]
    at = lambda k: tokens[k] if 0 <= k < len(tokens) else None  # noqa: E731
    day, first, last = _day(at(i + 1)), i, i
    if day:
        last = i + 1
    elif (day := _day(at(i - 1))) is not None:
        first = i - 1
    year_index = last + 2 if at(last + 1) is not None and tokens[last + 1].text == "," else last + 1
    year = _year(at(year_index))
    if year:
        last = year_index
    if day is None and year is None:
        return None
    value: str | None
    if day is None:
        value = f"{year:04d}-{month:02d}"
    else:
        use_year = year or (published.year if published else None)
        value = _iso(use_year, month, day) if use_year else None
    return DateAt(tokens[first].start, tokens[last].end, "absolute", value, year is None), last


def _relative(
    tokens: list[Token], i: int, published: dt.date | None, config: ExtractionConfig
) -> tuple[DateAt, int] | None:
    """ "Monday", "today", "this afternoon", "three days ago"; never a duration."""
    # "Saturday's strike", "today’s meeting": the possessive names the same day.
    token, lower = tokens[i], strip_possessive(tokens[i].lower)
    previous = tokens[i - 1].lower if i > 0 else ""
    if lower in WEEKDAYS and token.is_capitalised:
        direction = previous if previous in {"next", "last"} else "past"
        first = i - 1 if direction != "past" else i
        value = resolve_weekday(lower, published, direction).isoformat() if published else None
        return DateAt(tokens[first].start, token.end, "relative", value, True), i
    if lower in _DAY_OFFSETS:
        value = (published + dt.timedelta(days=_DAY_OFFSETS[lower])).isoformat() if published else None
        return DateAt(token.start, token.end, "relative", value, True), i
    if lower == "this" and i + 1 < len(tokens) and tokens[i + 1].lower in _THIS_PARTS:
        value = published.isoformat() if published else None
        return DateAt(token.start, tokens[i + 1].end, "relative", value, True), i + 1
    if lower == "last" and i + 1 < len(tokens) and (offset := _LAST_PARTS.get(strip_possessive(tokens[i + 1].lower))):
        value = (published + dt.timedelta(days=offset)).isoformat() if published else None
        return DateAt(token.start, tokens[i + 1].end, "relative", value, True), i + 1
    number = number_at(tokens, i, config)
    # "several days ago" has no number, so it has no date either.
    if number and number.value is not None and number.last + 2 < len(tokens):
        unit, after = tokens[number.last + 1].lower, tokens[number.last + 2].lower
        if unit in _DAY_UNITS and after in _AGO_WORDS:
            days = int(number.value * _DAY_UNITS[unit]) * _AGO_WORDS[after]
            value = (published + dt.timedelta(days=days)).isoformat() if published else None
            return DateAt(token.start, tokens[number.last + 2].end, "relative", value, True), number.last + 2
    return None


def _could_start_date(token: Token, config: ExtractionConfig) -> bool:
    """A cheap test: ``False`` means no date expression starts at ``token``.

    Every date starts with a month, a weekday, a day word, "this", or a number
    (a year or day is one); the rest of the words are passed over quickly.
    """
    lower = token.lower
    return lower.rstrip(".") in MONTHS or strip_possessive(lower) in _WORD_STARTS or could_start_number(token, config)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def find_dates(tokens: list[Token], published: dt.date | None, config: ExtractionConfig) -> list[DateAt]:
    """Every date expression in a paragraph's tokens, in order, resolved where possible."""
    found: list[DateAt] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _could_start_date(token, config):
            i += 1
            continue
        hit = None
        modal_may = token.lower == "may" and _day(tokens[i + 1] if i + 1 < len(tokens) else None) is None
        if token.lower.rstrip(".") in MONTHS and token.is_capitalised and not modal_may:
            hit = _month_date(tokens, i, published)
        if hit is None and (year := _year(token)) is not None and not (found and found[-1].end >= token.end):
            hit = DateAt(token.start, token.end, "year", f"{year:04d}", False), i
        if hit is None:
            hit = _relative(tokens, i, published, config)
        if hit:
            date, last = hit
            if found and found[-1].end > date.start:
                found[-1] = date  # "10 September" read again from "September": keep the longer reading
            else:
                found.append(date)
            i = last + 1
        else:
            i += 1
    return found
