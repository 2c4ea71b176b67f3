"""Every kind of hand-written YAML file, broken in every usual way, fails in one line naming file and entry.

The kinds of damage: a value of the wrong type, a missing key, an unknown key, an
empty file, a list where a mapping belongs, bytes that are not UTF-8, and text that
is not YAML at all. Each goes through the file's real loader; one goes through a
real build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from seedpress.corrections import load_corrections
from seedpress.editorial import load_brief, load_pages, load_places, load_questions
from seedpress.errors import SeedError
from seedpress.extract import load_extraction_config
from seedpress.glossary import load_glossary
from seedpress.search_terms import load_search_terms
from seedpress.sources_meta import load_sources
from support import run_build

Loader = Callable[[Path, str], object]

LOADERS: dict[str, Loader] = {
    "pages.yml": load_pages,
    "questions.yml": load_questions,
    "places.yml": lambda path, label: load_places(path, label, {"damascus"}),
    "brief.yml": lambda path, label: load_brief(path, label, questions={"who"}, parties={"us"}, exercises={"read"}),
    "glossary.yml": load_glossary,
    "sources.yml": lambda path, label: load_sources(path, label, ["a"]),
    "search.yml": load_search_terms,
    "attributions.yml": load_corrections,
    "extraction.yml": load_extraction_config,
}

PAGE = "home:\n  title: Home\n  intro: Hello.\n"
PLACE = "- {id: x, label: X, glossary: damascus, lon: 36.0, lat: 33.0, source: {title: T, url: 'https://e.org/x'}}\n"
QUESTION = "- {id: who, title: Who, intro: Ask., topics: [strike]}\n"
GLOSSARY = "entries:\n  - {id: sohr, term: SOHR, aliases: [], category: organisation, definition: A group., source: articles}\n"
SOURCES = "a:\n  outlet: {value: Example News, basis: publisher}\n"
CORRECTION = "corrections:\n  - {seed: a, quote: some words, speaker: Someone}\n"

# file, text (bytes: written as they are), what the one line must say after "<label>: "
BROKEN = [
    # a value of the wrong type
    ("pages.yml", PAGE.replace("Home", "42", 1), "home.title: expected text, got 42"),
    ("places.yml", PLACE.replace("lon: 36.0", "lon: east"), "place 'x'.lon: expected a number of degrees, got 'east'"),
    ("questions.yml", QUESTION.replace("[strike]", "strike"), "question 'who'.topics: expected a list, got 'strike'"),
    ("glossary.yml", GLOSSARY.replace("aliases: []", "aliases: 3"), "entry 'sohr'.aliases: expected a list, got 3"),
    ("sources.yml", SOURCES.replace("Example News", "[X]"), "entry 'a'.outlet.value: expected text, got ['X']"),
    ("attributions.yml", CORRECTION.replace("Someone", "42"), "corrections[0].speaker: expected text, got 42"),
    ("search.yml", "- {page: a.md, section: x, words: yes}\n", "entries[0].words: expected a list, got True"),
    # a missing key
    ("pages.yml", PAGE.replace("  intro: Hello.\n", ""), "home: missing 'intro'"),
    ("places.yml", PLACE.replace("label: X, ", ""), "place 'x': missing 'label'"),
    ("glossary.yml", GLOSSARY.replace("category: organisation, ", ""), "entry 'sohr': missing 'category'"),
    ("attributions.yml", CORRECTION.replace(", speaker: Someone", ""), "corrections[0]: missing 'speaker'"),
    ("extraction.yml", "claim_verbs: [said]\n", "top level: missing 'relay_verbs'"),
    (
        "pages.yml",
        PAGE + "  sections:\n    - heading: H\n      points:\n        - {text: T, cite: [{seed: a}]}\n",
        "home.sections[0].points[0].cite[0]: missing 'quote'",
    ),
    # an unknown key (all of them named at once)
    ("pages.yml", PAGE + "  colour: red\n  size: 2\n", "home: unknown field(s) colour, size"),
    ("places.yml", PLACE.replace("lat: 33.0", "lat: 33.0, colour: red"), "place 'x': unknown field(s) colour"),
    ("sources.yml", SOURCES + "  author: {value: Y, basis: stated}\n", "entry 'a': unknown field(s) author"),
    ("brief.yml", "positions: {}\ndiscussion: []\nnotes: []\n", "top level: unknown field(s) notes"),
    (
        "places.yml",
        PLACE.replace("url: 'https://e.org/x'", "url: 'https://e.org/x', date: 2016"),
        "place 'x'.source: unknown field(s) date (known: title, url)",
    ),
    (
        "pages.yml",
        PAGE
        + "  sections:\n    - heading: H\n      points:\n        - {text: T, cite: [{seed: a, quote: b, para: 3}]}\n",
        "home.sections[0].points[0].cite[0]: unknown field(s) para (known: quote, seed)",
    ),
    # an empty file, where entries are required
    ("pages.yml", "", "the file holds no entries"),
    ("brief.yml", "# nothing yet\n", "the file holds no entries"),
    ("extraction.yml", "", "the file holds no entries"),
    # a list where a mapping belongs
    ("pages.yml", "- home\n", "top level: expected a mapping, got ['home']"),
    ("pages.yml", "home: [Home, Hello]\n", "home: expected a mapping, got ['Home', 'Hello']"),
    ("places.yml", PLACE.replace("{title: T, url: 'https://e.org/x'}", "[T, 'https://e.org/x']"), "place 'x'.source:"),
    ("glossary.yml", "- sohr\n", "top level: expected a mapping, got ['sohr']"),
    ("extraction.yml", "- said\n", "top level: expected a mapping"),
    # and a mapping where a list belongs
    ("questions.yml", "who: {title: Who}\n", "top level: expected a list"),
    # not UTF-8
    ("pages.yml", PAGE.encode("utf-16"), "cannot read file"),
    ("glossary.yml", b"entries:\n  - id: caf\xe9\n", "cannot read file"),
    ("sources.yml", b"\xff\xfe\x00", "cannot read file"),
    ("extraction.yml", b"claim_verbs: [s\xe4id]\n", "cannot read file"),
    # not YAML
    ("pages.yml", "home:\n  title: [Home\n", "not valid YAML"),
    ("places.yml", "- {id: x\n", "line 2: not valid YAML"),
    ("attributions.yml", "corrections: [\n", "not valid YAML"),
    ("search.yml", "- page: a.md\n  page: b.md\n", "line 2: not valid YAML (duplicate key 'page')"),
]


@pytest.mark.parametrize(("name", "text", "problem"), BROKEN)
def test_a_broken_file_fails_in_one_line_naming_file_entry_and_problem(
    tmp_path: Path, name: str, text: str | bytes, problem: str
) -> None:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    label = f"editorial/{name}"
    with pytest.raises(SeedError) as caught:
        LOADERS[name](path, label)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{label}: "), message
    assert problem in message, message


@pytest.mark.parametrize("name", ["questions.yml", "places.yml", "glossary.yml", "attributions.yml", "search.yml"])
def test_an_empty_list_file_means_no_entries(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("# none yet\n", encoding="utf-8")
    assert not LOADERS[name](path, f"editorial/{name}")


def test_the_good_examples_above_load(tmp_path: Path) -> None:
    for name, text in [
        ("pages.yml", PAGE),
        ("places.yml", PLACE),
        ("questions.yml", QUESTION),
        ("glossary.yml", GLOSSARY),
        ("sources.yml", SOURCES),
        ("attributions.yml", CORRECTION),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert LOADERS[name](tmp_path / name, name), name


@pytest.mark.slow
def test_a_broken_editorial_file_stops_the_real_build_in_one_line(project_copy: Path) -> None:
    places = project_copy / "editorial" / "places.yml"
    text = places.read_text(encoding="utf-8")
    assert "\n  label_side:" in text
    places.write_text(text.replace("\n  label_side:", "\n  colour: red\n  label_side:", 1), encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if "editorial/places.yml" in line]
    assert len(errors) == 1, result.output
    assert ": unknown field(s) colour" in errors[0] and "place '" in errors[0]
    assert "Traceback" not in result.output
