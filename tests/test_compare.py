"""Comparison: quote families, the figure table and coverage, on the seeds and with a third article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from seedpress.compare import group_quotations
from seedpress.extract import Quotation, Speaker
from support import analysed

ROOT = Path(__file__).resolve().parents[1]
S000, S003 = "000_1e9434ab0af3831d", "003_9c4532b68ee2e999"

THIRD = """Syria Accuses Coalition Over Deadly Raid

Russia's Defence Ministry said on Saturday that coalition jets killed 62 Syrian soldiers and wounded about 100 near Deir ez-Zor.

"If the airstrike was caused by a target location error, it is a direct consequence of the stubborn reluctance of the US side to coordinate its actions against terrorist groups in Syria with Russia," the ministry said.

The Syrian Observatory for Human Rights said at least 90 soldiers were killed.

The Pentagon said it had relayed its regret "for the unintentional loss of life of Syrian forces fighting ISIL".
"""


def compare_folder(seeds: Path):
    analysis = analysed(seeds)
    return analysis.extraction, analysis.comparison


@pytest.fixture(scope="module")
def seeds_compared():
    return compare_folder(ROOT / "seeds")


def family_with(comparison, seed, starts):
    return next(
        f
        for f in comparison.families
        if any(m.quotation.seed == seed and m.quotation.text.startswith(starts) for m in f.members)
    )


# --- quote families on the seeds ------------------------------------------------


def test_complex_situation_statement_is_one_family_across_both_articles(seeds_compared):
    _, comparison = seeds_compared
    family = family_with(comparison, S000, "Syria is a complex situation")
    assert family.seeds == (S000, S003)
    assert {m.relation for m in family.members} == {"base", "identical"}


def test_the_two_translations_of_the_russian_statement_are_variants(seeds_compared):
    _, comparison = seeds_compared
    family = family_with(comparison, S000, "If this airstrike")
    assert family.seeds == (S000, S003)
    variant = next(m for m in family.members if m.relation == "variant")
    assert variant.quotation.seed == S003
    assert any(op.op == "replace" and op.base == "reluctance" for op in variant.diff)


def test_unintentional_loss_of_life_is_a_fragment_of_the_regret_sentence(seeds_compared):
    _, comparison = seeds_compared
    family = family_with(comparison, S000, "The United States has relayed our regret")
    fragment = next(m for m in family.members if m.quotation.text.startswith("for the unintentional"))
    assert fragment.relation == "fragment"
    assert fragment.quotation.seed == S003
    assert family.base.seed == S000
    # The diff covers only the stretch of the base the fragment quotes: ISIL became IS.
    assert [(op.op, op.base, op.member) for op in fragment.diff if op.op != "equal"] == [("replace", "ISIL", "IS")]


def test_quoted_term_does_not_join_a_statement_family(seeds_compared):
    _, comparison = seeds_compared
    family = family_with(comparison, S003, "cessation of hostilities")
    assert len(family.members) == 1


def test_every_quotation_is_in_exactly_one_family(seeds_compared):
    extraction, comparison = seeds_compared
    members = [m.quotation for f in comparison.families for m in f.members]
    assert sorted(members, key=repr) == sorted(extraction.quotations, key=repr)


def test_families_do_not_depend_on_input_order(seeds_compared):
    extraction, comparison = seeds_compared
    again = group_quotations(tuple(reversed(extraction.quotations)))
    assert sorted(f.id for f in again) == sorted(f.id for f in comparison.families)


def test_short_fragment_shared_by_two_families_stays_alone():
    def q(seed, text, start=0):
        return Quotation(seed, 1, start, start + len(text), text, "full", Speaker("x", "unknown"))

    quotes = [
        q("a", "We deeply regret the loss of life in the strike"),
        q("b", "We regret nothing about the operation against terrorists"),
        q("c", "regret"),
    ]
    families = group_quotations(quotes)
    alone = next(f for f in families if f.base.text == "regret")
    assert len(alone.members) == 1


# --- figure table and coverage --------------------------------------------------


def test_figure_table_shows_the_claims_and_flags_62_against_83(seeds_compared):
    _, comparison = seeds_compared
    rows = {row.measure: row for row in comparison.figure_table}
    killed = rows["killed"]
    assert killed.disagreement
    cells = {(c.seed, c.claimant): c.values for c in killed.cells}
    assert cells[(S000, "the Russian Defense Ministry")] == (62,)
    assert cells[(S003, "Russian officials")] == (62,)
    assert cells[(S003, "The Syrian Observatory for Human Rights")] == (83,)
    assert {c.values for c in rows["wounded"].cells} == {(100,)}
    for model in ("aircraft:F-16", "aircraft:A-10"):
        (cell,) = rows[model].cells
        assert cell.seed == S003 and "Sana" in cell.claimant and cell.values == (2,)


def test_100_and_more_than_100_wounded_are_not_the_same_figure(seeds_compared):
    _, comparison = seeds_compared
    wounded = next(r for r in comparison.figure_table if r.measure == "wounded")
    assert sorted(f.qualifier for c in wounded.cells for f in c.figures) == ["exactly", "more than"]
    assert wounded.relation == "differ" and wounded.disagreement


def test_durations_are_tabulated_but_never_flagged(seeds_compared):
    _, comparison = seeds_compared
    days = next(r for r in comparison.figure_table if r.measure == "days")
    assert len(days.values) > 1 and not days.compared and not days.disagreement


def test_coverage_shows_what_each_article_omits(seeds_compared):
    _, comparison = seeds_compared
    rows = {row.key: row for row in comparison.coverage}
    assert rows["aircraft:F-16"].missing == (S000,)
    assert dict(rows["killed"].present) == {S000: (3,), S003: (2,)}


# --- a third article joins without code changes ---------------------------------


def test_a_third_article_joins_the_families_and_the_figure_table(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "010_third.txt").write_text(THIRD, encoding="utf-8")
    _, comparison = compare_folder(seeds)
    russian = family_with(comparison, S000, "If this airstrike")
    assert "010_third" in russian.seeds
    regret = family_with(comparison, S000, "The United States has relayed our regret")
    joined = [m for m in regret.members if m.quotation.seed == "010_third"]
    assert [m.relation for m in joined] == ["fragment"]
    killed = next(r for r in comparison.figure_table if r.measure == "killed")
    third = {c.claimant: c.values for c in killed.cells if c.seed == "010_third"}
    assert third == {"Russia's Defence Ministry": (62,), "The Syrian Observatory for Human Rights": (90,)}
    assert killed.values == (62, 83, 90)
    wounded = next(r for r in comparison.figure_table if r.measure == "wounded")
    assert any(c.seed == "010_third" and c.values == (100,) for c in wounded.cells)
