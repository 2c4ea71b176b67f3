"""Plane and sphere geometry for the locator map: projection, paths, distances, directions.

Shared by ``scripts/make_locator_map.py`` (which projects Natural Earth's shapes)
and ``locator_map.py`` (which projects the places and describes them), so a
marker sits where the shapes say the place is.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

#: Mean radius of the Earth (km), for straight-line distances between places.
EARTH_RADIUS_KM = 6371.0088
COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")

#: The path commands the geometry script writes: absolute moves, relative lines, close.
_PATH_TOKEN = re.compile(r"[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)")

Point = tuple[float, float]


class LonLat(Protocol):
    """Anything with a longitude and a latitude in degrees (a place)."""

    @property
    def lon(self) -> float: ...

    @property
    def lat(self) -> float: ...


@dataclass(frozen=True)
class Projection:
    """Equirectangular, true to scale along ``standard_parallel``: lon/lat to map units.

    The script that makes the geometry and the renderer that places the markers use
    this one class, so a marker sits where the shapes say the place is.
    """

    west: float
    north: float
    standard_parallel: float
    units_per_degree: float

    def point(self, lon: float, lat: float) -> Point:
        """Map units from the frame's top-left corner (x to the east, y to the south)."""
        x = (lon - self.west) * math.cos(math.radians(self.standard_parallel)) * self.units_per_degree
        y = (self.north - lat) * self.units_per_degree
        return (x, y)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "equirectangular",
            "west": self.west,
            "north": self.north,
            "standard_parallel": self.standard_parallel,
            "units_per_degree": self.units_per_degree,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Projection:
        return cls(raw["west"], raw["north"], raw["standard_parallel"], raw["units_per_degree"])


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def path_points(d: str) -> list[list[Point]]:
    """The subpaths of a path the geometry script wrote, as absolute points (closed ones closed)."""
    tokens = _PATH_TOKEN.findall(d)
    subpaths: list[list[Point]] = []
    x = y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i] in "MmLlZz":
            command = tokens[i]
            i += 1
            if command in "Zz":
                subpaths[-1].append(subpaths[-1][0])
            continue
        dx, dy = float(tokens[i]), float(tokens[i + 1])
        i += 2
        x, y = (x + dx, y + dy) if command in "ml" else (dx, dy)
        if command in "Mm":
            subpaths.append([])
            command = "l" if command == "m" else "L"  # further pairs after a move are lines
        subpaths[-1].append((x, y))
    return subpaths


def distance_to_lines(point: Point, lines: Iterable[Sequence[Point]]) -> float:
    """The shortest distance from ``point`` to any segment of ``lines`` (map units)."""
    px, py = point
    best = math.inf
    for line in lines:
        for (ax, ay), (bx, by) in itertools.pairwise(line):
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
            best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


def inside(point: Point, rings: Iterable[Sequence[Point]]) -> bool:
    """Even-odd rule over all rings of a shape."""
    x, y = point
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in itertools.pairwise(ring):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def centroid(rings: Sequence[Sequence[Point]]) -> tuple[Point, float]:
    """Centre of area of a shape's rings, and the square root of its area (its size)."""
    total = sx = sy = 0.0
    for ring in rings:
        for (x1, y1), (x2, y2) in itertools.pairwise(ring):
            cross = x1 * y2 - x2 * y1
            total += cross
            sx += (x1 + x2) * cross
            sy += (y1 + y2) * cross
    return (sx / (3 * total), sy / (3 * total)), math.sqrt(abs(total) / 2)


def compass(dx: float, dy: float) -> str:
    """One of eight directions for a step ``dx`` east and ``dy`` north."""
    bearing = math.degrees(math.atan2(dx, dy)) % 360
    return COMPASS[round(bearing / 45) % 8]


def great_circle(a: LonLat, b: LonLat) -> tuple[float, str]:
    """Straight-line distance (km, haversine) and compass direction from ``a`` to ``b``."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
    # The direction the great circle sets off in, from a towards b.
    east = math.sin(dlon) * math.cos(lat2)
    north = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return km, compass(east, north)
