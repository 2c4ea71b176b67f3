"""seeds/sources.yml: the real file, and one-line errors for bad entries."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from seedpress.errors import SourcesFileError
from seedpress.sources_meta import load_sources, parse_sources
from support import SEEDS

LABEL = "seeds/sources.yml"
STEMS = ["a"]


def test_real_file_describes_every_seed_with_a_basis_for_each_value():
    stems = [p.stem for p in SEEDS.glob("*.txt")]
    meta = load_sources(SEEDS / "sources.yml", LABEL, stems)
    assert set(meta) == set(stems)
    for entry in meta.values():
        assert entry.outlet and entry.url and entry.published
        assert entry.published_date == dt.date(2016, 9, 17)
        assert entry.published.basis == "inferred" and entry.published.note


def test_valid_entry_is_parsed():
    text = """
a:
  outlet: {value: Example News, basis: publisher}
  published: {value: 2016-09-18, basis: stated}
  url: {value: "https://example.org/story?id=1", basis: publisher}
"""
    meta = parse_sources(text, LABEL, STEMS)["a"]
    assert meta.outlet.value == "Example News"
    assert meta.published_date == dt.date(2016, 9, 18)
    assert meta.headline is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: [1, 2", "line 1: not valid YAML"),
        ("- a\n- b\n", "expected a mapping from article file stem"),
        ("a:\n  author: {value: X, basis: stated}\n", "entry 'a': unknown field(s) author"),
        ("a:\n  outlet: ABC\n", "entry 'a'.outlet: expected a mapping"),
        (
            "a:\n  outlet: {value: ABC, basis: guessed}\n",
            "entry 'a'.outlet.basis: 'guessed' is not one of stated, publisher, inferred",
        ),
        ("a:\n  outlet: {value: '', basis: stated}\n", "entry 'a'.outlet.value: expected non-empty text"),
        ("a:\n  url: {value: 'javascript:alert(1)', basis: publisher}\n", "is not an http(s) address"),
        ("a:\n  published: {value: 17 Sept 2016, basis: stated}\n", "is not a date in the form YYYY-MM-DD"),
        ("a:\n  outlet: {value: X, basis: stated, source: y}\n", "entry 'a'.outlet: unknown field(s) source"),
        ("a:\n  outlet: {value: X, basis: stated}\na:\n  section: {value: Y, basis: stated}\n", "duplicate key 'a'"),
    ],
)
def test_bad_entries_give_one_line_naming_file_and_entry(text, fragment):
    with pytest.raises(SourcesFileError) as caught:
        parse_sources(text, LABEL, STEMS)
    message = str(caught.value)
    assert message.startswith(f"{LABEL}: ")
    assert fragment in message
    assert "\n" not in message


def test_entry_for_a_missing_article_warns(caplog):
    with caplog.at_level(logging.WARNING, logger="seedpress"):
        assert parse_sources("b:\n  outlet: {value: X, basis: stated}\n", LABEL, STEMS) == {}
    assert [r.getMessage() for r in caplog.records] == [f"{LABEL}: entry 'b' matches no article file"]


def test_missing_or_empty_file_means_nothing_is_known(tmp_path):
    assert load_sources(tmp_path / "sources.yml", LABEL, STEMS) == {}
    (tmp_path / "sources.yml").write_text("# nothing yet\n")
    assert load_sources(tmp_path / "sources.yml", LABEL, STEMS) == {}
