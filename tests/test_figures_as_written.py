"""Figures kept as written: vague quantities have no number, qualifiers stay with their numbers,
figures are compared as intervals, and durations never become dates.

Every sentence here is written for these tests, one per way news prose writes a quantity.
"""

from __future__ import annotations

import html as html_lib
import json
import math
import re

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedpress.compare import compare_extraction
from seedpress.compare.figure_table import build_figure_table
from seedpress.compare.intervals import (
    ABOUT_MIN_BAND,
    Interval,
    compare_amounts,
    interval_of,
    relation_of_all,
)
from seedpress.corpus import parse_article
from seedpress.export import export_data
from seedpress.extract import (
    ExtractionConfigError,
    extract_article,
    load_extraction_config,
    numbers,
    parse_extraction_config,
)
from seedpress.extract.model import NUMERIC_QUALIFIERS, VAGUE, ArticleExtraction, Extraction, Figure
from seedpress.figure_words import format_figure
from seedpress.sources_meta import Fact, SourceMeta
from support import ROOT, VOCABULARY, article_html, copy_project, plain_text, run_build

CONFIG = load_extraction_config(VOCABULARY)
META = SourceMeta(published=Fact("2016-09-18", "publisher"))  # a Sunday


def extracted(text: str, seed: str = "t") -> ArticleExtraction:
    return extract_article(parse_article(seed, f"seeds/{seed}.txt", text), META, CONFIG)


def figures_of(text: str) -> tuple[Figure, ...]:
    return extracted(text).figures


def figure(value: float | None, qualifier: str, *, seed: str = "t", unit: str = "soldiers") -> Figure:
    words = f"{qualifier} {value:g} {unit}" if value is not None else f"dozens of {unit}"
    return Figure(seed, 1, 0, len(words), words, value, "killed", unit, qualifier, None)


# --- vague quantities carry no number --------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "measure"),
    [
        ("Dozens of soldiers were killed in the raid.", "Dozens of soldiers", "killed"),
        ("The shelling killed scores of troops near the airport.", "scores of troops", "killed"),
        ("The blast wounded hundreds of thousands of people.", "hundreds of thousands of people", "wounded"),
        ("Several hundred fighters died on the ridge.", "Several hundred fighters", "killed"),
        ("Many civilians were injured by the debris.", "Many civilians", "wounded"),
        ("The jets flew a number of sorties over the valley.", "a number of sorties", "strikes"),
        ("Hundreds of vehicles queued at the crossing.", "Hundreds of vehicles", "vehicles"),
        ("A handful of tanks were seen near the bridge.", "A handful of tanks", "tanks"),
        ("The convoy had waited several days at the border.", "several days", "days"),
        ("Thousands of people fled the fighting.", "Thousands of people", "soldiers"),
    ],
)
def test_a_vague_quantity_is_a_figure_with_its_words_and_no_number(text, words, measure):
    (found,) = figures_of(text)
    assert (found.text, found.measure) == (words, measure)
    assert found.value is None and found.qualifier == VAGUE and found.is_vague
    assert format_figure(found) == words  # shown in the article's own words, never as a number


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The strike killed as many as 60 soldiers.", 60, "at most"),
        ("Officials could not say how many soldiers died, but 12 soldiers were killed at the gate.", 12, "exactly"),
    ],
)
def test_many_inside_a_numeric_phrase_is_not_a_vague_quantity(text, value, qualifier):
    assert [(f.value, f.qualifier) for f in figures_of(text)] == [(value, qualifier)]


def test_the_vocabulary_gives_vague_words_no_value():
    assert "dozens" not in CONFIG.multipliers and "hundreds" not in CONFIG.multipliers
    assert not any(p.words[0] in {"dozens", "scores", "hundreds"} for p in CONFIG.number_phrases)
    assert ("dozens", "of") in CONFIG.vague_quantities


def test_a_qualifier_outside_the_known_meanings_is_refused():
    text = (ROOT / "editorial" / "extraction.yml").read_text(encoding="utf-8")
    broken = text.replace("at least: at least,", "at least: at leastish,", 1)
    with pytest.raises(ExtractionConfigError, match=r"entry 'qualifiers'\['at least'\]: 'at leastish' is not one of"):
        parse_extraction_config(broken)


# --- qualifiers stay with the number ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "short"),
    [
        ("Medics said at least 47 soldiers were killed.", "at least 47 soldiers", "at least 47"),
        ("Medics said more than 130 soldiers were wounded.", "more than 130 soldiers", "more than 130"),
        ("Over 130 soldiers were wounded, medics said.", "more than 130 soldiers", "more than 130"),
        ("Around 40 soldiers were killed, medics said.", "about 40 soldiers", "about 40"),
        ("Nearly 90 troops were killed, medics said.", "almost 90 troops", "almost 90"),
        ("Up to 15 vehicles were destroyed, medics said.", "at most 15 vehicles", "at most 15"),
        ("Fewer than 20 soldiers were wounded, medics said.", "fewer than 20 soldiers", "fewer than 20"),
        ("Medics said 1,250 people were wounded.", "1,250 people", "1,250"),
        ("The truce began a seven-day period of calm.", "7-day", "7"),
    ],
)
def test_each_qualifier_travels_with_its_number(text, shown, short):
    (found,) = figures_of(text)
    assert (format_figure(found), format_figure(found, unit=False)) == (shown, short)


# --- intervals: same, compatible, differ, unknown --------------------------------------


@pytest.mark.parametrize(
    ("one", "two", "relation"),
    [
        ((62, "exactly"), (62, "exactly"), "same"),
        ((62, "at least"), (62, "at least"), "same"),
        ((62, "exactly"), (62, "at least"), "compatible"),
        ((62, "exactly"), (83, "exactly"), "differ"),
        ((100, "exactly"), (100, "more than"), "differ"),
        ((101, "exactly"), (100, "more than"), "compatible"),
        ((62, "at least"), (100, "more than"), "compatible"),
        ((60, "about"), (62, "exactly"), "compatible"),
        ((60, "about"), (83, "exactly"), "differ"),
        ((90, "almost"), (90, "exactly"), "differ"),
        ((90, "almost"), (85, "exactly"), "compatible"),
        ((10, "fewer than"), (10, "exactly"), "differ"),
        ((10, "at most"), (10, "exactly"), "compatible"),
        ((10, "at most"), (10, "at least"), "compatible"),
        ((10, "fewer than"), (10, "at least"), "differ"),
        ((None, VAGUE), (62, "exactly"), "unknown"),
        ((None, VAGUE), (None, VAGUE), "unknown"),
    ],
)
def test_figures_compare_as_the_ranges_their_words_allow(one, two, relation):
    assert compare_amounts(one, two) == relation
    assert compare_amounts(two, one) == relation


def test_about_has_a_stated_band_and_a_vague_quantity_no_interval():
    assert interval_of(60, "about") == Interval(54, 66)
    assert interval_of(2, "about") == Interval(2 - ABOUT_MIN_BAND, 2 + ABOUT_MIN_BAND)
    assert interval_of(None, VAGUE) is None
    assert interval_of(100, "more than") == Interval(100, math.inf, low_open=True)
    with pytest.raises(ValueError, match="roughly-ish"):
        interval_of(5, "roughly-ish")


AMOUNTS = st.tuples(st.integers(min_value=0, max_value=2000).map(float), st.sampled_from(NUMERIC_QUALIFIERS)) | st.just(
    (None, VAGUE)
)


@given(AMOUNTS, AMOUNTS)
def test_comparison_is_symmetric(one, two):
    assert compare_amounts(one, two) == compare_amounts(two, one)


@given(AMOUNTS)
def test_a_figure_is_the_same_as_itself_unless_it_has_no_number(one):
    assert compare_amounts(one, one) == ("unknown" if one[0] is None else "same")


def _contains(interval: Interval, x: float) -> bool:
    above = x > interval.low or (x == interval.low and not interval.low_open)
    below = x < interval.high or (x == interval.high and not interval.high_open)
    return above and below


@given(st.integers(min_value=0, max_value=2000).map(float), AMOUNTS)
def test_an_exact_number_is_compatible_exactly_when_the_other_allows_it(x, other):
    relation = compare_amounts((x, "exactly"), other)
    if other[0] is None:
        assert relation == "unknown"
    elif other == (x, "exactly"):
        assert relation == "same"
    else:
        assert relation == ("compatible" if _contains(interval_of(*other), x) else "differ")


@given(st.lists(AMOUNTS, min_size=1, max_size=5))
def test_a_group_differs_when_any_pair_differs(amounts):
    group = [figure(v, q) for v, q in amounts]
    pairs = {compare_amounts(a, b) for a in amounts for b in amounts if a != b}
    relation = relation_of_all(group)
    assert (relation == "differ") == ("differ" in pairs)
    if all(v is None for v, _ in amounts):
        assert relation == "unknown"


# --- the figure table -------------------------------------------------------------


def table_of(*texts: str):
    articles = tuple(extracted(text, seed=f"a{i}") for i, text in enumerate(texts))
    return {row.measure: row for row in build_figure_table(Extraction(articles).figures, frozenset({"killed"}))}


def test_a_hedged_and_an_exact_figure_are_compatible_not_the_same():
    rows = table_of("A monitor said at least 47 soldiers were killed.", "The army said 47 soldiers were killed.")
    assert rows["killed"].relation == "compatible" and not rows["killed"].disagreement


def test_a_figure_and_more_than_it_differ():
    rows = table_of("A monitor said more than 47 soldiers were killed.", "The army said 47 soldiers were killed.")
    assert rows["killed"].relation == "differ" and rows["killed"].disagreement


def test_a_vague_quantity_is_listed_but_never_compared():
    rows = table_of("Dozens of soldiers were killed, a monitor said.", "The army said 47 soldiers were killed.")
    killed = rows["killed"]
    assert killed.relation == "unknown" and not killed.disagreement
    assert killed.values == (47,)
    vague = next(cell for cell in killed.cells if cell.only_vague)
    assert vague.values == () and format_figure(vague.figures[0]) == "Dozens of soldiers"


def test_the_export_writes_a_vague_quantity_as_null_and_validates_against_layout_2():
    articles = (
        extracted("Dozens of soldiers were killed, a monitor said.", seed="a"),
        extracted("The army said more than 47 soldiers were killed.", seed="b"),
    )
    extraction = Extraction(articles)
    data = export_data(extraction, compare_extraction(extraction, CONFIG))["figures.json"]
    schema = json.loads((ROOT / "schemas" / "figures.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(data)), schema, cls=jsonschema.Draft202012Validator)
    assert data["version"] == 2
    vague, hedged = data["figures"]
    assert (vague["value"], vague["qualifier"], vague["interval"]) == (None, "vague", None)
    assert vague["as_written"] == "Dozens of soldiers"
    assert hedged["as_written"] == "more than 47 soldiers"
    assert hedged["interval"] == {"low": 47, "low_inclusive": False, "high": None, "high_inclusive": False}
    (row,) = (r for r in data["table"] if r["measure"] == "killed")
    assert row["relation"] == "unknown"
    assert [c["as_written"] for c in row["cells"]] == [["Dozens of soldiers"], ["more than 47"]]


# --- durations are not dates -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Six days since the start of the truce, no aid has crossed the line.",
        "The convoy waited for two days at the checkpoint.",
        "The plan calls for a seven-day period of calm.",
        "A week into the truce, the shelling resumed.",
        "The talks failed, and two days later the truce collapsed.",
        "Three weeks earlier the town had fallen.",
        "The fighting stopped several days ago.",
    ],
)
def test_a_duration_never_becomes_a_date(text):
    assert extracted(text).dates == ()


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The strike came today, officials said.", "today", "2016-09-18"),
        ("The strike came yesterday, officials said.", "yesterday", "2016-09-17"),
        ("The jets struck on Saturday near the airport.", "Saturday", "2016-09-17"),
        ("The ministry spoke this afternoon.", "this afternoon", "2016-09-18"),
        ("The convoy left three days ago.", "three days ago", "2016-09-15"),
        ("The town fell two weeks ago.", "two weeks ago", "2016-09-04"),
        ("The raid took place on 17 September.", "17 September", "2016-09-17"),
        ("The raid took place on Sept. 17, 2016, officials said.", "Sept. 17, 2016", "2016-09-17"),
    ],
)
def test_explicit_dates_and_day_words_become_dates(text, words, value):
    (date,) = extracted(text).dates
    assert (date.text, date.value) == (words, value)


# --- on the built site ---------------------------------------------------------------

WIRE = """Monitor Raises Toll After Raid

A monitoring group said at least 47 soldiers were killed in the raid.

The group said more than 130 soldiers were wounded. Six days since the truce began, no aid has arrived.
"""
ARMY = """Army Gives Its Own Count

A military spokesman said 47 soldiers were killed and 130 soldiers were wounded.

Dozens of soldiers were killed, a local activist said on Saturday.
"""
SOURCES = """zz_wire:
  outlet: {value: Test Wire, basis: publisher}
  published: {value: 2016-09-18, basis: publisher}
zz_army:
  outlet: {value: Test Broadcaster, basis: publisher}
  published: {value: 2016-09-18, basis: publisher}
"""


@pytest.fixture(scope="module")
def own_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("figures-as-written"), seeds=False)
    (project / "seeds" / "zz_wire.txt").write_text(WIRE, encoding="utf-8")
    (project / "seeds" / "zz_army.txt").write_text(ARMY, encoding="utf-8")
    (project / "seeds" / "sources.yml").write_text(SOURCES, encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    return result


def figure_table(html: str) -> dict[tuple[str, str], str]:
    """The figure table after the "The figures" heading: (what is counted, value) -> comparison."""
    start = html.index("<table", html.index('id="the-figures"'))
    rows = re.findall(r"<tr>(.*?)</tr>", html[start : html.index("</table>", start)], flags=re.DOTALL)
    cells = [
        [
            " ".join(re.sub(r"<[^>]+>", "", html_lib.unescape(c)).split())
            for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)
        ]
        for r in rows
    ]
    return {(r[0], r[2]): r[4] for r in cells if r}


@pytest.mark.parametrize("page", ["claims/", "handout/"])
def test_the_figure_table_keeps_qualifiers_and_says_compatible_or_differ(own_site, page):
    table = figure_table(article_html(own_site.html(page)))
    assert table[("Killed", "at least 47")] == "compatible (not the same figure)"
    assert table[("Killed", "47")] == "compatible (not the same figure)"
    assert table[("Killed", "Dozens of soldiers")] == "no number given"
    assert table[("Wounded", "more than 130")] == "figures differ"
    assert table[("Wounded", "130")] == "figures differ"


def test_the_chart_draws_no_bar_for_a_vague_quantity_and_labels_keep_qualifiers(own_site):
    html = article_html(own_site.html("claims/"))
    chart = html[html.index('id="figures-chart"') : html.index("</figure>", html.index('id="figures-chart"'))]
    assert chart.count('<rect class="picture-bar') == 4  # 47, at least 47, 130, more than 130
    labels = [html_lib.unescape(t) for t in re.findall(r'<text class="picture-label"[^>]*>([^<]*)</text>', chart)]
    assert {"at least 47", "more than 130", "47", "130"} <= set(labels)
    desc = html_lib.unescape(chart.split('id="figures-chart-desc">')[1].split("</desc>")[0])
    assert "Killed: at least 47 soldiers according to A monitoring group (Test Wire)" in desc
    assert "Wounded: more than 130 soldiers according to" in desc
    assert "Dozens" not in desc
    caption = chart[chart.index("<figcaption>") :]
    assert "Not drawn, because no number is given" in caption
    assert 'data-seed="zz_army" data-para="3">Dozens of soldiers</q>' in caption


def test_the_learn_and_home_pages_keep_qualifiers(own_site):
    learn = plain_text(own_site.html("learn/"))
    section = learn[learn.index("Numbers that disagree") : learn.index("One statement, different words")]
    assert "more than 130 soldiers (A monitoring group" in section
    assert "at least 47 soldiers (A monitoring group" in section  # under "can all be true"
    assert "Dozens of soldiers (" in section  # in its own words, with no number
    home = plain_text(own_site.html("index.html"))
    assert "at least 47 according to A monitoring group" in home
    assert "more than 130 according to A monitoring group" in home


def test_a_duration_is_not_on_the_timeline_but_a_day_word_is(own_site):
    strike = article_html(own_site.html("strike/"))
    table = strike[strike.index('id="timeline"') :]
    assert "Six days since" not in table
    assert "17 September 2016" in plain_text(own_site.html("strike/"))  # "on Saturday", from 18 September


# --- bounded work -------------------------------------------------------------------


def test_a_long_run_of_vague_words_is_read_in_time_proportional_to_its_length(monkeypatch):
    calls = 0
    words_at = numbers._words_at

    def counting(*args):
        nonlocal calls
        calls += 1
        return words_at(*args)

    monkeypatch.setattr(numbers, "_words_at", counting)

    def work(repeats: int) -> int:
        nonlocal calls
        calls = 0
        extracted("Headline\n\n" + "hundreds of " * repeats + "soldiers died.")
        return calls

    small, large = work(200), work(800)
    assert large <= 4.6 * small


@given(st.lists(AMOUNTS, min_size=2, max_size=8))
def test_a_group_is_compatible_only_when_every_pair_can_be_true(amounts):
    group = [figure(v, q) for v, q in amounts]
    numeric = {a for a in amounts if a[0] is not None}
    pairs = {compare_amounts(a, b) for a in numeric for b in numeric if a != b}
    if len(numeric) > 1:
        assert relation_of_all(group) == ("differ" if "differ" in pairs else "compatible")
