"""Figures: the answer key for both seeds, and one test per way news prose writes a number."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from seedpress.corpus import parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.extract.figures import aircraft_type
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY, analysed

ROOT = Path(__file__).resolve().parents[1]
KEY = yaml.safe_load((ROOT / "tests" / "answer_key" / "seeds.yml").read_text(encoding="utf-8"))
CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(published=Fact("2016-09-17", "inferred"))


@pytest.fixture(scope="module")
def extraction():
    return analysed().extraction


def figures_of(text: str):
    return extract_article(parse_article("t", "seeds/t.txt", text), META, CONFIG).figures


def _find(extraction, seed, want):
    return [
        f
        for f in extraction.figures
        if f.seed == seed and f.para == want["para"] and f.measure == want["measure"] and f.value == want["value"]
    ]


@pytest.mark.parametrize(("seed", "index"), [(s, i) for s, items in KEY["figures"].items() for i in range(len(items))])
def test_each_casualty_and_aircraft_figure_has_the_answer_key_claimant(extraction, seed, index):
    want = KEY["figures"][seed][index]
    (got,) = _find(extraction, seed, want)
    assert got.qualifier == want["qualifier"]
    assert got.claimant is not None
    assert want["claimant"].lower() in got.claimant.label.lower()
    assert list(got.claimant.via) == want["via"]


@pytest.mark.parametrize(
    ("seed", "index"), [(s, i) for s, items in KEY["other_figures"].items() for i in range(len(items))]
)
def test_other_counts_and_durations_are_read(extraction, seed, index):
    want = KEY["other_figures"][seed][index]
    (got,) = _find(extraction, seed, want)
    assert got.qualifier == want["qualifier"]


def test_no_other_casualty_or_aircraft_figures_than_the_answer_key(extraction):
    casualty = [f for f in extraction.figures if f.measure in {"killed", "wounded"} or f.measure.startswith("aircraft")]
    assert len(casualty) == sum(len(v) for v in KEY["figures"].values())


@pytest.mark.parametrize(
    ("text", "value", "measure", "qualifier"),
    [
        ("The strike killed at least 62 soldiers.", 62, "killed", "at least"),
        ("Officials said 1,200 people were wounded.", 1200, "wounded", "exactly"),
        ("The raid left twenty-five soldiers dead.", 25, "killed", "exactly"),
        ("It destroyed half a dozen vehicles.", 6, "vehicles", "about"),
        ("Nearly 90 troops were killed in the raid.", 90, "killed", "almost"),
        ("It lasted a couple of days.", 2, "days", "about"),
        ("The truce began a seven-day period of calm.", 7, "days", "exactly"),
        ("Four Su-24 bombers took part.", 4, "aircraft:Su-24", "exactly"),
        ("The attack killed 62 and injured more than 100.", 100, "wounded", "more than"),
    ],
)
def test_number_value_measure_and_qualifier(text, value, measure, qualifier):
    found = [f for f in figures_of(text) if f.value == value]
    assert [(f.measure, f.qualifier) for f in found] == [(measure, qualifier)]


def test_years_and_calendar_dates_are_not_counts():
    assert figures_of("The war began in 2011 and the plan was agreed on September 10.") == ()


def test_number_words_need_something_they_count():
    assert figures_of("One of them said no one knew.") == ()


def test_figure_offsets_index_the_paragraph():
    text = "Headline here\n\nRussia said at least 62 soldiers were killed."
    (figure,) = figures_of(text)
    assert "Russia said at least 62 soldiers were killed."[figure.start : figure.end] == figure.text
    assert figure.text == "at least 62 soldiers"
    assert figure.claimant.label == "Russia"


def test_aircraft_models_are_spelt_one_way():
    assert [aircraft_type(w) for w in ("F16", "F-16", "A-10", "MiG29")] == ["F-16", "F-16", "A-10", "MiG-29"]
