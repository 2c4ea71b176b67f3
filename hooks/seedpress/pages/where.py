"""Where it happened: the places of ``editorial/places.yml`` on the locator map, in a picture and in words.

This module checks that every place falls inside the map, projects it with the
parameters stored in the committed geometry (so moving a place in the YAML
moves its marker), and writes the text alternative: each place with the
spellings the glossary lists and the articles use, how far apart the places
are and which river passes them. ``pictures/locator_map.py`` draws.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..editorial import EditorialError, Place
from ..markdown_text import escape_markdown
from ..model import EDITORIAL_DIR, Model
from ..pictures.geo import Projection, centroid, compass, distance_to_lines, great_circle, inside, path_points
from ..pictures.locator_map import (
    FOCUS_COUNTRY,
    Geometry,
    Marker,
    draw_locator_map,
    focus_country,
    load_geometry,
    scale_km,
)
from .common import outlet_name

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

PLACES_LABEL = f"{EDITORIAL_DIR}/places.yml"

#: Spellings (and outlets per spelling) the description lists before counting the rest.
MAX_SPELLINGS = 4
#: A place this close to a river (km) is "on" it in the description.
ON_RIVER_KM = 10.0


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
# Helper functions
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
    focus = focus_country(geometry)
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
    sentences.append(f"Rivers drawn: {rivers}. A scale bar shows {scale_km(geometry)} km.")
    return sentences


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
    markers = [Marker(s.place.id, s.place.label, s.x, s.y, s.place.capital, s.place.label_side) for s in located]
    names = _series([spot.place.label for spot in located])
    return draw_locator_map(
        geometry,
        markers,
        title=f"Locator map of {focus_country(geometry)['name']}" + (f": {names}" if names else ""),
        desc=" ".join(_description(model, geometry, located)),
        place_sources=[(p.source.url, p.source.title) for p in model.places],
    )


def render_where(model: Model) -> str:
    """The map followed by its text equivalent, as the home and strike pages show them."""
    geometry = load_geometry()  # read once for the drawing and its words
    return f"{render_locator_map(model, geometry)}\n{locator_map_text(model, geometry)}\n"
