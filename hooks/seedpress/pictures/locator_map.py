"""The locator map drawn: land, water, places and a scale bar, as inline SVG.

A leaf: it receives the committed geometry and the places already projected
(``pages/where.py`` reads them from the model, checks them and writes the
words) and returns SVG. The shapes are Natural Earth's, cut to the map's frame,
projected and simplified once by ``scripts/make_locator_map.py`` into
``locator_geometry.json`` beside this module. That file is committed, so a
build needs no network, no tiles and no map library, and the page makes no
request for the map.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .svg import figure, text

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

GEOMETRY_FILE = Path(__file__).with_name("locator_geometry.json")

#: The country the map is about: drawn in a stronger colour; places are located within it.
FOCUS_COUNTRY = "SYR"
#: Scale bar lengths to choose from (km): the longest that fits in a quarter of the width.
SCALE_STEPS_KM = (500, 200, 100, 50)

#: Label geometry in map units (the font sizes in site.css are in the same units).
PLACE_LABEL_SIZE = 15
MARKER_RADIUS = 4.5
LABEL_GAP = 7
LINE_HEIGHT = 15

Geometry = dict[str, Any]


@dataclass(frozen=True)
class Marker:
    """A place to mark, in map units: its id (``data-place``), label, and where the label stands."""

    id: str
    label: str
    x: float
    y: float
    capital: bool
    label_side: str  # "right", "left", "above" or "below"


# ---------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------


def load_geometry(path: Path = GEOMETRY_FILE) -> Geometry:
    """The committed geometry (written by ``scripts/make_locator_map.py``)."""
    return json.loads(path.read_text(encoding="utf-8"))


def focus_country(geometry: Geometry) -> dict[str, Any]:
    """The shape of ``FOCUS_COUNTRY``."""
    return next(c for c in geometry["countries"] if c["id"] == FOCUS_COUNTRY)


def scale_km(geometry: Geometry) -> int:
    """The scale bar's length in km."""
    return next(km for km in SCALE_STEPS_KM if km / geometry["km_per_unit"] <= geometry["width"] / 4)


def _num(value: float) -> str:
    """A coordinate to a tenth of a unit, without trailing zeros."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _label(x: float, y: float, words: str, css: str, *, anchor: str = "middle", extra: str = "") -> str:
    return f'<text class="{css}" x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}"{extra}>{text(words)}</text>'


def _country_label(country: dict[str, Any]) -> str:
    """A country's name on one or more lines, with a leader line if it stands outside the country."""
    label = country["label"]
    css = "locator-country-label" + (" locator-country-label--focus" if country["id"] == FOCUS_COUNTRY else "")
    x, y = label["x"], label["y"]
    out = "".join(
        _label(x, y + i * LINE_HEIGHT, line, css, anchor=label["anchor"]) for i, line in enumerate(label["lines"])
    )
    if label["leader"]:
        tx, ty = label["leader"]
        out += f'<path class="locator-leader" d="M{_num(x + 3)} {_num(y - 3.5)}L{_num(tx)} {_num(ty)}"/>'
    return out


def _place(spot: Marker) -> str:
    """Marker and label of one place, grouped and named by the place's id."""
    x, y = spot.x, spot.y
    cx, cy = _num(x), _num(y)
    if spot.capital:  # a ringed dot, as atlases mark capitals
        marker = (
            f'<circle class="locator-marker locator-marker--ring" cx="{cx}" cy="{cy}" r="{MARKER_RADIUS + 1.5}"/>'
            f'<circle class="locator-marker" cx="{cx}" cy="{cy}" r="2.2"/>'
        )
    else:
        marker = f'<circle class="locator-marker" cx="{cx}" cy="{cy}" r="{MARKER_RADIUS}"/>'
    gap = MARKER_RADIUS + LABEL_GAP
    baseline = PLACE_LABEL_SIZE * 0.35  # puts the middle of the letters level with the marker
    lx, ly, anchor = {
        "right": (x + gap, y + baseline, "start"),
        "left": (x - gap, y + baseline, "end"),
        "above": (x, y - gap, "middle"),
        "below": (x, y + gap + PLACE_LABEL_SIZE * 0.7, "middle"),
    }[spot.label_side]
    return (
        f'<g class="locator-place" data-place="{html.escape(spot.id, quote=True)}">{marker}'
        f"{_label(lx, ly, spot.label, 'locator-place-label', anchor=anchor)}</g>"
    )


def _scale_bar(geometry: Geometry) -> str:
    """A bar of a round number of kilometres in the bottom-right corner, ticked at both ends and halfway."""
    km = scale_km(geometry)
    length = km / geometry["km_per_unit"]
    x1 = geometry["width"] - 16
    x0, y = x1 - length, geometry["height"] - 16
    ticks = "".join(f"M{_num(x)} {_num(y - 5)}v5" for x in (x0, x0 + length / 2, x1))
    return (
        '<g class="locator-scale">'
        f'<path class="locator-scale-bar" d="M{_num(x0)} {_num(y)}H{_num(x1)}{ticks}"/>'
        f"{_label(x0, y - 9, '0', 'locator-scale-label')}"
        f"{_label(x1, y - 9, f'{km} km', 'locator-scale-label', anchor='end')}</g>"
    )


def _link(url: str, words: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{text(words)}</a>'


def _caption(geometry: Geometry, place_sources: Sequence[tuple[str, str]]) -> str:
    """Where the shapes and the coordinates come from, and under which licences."""
    source = geometry["source"]
    caption = (
        f"Map data: {_link(source['data_url'], source['data'])} {text(source['scale'])} "
        f"({text(source['data_licence'])}), from the {_link(source['package_url'], source['package'])} "
        f"{text(source['package_version'])} package ({text(source['package_licence'])} licence), simplified. "
        "Borders are Natural Earth’s de facto lines and imply no view on disputed territory."
    )
    if place_sources:
        caption += " Coordinates of the places: " + "; ".join(_link(url, title) for url, title in place_sources)
        caption += "."
    return caption


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def draw_locator_map(
    geometry: Geometry, markers: Sequence[Marker], *, title: str, desc: str, place_sources: Sequence[tuple[str, str]]
) -> str:
    """The locator map as a ``<figure>`` (a raw HTML block); ``place_sources`` are (url, title) of the coordinates."""
    width, height = geometry["width"], geometry["height"]
    countries = sorted(geometry["countries"], key=lambda c: c["id"] == FOCUS_COUNTRY)  # focus drawn last
    body = [f'<rect class="locator-sea" width="{width}" height="{height}"/>']
    for c in countries:
        css = "locator-land" + (" locator-land--focus" if c["id"] == FOCUS_COUNTRY else "")
        body.append(f'<path class="{css}" d="{c["d"]}"/>')
    body.append(f'<path class="locator-lake" d="{geometry["lakes"]["d"]}"/>')
    body += [f'<path class="locator-river" d="{r["d"]}"/>' for r in geometry["rivers"]]
    body += [_country_label(c) for c in countries if c["label"]]
    sea = geometry["sea"]
    body += [
        _label(sea["label"][0], sea["label"][1] + i * LINE_HEIGHT, line, "locator-water-label locator-sea-label")
        for i, line in enumerate(sea["lines"])
    ]
    for r in geometry["rivers"]:
        x, y, angle = r["label"]["x"], r["label"]["y"], r["label"]["angle"]
        turn = f' transform="rotate({angle} {_num(x)} {_num(y)})"'
        body.append(_label(x, y, r["name"], "locator-water-label", extra=turn))
    body += [_place(marker) for marker in markers]
    body.append(_scale_bar(geometry))
    body.append(f'<rect class="locator-frame" x=".5" y=".5" width="{width - 1}" height="{height - 1}"/>')
    return figure(
        "locator-map",
        title=title,
        desc=desc,
        width=width,
        height=height,
        body=body,
        caption=_caption(geometry, place_sources),
    )
