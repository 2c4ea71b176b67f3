"""Comparing figures as the ranges of numbers their words allow.

"62" and "at least 62" are not the same figure, but both can be true; "62" and
"83" cannot. Reading each figure as the interval of counts its words allow, and
asking whether two intervals share a number, tells these apart without ever
pretending that a hedged figure is an exact one:

| written          | interval                       |
| ---------------- | ------------------------------ |
| exactly v ("62") | [v, v]                         |
| at least v       | [v, ∞)                         |
| more than v      | (v, ∞)                         |
| at most v        | [0, v]  ("up to", "as many as") |
| fewer than v     | [0, v)                         |
| almost v         | [v − band, v)  ("nearly 90")    |
| about v          | [v − band, v + band]           |
| vague ("dozens") | no interval: nothing to compare |

``band`` is ``ABOUT_TOLERANCE`` of the number, and at least ``ABOUT_MIN_BAND``
("about 60" is 54 to 66; "about 2" is 1 to 3). The band is an editorial choice,
wide enough that "about 60" and "62" are compatible and narrow enough that
"about 60" and "83" are not.

Two figures are then:

- ``same``: the same number with the same qualifier ("at least 62" twice);
- ``compatible``: different words whose intervals overlap, so both can be true
  ("62" and "at least 62"; "about 60" and "62");
- ``differ``: intervals that do not overlap, so at most one is true ("62" and
  "83"). "100" and "more than 100" differ: an exact 100 is not more than 100.
  News writers round, but the site reports what the words say; a reader who
  sees "differ" next to both wordings can judge the rounding for themselves;
- ``unknown``: either figure is vague ("dozens"); it has no number to compare.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..extract.model import VAGUE, Figure

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Half-width of "about v", as a share of v.
ABOUT_TOLERANCE = 0.1
#: The smallest half-width of "about v", in the figure's own unit.
ABOUT_MIN_BAND = 1.0

Relation = Literal["same", "compatible", "differ", "unknown"]


@dataclass(frozen=True)
class Interval:
    """The counts a figure's words allow: from ``low`` to ``high``, each end open or closed."""

    low: float
    high: float  # math.inf when there is no upper bound
    low_open: bool = False
    high_open: bool = False

    def intersect(self, other: Interval) -> Interval | None:
        """The numbers in both intervals, or ``None`` when there are none."""
        # The shared part runs from the larger lower end to the smaller upper end;
        # where both intervals end at the same number, it is open if either end is.
        if self.low != other.low:
            low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        else:
            low, low_open = self.low, self.low_open or other.low_open
        if self.high != other.high:
            high, high_open = min((self.high, self.high_open), (other.high, other.high_open))
        else:
            high, high_open = self.high, self.high_open or other.high_open
        if low < high or (low == high and not low_open and not high_open):
            return Interval(low, high, low_open, high_open)
        return None

    def overlaps(self, other: Interval) -> bool:
        """True when some number lies in both intervals."""
        return self.intersect(other) is not None


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def about_band(value: float) -> float:
    """Half-width of "about ``value``"."""
    return max(abs(value) * ABOUT_TOLERANCE, ABOUT_MIN_BAND)


#: Each numeric qualifier's interval for a value (see the table in the module docstring).
_INTERVALS: dict[str, Callable[[float], Interval]] = {
    "exactly": lambda v: Interval(v, v),
    "at least": lambda v: Interval(v, math.inf),
    "more than": lambda v: Interval(v, math.inf, low_open=True),
    "at most": lambda v: Interval(min(0.0, v), v),
    "fewer than": lambda v: Interval(min(0.0, v), v, high_open=True),
    "almost": lambda v: Interval(v - about_band(v), v, high_open=True),
    "about": lambda v: Interval(v - about_band(v), v + about_band(v)),
}

# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def interval_of(value: float | None, qualifier: str) -> Interval | None:
    """The interval a number and its qualifier allow; ``None`` for a vague quantity.

    An unknown qualifier fails loudly: a qualifier added to the vocabulary needs
    its meaning written here before it can be compared.
    """
    if value is None or qualifier == VAGUE:
        return None
    if qualifier not in _INTERVALS:
        raise ValueError(f"no interval is defined for the qualifier {qualifier!r}")
    return _INTERVALS[qualifier](value)


def compare_amounts(a: tuple[float | None, str], b: tuple[float | None, str]) -> Relation:
    """How two (value, qualifier) pairs relate: same, compatible, differ or unknown."""
    one, two = interval_of(*a), interval_of(*b)
    if one is None or two is None:
        return "unknown"
    if a == b:
        return "same"
    return "compatible" if one.overlaps(two) else "differ"


def compare_figures(a: Figure, b: Figure) -> Relation:
    """How two figures relate (see the module docstring)."""
    return compare_amounts((a.value, a.qualifier), (b.value, b.qualifier))


def relation_of_all(figures: tuple[Figure, ...] | list[Figure]) -> Relation:
    """The relation of a group of figures: the weakest among its pairs of numbers.

    Any pair that differs makes the group ``differ``; otherwise any pair that is
    only compatible makes it ``compatible``; ``same`` needs every number to be
    written alike. Vague quantities are left out; with fewer than two numbers
    the group is ``unknown``.
    """
    amounts = {(f.value, f.qualifier) for f in figures if not f.is_vague}
    if not amounts:
        return "unknown"
    if len(amounts) == 1:
        return "same" if sum(not f.is_vague for f in figures) > 1 else "unknown"
    # Intervals on a line that overlap pair by pair share a number in common (and
    # the reverse), so one pass over their running intersection finds a
    # differing pair without comparing every pair.
    common = Interval(-math.inf, math.inf)
    for value, qualifier in amounts:
        interval = interval_of(value, qualifier)
        shared = common.intersect(interval) if interval else common
        if shared is None:
            return "differ"
        common = shared
    return "compatible"
