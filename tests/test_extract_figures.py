"""Figures: the answer key for both seeds, and one test per way news prose writes a number."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from seedpress.corpus import parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.extract.figures import aircraft_type
from seedpress.extract.numbers import qualifier_before
from seedpress.extract.tokens import make_token
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
        ("Forty servicemen were reportedly killed near the base.", 40, "killed", "exactly"),
        ("Dozens of the defenders were wounded.", None, "wounded", "vague"),
        ("Scores of them are now dead.", None, "killed", "vague"),
        ("The death toll from the raid climbed to nearly 70 on Monday.", 70, "killed", "almost"),
        ("The number of troops killed near the hill has risen to at least 75.", 75, "killed", "at least"),
        ("A monitor put the number of dead at about 85.", 85, "killed", "about"),
        ("Three Danish F-16s joined the raid.", 3, "aircraft:F-16", "exactly"),
        ("Two F-15 fighters and a drone took part.", 2, "aircraft:F-15", "exactly"),
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
    assert [aircraft_type(w) for w in ("F16", "F-16", "A-10", "MiG29", "F-16s")] == [
        "F-16",
        "F-16",
        "A-10",
        "MiG-29",
        "F-16",
    ]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # A bare figure stated in parallel counts what the figure before it counted ...
        ("The army says 55 soldiers died. A monitor in London says more than 70.", "killed"),
        ('The ministry counted 30 wounded; the hospital "up to 45".', "unspecified"),  # no verb before it
        ('Damascus says 30 soldiers were wounded. The monitor says "about 40".', "wounded"),
        # ... but never a number that counts something else, or follows a figure of another measure.
        ("Jets hit 4 targets. The army says 12.", "unspecified"),
        ("The army says 55 soldiers died. The attack lasted 40 minutes.", "unspecified"),
    ],
)
def test_a_bare_figure_takes_the_measure_of_the_one_it_parallels(text, measure):
    last = figures_of(text)[-1]
    assert last.measure == measure, last


def test_a_casualty_verb_after_a_preposition_is_not_the_figures_own():
    found = figures_of("The attack lasted 50 minutes before the soldiers were killed.")
    assert [f.measure for f in found] == ["unspecified"]


def test_a_compound_adjective_is_not_a_count():
    assert figures_of("A one-man monitor and a two-state plan were mentioned.") == ()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Estimates of the dead range from 40 to more than 70.", [(40, "killed"), (70, "killed")]),
        (
            "Can you confirm the figure of 40 dead? The monitor is now saying at least 70.",
            [(40, "killed"), (70, "killed")],
        ),
        ("The letter speaks of the martyrdom of 40 army personnel.", [(40, "killed")]),
        ("The flights lasted from 12 to 14 hours.", [(12, "unspecified"), (14, "hours")]),
    ],
)
def test_a_bare_figure_takes_the_measure_of_the_range_or_statement_it_continues(text, want):
    assert [(f.value, f.measure) for f in figures_of("Headline about the strike\n\n" + text)] == want


def _qualifier_by_every_phrase(words: list[str], index: int) -> tuple[str, int]:
    """The qualifier before ``words[index]`` by trying every phrase of the vocabulary: the earliest start wins."""
    best, best_start = "", index
    for phrase, qualifier in CONFIG.qualifiers.items():
        start = index - len(phrase)
        if 0 <= start < best_start and tuple(words[start:index]) == phrase:
            best, best_start = qualifier, start
    return best, best_start


def test_the_qualifier_before_a_number_is_the_longest_phrase_of_the_vocabulary_that_ends_there():
    """Each phrase of the vocabulary, alone and after the words of the others (so longer phrases
    that end in a shorter one are met), is read as trying every phrase would read it."""
    vocabulary = sorted({word for phrase in CONFIG.qualifiers for word in phrase})
    prefixes = [[], ["officials", "said"], *([word] for word in vocabulary)]
    for phrase in CONFIG.qualifiers:
        for prefix in prefixes:
            words = [*prefix, *phrase, "62"]
            tokens = [make_token(word, 0, len(word)) for word in words]
            index = len(words) - 1
            found = qualifier_before(tokens, index, CONFIG)
            assert found == _qualifier_by_every_phrase(words, index)
            assert found[0]  # the phrase itself at least
