"""Where it happened: a locator map of Syria and its neighbours, as inline SVG.

The shapes are Natural Earth's, cut to the map's frame, projected and simplified
once by ``scripts/make_locator_map.py`` into ``locator_geometry.json`` beside this
module. That file is committed, so a build needs no network, no tiles and no map
library, and the page makes no request for the map. The places come from
``editorial/places.yml`` (on the model) and are projected here with the
parameters stored in the geometry file, so moving a place in the YAML moves its
marker. The text alternative names each place with the spellings the glossary
lists, says how far apart the places are and which river passes them.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..editorial import EditorialError, Place
from ..markdown_text import escape_markdown
from ..model import EDITORIAL_DIR, Model
from ..pages.common import outlet_name
from .geo import Projection, centroid, compass, distance_to_lines, great_circle, inside, path_points
from .svg import figure, text

__all__ = ["GEOMETRY_FILE", "Projection", "load_geometry", "locator_map_text", "path_points", "render_locator_map"]

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

GEOMETRY_FILE = Path(__file__).with_name("locator_geometry.json")
PLACES_LABEL = f"{EDITORIAL_DIR}/places.yml"

#: The country the map is about: drawn in a stronger colour; places are located within it.
FOCUS_COUNTRY = "SYR"
#: Spellings (and outlets per spelling) the description lists before counting the rest.
MAX_SPELLINGS = 4
#: A place this close to a river (km) is "on" it in the description.
ON_RIVER_KM = 10.0
#: Scale bar lengths to choose from (km): the longest that fits in a quarter of the width.
SCALE_STEPS_KM = (500, 200, 100, 50)

#: Label geometry in map units (the font sizes in site.css are in the same units).
PLACE_LABEL_SIZE = 15
MARKER_RADIUS = 4.5
LABEL_GAP = 7
LINE_HEIGHT = 15

Geometry = dict[str, Any]


@dataclass(frozen=True)
class _Located:
    """A place on the map: where its marker goes and what the description says about it."""

    place: Place
    x: float
    y: float
    country: str  # name of the shape it falls in ("" outside every named shape)
    region: str  # "south-west", "east", ... or "centre" of that country
    rivers: tuple[str, ...]  # rivers that pass it


# ---------------------------------------------------------------------------
# Helper functions: geometry
# ---------------------------------------------------------------------------


def load_geometry(path: Path = GEOMETRY_FILE) -> Geometry:
    """The committed geometry (written by ``scripts/make_locator_map.py``)."""
    return json.loads(path.read_text(encoding="utf-8"))


def _focus(geometry: Geometry) -> dict[str, Any]:
    return next(c for c in geometry["countries"] if c["id"] == FOCUS_COUNTRY)


def _scale_km(geometry: Geometry) -> int:
    return next(km for km in SCALE_STEPS_KM if km / geometry["km_per_unit"] <= geometry["width"] / 4)


# ---------------------------------------------------------------------------
# Helper functions: words
# ---------------------------------------------------------------------------


def _about_km(km: float) -> int:
    """A distance as people say it: to the nearest 10 km from 100 km up."""
    return round(km / 10) * 10 if km >= 100 else round(km)


def _series(items: Sequence[str], conjunction: str = "and") -> str:
    """ "a", "a and b", "a, b and c"."""
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}" if len(items) > 1 else "".join(items)


def _name_with_spellings(model: Model, place: Place) -> str:
    """The place's label and the glossary's other forms of it: term first, then aliases."""
    try:
        forms = model.glossary.entry(place.glossary).forms
    except KeyError:  # only when the site is built without a glossary
        forms = ()
    others = [form for form in forms if form != place.label]
    return f"{place.label} (also written {_series(others)})" if others else place.label


def _locate(model: Model, geometry: Geometry) -> list[_Located]:
    """Project every place; say which country, which part of it and which rivers."""
    projection = Projection.from_dict(geometry["projection"])
    countries = [(c["name"], path_points(c["d"])) for c in geometry["countries"] if c["name"]]
    rivers = [(r["name"], path_points(r["d"])) for r in geometry["rivers"]]
    located = []
    for place in model.places:
        x, y = projection.point(place.lon, place.lat)
        if not (0 <= x <= geometry["width"] and 0 <= y <= geometry["height"]):
            frame = geometry["frame"]
            raise EditorialError(
                PLACES_LABEL,
                f"place '{place.id}': {place.lon}°E {place.lat}°N is outside the locator map "
                f"({frame['west']}–{frame['east']}°E, {frame['south']}–{frame['north']}°N)",
            )
        country, region = "", ""
        for name, rings in countries:
            if inside((x, y), rings):
                # Which part: the direction from the country's centre of area, unless near it.
                (cx, cy), size = centroid(rings)
                country = name
                region = compass(x - cx, cy - y) if math.hypot(x - cx, y - cy) > 0.2 * size else "centre"
                break
        km_per_unit = geometry["km_per_unit"]
        near = tuple(name for name, lines in rivers if distance_to_lines((x, y), lines) * km_per_unit <= ON_RIVER_KM)
        located.append(_Located(place, x, y, country, region, near))
    return located


def _spellings_in_articles(model: Model, place: Place) -> list[str]:
    """How the articles write the place (so a new article's spelling shows here), or nothing."""
    forms: dict[str, list[str]] = {}
    for mention in model.mentions:
        if mention.entry_id == place.glossary:
            outlets = forms.setdefault(" ".join(mention.text.split()), [])
            outlet = outlet_name(model.article(mention.seed), model.meta(mention.seed))
            if outlet not in outlets:
                outlets.append(outlet)
    if not forms:
        return []
    written = []
    for form, outlets in list(forms.items())[:MAX_SPELLINGS]:
        shown = outlets[:MAX_SPELLINGS] + (
            [f"{len(outlets) - MAX_SPELLINGS} more"] if len(outlets) > MAX_SPELLINGS else []
        )
        written.append(f"“{form}” ({_series(shown)})")
    return [f"The articles write it {_series(written, 'or')}."]


def _description(model: Model, geometry: Geometry, located: list[_Located]) -> list[str]:
    """The map in sentences: the same facts for the ``<desc>`` and for the text beside the map."""
    focus = _focus(geometry)
    others = [c["name"] for c in geometry["countries"] if c["label"] and c["id"] != FOCUS_COUNTRY]
    sea = geometry["sea"]
    (fx, fy), _ = centroid(path_points(focus["d"]))
    sentences = [
        f"A map of {focus['name']} and the countries around it ({_series(others)}), "
        f"with the {sea['name']} to the {compass(sea['centre'][0] - fx, fy - sea['centre'][1])}."
    ]
    for spot in located:
        capital = ", the capital," if spot.place.capital else ""
        where = ""
        if spot.country:
            where = f" in the {spot.region} of {spot.country}"
        sentences.append(f"{_name_with_spellings(model, spot.place)}{capital} is marked{where}.")
        sentences += _spellings_in_articles(model, spot.place)
    if located:
        first = located[0].place
        for spot in located[1:]:
            km, direction = great_circle(first, spot.place)
            sentences.append(
                f"{spot.place.label} is about {_about_km(km)} km {direction} of {first.label} in a straight line."
            )
    for river in geometry["rivers"]:
        passing = [spot.place.label for spot in located if river["name"] in spot.rivers]
        if passing:
            sentences.append(f"The {river['name']} river passes {_series(passing)}.")
    rivers = _series([r["name"] for r in geometry["rivers"]])
    sentences.append(f"Rivers drawn: {rivers}. A scale bar shows {_scale_km(geometry)} km.")
    return sentences


# ---------------------------------------------------------------------------
# Helper functions: drawing
# ---------------------------------------------------------------------------


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


def _place(spot: _Located) -> str:
    """Marker and label of one place, grouped and named by the place's id."""
    place, x, y = spot.place, spot.x, spot.y
    cx, cy = _num(x), _num(y)
    if place.capital:  # a ringed dot, as atlases mark capitals
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
    }[place.label_side]
    return (
        f'<g class="locator-place" data-place="{html.escape(place.id, quote=True)}">{marker}'
        f"{_label(lx, ly, place.label, 'locator-place-label', anchor=anchor)}</g>"
    )


def _scale_bar(geometry: Geometry) -> str:
    """A bar of a round number of kilometres in the bottom-right corner, ticked at both ends and halfway."""
    km = _scale_km(geometry)
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


def _caption(model: Model, geometry: Geometry) -> str:
    """Where the shapes and the coordinates come from, and under which licences."""
    source = geometry["source"]
    caption = (
        f"Map data: {_link(source['data_url'], source['data'])} {text(source['scale'])} "
        f"({text(source['data_licence'])}), from the {_link(source['package_url'], source['package'])} "
        f"{text(source['package_version'])} package ({text(source['package_licence'])} licence), simplified. "
        "Borders are Natural Earth’s de facto lines and imply no view on disputed territory."
    )
    if model.places:
        caption += " Coordinates of the places: " + "; ".join(_link(p.source.url, p.source.title) for p in model.places)
        caption += "."
    return caption


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def locator_map_text(model: Model, geometry: Geometry | None = None) -> str:
    """What the map shows, as one Markdown-safe paragraph to put beside it."""
    geometry = geometry or load_geometry()
    return escape_markdown(" ".join(_description(model, geometry, _locate(model, geometry))))


def render_locator_map(model: Model, geometry: Geometry | None = None) -> str:
    """The locator map as a ``<figure>`` (a raw HTML block): land, water, places, scale bar."""
    geometry = geometry or load_geometry()
    located = _locate(model, geometry)
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
    body += [_place(spot) for spot in located]
    body.append(_scale_bar(geometry))
    body.append(f'<rect class="locator-frame" x=".5" y=".5" width="{width - 1}" height="{height - 1}"/>')
    names = _series([spot.place.label for spot in located])
    return figure(
        "locator-map",
        title=f"Locator map of {_focus(geometry)['name']}" + (f": {names}" if names else ""),
        desc=" ".join(_description(model, geometry, located)),
        width=width,
        height=height,
        body=body,
        caption=_caption(model, geometry),
    )


def render_where(model: Model) -> str:
    """The map followed by its text equivalent, as the home and strike pages show them."""
    geometry = load_geometry()  # read once for the drawing and its words
    return f"{render_locator_map(model, geometry)}\n{locator_map_text(model, geometry)}\n"
