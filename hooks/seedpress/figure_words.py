"""A figure in words, as the article wrote it: qualifier, number and what it counts.

Every place that shows a figure (tables, chart labels and descriptions, the
learn page, the handout, the home page) goes through ``format_figure``, so a
hedge the article gave ("at least 62", "more than 100") is never dropped and a
vague quantity ("dozens of soldiers") is never given a number. The result is
plain text: callers escape it for Markdown or SVG as they would any seed text.
"""

from __future__ import annotations

from .extract.model import Figure

# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def format_number(value: float) -> str:
    """62.0 -> "62", 1200.0 -> "1,200", 2.5 -> "2.5": digits as a reader expects them."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def measure_label(measure: str) -> str:
    """ "aircraft:F-16" -> "Aircraft: F-16"; "killed" -> "Killed"."""
    kind, _, detail = measure.partition(":")
    label = kind.replace("_", " ").capitalize()
    return f"{label}: {detail}" if detail else label


def format_figure(figure: Figure, unit: bool = True) -> str:
    """ "at least 62 soldiers", "more than 100", "dozens of soldiers".

    A number is shown with its qualifier (none for "exactly") and, with
    ``unit``, the counted words that follow it in the article. A vague quantity
    has no number to show, so it is always its own words, noun included:
    "dozens" alone would not say what is counted.
    """
    if figure.value is None:
        return " ".join(figure.text.split())
    words = format_number(figure.value)
    if figure.qualifier != "exactly":
        words = f"{figure.qualifier} {words}"
    if unit and figure.unit:
        words += ("-" if figure.text.endswith(f"-{figure.unit}") else " ") + " ".join(figure.unit.split())
    return words
